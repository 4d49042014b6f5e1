import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExerciseDriver } from './exercise-driver.ts';
import { hostMessage, type SeatFrame, type SeatState } from './protocol.ts';
import {
  applyListChanges,
  applyRecordChanges,
  applyStateChanges,
  listChanges,
  recordChanges,
  stateChanges,
  stateMessageJson,
  type StateSent,
} from './state-changes.ts';
import { Audience, frameNow, seatState } from './views.ts';

const item = (id: string, state = 'open') => ({ id, state });

describe('a list sent as changes', () => {
  it('sends it whole first, then only the items changed or new, and nothing when none did', () => {
    const a = item('a');
    const b = item('b');
    const first = listChanges([a, b], undefined);
    expect(first.changes).toEqual({ full: true, items: [a, b] });
    const closed = item('b', 'closed');
    const c = item('c');
    const second = listChanges([a, closed, c], first.sent);
    expect(second.changes).toEqual({ full: false, items: [closed, c] });
    // Equal in content counts as unchanged: the host builds these lists afresh at every step.
    expect(listChanges([{ ...a }, { ...closed }, { ...c }], second.sent).changes).toBeUndefined();
    const seat = applyListChanges(applyListChanges(undefined, first.changes), second.changes);
    expect(seat).toEqual([a, closed, c]);
    // Nothing changed: the seat keeps the same array, so its screens have nothing to redraw.
    expect(applyListChanges(seat, undefined)).toBe(seat);
  });

  it('says which items are gone, and keeps the order of what stays', () => {
    const first = listChanges([item('a'), item('b'), item('c')], undefined);
    const next = listChanges([item('a'), item('c', 'done'), item('d')], first.sent);
    expect(next.changes).toEqual({
      full: false,
      items: [item('c', 'done'), item('d')],
      gone: ['b'],
    });
    expect(applyListChanges([item('a'), item('b'), item('c')], next.changes)).toEqual([
      item('a'),
      item('c', 'done'),
      item('d'),
    ]);
  });

  it('sends a list whole again when its order changed (changes cannot say it)', () => {
    const first = listChanges([item('a'), item('b')], undefined);
    const next = listChanges([item('b'), item('a')], first.sent);
    expect(next.changes).toEqual({ full: true, items: [item('b'), item('a')] });
    const late = listChanges([item('x'), item('a'), item('b')], first.sent);
    expect(late.changes?.full).toBe(true);
  });

  it('a record: the keys changed or new, the keys gone', () => {
    const before: Record<string, Record<string, number>> = { hc: { threat: 10 }, joc: {} };
    const first = recordChanges(before, undefined);
    expect(first.changes).toEqual({ full: true, set: { hc: { threat: 10 }, joc: {} } });
    const next = recordChanges({ hc: { threat: 10, route: 30 }, wfp: {} }, first.sent);
    expect(next.changes).toEqual({
      full: false,
      set: { hc: { threat: 10, route: 30 }, wfp: {} },
      gone: ['joc'],
    });
    expect(applyRecordChanges(applyRecordChanges(undefined, first.changes), next.changes)).toEqual({
      hc: { threat: 10, route: 30 },
      wfp: {},
    });
    expect(recordChanges({ hc: { threat: 10, route: 30 }, wfp: {} }, next.sent).changes).toBe(
      undefined,
    );
  });
});

/** A seat's connection as the host keeps it and the seat's own state, frames sent through JSON. */
interface Link {
  readonly name: string;
  had?: StateSent;
  held?: SeatState;
  frames: SeatFrame[];
}

