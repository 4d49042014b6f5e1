/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { parse } from 'yaml';
import militaryYaml from '../../../tests/fixtures/handover-military-police.yaml?raw';
import hostYaml from '../../../tests/fixtures/handover-host-police.yaml?raw';
import { Simulation } from '../engine/engine';
import type { Mark } from '../vocabulary';
import type { LogEntry } from '../engine/types';
import { computeMetrics } from '../metrics/metrics';
import { scenarioSchema, type Scenario } from '../scenario/schema';
import {
  handoverFlow,
  handoverMachine,
  readinessGaps,
  readReport,
  skippedPhases,
  toReport,
  type HandoverEvent,
  type HandoverInput,
  type Readiness,
} from './handover';
import { param, phraseText, text } from '../../i18n/testing';

const ready: Readiness = { respond: true, certified: 0.85, logistics: true, stability: true };

// ── the doctrine, as pure rules ────────────────────────────────────────────────────────

describe('readiness criteria (UNMIT → PNTL)', () => {
  it.each<[string, Partial<Readiness>, number, string[]]>([
    ['all four met', {}, 0.8, []],
    ['exactly at the threshold', { certified: 0.8 }, 0.8, []],
    ['float sums reach the threshold', { certified: 0.64 + 0.08 + 0.08 }, 0.8, []],
    ['certified short', { certified: 0.64 }, 0.8, ['64% certified, 80% required']],
    ['just short is not rounded up', { certified: 0.795 }, 0.8, ['79% certified, 80% required']],
    ['a lower threshold', { certified: 0.64 }, 0.6, []],
    ['cannot respond', { respond: false }, 0.8, ['unable to respond to the security environment']],
    ['no logistics', { logistics: false }, 0.8, ['initial logistics not in place']],
    [
      'unstable',
      { stability: false },
      0.8,
      [
        'institutional stability not established (command and control, human rights, community acceptance)',
      ],
    ],
    [
      'several, in criterion order',
      { respond: false, certified: 0.5, logistics: false },
      0.8,
      [
        'unable to respond to the security environment',
        '50% certified, 80% required',
        'initial logistics not in place',
      ],
    ],
  ])('%s', (_name, over, threshold, gaps) => {
    expect(readinessGaps({ ...ready, ...over }, threshold).map(phraseText)).toEqual(gaps);
  });

  it('counts a missing report as a gap', () => {
    expect(readinessGaps(undefined, 0.8).map(phraseText)).toEqual(['no readiness report']);
  });

  it('round-trips a report through plain data, and ignores malformed ones', () => {
    expect(readReport(toReport(ready, 'mitigation'))).toEqual({
      readiness: ready,
      hrddp: 'mitigation',
    });
    expect(readReport(toReport(undefined, 'suspended'))).toEqual({ hrddp: 'suspended' });
    expect(readReport({ respond: 'yes', certified: 0.9, hrddp: 'maybe' })).toEqual({});
    expect(readReport(undefined)).toEqual({});
  });
});

describe('military → police rules', () => {
  it.each([
    ['host-police', 'police-to-host-police'],
    ['police', 'military-to-police'],
    ['military', 'military-to-police'],
    [undefined, 'military-to-police'],
  ] as const)('a handover to %s follows the %s flow', (kind, flow) => {
    expect(handoverFlow(kind)).toBe(flow);
  });

  it.each([
    ['joint assessment', ['joint assessment', 'joint planning', 'co-located operations']],
    ['joint planning', ['joint planning', 'co-located operations']],
    ['co-located operations', ['co-located operations']],
    ['transfer of authority', []],
    ['monitoring', []],
  ])('a withdrawal during %s cuts %j', (phase, cut) => {
    expect(skippedPhases(phase)).toEqual(cut);
  });

  it('says what a withdrawal cuts', () => {
    const cuts = (phase: string) => {
      const [cut, ...skipped] = skippedPhases(phase);
      return text({
        kind: 'handover.gap-opened',
        params: { from: 'bn', area: 'east', during: 'phases', ...(cut ? { cut } : {}), skipped },
      });
    };
    expect(cuts('joint planning')).toContain(
      'joint planning cut short, co-located operations skipped',
    );
    expect(cuts('co-located operations')).toMatch(/co-located operations cut short$/);
    expect(cuts('monitoring')).toMatch(/no joint phase left to cut$/);
  });
});

