/// <reference types="vite/client" />
// `?raw` (Vite) reads the YAML fixtures as text without a Node import in core.
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { parse } from 'yaml';
import meetingDrill from '../../../tests/fixtures/meeting-drill.yaml?raw';
import { Simulation } from '../engine/engine';
import type { Mark } from '../vocabulary';
import type { LogEntry } from '../engine/types';
import { computeMetrics } from '../metrics/metrics';
import { scenarioSchema } from '../scenario/schema';
import {
  hasQuorum,
  invitationLead,
  invitationTime,
  meetingMachine,
  nextSlot,
  postponement,
  presentInvitees,
  quorumCount,
  slotAtOrAfter,
  type MeetingInput,
} from './meeting';
import { param, text } from '../../i18n/testing';

// ── the rules ──────────────────────────────────────────────────────────────────────────

describe('quorum', () => {
  it.each<[number, number, number, number, boolean]>([
    // present, invited, quorum, needed, held
    [2, 6, 0.5, 3, false],
    [3, 6, 0.5, 3, true],
    [3, 5, 0.5, 3, true],
    [2, 5, 0.5, 3, false],
    [1, 3, 1 / 3, 1, true],
    [2, 3, 0.67, 3, false],
    [4, 4, 1, 4, true],
    [3, 4, 1, 4, false],
    [0, 4, 0, 0, true],
    [0, 1, 0.5, 1, false],
    // a head count: a whole number from 2 (1 stays the share "everyone")
    [3, 6, 4, 4, false],
    [4, 6, 4, 4, true],
    [2, 2, 2, 2, true],
  ])('%i of %i with quorum %d needs %i: held %s', (present, invited, quorum, needed, held) => {
    expect(quorumCount(invited, quorum)).toBe(needed);
    expect(hasQuorum(present, invited, quorum)).toBe(held);
  });

  it('words the attendance the way the log shows it', () => {
    const held = text({
      kind: 'meeting.held',
      params: {
        name: 'forum',
        session: 1,
        present: 2,
        invited: 6,
        quorum: 0.5,
        absent: [],
        attendance: 2 / 6,
      },
    });
    expect(held).toBe('forum session 1 held: 2 of 6 invitees present, quorum 50%');
  });

  it('counts present only those who said yes this round, in invitation order', () => {
    expect(presentInvitees(['a', 'b', 'c', 'd'], { d: true, b: false, a: true })).toEqual([
      'a',
      'd',
    ]);
  });
});

describe('schedule', () => {
  it.each<[string, number, number, number, number]>([
    ['two hours ahead', 480, 0, 120, 360],
    ['the session starts sooner than the lead', 60, 0, 120, 0],
    ['already past the lead', 480, 400, 120, 400],
    ['a shorter lead', 480, 0, 30, 450],
  ])('invitations: %s', (_name, start, now, lead, at) => {
    expect(invitationTime(start, now, lead)).toBe(at);
  });

  it.each<[string, number, number, number, number]>([
    ['before the first session', 240, 1440, 0, 240],
    ['on a slot', 240, 1440, 1680, 1680],
    ['between slots', 240, 1440, 1000, 1680],
    ['a single session', 240, 0, 1000, 240],
  ])('first slot from now: %s', (_name, first, every, from, slot) => {
    expect(slotAtOrAfter(first, every, from)).toBe(slot);
  });

  it.each<[string, number, number, number, number, number | undefined]>([
    ['the next day', 240, 1440, 240, 300, 1680],
    ['a session that overran the next slot', 240, 60, 240, 400, 420],
    ['a postponed session held late', 240, 1440, 240, 780, 1680],
    ['a postponed session that ran past the next slot', 240, 480, 240, 780, 1200],
    ['a single session', 240, 0, 240, 300, undefined],
  ])('next slot: %s', (_name, first, every, slot, ended, next) => {
    expect(nextSlot(first, every, slot, ended)).toBe(next);
  });

  type Where = { start: number; merged: boolean } | undefined;
  it.each<[string, number, number, number | undefined, number, Where]>([
    // name, start, postponeBy, next regular slot, times put back so far (of 2), where
    ['put back by 4h', 240, 240, 1680, 0, { start: 480, merged: false }],
    ['put back a second time', 480, 240, 1680, 1, { start: 720, merged: false }],
    ['put back twice already: the next slot', 720, 240, 1680, 2, { start: 1680, merged: true }],
    ['reaching the next slot: merged into it', 240, 1440, 1680, 0, { start: 1680, merged: true }],
    ['no postponement allowed: the next slot', 240, 0, 1680, 0, { start: 1680, merged: true }],
    ['a single session put back', 240, 240, undefined, 0, { start: 480, merged: false }],
    ['a single session put back twice already', 720, 240, undefined, 2, undefined],
    ['a single session that cannot be put back', 240, 0, undefined, 0, undefined],
  ])('postponement: %s', (_name, start, by, next, sofar, expected) => {
    expect(postponement(start, by, next, sofar, 2)).toEqual(expected);
  });

  it.each<[string, number, number]>([
    ['a single session', 0, 120],
    ['hourly', 60, 120],
    ['daily', 1440, 120],
    ['every three days', 4320, 360],
    ['weekly', 10080, 840],
    ['monthly', 43200, 1440],
  ])('invitation lead: %s', (_name, every, lead) => {
    expect(invitationLead(every)).toBe(lead);
  });
});

