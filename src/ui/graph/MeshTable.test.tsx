import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleView } from '../../graph/synthetic.ts';
import { MeshTable } from './MeshTable.tsx';
import { inLocale } from '../testing';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('MeshTable', () => {
  it('renders a row per actor with name, kind, role, state and workload', () => {
    const view = sampleView();
    render(inLocale(<MeshTable view={view} />));
    const table = screen.getByRole('table', { name: /Actors/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(view.nodes.length + 1);
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Kind', 'Role', 'State', 'Workload']);
    const ocha = within(table).getByRole('rowheader', { name: 'OCHA CMCoord' }).closest('tr')!;
    expect([...ocha.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'Humanitarian',
      'UN-CMCoord officer',
      'overloaded',
      '5 / 3',
    ]);
  });

  it('renders a row per link with the actors’ names and the channel', () => {
    const view = sampleView();
    render(inLocale(<MeshTable view={view} />));
    const table = screen.getByRole('table', { name: /Links/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(view.links.length);
    expect([...rows[0]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'Force HQ',
      'Battalion East',
      'Radio',
    ]);
  });

  it('lists meetings and messages in transit, lost ones as lost', () => {
    render(inLocale(<MeshTable view={sampleView()} />));
    expect(screen.getByRole('table', { name: 'Meetings in session' }).textContent).toContain(
      'Security cell',
    );
    const messages = screen.getByRole('table', { name: 'Messages in transit' });
    expect(within(messages).getAllByRole('row')).toHaveLength(5);
    expect(messages.textContent).toContain('lost');
  });

  it('selects an actor from its name and marks the selected row', () => {
    const onSelect = vi.fn();
    const view = { ...sampleView(), selected: 'joc' };
    render(inLocale(<MeshTable view={view} onSelect={onSelect} />));
    fireEvent.click(screen.getByRole('button', { name: 'WFP' }));
    expect(onSelect).toHaveBeenCalledWith('wfp');
    const joc = screen.getByRole('button', { name: 'JOC' });
    expect(joc.getAttribute('aria-pressed')).toBe('true');
    expect(joc.closest('tr')?.getAttribute('aria-current')).toBe('true');
    fireEvent.click(joc);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });
});