// ── the machine, driven by transition() ────────────────────────────────────────────────

const military = (over: Partial<HandoverInput> = {}): HandoverInput => ({
  id: 'h1',
  area: 'east',
  from: 'bn',
  to: 'fpu',
  authority: 'joc',
  flow: 'military-to-police',
  threshold: 0.8,
  reassessAfter: 7 * 1440,
  reviewEvery: 3 * 1440,
  phases: { assessment: 360, planning: 360, colocated: 1440, monitoring: 2880 },
  followUp: 360,
  retry: 120,
  ...over,
});
const host = (over: Partial<HandoverInput> = {}): HandoverInput =>
  military({ from: 'unpol', to: 'cnp', flow: 'police-to-host-police', ...over });

type Action = { type: string; params?: unknown };
const marks = (actions: readonly Action[]) =>
  actions
    .filter((a) => a.type === 'explain')
    .map((a) => (a.params as { mark?: string }).mark)
    .filter((m): m is string => m !== undefined);
const texts = (actions: readonly Action[]) =>
  actions
    .filter((a) => a.type === 'explain')
    .map((a) => text(a.params as Parameters<typeof text>[0]))
    .filter((t) => t !== '')
    .join('; ');
const sends = (actions: readonly Action[]) =>
  actions
    .filter((a) => a.type === 'send')
    .map(
      (a) =>
        a.params as { from?: string; to: string; need?: string; info?: string[]; event: unknown },
    );
const after = (delay: string, path: string): HandoverEvent =>
  ({ type: `xstate.after.${delay}.handover.${path}` }) as unknown as HandoverEvent;

/** Advances through events, returning the last snapshot and actions. */
function drive(input: HandoverInput, events: readonly HandoverEvent[]) {
  let [snapshot, actions] = initialTransition(handoverMachine, input);
  for (const event of events) [snapshot, actions] = transition(handoverMachine, snapshot, event);
  return { snapshot, actions: actions as readonly Action[] };
}