// ── the machine, step by step ──────────────────────────────────────────────────────────

const input = (over: Partial<MeetingInput> = {}): MeetingInput => ({
  id: 'forum',
  name: 'UN-CMCoord forum',
  chair: 'ocha',
  invitees: ['wfp', 'unhcr', 'cimic', 'bn'],
  first: 240,
  every: 1440,
  length: 60,
  quorum: 0.5,
  postponeBy: 240,
  lead: 120,
  maxPostponements: 2,
  startAt: 0,
  ...over,
});

type Action = { type: string; params?: unknown };
const of = (actions: readonly Action[], type: string) =>
  actions.filter((a) => a.type === type).map((a) => a.params as Record<string, unknown>);
const delays = (actions: readonly Action[]) => of(actions, 'xstate.raise').map((p) => p['delay']);
const marks = (actions: readonly Action[]) => of(actions, 'explain').map((p) => p['mark']);
const texts = (actions: readonly Action[]) =>
  of(actions, 'explain')
    .map((p) => text(p as Parameters<typeof text>[0]))
    .filter((t) => t !== '')
    .join('; ');

/** The event xstate raises when a state's named delay is over (the engine's timer). */
const after = (machine: AnyStateMachine, delay: string, state: string) =>
  ({ type: `xstate.after.${delay}.${machine.id}.${state}` }) as never;