describe('a whole exercise sent as changes, for every role', () => {
  it('applying the changes gives each seat exactly its role’s whole state, at every step', () => {
    const d = new ExerciseDriver();
    const exercise = d.exercise;
    for (const [name, role, actors] of [
      ['HC', 'player', ['hc']],
      ['OCHA', 'player', ['ocha-east', 'wfp']],
      ['Evaluator', 'evaluator', []],
      ['Wall', 'projector', []],
    ] as const)
      d.send('EXCON', { type: 'seat.create', role, name, actors: [...actors] });
    const audience = new Audience(exercise);
    const links: Link[] = ['EXCON', 'HC', 'OCHA', 'Evaluator', 'Wall'].map((name) => ({
      name,
      frames: [],
    }));
    const connected = new Set<string>();
    const sizes = { whole: 0, sent: 0 };
    const broadcast = () => {
      const frame = frameNow(exercise, audience);
      for (const link of links) {
        const seat = d.seat(link.name);
        connected.add(seat.id);
        const state = seatState(exercise, seat, frame, connected, link.had === undefined);
        const out = stateChanges(state, link.had, frame.json.of);
        link.had = out.sent;
        // Through the wire as the seat receives it: the host's text (its lists' items spliced
        // in from the broadcast's JSON), which is exactly what JSON.stringify would write…
        const text = stateMessageJson(out.frame, frame.json.of);
        expect(text).toBe(JSON.stringify({ type: 'state', state: out.frame }));
        // …then parsed and checked by the protocol, as the seat does.
        const received = hostMessage.parse(JSON.parse(text));
        if (received.type !== 'state') throw new Error('not a state');
        link.frames.push(received.state);
        link.held = applyStateChanges(link.held, received.state);
        const whole = seatState(exercise, seat, frame, connected, true);
        expect(link.held, `${link.name} at step ${exercise.sim.step}`).toEqual(whole);
        if (link.frames.length > 1) {
          sizes.whole += JSON.stringify(stateChanges(whole, undefined).frame).length;
          sizes.sent += text.length;
        }
      }
    };
    broadcast();
    d.send('EXCON', { type: 'start' });
    broadcast();
    const event = {
      type: 'information' as const,
      id: 'r-1',
      from: 'joc',
      to: ['hc'],
      summary: 'r',
    };
    for (let n = 0; n < 60 && exercise.sim.status !== 'finished'; n++) {
      if (n === 3) d.send('EXCON', { type: 'inject.stage', text: 'Roadblock', event, at: 600 });
      if (n === 5)
        d.send('EXCON', {
          type: 'inject.stage',
          text: 'Second',
          event: { ...event, id: 'r-2' },
          at: 900,
        });
      if (n === 8)
        d.send('EXCON', {
          type: 'inject.withdraw',
          inject: exercise.staged.values().next().value!.id,
        });
      if (n === 10) d.send('Evaluator', { type: 'observe', kind: 'strength', text: 'Quick JOC' });
      // A seat that joins late gets its whole state first, then changes.
      if (n === 12) {
        d.send('EXCON', { type: 'seat.create', role: 'player', name: 'Late', actors: ['joc'] });
        links.push({ name: 'Late', frames: [] });
      }
      // A seat that leaves and comes back is a new connection: whole again.
      if (n === 20) {
        connected.delete(d.seat('HC').id);
        const hc = links.find((l) => l.name === 'HC')!;
        delete hc.had;
        delete hc.held;
      }
      if (exercise.sim.status === 'awaiting-decision') d.send('EXCON', { type: 'force' });
      else d.send('EXCON', { type: 'move', move: { to: 'step' } });
      broadcast();
    }
    expect(exercise.sim.step).toBeGreaterThan(40);

    for (const link of links) {
      const [first, ...later] = link.frames;
      expect(first!.processes?.full).toBe(true);
      expect(first!.knows?.full).toBe(true);
      // After the first state, most steps leave most lists alone: they are left out.
      expect(later.some((f) => f.processes === undefined)).toBe(true);
      // Whole again only for a new connection (the HC's seat comes back once).
      const whole = later.filter((f) => f.processes?.full || f.knows?.full || f.mesh.full);
      expect(whole.length, link.name).toBe(link.name === 'HC' ? 1 : 0);
    }
    const frames = (name: string) => links.find((l) => l.name === name)!.frames;
    // The late seat's first state is whole.
    expect(frames('Late')[0]!.mesh.full).toBe(true);
    // Staged injects and the seat list: a withdrawn inject is gone, a new seat is new.
    expect(frames('EXCON').some((f) => (f.staged?.gone?.length ?? 0) > 0)).toBe(true);
    expect(frames('EXCON').some((f) => f.seats?.items.some((s) => s.name === 'Late'))).toBe(true);
    expect(frames('Evaluator').some((f) => f.observations?.items.length === 1)).toBe(true);
    // A player is sent only what its role sees: its own knowledge, no control lists.
    for (const name of ['HC', 'OCHA', 'Late', 'Wall']) {
      const own = d.seat(name).actors;
      for (const f of frames(name)) {
        for (const key of ['staged', 'seats', 'observations', 'msel', 'objectives'] as const)
          expect(f[key], `${name} ${key}`).toBeUndefined();
        for (const actor of Object.keys(f.knows?.set ?? {})) expect(own).toContain(actor);
      }
    }
    expect(Object.keys(links.find((l) => l.name === 'Wall')!.held!.knows)).toEqual([]);
    // What the changes save: far fewer bytes than the whole state at every step.
    expect(sizes.sent).toBeLessThan(sizes.whole / 2);
  });
});