describe('handover machine: military → police', () => {
  it('starts with the joint assessment and arms the withdrawal timer', () => {
    const [s0, a0] = initialTransition(handoverMachine, military({ withdrawAfter: 600 }));
    expect(s0.value).toEqual({ 'military to police': { 'joint assessment': 'convening' } });
    expect(marks(a0)).toEqual(['handover.started', 'handover.phase']);
    expect(sends(a0)).toEqual([
      expect.objectContaining({ to: 'fpu', event: { type: 'jointly-assessed' } }),
    ]);
    const raise = a0.find(
      (a) => a.type === 'xstate.raise' && (a.params as { id?: string }).id === 'withdrawal',
    );
    expect(raise?.params).toMatchObject({ event: { type: 'withdraw' }, delay: 600 });
    const [none] = initialTransition(handoverMachine, military());
    expect(none.context.withdrawAfter).toBeUndefined();
  });

  it('explains every phase change and passes the briefing with the handover id', () => {
    const { snapshot, actions } = drive(military(), [
      { type: 'jointly-assessed', by: 'fpu' },
      after('assessment', 'military to police.joint assessment.assessing'),
    ]);
    expect(snapshot.value).toEqual({ 'military to police': { 'joint planning': 'drafting' } });
    expect(texts(actions)).toContain('joint assessment done with fpu: moving to joint planning');
    expect(sends(actions)).toEqual([
      expect.objectContaining({ to: 'fpu', info: ['h1'], event: { type: 'briefed' } }),
      expect.objectContaining({ to: 'joc', event: { type: 'plan-endorsed' } }),
    ]);
    expect(snapshot.context.briefingSent).toBe(true);
  });

  it('transfers without a gap when the outgoing unit stays, briefing received', () => {
    const { snapshot, actions } = drive(military(), [
      { type: 'jointly-assessed' },
      after('assessment', 'military to police.joint assessment.assessing'),
      { type: 'briefed', by: 'fpu' },
      { type: 'plan-endorsed' },
      after('planning', 'military to police.joint planning.planning'),
      { type: 'co-located' },
      after('colocated', 'military to police.co-located operations.operating'),
      { type: 'authorised' },
    ]);
    expect(snapshot.value).toEqual({
      'military to police': { 'transfer of authority': 'assigning' },
    });
    expect(sends(actions)).toEqual([
      expect.objectContaining({ from: 'joc', to: 'fpu', need: 'team' }),
    ]);
    const [s1, a1] = transition(handoverMachine, snapshot, {
      type: 'assumed',
      accepted: true,
      by: 'fpu',
    });
    expect(s1.value).toEqual({ 'military to police': 'monitoring' });
    expect(marks(a1)).toEqual(['handover.transferred', 'handover.phase']);
    expect(texts(a1)).toContain('no security gap');
    expect(s1.context).toMatchObject({ transferred: true, gapOpen: false, briefed: true });
    const [s2, a2] = transition(
      handoverMachine,
      s1,
      after('monitoring', 'military to police.monitoring'),
    );
    expect(s2.value).toBe('completed');
    expect(s2.status).toBe('done');
    expect(marks(a2)).toEqual(['handover.completed']);
  });

  it('opens a gap on an early withdrawal and closes it at the transfer; a lost briefing is counted', () => {
    const { snapshot, actions } = drive(military({ withdrawAfter: 900 }), [
      { type: 'jointly-assessed' },
      after('assessment', 'military to police.joint assessment.assessing'),
      { type: 'plan-endorsed' },
      { type: 'withdraw' },
    ]);
    expect(snapshot.value).toEqual({
      'military to police': { 'transfer of authority': 'requesting' },
    });
    expect(marks(actions)).toEqual(['handover.gap-opened', 'handover.phase']);
    expect(texts(actions)).toContain(
      'bn withdraws from east before the transfer of authority: security gap opens',
    );
    expect(texts(actions)).toContain('joint planning cut short, co-located operations skipped');
    expect(actions.some((a) => a.type === 'xstate.cancel')).toBe(true);

    const [s1] = transition(handoverMachine, snapshot, { type: 'authorised' });
    const [s2, a2] = transition(handoverMachine, s1, { type: 'assumed', accepted: true });
    expect(marks(a2)).toEqual([
      'handover.transferred',
      'handover.gap-closed',
      'handover.intel-lost',
      'handover.phase',
    ]);
    expect(texts(a2)).toContain(
      'fpu takes over without the intelligence briefing: the briefing from bn never arrived',
    );
    expect(s2.context.gapOpen).toBe(false);
  });

  it('makes the transfer wait while the incoming unit has no team free', () => {
    const toAssigning: HandoverEvent[] = [
      { type: 'jointly-assessed' },
      after('assessment', 'military to police.joint assessment.assessing'),
      { type: 'plan-endorsed' },
      after('planning', 'military to police.joint planning.planning'),
      { type: 'co-located' },
      after('colocated', 'military to police.co-located operations.operating'),
      { type: 'authorised' },
      { type: 'assumed', accepted: false, by: 'fpu' },
    ];
    const { snapshot, actions } = drive(military(), toAssigning);
    expect(snapshot.value).toEqual({
      'military to police': { 'transfer of authority': 'waiting' },
    });
    expect(marks(actions)).toEqual(['handover.waiting']);
    expect(texts(actions)).toContain('fpu has no team free: transfer of authority for east waits');
    const [s1, a1] = transition(
      handoverMachine,
      snapshot,
      after('retry', 'military to police.transfer of authority.waiting'),
    );
    expect(s1.value).toEqual({ 'military to police': { 'transfer of authority': 'assigning' } });
    expect(sends(a1)).toEqual([expect.objectContaining({ to: 'fpu', need: 'team' })]);
  });

  it('is reversed by a high-severity review during monitoring, and the team released', () => {
    const { snapshot } = drive(military(), [
      { type: 'withdraw' },
      { type: 'authorised' },
      { type: 'assumed', accepted: true },
    ]);
    const [stands, a0] = transition(handoverMachine, snapshot, {
      type: 'review',
      reason: 'looting',
      severity: 'medium',
    });
    expect(stands.value).toEqual({ 'military to police': 'monitoring' });
    expect(marks(a0)).toEqual(['handover.reviewed']);
    const [s1, a1] = transition(handoverMachine, stands, {
      type: 'review',
      reason: 'armed attack on the market',
      severity: 'high',
    });
    expect(s1.value).toBe('reversed');
    expect(marks(a1)).toEqual(['handover.reversed']);
    expect(texts(a1)).toBe(
      'strategic reversal: "armed attack on the market" (high severity): lead security responsibility for east returns from fpu to bn',
    );
    expect(sends(a1)).toEqual([expect.objectContaining({ to: 'fpu', need: 'release' })]);
  });

  it('stalls after three unanswered tries, and a later withdrawal still opens a gap', () => {
    const path = 'military to police.joint assessment.convening';
    const { snapshot, actions } = drive(military(), [
      after('followUp', path),
      after('followUp', path),
      after('followUp', path),
    ]);
    expect(snapshot.value).toBe('stalled');
    expect(marks(actions)).toEqual(['handover.stalled']);
    const [s1, a1] = transition(handoverMachine, snapshot, { type: 'withdraw' });
    expect(marks(a1)).toEqual(['handover.gap-opened']);
    expect(s1.context.gapOpen).toBe(true);
  });
});

