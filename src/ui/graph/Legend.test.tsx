import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend } from './Legend.tsx';
import { inLocale } from '../testing';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('Legend', () => {
  it('lists the five actor kinds with their shapes', () => {
    render(inLocale(<Legend />));
    const kinds = within(screen.getByRole('list', { name: 'Actors' })).getAllByRole('listitem');
    expect(kinds.map((li) => li.textContent)).toEqual([
      'Military (square)',
      'UN police (diamond)',
      'Humanitarian (circle)',
      'Mission civilian (triangle)',
      'Host-state police (hexagon)',
    ]);
  });

  it('explains states, channels, messages, lost messages and meetings', () => {
    render(inLocale(<Legend />));
    expect(screen.getByRole('group', { name: 'Graph legend' })).toBeDefined();
    expect(
      within(screen.getByRole('list', { name: 'State' })).getAllByRole('listitem'),
    ).toHaveLength(4);
    const links = within(screen.getByRole('list', { name: 'Links' })).getAllByRole('listitem');
    expect(links.map((li) => li.textContent?.split(' —')[0])).toEqual([
      'Radio',
      'Liaison',
      'Report',
      'Meeting only',
    ]);
    const traffic = screen.getByRole('list', { name: 'Traffic' });
    expect(traffic.textContent).toContain('Message in transit');
    expect(traffic.textContent).toContain('Message lost');
    expect(traffic.textContent).toContain('Meeting in session');
  });

  it('hides the drawn swatches from assistive technology', () => {
    const { container } = render(inLocale(<Legend />));
    for (const svg of container.querySelectorAll('svg'))
      expect(svg.getAttribute('aria-hidden')).toBe('true');
  });
});
