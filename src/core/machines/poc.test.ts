/// <reference types="vite/client" />
// `?raw` (Vite) reads the YAML fixtures as text without a Node import in core.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { parse } from 'yaml';
import pocDrill from '../../../tests/fixtures/poc-drill.yaml?raw';
import { Simulation } from '../engine/engine';
import type { Mark } from '../vocabulary';
import type { LogEntry } from '../engine/types';
import { computeMetrics } from '../metrics/metrics';
import { scenarioSchema, type ActorKind } from '../scenario/schema';
import {
  chooseResponder,
  pocMachine,
  responderOrder,
  preferredResponder,
  RESPONSE_PREFERENCE,
  withJudged,
  travelTime,
  type PocInput,
  type Responder,
  type Severity,
} from './poc';
import { phraseText, text } from '../../i18n/testing';
import type { Phrase } from '../engine/entry-kinds';

// ── the doctrine ───────────────────────────────────────────────────────────────────────

const r = (id: string, kind: ActorKind, able = true): Responder => ({ id, kind, able });
const mixed = [
  r('cnp', 'host-police'),
  r('fpu', 'police'),
  r('coy', 'military'),
  r('ca', 'civilian'),
];

describe('who responds', () => {
  it.each<[string, Severity, readonly Responder[], string[]]>([
    [
      'high: the military first for physical protection',
      'high',
      mixed,
      ['coy', 'fpu', 'cnp', 'ca'],
    ],
    ['medium: UN police for public order', 'medium', mixed, ['fpu', 'cnp', 'coy', 'ca']],
    ['low: the host state when able', 'low', mixed, ['cnp', 'fpu', 'coy', 'ca']],
    [
      'low, host-state police unable: UN police',
      'low',
      [r('cnp', 'host-police', false), r('fpu', 'police'), r('coy', 'military')],
      ['fpu', 'coy'],
    ],
    [
      'same kind: the structure order',
      'high',
      [r('fpu', 'police'), r('coy-2', 'military'), r('coy-1', 'military')],
      ['coy-2', 'coy-1', 'fpu'],
    ],
    [
      'only civilians listed',
      'high',
      [r('ca', 'civilian'), r('hum', 'humanitarian')],
      ['ca', 'hum'],
    ],
    ['nobody listed', 'medium', [], []],
  ])('%s', (_name, severity, responders, order) => {
    expect(responderOrder(severity, responders)).toEqual(order);
  });

  it.each<[Severity, string[], string | undefined]>([
    ['high', [], 'coy'],
    ['high', ['coy'], 'fpu'],
    ['medium', ['fpu', 'cnp'], 'coy'],
    ['low', ['cnp', 'fpu', 'coy', 'ca'], undefined],
  ])('%s, after %j refused: %s', (severity, tried, next) => {
    expect(chooseResponder(severity, mixed, tried)).toBe(next);
  });

  it.each<[Severity, ActorKind | undefined, string]>([
    ['high', 'military', 'high threat: the military for physical protection'],
    ['medium', 'police', 'medium threat: UN police for public order'],
    [
      'low',
      'host-police',
      'low threat: host-state police hold the primary responsibility and are able',
    ],
    ['high', 'police', 'high threat: the preferred responders are unavailable, next in line'],
  ])('reason for %s / %s', (severity, kind, reason) => {
    const said = text({
      kind: 'poc.decided',
      params: {
        decider: 'joc',
        responder: 'r',
        id: 'i',
        instead: false,
        severity,
        preferred: preferredResponder(severity, kind),
        ...(kind ? { unit: kind } : {}),
      },
    });
    expect(said).toBe(`joc decides: r responds to i (${reason})`);
  });

  it.each<[ActorKind, Severity, number]>([
    ['military', 'high', 75],
    ['military', 'medium', 90],
    ['police', 'medium', 75],
    ['host-police', 'low', 90],
    ['host-police', 'high', 45],
    ['civilian', 'medium', 120],
  ])('travel: %s, %s threat → %i min', (kind, severity, minutes) => {
    expect(travelTime(kind, severity)).toBe(minutes);
  });

  // The doctrine as first written: map to (responder, index), filter, stable sort, map back.
  // responderOrder is a loop for the comparison workers' sake; it must order exactly as this.
  const reference = (severity: Severity, list: readonly Responder[]): string[] => {
    const rankOf = (kind: ActorKind) => {
      const i = RESPONSE_PREFERENCE[severity].indexOf(kind);
      return i === -1 ? RESPONSE_PREFERENCE[severity].length : i;
    };
    return list
      .map((x, i) => ({ x, i }))
      .filter(({ x }) => x.able && x.barred !== true)
      .sort((a, b) => rankOf(a.x.kind) - rankOf(b.x.kind) || a.i - b.i)
      .map(({ x }) => x.id);
  };
  const responder = fc.record(
    {
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      kind: fc.constantFrom<ActorKind>(
        'military',
        'police',
        'host-police',
        'civilian',
        'humanitarian',
      ),
      able: fc.boolean(),
      barred: fc.boolean(),
    },
    { requiredKeys: ['id', 'kind', 'able'] },
  );
  const severity = fc.constantFrom<Severity>('low', 'medium', 'high');

  it('orders any list as the map, filter and stable sort did', () => {
    fc.assert(
      fc.property(severity, fc.array(responder, { maxLength: 8 }), (s, list) => {
        expect(responderOrder(s, list)).toEqual(reference(s, list));
      }),
    );
  });

  it('puts the judged abilities over the settled ones, responder by responder', () => {
    const judgedList = fc.array(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'g'), able: fc.boolean() }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(fc.array(responder, { maxLength: 6 }), fc.option(judgedList), (list, judged) => {
        const out = withJudged(list, judged ?? undefined);
        expect(out).toEqual(
          list.map((x) => {
            const j = judged?.find((y) => y.id === x.id);
            return j ? { ...x, able: j.able } : x;
          }),
        );
        expect(out).not.toBe(list);
      }),
    );
  });
});