describe('handover machine: police → host-state police', () => {
  const report = (over: Partial<Readiness> = {}, hrddp = 'cleared') =>
    toReport({ ...ready, ...over }, hrddp as 'cleared');
  const toDecision = (r: ReturnType<typeof report>): HandoverEvent[] => [
    { type: 'self-assessed', by: 'cnp', report: r },
    after('assessment', 'police to host police.joint field assessment.in the field'),
    { type: 'field-assessed', by: 'joc' },
  ];

  it('asks the host-state police to assess themselves', () => {
    const [s0, a0] = initialTransition(handoverMachine, host());
    expect(s0.value).toEqual({ 'police to host police': { 'self-assessment': 'asking' } });
    expect(sends(a0)).toEqual([
      expect.objectContaining({ to: 'cnp', need: 'assess', event: { type: 'self-assessed' } }),
    ]);
    expect(s0.context.assessments).toBe(1);
  });

  it('postpones a district at 64% naming 64% and 80%, and reassesses later', () => {
    const { snapshot, actions } = drive(host(), toDecision(report({ certified: 0.64 })));
    expect(snapshot.value).toEqual({ 'police to host police': 'postponed' });
    expect(marks(actions)).toEqual(['handover.phase', 'handover.not-ready', 'handover.postponed']);
    expect(texts(actions)).toContain(
      'joc finds east not ready: requires improvement: 64% certified, 80% required',
    );
    expect(texts(actions)).toContain('reassessment in 7d');
    const [s1, a1] = transition(
      handoverMachine,
      snapshot,
      after('reassessAfter', 'police to host police.postponed'),
    );
    expect(s1.value).toEqual({ 'police to host police': { 'self-assessment': 'asking' } });
    expect(s1.context.assessments).toBe(2);
    expect(sends(a1)).toEqual([expect.objectContaining({ to: 'cnp', need: 'assess' })]);
  });

  it('transfers a ready district, then monitors it', () => {
    const { snapshot, actions } = drive(host(), toDecision(report()));
    expect(snapshot.value).toEqual({ 'police to host police': { transfer: 'notifying' } });
    expect(texts(actions)).toContain('joc finds east ready (85% certified');
    expect(sends(actions)).toEqual([expect.objectContaining({ from: 'joc', to: 'cnp' })]);
    const [s1, a1] = transition(handoverMachine, snapshot, { type: 'handed', by: 'cnp' });
    expect(s1.value).toEqual({ 'police to host police': { monitoring: 'watching' } });
    expect(marks(a1)).toEqual(['handover.transferred', 'handover.phase']);
  });

  it('notes HRDDP mitigation, and blocks the handover when support is suspended', () => {
    const mitigated = drive(host(), toDecision(report({}, 'mitigation')));
    expect(texts(mitigated.actions)).toContain('with HRDDP mitigation measures');
    const { snapshot, actions } = drive(host(), toDecision(report({}, 'suspended')));
    expect(snapshot.value).toBe('blocked');
    expect(snapshot.status).toBe('done');
    expect(marks(actions)).toEqual(['handover.phase', 'handover.blocked']);
    expect(texts(actions)).toContain('support suspended under HRDDP');
  });

  it('reverses a transferred district whose review finds the criteria no longer met', () => {
    const { snapshot } = drive(host(), [
      ...toDecision(report()),
      { type: 'handed' },
      after('reviewEvery', 'police to host police.monitoring.watching'),
    ]);
    const [kept, a0] = transition(handoverMachine, snapshot, {
      type: 'reviewed',
      report: report({ certified: 0.9 }),
    });
    expect(kept.value).toEqual({ 'police to host police': { monitoring: 'watching' } });
    expect(marks(a0)).toEqual(['handover.reviewed']);
    const [again] = transition(handoverMachine, kept, {
      type: 'review',
      reason: 'riot',
      severity: 'medium',
    });
    expect(again.value).toEqual({ 'police to host police': { monitoring: 'reviewing' } });
    const [s1, a1] = transition(handoverMachine, again, {
      type: 'reviewed',
      report: report({ certified: 0.5 }),
    });
    expect(s1.value).toBe('reversed');
    expect(marks(a1)).toEqual(['handover.reversed']);
    expect(texts(a1)).toContain(
      'strategic reversal: monitoring review finds 50% certified, 80% required',
    );
    expect(sends(a1)).toEqual([]);
  });
});