describe('meeting machine', () => {
  it('invites 2h ahead, holds the session with quorum, tables what is known, sends minutes', () => {
    const [s0, a0] = initialTransition(meetingMachine, input());
    expect(s0.value).toBe('waiting');
    expect(s0.context).toMatchObject({
      clock: 0,
      slot: 240,
      start: 240,
      inviteAt: 120,
      session: 1,
    });
    expect(marks(a0)).toEqual(['meeting.scheduled']);
    expect(delays(a0)).toEqual([120]);

    const [s1, a1] = transition(
      meetingMachine,
      s0,
      after(meetingMachine, 'untilInvitations', 'waiting'),
    );
    expect(s1.value).toBe('invited');
    expect(s1.context).toMatchObject({ clock: 120, round: 1, replies: {} });
    expect(of(a1, 'send')).toEqual([
      expect.objectContaining({
        from: 'ocha',
        to: ['wfp', 'unhcr', 'cimic', 'bn'],
        event: { type: 'rsvp', round: 1 },
        need: 'attend',
      }),
    ]);
    expect(marks(a1)).toEqual(['meeting.invited']);
    expect(delays(a1)).toEqual([120]);

    let s = s1;
    for (const [by, accepted] of [
      ['wfp', true],
      ['unhcr', true],
      ['cimic', false],
    ] as const) {
      const [next, actions] = transition(meetingMachine, s, {
        type: 'rsvp',
        round: 1,
        by,
        accepted,
      });
      expect(marks(actions)).toEqual(['meeting.reply']);
      s = next;
    }
    expect(s.context.replies).toEqual({ wfp: true, unhcr: true, cimic: false });

    const [s2, a2] = transition(meetingMachine, s, after(meetingMachine, 'untilStart', 'invited'));
    expect(s2.value).toBe('in session');
    expect(s2.context).toMatchObject({
      clock: 240,
      present: ['wfp', 'unhcr'],
      absent: ['cimic', 'bn'],
    });
    expect(marks(a2)).toEqual(['meeting.held']);
    expect(texts(a2)).toBe(
      'UN-CMCoord forum session 1 held: 2 of 4 invitees present, quorum 50%; absent: cimic and bn',
    );
    expect(of(a2, 'explain')[0]).toMatchObject({
      params: { attendance: 0.5, present: 2, invited: 4, session: 1, absent: ['cimic', 'bn'] },
    });
    expect(of(a2, 'share')).toEqual([{ present: ['ocha', 'wfp', 'unhcr'] }]);
    expect(delays(a2)).toEqual([60]);

    const [s3, a3] = transition(
      meetingMachine,
      s2,
      after(meetingMachine, 'sessionLength', 'in session'),
    );
    expect(s3.value).toBe('waiting');
    expect(of(a3, 'send')).toEqual([
      expect.objectContaining({
        from: 'ocha',
        to: ['cimic', 'bn'],
        event: { type: 'minutes.read', session: 1 },
        infoKnownBy: 'ocha',
      }),
    ]);
    expect(marks(a3)).toEqual(['meeting.minutes']);
    expect(texts(a3)).toContain('next session T+28:00');
    // Next day T+04:00: invitations at T+26:00, 1260 min after the session ended at T+05:00.
    expect(s3.context).toMatchObject({
      clock: 300,
      slot: 1680,
      start: 1680,
      inviteAt: 1560,
      session: 2,
    });
    expect(delays(a3)).toEqual([1260]);
  });

  it('postpones without quorum, re-invites, and counts a reply from the old round as late', () => {
    const [s0] = initialTransition(meetingMachine, input());
    const [s1] = transition(
      meetingMachine,
      s0,
      after(meetingMachine, 'untilInvitations', 'waiting'),
    );
    const [s2, a2] = transition(meetingMachine, s1, {
      type: 'rsvp',
      round: 1,
      by: 'wfp',
      accepted: true,
    });
    expect(marks(a2)).toEqual(['meeting.reply']);
    const [s3, a3] = transition(meetingMachine, s2, {
      type: 'undeliverable',
      to: 'bn',
      original: 'rsvp',
    });
    expect(marks(a3)).toEqual(['meeting.unreachable']);
    expect(s3.context.unreachable).toEqual(['bn']);

    const [s4, a4] = transition(meetingMachine, s3, after(meetingMachine, 'untilStart', 'invited'));
    expect(s4.value).toBe('postponed');
    expect(marks(a4)).toEqual(['meeting.postponed']);
    expect(texts(a4)).toContain(
      'postponed: 1 of 4 invitees present, quorum 50%; reconvenes at T+08:00',
    );
    expect(of(a4, 'share')).toEqual([]);
    expect(s4.context).toMatchObject({
      clock: 240,
      start: 480,
      slot: 240,
      session: 1,
      inviteAt: 360,
    });
    expect(delays(a4)).toEqual([120]);

    const [s5, a5] = transition(
      meetingMachine,
      s4,
      after(meetingMachine, 'untilInvitations', 'postponed'),
    );
    expect(s5.value).toBe('invited');
    expect(s5.context).toMatchObject({ round: 2, replies: {}, unreachable: [] });
    expect(of(a5, 'send')[0]).toMatchObject({ event: { type: 'rsvp', round: 2 } });

    const [s6, a6] = transition(meetingMachine, s5, {
      type: 'rsvp',
      round: 1,
      by: 'unhcr',
      accepted: true,
    });
    expect(marks(a6)).toEqual(['meeting.late-reply']);
    expect(s6.context.replies).toEqual({});
  });

  it('puts a session back at most twice, then waits for the next regular one', () => {
    let [s] = initialTransition(meetingMachine, input());
    const starts: number[] = [];
    let last: readonly Action[] = [];
    for (let i = 0; i < 3; i++) {
      const waiting = i === 0 ? 'waiting' : 'postponed';
      [s] = transition(meetingMachine, s, after(meetingMachine, 'untilInvitations', waiting));
      [s, last] = transition(meetingMachine, s, after(meetingMachine, 'untilStart', 'invited'));
      starts.push(s.context.start);
    }
    expect(starts).toEqual([480, 720, 1680]);
    expect(texts(last)).toContain(
      'postponed: 0 of 4 invitees present, quorum 50%; already put back 2 times, merged into the next regular session at T+28:00',
    );
    expect(s.context).toMatchObject({ session: 2, postponements: 0, slot: 1680 });
  });

  it('merges a postponement that reaches the next regular session into it', () => {
    const [s0] = initialTransition(meetingMachine, input({ postponeBy: 1440 }));
    const [s1] = transition(
      meetingMachine,
      s0,
      after(meetingMachine, 'untilInvitations', 'waiting'),
    );
    const [s2, a2] = transition(meetingMachine, s1, after(meetingMachine, 'untilStart', 'invited'));
    expect(s2.value).toBe('postponed');
    expect(texts(a2)).toContain('merged into the next regular session at T+28:00');
    expect(s2.context).toMatchObject({ start: 1680, slot: 1680, session: 2 });
  });

  it('ends a single session after it is held, or when it cannot be put back', () => {
    const [s0] = initialTransition(meetingMachine, input({ every: 0, quorum: 0 }));
    const [s1] = transition(
      meetingMachine,
      s0,
      after(meetingMachine, 'untilInvitations', 'waiting'),
    );
    const [s2, a2] = transition(meetingMachine, s1, after(meetingMachine, 'untilStart', 'invited'));
    expect(marks(a2)).toEqual(['meeting.held']);
    const [s3, a3] = transition(
      meetingMachine,
      s2,
      after(meetingMachine, 'sessionLength', 'in session'),
    );
    expect(s3.value).toBe('ended');
    expect(s3.status).toBe('done');
    expect(texts(a3)).toContain('the series is over');

    const [t0] = initialTransition(meetingMachine, input({ every: 0, postponeBy: 0 }));
    const [t1] = transition(
      meetingMachine,
      t0,
      after(meetingMachine, 'untilInvitations', 'waiting'),
    );
    const [t2, b2] = transition(meetingMachine, t1, after(meetingMachine, 'untilStart', 'invited'));
    expect(t2.value).toBe('ended');
    expect(marks(b2)).toEqual(['meeting.postponed']);
    expect(texts(b2)).toContain('cancelled: 0 of 4 invitees present, quorum 50%');
  });

  it('invites at once when the first session is sooner than the lead', () => {
    const [s0, a0] = initialTransition(meetingMachine, input({ first: 30 }));
    expect(s0.context.inviteAt).toBe(0);
    expect(delays(a0)).toEqual([0]);
  });

  it('reaches every state (model-based)', () => {
    const afterEvents = getStateNodes(meetingMachine).flatMap((n) =>
      n.after.map((t) => ({ type: t.eventType })),
    );
    const events = (s: { context: { round: number; invitees: readonly string[] } }) => [
      ...s.context.invitees.flatMap((by) => [
        { type: 'rsvp', round: s.context.round, by, accepted: true },
        { type: 'rsvp', round: s.context.round, by, accepted: false },
        { type: 'undeliverable', to: by, original: 'rsvp' },
      ]),
      { type: 'rsvp', round: s.context.round - 1, by: 'late', accepted: true },
      { type: 'minutes.read', session: 1, by: 'bn' },
      ...afterEvents,
    ];
    const reached = new Set<string>();
    const small = { invitees: ['wfp', 'bn'] };
    for (const i of [
      input(small),
      input({ ...small, every: 0 }),
      input({ ...small, every: 0, postponeBy: 0 }),
    ]) {
      const paths = getShortestPaths(meetingMachine, {
        input: i,
        events: events as never,
        // Replies are what matters; the clock and counters grow without bound.
        serializeState: (s) =>
          JSON.stringify({
            v: s.value,
            r: s.context.replies,
            u: s.context.unreachable,
            e: s.context.every,
          }),
      });
      for (const path of paths) for (const node of path.state._nodes) reached.add(node.id);
    }
    const all = getStateNodes(meetingMachine)
      .filter((n) => (n.always ?? []).length === 0)
      .map((n) => n.id);
    expect(all).toEqual(
      expect.arrayContaining([
        'meeting.waiting',
        'meeting.postponed',
        'meeting.invited',
        'meeting.in session',
        'meeting.ended',
      ]),
    );
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });
});

