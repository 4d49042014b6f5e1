// The exercise-control dialog in jsdom against a real controller on the decision drill:
// clear messages for what is missing, names shown and ids stored, the inject in the log and
// on the MSEL timeline at once, and the `i` shortcut.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventLog } from './EventLog';
import { SHORTCUTS } from './HelpDialog';
import { InjectDialog } from './InjectDialog';
import { rig } from './testing';
import { Timeline } from './Timeline';
import { useKeyboard } from './useKeyboard';
import type { AppStore, RunController } from '../store';

afterEach(cleanup);

const dialog = () => screen.getByTestId('inject-dialog');

describe('InjectDialog', () => {
  it('is shown only while open, says when the inject happens, and pauses playback', async () => {
    const r = await rig();
    r.show(<InjectDialog />);
    expect(screen.queryByTestId('inject-dialog')).toBeNull();
    await act(async () => {
      await r.controller.seekTime(200);
    });
    act(() => {
      r.controller.play();
      r.frames.tick(16);
    });
    expect(r.store.getState().playing).toBe(true);
    act(() => r.controller.openInject());
    expect(r.store.getState().playing).toBe(false);
    expect(within(dialog()).getByRole('heading').textContent).toBe('Push a live inject');
    expect(dialog().textContent).toContain('Happens at T+03:20');
    act(() => {
      fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    });
    expect(screen.queryByTestId('inject-dialog')).toBeNull();
    expect(r.store.getState().injectOpen).toBe(false);
  });

  it('lists what is missing in plain words and pushes nothing', async () => {
    const r = await rig();
    r.show(<InjectDialog />);
    act(() => r.controller.openInject());
    await act(async () => {
      fireEvent.click(within(dialog()).getByRole('button', { name: 'Push inject' }));
    });
    const d = within(dialog());
    expect(d.getByRole('alert').textContent).toMatch(/check the 4 fields/);
    expect(d.getByText('Choose who the information comes from.')).toBeTruthy();
    expect(d.getByText('Choose at least one actor to pass it to.')).toBeTruthy();
    expect(d.getByLabelText('From').getAttribute('aria-invalid')).toBe('true');
    expect(r.store.getState().live).toEqual([]);
    // messages follow the fields as they are put right
    act(() => {
      fireEvent.change(d.getByLabelText('From'), { target: { value: 'joc' } });
    });
    expect(d.queryByText('Choose who the information comes from.')).toBeNull();
    expect(d.getByRole('alert').textContent).toMatch(/check the 3 fields/);
  });

  it('shows names and stores ids; the pushed inject is in the log and on the timeline at once', async () => {
    const r = await rig();
    r.show(
      <>
        <Timeline />
        <EventLog />
        <InjectDialog />
      </>,
    );
    await act(async () => {
      await r.controller.seekTime(200);
    });
    act(() => r.controller.openInject());
    const d = within(dialog());
    const from = d.getByLabelText('From') as HTMLSelectElement;
    expect([...from.options].map((o) => o.textContent)).toContain('Humanitarian Coordinator');
    act(() => {
      fireEvent.change(from, { target: { value: 'joc' } });
      fireEvent.click(d.getByRole('checkbox', { name: 'Humanitarian Coordinator' }));
      fireEvent.change(d.getByLabelText('What it says'), {
        target: { value: 'armed group near the eastern road' },
      });
      fireEvent.change(d.getByLabelText('Inject text (MSEL)'), {
        target: { value: 'JOC phones the HC: armed group near the eastern road.' },
      });
    });
    // the sender is not offered as a recipient
    expect(d.queryByRole('checkbox', { name: 'JOC' })).toBeNull();
    await act(async () => {
      fireEvent.click(d.getByRole('button', { name: 'Push inject' }));
    });
    expect(screen.queryByTestId('inject-dialog')).toBeNull();

    const live = screen.getByTestId('live-inject');
    expect(live.textContent).toContain('T+03:20');
    expect(live.textContent).toContain('Live');
    expect(live.textContent).toContain('JOC phones the HC');
    expect(live.textContent).toContain('Information · JOC → Humanitarian Coordinator');
    expect(within(live).getByLabelText('Live inject L1')).toBeTruthy();
    const log = screen.getByRole('list', { name: 'Log entries, newest first' });
    const row = within(log)
      .getByText(/live inject: JOC phones the HC/)
      .closest('button')!;
    expect(row.textContent).toContain('T+03:20');
    expect(row.textContent).toContain('Live inject');
    const [inject] = r.store.getState().log.filter((e) => e.marks?.includes('inject.live'));
    expect(inject).toMatchObject({ time: 200, params: { type: 'information' } });
    expect(r.store.getState().live[0]?.processId).toBe('live-1');
  });

  it('offers the fields of each kind, with the scenario’s areas by name', async () => {
    const r = await rig();
    r.show(<InjectDialog />);
    act(() => r.controller.openInject());
    const d = within(dialog());
    act(() => {
      fireEvent.click(d.getByRole('button', { name: 'Incident' }));
    });
    expect(d.getByRole('button', { name: 'Incident' }).getAttribute('aria-pressed')).toBe('true');
    const area = d.getByLabelText('Area') as HTMLSelectElement;
    expect([...area.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Choose…'],
      ['east', 'Eastern district'],
    ]);
    expect(d.getByLabelText('Severity')).toBeTruthy();
    expect(d.getByRole('checkbox', { name: 'Threat to civilians' })).toHaveProperty(
      'checked',
      true,
    );
    act(() => {
      fireEvent.click(d.getByRole('button', { name: 'Capacity change' }));
    });
    expect(d.getByLabelText('Capacity (tasks at once)')).toBeTruthy();
    expect(d.getByLabelText('Teams')).toBeTruthy();
    act(() => {
      fireEvent.click(d.getByRole('button', { name: 'Escort request' }));
    });
    for (const label of ['Requester', 'Convoy', 'Area', 'Need'])
      expect(d.getByLabelText(label)).toBeTruthy();
    expect(d.getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual([
      'Host state unable to secure the route',
      'An escort is credible',
      'Exit plan exists',
    ]);
  });
});

function Keys({ store, controller }: { store: AppStore; controller: RunController }) {
  useKeyboard(store, controller);
  return <input aria-label="Notes" />;
}

describe('the i shortcut', () => {
  it('opens the dialog, except while typing; it is in the ? list', async () => {
    const r = await rig();
    render(<Keys store={r.store} controller={r.controller} />);
    const input = screen.getByLabelText('Notes');
    input.focus();
    act(() => {
      fireEvent.keyDown(input, { key: 'i' });
    });
    expect(r.store.getState().injectOpen).toBe(false);
    input.blur();
    act(() => {
      fireEvent.keyDown(window, { key: 'i' });
    });
    expect(r.store.getState().injectOpen).toBe(true);
    // while it is open, playback keys are left alone
    act(() => {
      fireEvent.keyDown(window, { key: ' ' });
    });
    expect(r.store.getState().playing).toBe(false);
    expect(SHORTCUTS.some(([keys, what]) => keys === 'I' && /inject/i.test(what))).toBe(true);
  });

  it('F gives the mesh the whole screen; Escape brings the panels back', async () => {
    const r = await rig();
    render(<Keys store={r.store} controller={r.controller} />);
    act(() => {
      fireEvent.keyDown(window, { key: 'f' });
    });
    expect(r.store.getState().focusGraph).toBe(true);
    act(() => {
      fireEvent.keyDown(window, { key: 'Escape' });
    });
    expect(r.store.getState().focusGraph).toBe(false);
  });
});