describe('handover machine: every state reachable (model-based)', () => {
  it('reaches every non-transient state across both flows', () => {
    const afterEvents = getStateNodes(handoverMachine).flatMap((n) =>
      n.after.map((t) => ({ type: t.eventType })),
    );
    const reports = [
      toReport(ready, 'cleared'),
      toReport({ ...ready, certified: 0.64 }, 'cleared'),
      toReport(ready, 'suspended'),
    ];
    const events = [
      ...afterEvents,
      { type: 'jointly-assessed' },
      { type: 'plan-endorsed' },
      { type: 'briefed' },
      { type: 'co-located' },
      { type: 'authorised' },
      { type: 'assumed', accepted: true },
      { type: 'assumed', accepted: false },
      { type: 'withdraw' },
      ...reports.map((report) => ({ type: 'self-assessed', report })),
      { type: 'field-assessed' },
      { type: 'handed' },
      ...reports.map((report) => ({ type: 'reviewed', report })),
      { type: 'review', reason: 'x', severity: 'high' },
      { type: 'review', reason: 'x', severity: 'low' },
      { type: 'undeliverable', to: 'x', original: 'briefed' },
      { type: 'undeliverable', to: 'x', original: 'assumed' },
    ] as HandoverEvent[];
    // The assessment counter grows without bound; everything else in the context is finite.
    const serializeState = (s: { value: unknown; context: Record<string, unknown> }) =>
      JSON.stringify([s.value, { ...s.context, assessments: 0 }]);
    const reached = new Set<string>();
    for (const input of [military(), military({ withdrawAfter: 60 }), host()]) {
      const paths = getShortestPaths(handoverMachine, {
        events,
        input,
        serializeState: serializeState as never,
      });
      for (const path of paths) for (const node of path.state._nodes) reached.add(node.id);
    }
    const all = getStateNodes(handoverMachine)
      .filter((n) => (n.always ?? []).length === 0)
      .map((n) => n.id);
    expect(all.length).toBeGreaterThan(25);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });
});

// ── engine level: YAML fixtures through the Simulation ─────────────────────────────────

type Doc = {
  actors: Array<Record<string, unknown>>;
  injects: Array<Record<string, unknown> & { event: Record<string, unknown> }>;
};

/** A fixture, optionally changed for one case before the schema reads it. */
function fixture(text: string, change?: (doc: Doc) => void): Scenario {
  const doc = parse(text) as Doc;
  change?.(doc);
  return scenarioSchema.parse(doc);
}

function run(scenario: Scenario, seed = 1) {
  const sim = new Simulation(scenario, { seed }).run();
  return { sim, log: sim.log, metrics: computeMetrics(sim.log, scenario, sim.structure) };
}

const marked = (log: readonly LogEntry[], mark: Mark, ref?: string) =>
  log.filter((e) => e.marks?.includes(mark) && (ref === undefined || e.ref === ref));
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