// ── in the engine, with the fixture ────────────────────────────────────────────────────

const scenario = scenarioSchema.parse(parse(meetingDrill));
const run = (structure: string) => new Simulation(scenario, { structure, seed: 1 }).run();
const marked = (log: readonly LogEntry[], mark: Mark, ref?: string) =>
  log.filter((e) => e.marks?.includes(mark) && (ref === undefined || e.ref === ref));
const learnt = (log: readonly LogEntry[], info: string) =>
  Object.fromEntries(
    log
      .filter((e) => e.event === 'information.reached' && e.ref === info)
      .map((e) => [e.actor, e.time]),
  );

describe('meetings in the engine (tests/fixtures/meeting-drill.yaml)', () => {
  it('holds the forum with the invitees whose answers came back in time', () => {
    const sim = run('forum');
    const held = marked(sim.log, 'meeting.held', 'cmcoord-forum');
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      time: 240,
      at: 'ocha',
      params: { attendance: 0.75, present: 3, invited: 4 },
    });
    expect(text(held[0])).toBe(
      'UN-CMCoord forum session 1 held: 3 of 4 invitees present, quorum 50%; absent: bn',
    );
    // The battalion's invitation crossed a 3h report link: its yes came after the start.
    expect(text(marked(sim.log, 'meeting.late-reply', 'cmcoord-forum')[0])).toContain(
      'late reply from bn',
    );
  });

  it('tables what an attendee knew: every attendee learns it at once; the minutes carry it to the absent', () => {
    const sim = run('forum');
    const when = learnt(sim.log, 'checkpoint-1');
    // WFP witnessed it and reported it to OCHA (the chair) before the session…
    expect(when['wfp']).toBe(60);
    expect(when['ocha']).toBeLessThan(240);
    // …UNHCR and the CIMIC cell learn it at the session, T+04:00, at the same moment…
    expect(when['unhcr']).toBe(240);
    expect(when['cimic']).toBe(240);
    // …and the absent battalion from the minutes sent at T+05:00 over the 3h link.
    expect(marked(sim.log, 'meeting.minutes', 'cmcoord-forum')[0]).toMatchObject({
      time: 300,
      params: { absent: ['bn'] },
    });
    expect(when['bn']).toBe(510);
    expect(marked(sim.log, 'meeting.minutes-read', 'cmcoord-forum')[0]?.time).toBe(510);
  });

  it('postpones the security cell when its invitees are overloaded or unreachable, then holds it', () => {
    const sim = run('busy-desks');
    const cell = (mark: Mark) => marked(sim.log, mark, 'security-cell');
    expect(cell('meeting.unreachable').map((e) => e.time)).toEqual([120, 360]);
    expect(
      cell('meeting.reply')
        .filter((e) => param(e, 'accepted') === false)
        .map((e) => param(e, 'by')),
    ).toEqual(['cimic', 'fpu', 'bn']);
    const postponed = cell('meeting.postponed');
    expect(postponed).toHaveLength(1);
    expect(postponed[0]).toMatchObject({
      time: 240,
      params: { present: 0, invited: 4, next: 480 },
    });
    expect(text(postponed[0])).toContain(
      'postponed: 0 of 4 invitees present, quorum 50%; reconvenes at T+08:00',
    );
    const held = cell('meeting.held');
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      time: 480,
      params: { attendance: 0.75, present: 3, invited: 4 },
    });
    // The POC working group got the desks' second answers, when they were no longer overloaded.
    expect(marked(sim.log, 'meeting.held', 'poc-wg')[0]).toMatchObject({
      time: 240,
      params: { attendance: 1 },
    });
  });

  it('gives the meeting metrics', () => {
    const forum = run('forum');
    expect(computeMetrics(forum.log, scenario, forum.structure)).toMatchObject({
      meetingsHeld: 1,
      meetingsPostponed: 0,
      meetingAttendanceMean: 0.75,
      pocIncidents: 0,
      informationReach: 1,
    });
    const busy = run('busy-desks');
    expect(computeMetrics(busy.log, scenario, busy.structure)).toMatchObject({
      meetingsHeld: 2,
      meetingsPostponed: 1,
      meetingAttendanceMean: 0.875,
    });
  });

  it('is deterministic and survives a save and restore', () => {
    const a = run('busy-desks');
    const b = new Simulation(scenario, { structure: 'busy-desks', seed: 1, checkpointEvery: 10 });
    b.seek(40);
    b.restore(b.save());
    b.run();
    expect(b.log).toEqual(a.log);
  });
});
