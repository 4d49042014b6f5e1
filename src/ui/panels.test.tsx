// The panels in jsdom, each against a real controller running the decision drill fixture.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as core from '../core/index.ts';
import { DecisionPanel } from './DecisionPanel';
import { ErrorPanel } from './ErrorPanel';
import { EventLog } from './EventLog';
import { Header } from './Header';
import { Inspector } from './Inspector';
import { MetricsPanel } from './MetricsPanel';
import { Playback } from './Playback';
import { clock } from '../store';
import { rig } from './testing';
import { Timeline } from './Timeline';
import { Branches } from './Branches';

afterEach(cleanup);

// jsdom lays nothing out: give the virtualised list a tall box and each row a height, so
// every row is in view (the log is rendered by several describes).
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
beforeEach(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('log-scroll') ? 100_000 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement?.classList.contains('log-list') === true ? 40 : 0;
    },
  });
});
afterEach(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
});

const clockText = () => screen.getByTestId('clock').textContent;

describe('Playback', () => {
  it('steps forward to the next event and back to exactly where it was', async () => {
    const r = await rig();
    r.show(<Playback />);
    expect(clockText()).toBe('T+00:00');
    expect(screen.getByRole('button', { name: 'Step back' })).toHaveProperty('disabled', true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    });
    expect(clockText()).toBe('T+01:00');
    const log = r.store.getState().log.length;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    });
    expect(r.store.getState().log.length).toBeGreaterThan(log);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    });
    expect(clockText()).toBe('T+01:00');
    expect(r.store.getState().log.length).toBe(log);
  });

  it('plays and pauses; the clock runs with the frames', async () => {
    const r = await rig();
    r.show(<Playback />);
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '60' } });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    act(() => {
      r.frames.tick(16);
      for (let i = 0; i < 30; i++) r.frames.tick(100);
    });
    expect(clockText()).toBe('T+03:00');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    });
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('marks the MSEL injects and decision points on the scrubber', async () => {
    const r = await rig();
    const { container } = r.show(<Playback />);
    const marks = container.querySelectorAll('.scrubber__mark');
    expect(marks).toHaveLength(2);
    expect(container.querySelector('.scrubber__mark--decision')?.getAttribute('title')).toMatch(
      /^Decision at T\+08:00/,
    );
    expect(
      screen.getByRole('slider', { name: 'Exercise time' }).getAttribute('aria-valuetext'),
    ).toBe('T+00:00');
  });
});