describe('handover through the engine (fixtures)', () => {
  it('military → police: all five phases, transfer, no gap', () => {
    const { log, metrics, sim } = run(fixture(militaryYaml));
    const phases = marked(log, 'handover.phase', 'mureba-handover').map((e) => param(e, 'phase'));
    expect(phases).toEqual([
      'joint assessment',
      'joint planning',
      'co-located operations',
      'transfer of authority',
      'monitoring',
    ]);
    expect(log.map((e) => text(e)).join('\n')).toContain(
      'joint assessment done with fpu-1: moving to joint planning',
    );
    expect(marked(log, 'handover.transferred')).toHaveLength(1);
    expect(marked(log, 'handover.completed')).toHaveLength(1);
    expect(marked(log, 'handover.gap-opened')).toHaveLength(0);
    expect(metrics).toMatchObject({
      handoversCompleted: 1,
      securityGapMinutes: 0,
      handoverIntelLost: 0,
    });
    // The briefing carried the handover id: the incoming unit knows it.
    expect(sim.knowledge()['fpu-1']?.['mureba-handover']).toBeDefined();
    expect(sim.instance('fpu-1')?.context).toMatchObject({ teamsOut: 1 });
  });

  it('military → police: the battalion withdraws during co-located operations, a gap until transfer', () => {
    const { log, metrics } = run(
      fixture(militaryYaml, (d) => (d.injects[0]!.event['withdrawAt'] = 'T+20:00')),
    );
    const [opened] = marked(log, 'handover.gap-opened');
    const [closed] = marked(log, 'handover.gap-closed');
    expect(opened?.time).toBe(at('20:00'));
    expect(text(opened)).toContain('co-located operations cut short');
    expect(closed).toBeDefined();
    // The transfer and the gap closing are two entries of the same step.
    const [transferred] = marked(log, 'handover.transferred');
    expect(transferred?.time).toBe(closed!.time);
    expect(transferred!.seq).toBe(closed!.seq - 1);
    expect(metrics.securityGapMinutes).toBe(closed!.time - opened!.time);
    expect(metrics.securityGapMinutes).toBeGreaterThan(0);
    expect(metrics.handoverIntelLost).toBe(0);
  });

  it('military → police: a withdrawal before joint planning leaves the briefing unpassed', () => {
    const { log, metrics, sim } = run(
      fixture(militaryYaml, (d) => (d.injects[0]!.event['withdrawAt'] = 'T+05:00')),
    );
    const [lost] = marked(log, 'handover.intel-lost');
    expect(text(lost)).toContain('fpu-1 takes over without the intelligence briefing');
    expect(lost?.params).toMatchObject({ briefing: 'not passed' });
    expect(metrics.handoverIntelLost).toBe(1);
    expect(sim.knowledge()['fpu-1']?.['mureba-handover']).toBeUndefined();
  });

  it('military → police: the transfer waits until the FPU has a team', () => {
    const scenario = fixture(militaryYaml, (d) => {
      d.actors[1]!['teams'] = 0;
      d.injects.push({
        serial: 2,
        at: 'T+60:00',
        text: 'A second FPU platoon arrives.',
        event: { type: 'capacity-change', actor: 'fpu-1', teams: 1 },
      });
    });
    const { log } = run(scenario);
    const waits = marked(log, 'handover.waiting');
    const [transferred] = marked(log, 'handover.transferred');
    expect(waits.length).toBeGreaterThan(0);
    expect(text(waits[0]!)).toContain('fpu-1 has no team free');
    expect(transferred!.time).toBeGreaterThan(at('60:00'));
    expect(transferred!.time).toBeGreaterThan(waits.at(-1)!.time);
  });

  it('police → host police: a ready district is handed over at the first assessment', () => {
    const scenario = fixture(hostYaml, (d) => {
      d.actors[1]!['readiness'] = {
        respond: true,
        certified: 0.85,
        logistics: true,
        stability: true,
      };
    });
    const { log, metrics } = run(scenario);
    expect(marked(log, 'handover.postponed')).toHaveLength(0);
    expect(marked(log, 'handover.transferred')).toHaveLength(1);
    expect(marked(log, 'handover.completed')).toHaveLength(1);
    expect(metrics).toMatchObject({ handoversCompleted: 1, handoverPostponements: 0 });
  });

  it('police → host police: 64% certified is postponed, mentored, reassessed and handed over past 80%', () => {
    const { log, metrics } = run(fixture(hostYaml));
    const postponed = marked(log, 'handover.not-ready', 'east-handover');
    expect(text(postponed[0]!)).toContain('64% certified, 80% required');
    // Found not ready, then postponed: two entries of the same step.
    expect(log[postponed[0]!.seq + 1]!.marks).toContain('handover.postponed');
    expect(text(postponed[1]!)).toContain('74% certified, 80% required');
    const [transferred] = marked(log, 'handover.transferred');
    expect(transferred!.time).toBeGreaterThan(postponed[1]!.time);
    const decision = log.find(
      (e) => e.ref === 'east-handover' && text(e).includes('finds east-district ready'),
    );
    expect(text(decision)).toContain('84% certified');
    expect(metrics).toMatchObject({ handoverPostponements: 2, handoversCompleted: 1 });
  });

  it('police → host police: HRDDP suspension blocks the handover (and the mentoring)', () => {
    const { log, metrics } = run(fixture(hostYaml, (d) => (d.actors[1]!['hrddp'] = 'suspended')));
    const [blocked] = marked(log, 'handover.blocked');
    expect(text(blocked)).toContain('support suspended under HRDDP');
    expect(marked(log, 'handover.transferred')).toHaveLength(0);
    expect(marked(log, 'readiness.mentored')).toHaveLength(0);
    expect(metrics.handoversCompleted).toBe(0);
  });

  it('police → host police: strategic reversal after a high-severity incident (conditional inject)', () => {
    const scenario = fixture(hostYaml, (d) => {
      d.actors[1]!['readiness'] = {
        respond: true,
        certified: 0.85,
        logistics: true,
        stability: true,
      };
      d.injects.push({
        serial: 2,
        when: { on: 'handover.transferred', ref: 'east-handover', delay: '1d' },
        text: 'Armed attack on the district police station; the district command collapses.',
        event: {
          type: 'handover-review',
          handover: 'east-handover',
          reason: 'armed attack on the district police station',
        },
      });
    });
    const { log, metrics } = run(scenario);
    const [transferred] = marked(log, 'handover.transferred');
    const [reversed] = marked(log, 'handover.reversed');
    expect(reversed!.time).toBe(transferred!.time + 1440);
    expect(text(reversed!)).toBe(
      'strategic reversal: "armed attack on the district police station" (high severity): lead security responsibility for east-district returns from cnp-east to unpol-east',
    );
    expect(metrics.handoverReversals).toBe(1);
    expect(marked(log, 'handover.completed')).toHaveLength(0);
  });

  it('police → host police: a capacity-change lowering certification reverses at the next review', () => {
    const scenario = fixture(hostYaml, (d) => {
      d.actors[1]!['readiness'] = {
        respond: true,
        certified: 0.85,
        logistics: true,
        stability: true,
      };
      d.injects.push({
        serial: 2,
        at: 'T+100:00',
        text: 'Mass desertion after unpaid salaries.',
        event: { type: 'capacity-change', actor: 'cnp-east', certified: 0.5 },
      });
    });
    const { log, metrics } = run(scenario);
    const [reversed] = marked(log, 'handover.reversed');
    expect(reversed!.time).toBeGreaterThan(at('100:00'));
    expect(text(reversed!)).toContain('monitoring review finds 50% certified, 80% required');
    expect(metrics.handoverReversals).toBe(1);
  });

  it('steps back through saved checkpoints and replays to the same end', () => {
    const scenario = fixture(militaryYaml, (d) => (d.injects[0]!.event['withdrawAt'] = 'T+20:00'));
    const sim = new Simulation(scenario, { seed: 3, checkpointEvery: 5 }).run();
    const full = JSON.stringify(sim.log);
    sim.seek(12);
    expect(sim.instance('mureba-handover')?.state).not.toBe('completed');
    sim.run();
    expect(JSON.stringify(sim.log)).toBe(full);
  });

  it('replays byte for byte with the same seed', () => {
    const a = run(fixture(hostYaml), 7).log;
    const b = run(fixture(hostYaml), 7).log;
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
