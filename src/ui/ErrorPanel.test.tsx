// Scenario warnings in the error panel: a scenario that opens with likely mistakes shows each,
// located like an error, while the new run is already open; errors come first when both.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import WARNINGS from '../../tests/fixtures/warnings-drill.yaml?raw';
import { ErrorPanel } from './ErrorPanel';
import { rig } from './testing';

afterEach(cleanup);

describe('ErrorPanel: warnings', () => {
  it('lists the warnings of a scenario that opened, with their count', async () => {
    const r = await rig();
    r.show(<ErrorPanel />);
    act(() => {
      expect(r.controller.openScenarioText(WARNINGS, 'warnings-drill.yaml')).toBe(true);
    });
    expect(r.store.getState().scenario?.id).toBe('warnings-drill');
    const panel = screen.getByTestId('errors');
    expect(panel.className).toContain('error-panel--warnings');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(
      'warnings-drill.yaml is open, with 4 warnings',
    );
    const items = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(4);
    expect(items[3]).toBe(
      'warnings-drill.yaml:22:66"bn" is listed twice in "invitees": once is enough',
    );
    expect(panel.textContent).not.toContain('the current run is unchanged');
  });

  it('shows nothing for a scenario without warnings', async () => {
    const r = await rig();
    r.show(<ErrorPanel />);
    act(() => {
      r.controller.openScenarioText(
        WARNINGS.replace(', hrddp: cleared', '')
          .replace(/ {6}- \{ from: bn, to: joc.*\n/, '')
          .replace('[bn, bn]', '[bn, cimic]')
          .replace('quorum: 1 }', 'quorum: 1 }\n')
          .replace(
            '{ from: joc, to: bn,',
            '{ from: joc, to: cimic, channel: radio, latency: 5m }\n      - { from: joc, to: bn,',
          ),
        'clean.yaml',
      );
    });
    expect(r.store.getState().scenario?.id).toBe('warnings-drill');
    expect(screen.queryByTestId('errors')).toBeNull();
  });
});