describe('EventLog', () => {
  it('filters by actor, kind and text, and shows bookkeeping only when asked', async () => {
    const r = await rig();
    await act(() => r.controller.seekTime(400));
    r.show(<EventLog />);
    const all = r.store.getState().log.length;
    const rows = () => screen.getAllByRole('listitem').filter((li) => li.querySelector('.log-row'));
    const story = r.store.getState().log.filter((e) => core.isStoryEntry(e));
    await waitFor(() => expect(rows()).toHaveLength(story.length));
    expect(story.length).toBeLessThan(all);
    fireEvent.click(screen.getByLabelText('Bookkeeping'));
    await waitFor(() => expect(rows()).toHaveLength(all));
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'inject' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.textContent).toContain('MSEL 1');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Actor'), { target: { value: 'hc' } });
    // entries at the HC, and messages to or from it
    const involving = r.store.getState().log.filter((e) => {
      const d = (e.kind.startsWith('message.') ? e.params : {}) as { from?: unknown; to?: unknown };
      return e.at === 'hc' || e.actor === 'hc' || d.from === 'hc' || d.to === 'hc';
    });
    await waitFor(() => expect(rows()).toHaveLength(involving.length));
    expect(rows().some((row) => row.textContent?.includes('Humanitarian Coordinator'))).toBe(true);
    fireEvent.change(screen.getByLabelText('Actor'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Bookkeeping'));
    fireEvent.change(screen.getByLabelText('Search the log'), { target: { value: 'declines' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByTestId('log-count').textContent).toBe(`1 of ${all} entries`);
  });

  it('shows a clicked entry whole without moving the run, and goes to it when asked', async () => {
    const r = await rig();
    await act(() => r.controller.seekTime(400));
    r.show(
      <>
        <EventLog />
        <Inspector />
      </>,
    );
    fireEvent.click(screen.getByLabelText('Bookkeeping'));
    const before = r.store.getState().log.length;
    // ids read as names in the log
    const entry = screen.getByText(/handled by OCHA CMCoord after/);
    act(() => {
      fireEvent.click(entry.closest('button')!);
    });
    expect(r.store.getState().selected).toBe('ocha');
    // the run stays put: nothing later is hidden
    expect(r.store.getState().time).toBe(400);
    expect(r.store.getState().log.length).toBe(before);
    const inspector = within(screen.getByTestId('inspector'));
    expect(inspector.getByRole('heading', { name: 'OCHA CMCoord' })).toBeTruthy();
    const card = within(screen.getByTestId('log-entry'));
    expect(card.getByText(/handled by OCHA CMCoord after/)).toBeTruthy();
    act(() => {
      fireEvent.click(card.getByRole('button', { name: 'Go to this moment' }));
    });
    expect(r.store.getState().time).toBe(120);
  });

  it('keeps the rows it shows, in place, when newer entries arrive at the top', async () => {
    const r = await rig();
    await act(() => r.controller.seekTime(200));
    r.show(<EventLog />);
    fireEvent.click(screen.getByLabelText('Bookkeeping'));
    const rows = () => [...document.querySelectorAll<HTMLLIElement>('.log-list__row')];
    await waitFor(() => expect(rows()).toHaveLength(r.store.getState().log.length));
    const before = rows();
    const oldest = before.at(-1)!;
    const place = oldest.style.transform;
    const count = before.length;
    expect(oldest.getAttribute('aria-posinset')).toBe(String(count));
    await act(() => r.controller.seekTime(400));
    const after = r.store.getState().log.length;
    expect(after).toBeGreaterThan(count);
    await waitFor(() => expect(rows()).toHaveLength(after));
    // The same element, at the same distance from the bottom, numbered after the new ones.
    expect(rows().at(-1)).toBe(oldest);
    expect(oldest.style.transform).toBe(place);
    expect(oldest.getAttribute('aria-posinset')).toBe(String(after));
    expect(oldest.getAttribute('aria-setsize')).toBe(String(after));
    // Newest first: the first row is the last entry written, at the top of the list.
    const first = rows()[0]!;
    const newest = r.store.getState().log.at(-1)!;
    expect(first.querySelector('.log-row__time')!.textContent).toBe(clock(newest.time));
    expect(first.style.transform).toBe(`translateY(${-(after - 1) * 40}px)`);
  });
});

describe('Inspector', () => {
  it('shows why a selected escort decision went so: each rule on what the decider knew', async () => {
    const r = await rig();
    await act(() => r.controller.seekTime(24 * 60));
    r.show(
      <>
        <EventLog />
        <Inspector />
      </>,
    );
    const decision = screen.getAllByText(/ declines: /)[0]!;
    act(() => {
      fireEvent.click(decision.closest('button')!);
    });
    const why = within(screen.getByTestId('decision-why'));
    expect(why.getByText(/Rules evaluated \(on what .+ knew\):/)).toBeTruthy();
    expect(why.getAllByRole('listitem').map((li) => li.textContent)).toContain(
      'criterion 1 (need and no alternative) met',
    );
    expect(why.getByText(/^Not approved: /)).toBeTruthy();
  });

  it('asks for a selection, then shows state, fields in words, processes and messages', async () => {
    const r = await rig();
    r.show(<Inspector />);
    expect(screen.getByText(/Select an actor/)).toBeTruthy();
    await act(() => r.controller.seekTime(100));
    act(() => r.controller.select('ocha'));
    const panel = screen.getByTestId('inspector');
    expect(within(panel).getByRole('heading', { name: 'OCHA CMCoord' })).toBeTruthy();
    // the machine's states, the current one marked
    const states = within(panel).getByRole('list', { name: "OCHA CMCoord's states" });
    const current = within(states)
      .getAllByRole('listitem')
      .filter((li) => li.getAttribute('aria-current') === 'step');
    expect(current.map((li) => li.textContent)).toEqual(['busy']);
    // labelled fields, not JSON
    expect(within(panel).getByText('Time per task').nextElementSibling?.textContent).toBe('30m');
    expect(panel.textContent).not.toContain('{');
    // the escort request it takes part in
    expect(within(panel).getByText('Escort request: food convoy')).toBeTruthy();
    expect(within(panel).getByText('Requested by').nextElementSibling?.textContent).toBe('WFP');
    await act(() => r.controller.seekTime(200));
    expect(within(panel).getByText(/from WFP:/)).toBeTruthy();
    expect(within(panel).getByText(/to Humanitarian Coordinator:/)).toBeTruthy();
  });
});

describe('Timeline', () => {
  it('lists injects and decisions; notes stay hidden until asked for', async () => {
    const r = await rig();
    r.show(<Timeline />);
    expect(screen.getByText('WFP asks for an escort.')).toBeTruthy();
    expect(screen.getByText('T+01:00')).toBeTruthy();
    expect(screen.getByText(/OCHA applies the IASC criteria/)).toBeTruthy();
    expect(screen.queryByText('Watch whether OCHA checks alternatives.')).toBeNull();
    fireEvent.click(screen.getByLabelText('Controller notes'));
    expect(screen.getByText('Watch whether OCHA checks alternatives.')).toBeTruthy();
    expect(screen.getByText(/Push it through\?/)).toBeTruthy();
  });

  it('jumps to an inject', async () => {
    const r = await rig();
    r.show(<Timeline />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Go to MSEL 1' }));
    });
    expect(r.store.getState().time).toBe(60);
    expect(r.store.getState().log.some((e) => e.event === 'inject')).toBe(true);
  });
});

describe('Decision points', () => {
  it('pauses with the options, records the choice, and offers the other option as a branch', async () => {
    const r = await rig();
    r.show(
      <>
        <DecisionPanel />
        <Branches />
      </>,
    );
    await act(() => r.controller.seekTime(600));
    const card = screen.getByTestId('decision');
    expect(within(card).getByRole('heading').textContent).toMatch(/Push it through\?/);
    act(() => {
      fireEvent.click(within(card).getByRole('button', { name: 'Push it through' }));
    });
    expect(screen.queryByTestId('decision')).toBeNull();
    act(() => r.controller.stepBack());
    act(() => r.controller.stepBack());
    expect(screen.getByText(/this branch chooses “Push it through”/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Wait for the criteria' }));
    });
    expect(r.store.getState().branches.map((b) => b.id)).toEqual(['A', 'B']);
    const list = screen.getByRole('button', { name: /Wait for the criteria at T\+08:00/ });
    expect(list.getAttribute('aria-pressed')).toBe('true');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /First run/ }));
    });
    expect(r.store.getState().branchId).toBe('A');
  });
});