describe('one broadcast serialises each list item once', () => {
  afterEach(() => vi.restoreAllMocks());

  it('for every seat that may see it, and each seat still gets only its role’s items', () => {
    const d = new ExerciseDriver();
    const exercise = d.exercise;
    for (const [name, role, actors] of [
      ['Evaluator 1', 'evaluator', []],
      ['Evaluator 2', 'evaluator', []],
      ['HC', 'player', ['hc']],
    ] as const)
      d.send('EXCON', { type: 'seat.create', role, name, actors: [...actors] });
    d.send('EXCON', { type: 'start' });
    d.send('EXCON', {
      type: 'inject.stage',
      text: 'Roadblock',
      event: { type: 'information', id: 'r-1', from: 'joc', to: ['hc'], summary: 'r' },
      at: 600,
    });
    for (let n = 0; n < 15; n++) d.send('EXCON', { type: 'move', move: { to: 'step' } });
    d.send('Evaluator 1', { type: 'observe', kind: 'strength', text: 'Quick JOC' });
    const frame = frameNow(exercise, new Audience(exercise));
    const connected = new Set(
      ['EXCON', 'Evaluator 1', 'Evaluator 2', 'HC'].map((n) => d.seat(n).id),
    );
    const stringify = vi.spyOn(JSON, 'stringify');
    const send = (name: string) => {
      const state = seatState(exercise, d.seat(name), frame, connected);
      const out = stateChanges(state, undefined, frame.json.of);
      return { state, text: stateMessageJson(out.frame, frame.json.of) };
    };

    const first = send('Evaluator 1');
    const items = new Set<unknown>([
      ...first.state.processes,
      ...Object.values(first.state.knows),
      ...(first.state.staged ?? []),
      ...(first.state.seats ?? []),
      ...(first.state.observations ?? []),
    ]);
    expect(first.state.processes.length).toBeGreaterThan(0);
    expect(first.state.staged).toHaveLength(1);
    expect(first.state.observations).toHaveLength(1);
    const made = frame.json.serialised;
    expect(made).toBe(items.size);
    const itemCalls = () => stringify.mock.calls.filter(([value]) => items.has(value)).length;
    expect(itemCalls()).toBe(items.size);

    // The second evaluator sees the same items: none is serialised again.
    const second = send('Evaluator 2');
    expect(frame.json.serialised).toBe(made);
    expect(itemCalls()).toBe(items.size);
    expect(second.text.replace(/"seat":\{[^}]*\}/, '')).toBe(
      first.text.replace(/"seat":\{[^}]*\}/, ''),
    );

    // EXCON and a player share what they may both see, and never get what they may not.
    const tokens = [...exercise.seats.values()].map((s) => s.token);
    const excon = send('EXCON');
    expect(excon.state.seats?.every((s) => typeof s.token === 'string')).toBe(true);
    for (const text of [first.text, second.text])
      for (const t of tokens) expect(text).not.toContain(t);
    const player = send('HC');
    for (const actor of Object.keys(player.state.knows)) expect(actor).toBe('hc');
    expect(Object.keys(first.state.knows).length).toBeGreaterThan(
      Object.keys(player.state.knows).length,
    );
    expect(player.state.processes.length).toBeLessThan(first.state.processes.length);
    for (const p of player.state.processes) expect(first.state.processes).toContain(p);
    for (const key of ['"staged"', '"seats"', '"observations"', '"msel"', 'Quick JOC', 'Roadblock'])
      expect(player.text).not.toContain(key);
    for (const t of tokens) expect(player.text).not.toContain(t);
  });
});