// ── the machine, step by step ──────────────────────────────────────────────────────────

const input = (over: Partial<PocInput> = {}): PocInput => ({
  id: 'idp-attack',
  area: 'tokono',
  summary: 'armed attack at the IDP site',
  reporter: 'cla',
  threatToCivilians: true,
  severity: 'high',
  needToKnow: ['hofo', 'ocha', 'joc', 'cla'],
  hub: 'joc',
  decider: 'sector',
  responders: [r('fpu', 'police'), r('coy', 'military')],
  followUp: 120,
  onSite: 240,
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
const after = (delay: string, state: string) =>
  ({ type: `xstate.after.${delay}.poc.${state}` }) as never;

describe('POC machine', () => {
  it('reports to the JOC, refers to the authority, tasks by doctrine, travels, responds', () => {
    const [s0, a0] = initialTransition(pocMachine, input());
    expect(s0.value).toBe('reporting');
    expect(marks(a0)).toEqual(['incident.occurred']);
    expect(of(a0, 'explain')[0]?.['params']).toMatchObject({
      threatToCivilians: true,
      area: 'tokono',
      severity: 'high',
      needToKnow: ['hofo', 'ocha', 'joc', 'cla'],
    });
    expect(of(a0, 'learn')).toEqual([{ who: ['cla'], info: ['idp-attack'] }]);
    expect(of(a0, 'send')).toEqual([
      expect.objectContaining({
        from: 'cla',
        to: 'joc',
        event: { type: 'report.received' },
        info: ['idp-attack'],
      }),
    ]);
    expect(delays(a0)).toEqual([120]);

    const [s1, a1] = transition(pocMachine, s0, { type: 'report.received', by: 'joc' });
    expect(s1.value).toEqual({ referred: 'with authority' });
    expect(marks(a1)).toEqual(['poc.aware']);
    // The JOC informs those who need to know (not the reporter, not itself) and refers the threat.
    expect(of(a1, 'send')).toEqual([
      expect.objectContaining({
        from: 'joc',
        to: ['hofo', 'ocha'],
        event: { type: 'informed' },
        info: ['idp-attack'],
      }),
      expect.objectContaining({
        from: 'joc',
        to: 'sector',
        event: { type: 'report.forwarded' },
        info: ['idp-attack'],
      }),
    ]);

    const [s2, a2] = transition(pocMachine, s1, { type: 'report.forwarded', by: 'sector' });
    expect(s2.value).toBe('tasking');
    expect(s2.context.candidates).toEqual(['coy', 'fpu']);
    expect(marks(a2)).toEqual(['poc.decided']);
    expect(texts(a2)).toBe(
      'sector decides: coy responds to idp-attack (high threat: the military for physical protection)',
    );
    expect(of(a2, 'send')).toEqual([
      expect.objectContaining({
        from: 'sector',
        to: 'coy',
        need: 'team',
        event: { type: 'tasking.answer', choice: 0 },
      }),
    ]);

    const [s3, a3] = transition(pocMachine, s2, {
      type: 'tasking.answer',
      choice: 0,
      by: 'coy',
      accepted: false,
    });
    expect(s3.value).toBe('tasking');
    expect(marks(a3)).toEqual(['poc.refused', 'poc.decided']);
    expect(of(a3, 'send')[0]).toMatchObject({ to: 'fpu', need: 'team', event: { choice: 1 } });

    const [s4, a4] = transition(pocMachine, s3, {
      type: 'tasking.answer',
      choice: 1,
      by: 'fpu',
      accepted: true,
    });
    expect(s4.value).toBe('en route');
    expect(s4.context.responder).toBe('fpu');
    expect(marks(a4)).toEqual(['poc.tasked']);
    expect(delays(a4)).toEqual([60]); // police, high threat: 75 − 15

    const [s5, a5] = transition(pocMachine, s4, after('travel', 'en route'));
    expect(s5.value).toBe('on site');
    expect(marks(a5)).toEqual(['poc.responded']);
    expect(delays(a5)).toEqual([240]);

    const [s6, a6] = transition(pocMachine, s5, after('onSite', 'on site'));
    expect(s6.value).toBe('closed');
    expect(of(a6, 'send')).toEqual([
      expect.objectContaining({ from: 'fpu', to: 'fpu', need: 'release' }),
    ]);
  });

  it('follows up a lost report twice, then counts the incident unanswered', () => {
    const [s0] = initialTransition(pocMachine, input());
    const [s1, a1] = transition(pocMachine, s0, after('followUp', 'reporting'));
    expect(s1.context.attempts).toBe(2);
    expect(marks(a1)).toEqual(['poc.follow-up']);
    expect(phraseText(of(a1, 'send')[0]?.['about'] as Phrase)).toBe(
      'incident report idp-attack (follow-up 1)',
    );
    const [s2] = transition(pocMachine, s1, after('followUp', 'reporting'));
    expect(s2.value).toBe('reporting');
    const [s3, a3] = transition(pocMachine, s2, after('followUp', 'reporting'));
    expect(s3.value).toBe('unanswered');
    expect(marks(a3)).toEqual(['poc.unanswered']);
    expect(texts(a3)).toBe(
      'idp-attack unanswered: the report never reached joc after 2 follow-ups',
    );
    // A team offered after the incident was settled is told to stand down, not left out.
    const [, late] = transition(pocMachine, s3, {
      type: 'tasking.answer',
      choice: 0,
      accepted: true,
      by: 'coy',
    });
    expect(of(late, 'send')).toEqual([expect.objectContaining({ to: 'coy', need: 'release' })]);
  });

  it('skips the steps the structure makes unnecessary: the reporter is the hub, the hub decides', () => {
    const [s0, a0] = initialTransition(pocMachine, input({ reporter: 'joc', decider: 'joc' }));
    expect(s0.value).toBe('tasking');
    expect(marks(a0)).toEqual(['incident.occurred', 'poc.aware', 'poc.decided']);
    expect(of(a0, 'send').map((p) => p['to'])).toEqual([['hofo', 'ocha', 'cla'], 'coy']);
  });

  it('reports an incident with no threat to civilians but needs no response', () => {
    const [s0] = initialTransition(pocMachine, input({ threatToCivilians: false }));
    const [s1, a1] = transition(pocMachine, s0, { type: 'report.received', by: 'joc' });
    expect(s1.value).toBe('logged');
    expect(s1.status).toBe('done');
    expect(marks(a1)).toEqual(['poc.aware', 'poc.not-required']);
    expect(of(a1, 'send')).toEqual([expect.objectContaining({ to: ['hofo', 'ocha'] })]);
  });

  it('is unanswered when no responder can go, and moves on from an unreachable or silent one', () => {
    const [none] = initialTransition(
      pocMachine,
      input({ reporter: 'joc', decider: 'joc', responders: [r('cnp', 'host-police', false)] }),
    );
    expect(none.value).toBe('unanswered');

    const [s0] = initialTransition(pocMachine, input({ reporter: 'joc', decider: 'joc' }));
    const [s1, a1] = transition(pocMachine, s0, {
      type: 'undeliverable',
      to: 'coy',
      original: 'tasking.answer',
    });
    expect(s1.context.choice).toBe(1);
    expect(marks(a1)).toEqual(['poc.refused', 'poc.decided']);
    let s = s1;
    for (let i = 0; i < 3; i++) [s] = transition(pocMachine, s, after('followUp', 'tasking'));
    expect(s.value).toBe('unanswered');
    expect(phraseText(s.context.reason!)).toBe('no responder could send a team (coy and fpu)');
  });

  it('stands down a team offered after another was sent, and ignores stale answers', () => {
    const [s0] = initialTransition(pocMachine, input({ reporter: 'joc', decider: 'joc' }));
    const [s1] = transition(pocMachine, s0, after('followUp', 'tasking'));
    const [s2] = transition(pocMachine, s1, {
      type: 'tasking.answer',
      choice: 0,
      by: 'coy',
      accepted: true,
    });
    expect(s2.value).toBe('en route');
    // The follow-up tasking is answered too: a second team would stand by for nothing.
    const [s3, a3] = transition(pocMachine, s2, {
      type: 'tasking.answer',
      choice: 0,
      by: 'coy',
      accepted: true,
    });
    expect(s3.value).toBe('en route');
    expect(of(a3, 'send')).toEqual([
      expect.objectContaining({ from: 'joc', to: 'coy', need: 'release' }),
    ]);
    const [, a4] = transition(pocMachine, s3, {
      type: 'tasking.answer',
      choice: 0,
      by: 'coy',
      accepted: false,
    });
    expect(of(a4, 'send')).toEqual([]);
    expect(texts(a4)).toContain('late answer from coy');
  });

  it('gives up when the authority cannot be reached', () => {
    const [s0] = initialTransition(pocMachine, input({ reporter: 'joc' }));
    expect(s0.value).toEqual({ referred: 'with authority' });
    // An undeliverable "for information" copy does not stop the referral…
    const [s1] = transition(pocMachine, s0, { type: 'undeliverable', to: 'ocha' });
    expect(s1.value).toEqual({ referred: 'with authority' });
    // …but no path to the authority does.
    const [s2, a2] = transition(pocMachine, s1, { type: 'undeliverable', to: 'sector' });
    expect(s2.value).toBe('unanswered');
    expect(texts(a2)).toBe('idp-attack unanswered: joc has no path to sector');
  });

  it('reaches every state (model-based)', () => {
    const afterEvents = getStateNodes(pocMachine).flatMap((n) =>
      n.after.map((t) => ({ type: t.eventType })),
    );
    const events = [
      { type: 'report.received', by: 'joc' },
      { type: 'report.forwarded', by: 'sector' },
      ...[0, 1].flatMap((choice) => [
        { type: 'tasking.answer', choice, accepted: true },
        { type: 'tasking.answer', choice, accepted: false },
      ]),
      ...['joc', 'sector', 'coy', 'fpu', 'ocha'].map((to) => ({ type: 'undeliverable', to })),
      { type: 'informed', by: 'hofo' },
      { type: 'released', by: 'coy' },
      ...afterEvents,
    ];
    const reached = new Set<string>();
    for (const i of [
      input(),
      input({ threatToCivilians: false }),
      input({ reporter: 'joc', decider: 'joc', responders: [] }),
    ]) {
      for (const path of getShortestPaths(pocMachine, { input: i, events: events as never })) {
        for (const node of path.state._nodes) reached.add(node.id);
      }
    }
    const all = getStateNodes(pocMachine)
      .filter((n) => (n.always ?? []).length === 0)
      .map((n) => n.id);
    expect(all.length).toBeGreaterThanOrEqual(9);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });
});

// ── in the engine, with the fixture ────────────────────────────────────────────────────

const scenario = scenarioSchema.parse(parse(pocDrill));
const run = (structure: string) => new Simulation(scenario, { structure, seed: 1 }).run();
const marked = (log: readonly LogEntry[], mark: Mark, ref?: string) =>
  log.filter((e) => e.marks?.includes(mark) && (ref === undefined || e.ref === ref));

describe('POC in the engine (tests/fixtures/poc-drill.yaml)', () => {
  it('the attack reaches the JOC, the sector sends the company, which responds', () => {
    const sim = run('joc-centred');
    const at = (mark: Mark) => marked(sim.log, mark, 'idp-attack').map((e) => e.time);
    expect(marked(sim.log, 'incident.occurred', 'idp-attack')[0]).toMatchObject({
      time: 60,
      at: 'cla',
      params: { threatToCivilians: true, area: 'tokono', severity: 'high' },
    });
    // cla → JOC: 10 min radio + 10 min JOC handling.
    expect(at('poc.aware')).toEqual([80]);
    // JOC → sector: 5 min + 20 min handling; the military for a high threat (the CNP is unable).
    expect(marked(sim.log, 'poc.decided', 'idp-attack')[0]).toMatchObject({
      time: 105,
      params: { responder: 'coy' },
    });
    // sector → company: 10 min + 20 min handling; then 75 min travel (military, high threat).
    expect(at('poc.tasked')).toEqual([135]);
    expect(at('poc.responded')).toEqual([210]);
    expect(marked(sim.log, 'poc.decided', 'market-riot')[0]?.params).toMatchObject({
      responder: 'fpu',
    });
    expect(marked(sim.log, 'poc.not-required', 'road-accident')).toHaveLength(1);
    expect(marked(sim.log, 'poc.unanswered')).toEqual([]);
    // The company's team came back to base.
    const coy = sim.instance('coy')?.context as { teamsOut: number };
    expect(coy.teamsOut).toBe(0);
  });

  it('is unanswered when no responder has a team', () => {
    const sim = run('no-teams');
    const unanswered = marked(sim.log, 'poc.unanswered');
    expect(unanswered.map((e) => e.ref)).toEqual(['idp-attack', 'market-riot']);
    expect(text(unanswered[0])).toContain(
      'idp-attack unanswered: no responder could send a team (bn-rear and ipo)',
    );
    expect(marked(sim.log, 'poc.responded')).toEqual([]);
  });

  it('is unanswered when the report never gets through, after two follow-ups', () => {
    const sim = run('cut-off');
    expect(marked(sim.log, 'poc.follow-up', 'idp-attack').map((e) => e.time)).toEqual([180, 300]);
    expect(marked(sim.log, 'poc.unanswered', 'idp-attack')[0]).toMatchObject({ time: 420 });
    expect(marked(sim.log, 'poc.aware', 'idp-attack')).toEqual([]);
  });

  it('gives the POC and information metrics', () => {
    const ok = run('joc-centred');
    expect(computeMetrics(ok.log, scenario, ok.structure)).toMatchObject({
      pocIncidents: 2, // the road accident is no threat to civilians
      pocResponseMean: 150,
      pocUnanswered: 0,
      incidentToJocMean: 20,
      informationReach: 1,
    });
    const none = run('no-teams');
    expect(computeMetrics(none.log, scenario, none.structure)).toMatchObject({
      pocIncidents: 2,
      pocResponseMean: null,
      pocUnanswered: 2,
      informationReach: 1,
    });
    // The attack never reaches the JOC, HoFO or OCHA: 3 of 7 (incident, actor) pairs missed.
    const cut = run('cut-off');
    const m = computeMetrics(cut.log, scenario, cut.structure);
    expect(m).toMatchObject({ pocUnanswered: 1, pocResponseMean: 150 });
    expect(m.informationReach).toBeCloseTo(4 / 7);
  });
});