describe('ErrorPanel', () => {
  it('lists every problem with file, line and column, and dismisses', async () => {
    const r = await rig();
    r.show(<ErrorPanel />);
    act(() => {
      r.controller.openScenarioText('version: 1\nid: Bad Id\ntitle: x\nwhat: 3\n', 'broken.yaml');
    });
    const panel = screen.getByTestId('errors');
    const items = within(panel).getAllByRole('listitem');
    expect(items.length).toBe(r.store.getState().errors!.errors.length);
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) expect(item.textContent).toMatch(/^broken\.yaml:\d+:\d+/);
    expect(panel.textContent).toContain('the current run is unchanged');
    fireEvent.click(within(panel).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('errors')).toBeNull();
    expect(r.store.getState().scenario?.id).toBe('decision-drill');
  });
});

describe('MetricsPanel', () => {
  it('labels metrics in words and times as durations', async () => {
    const r = await rig();
    await act(() => r.controller.seekTime(500));
    r.show(<MetricsPanel />);
    const row = screen.getByText('Time to escort decision (mean)').closest('tr')!;
    const mean = r.store.getState().metrics!.decisionTimeMean!;
    expect(mean).toBe(180); // requested at T+01:00, declined at T+04:00
    expect(row.querySelector('td')?.textContent).toBe('3h');
    expect(screen.queryByText('Messages undeliverable')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /All \d+/ }));
    expect(screen.getByText('Messages undeliverable')).toBeTruthy();
  });
});

describe('Header', () => {
  it('switches the structure and the seed (the run restarts)', async () => {
    const r = await rig();
    await act(() => r.controller.seekTime(300));
    r.show(<Header />);
    act(() => {
      fireEvent.change(screen.getByLabelText('Structure'), { target: { value: 'direct' } });
    });
    expect(r.store.getState().structureId).toBe('direct');
    expect(r.store.getState().time).toBe(0);
    const seed = screen.getByLabelText('Seed');
    fireEvent.change(seed, { target: { value: '42' } });
    act(() => {
      fireEvent.keyDown(seed, { key: 'Enter' });
    });
    expect(r.store.getState().seed).toBe(42);
    fireEvent.change(seed, { target: { value: 'abc' } });
    expect(seed.getAttribute('aria-invalid')).toBe('true');
  });
});
