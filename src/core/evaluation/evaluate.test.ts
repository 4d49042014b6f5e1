// Measures against logs written by hand, so every expected number is worked out on paper.
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../engine/types';
import type { Mark } from '../vocabulary';
import { computeMetrics } from '../metrics/metrics';
import { loadScenario } from '../scenario/load';
import { problemText } from '../../i18n/testing';
import type { Measure, Scenario } from '../scenario/schema';
import { evaluateMeasure, evaluateObjectives } from './evaluate';

const SCENARIO = `version: 1
id: drill
title: Drill
summary: A small drill.
duration: 72h
objectives:
  - id: lo-escort
    text: Apply the IASC criteria.
    tasks:
      - text: Decide each request within 6 hours.
        measures:
          - { each: escort.submitted, then: [escort.approved, escort.declined], within: 6h }
      - text: Explain the decision.
actors:
  - { id: wfp, kind: humanitarian, role: UN agency, name: WFP }
  - { id: hc, kind: humanitarian, role: HC, name: Humanitarian Coordinator }
  - { id: bn, kind: military, role: battalion, name: Battalion East, teams: 1 }
  - { id: joc, kind: civilian, role: JOC, name: JOC }
areas:
  - { id: east, name: Eastern district, lead: bn }
structures:
  - id: hub
    name: Hub
    links:
      - { from: wfp, to: hc, channel: liaison, latency: 30m }
      - { from: hc, to: joc, channel: radio, latency: 5m }
      - { from: joc, to: bn, channel: radio, latency: 5m }
    authority:
      escortDecision: hc
      escortProviders: [bn]
      situationalAwareness: joc
      pocResponse: bn
      pocResponders: [bn]
      handoverDecision: joc
decisions:
  - id: dp-second
    at: T+10:00
    by: hc
    prompt: A second escort?
    default: decline
    options:
      - { id: decline, label: Decline }
      - { id: approve, label: Approve under pressure }
`;

function scenario(): Scenario {
  const loaded = loadScenario(SCENARIO, 'drill.yaml');
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return loaded.scenario;
}

let seq = 0;
const entry = (
  time: number,
  marks: readonly Mark[],
  ref: string,
  fields: Partial<LogEntry> = {},
): LogEntry =>
  ({
    seq: seq++,
    time,
    actor: ref,
    at: 'wfp',
    event: 'e',
    kind: 'escort.reviewed',
    params: {},
    marks,
    ref,
    ...fields,
  }) as LogEntry;

// Two requests: c1 at T+1:00, decided T+4:30 (3h30m); c2 at T+10:00, decided T+17:00 (7h).
// An incident at T+20:00 known at the JOC (an information.reached by joc) at T+20:45, and by
// bn at T+23:00. Two meetings held at 50% and 100% attendance. A gap opened in one handover.
const LOG: LogEntry[] = [
  entry(60, ['escort.requested', 'escort.submitted'], 'c1'),
  entry(270, ['escort.approved'], 'c1', { kind: 'escort.approved', params: { decider: 'hc' } }),
  entry(600, ['escort.requested', 'escort.submitted'], 'c2'),
  entry(600, ['decision.point'], 'dp-second', { event: 'decision.point' }),
  entry(600, ['decision.made'], 'dp-second', {
    event: 'decision.made',
    kind: 'decision.made',
    params: {
      prompt: 'Approve?',
      option: 'approve',
      label: 'approve',
      chosen: true,
      consequence: '',
    },
  }),
  entry(1020, ['escort.declined'], 'c2'),
  entry(1200, ['incident.occurred'], 'i1'),
  entry(1245, ['information.reached'], 'i1', { actor: 'joc', at: 'joc' }),
  entry(1380, ['information.reached'], 'i1', { actor: 'bn', at: 'bn' }),
  entry(1400, ['meeting.held'], 'm', {
    kind: 'meeting.held',
    params: {
      name: 'm',
      session: 1,
      present: 1,
      invited: 2,
      quorum: 0.5,
      absent: [],
      attendance: 0.5,
    },
  }),
  entry(1500, ['meeting.held'], 'm', {
    kind: 'meeting.held',
    params: {
      name: 'm',
      session: 1,
      present: 2,
      invited: 2,
      quorum: 0.5,
      absent: [],
      attendance: 1,
    },
  }),
  entry(1600, ['handover.gap-opened'], 'h1'),
  entry(1700, ['handover.gap-closed'], 'h1'),
];

const evaluate = (m: Measure) => {
  const s = scenario();
  const structure = s.structures[0]!;
  return evaluateMeasure(m, s, structure, LOG, computeMetrics(LOG, s, structure));
};

describe('measures', () => {
  it('times each request to its decision: 3h30m in time, 7h late', () => {
    const r = evaluate({
      each: 'escort.submitted',
      then: ['escort.approved', 'escort.declined'],
      within: 360,
    } as Measure);
    expect(r.status).toBe('not-met');
    expect(r.observed).toEqual({ kind: 'within', inTime: 1, measured: 2, within: 360 });
    expect(r.details).toEqual([
      { kind: 'after', ref: 'c1', after: 210, within: 360, ok: true },
      { kind: 'after', ref: 'c2', after: 420, within: 360, ok: false },
    ]);
    const lenient = evaluate({
      each: 'escort.submitted',
      then: 'escort.declined',
      within: 480,
    } as Measure);
    // c1 was approved, never declined: after 8h without a decline it counts as missed.
    expect(lenient.observed).toEqual({ kind: 'within', inTime: 1, measured: 2, within: 480 });
  });

  it('resolves an authority role to its holder: the JOC knew after 45m, bn after 3h', () => {
    const joc = evaluate({
      each: 'incident.occurred',
      then: 'information.reached',
      by: 'situationalAwareness',
      within: 60,
    } as Measure);
    expect(joc).toMatchObject({
      status: 'met',
      observed: { kind: 'within', inTime: 1, measured: 1, within: 60 },
    });
    const bn = evaluate({
      each: 'incident.occurred',
      then: 'information.reached',
      by: 'bn',
      within: 60,
    } as Measure);
    expect(bn).toMatchObject({
      status: 'not-met',
      details: [{ kind: 'after', ref: 'i1', after: 180, within: 60, ok: false }],
    });
  });

  it('bounds metrics in their units: attendance 75% mean, decision time mean 5h15m', () => {
    expect(evaluate({ metric: 'meetingAttendanceMean', atLeast: '75%' } as Measure)).toMatchObject({
      status: 'met',
      observed: { kind: 'value', value: 0.75, unit: 'share', soFar: false },
    });
    expect(evaluate({ metric: 'meetingAttendanceMean', atLeast: 0.8 } as Measure).status).toBe(
      'not-met',
    );
    expect(evaluate({ metric: 'decisionTimeMean', atMost: '5h' } as Measure)).toMatchObject({
      status: 'not-met',
      observed: { kind: 'value', value: 315, unit: 'minutes', soFar: false },
    });
    expect(evaluate({ metric: 'pocResponseMean', atMost: '1h' } as Measure)).toMatchObject({
      status: 'no-data',
    });
  });

  it('counts marks, optionally for one process', () => {
    expect(evaluate({ count: 'handover.gap-opened', atMost: 0 } as Measure)).toMatchObject({
      status: 'not-met',
      observed: { kind: 'value', value: 1, unit: 'count', soFar: false },
    });
    expect(evaluate({ count: 'handover.gap-opened', ref: 'h2', atMost: 0 } as Measure).status).toBe(
      'met',
    );
    expect(
      evaluate({ count: ['escort.approved', 'escort.declined'], atLeast: 2 } as Measure),
    ).toMatchObject({
      status: 'met',
      observed: { kind: 'value', value: 2, unit: 'count', soFar: false },
    });
  });

  it('before the end, a count short of its lower bound is no data so far, not a failure', () => {
    const s = scenario();
    const structure = s.structures[0]!;
    const early = LOG.slice(0, 2); // one request decided, the run still going
    const m = { count: ['escort.approved', 'escort.declined'], atLeast: 2 } as Measure;
    const metrics = computeMetrics(early, s, structure);
    expect(evaluateMeasure(m, s, structure, early, metrics, false)).toMatchObject({
      status: 'no-data',
      observed: { kind: 'value', value: 1, unit: 'count', soFar: true },
    });
    expect(evaluateMeasure(m, s, structure, early, metrics, true).status).toBe('not-met');
    // An upper bound already broken stays broken.
    const most = { count: 'escort.approved', atMost: 0 } as Measure;
    expect(evaluateMeasure(most, s, structure, early, metrics, false).status).toBe('not-met');
  });

  it('compares the option taken at a decision point with the one expected', () => {
    expect(evaluate({ decision: 'dp-second', is: 'decline' } as Measure)).toMatchObject({
      status: 'not-met',
      observed: { kind: 'option', option: 'Approve under pressure' },
      wording: { kind: 'decision', decision: 'dp-second', option: 'Decline' },
    });
    const s = scenario();
    const early = LOG.slice(0, 3);
    const r = evaluateMeasure(
      { decision: 'dp-second', is: 'decline' } as Measure,
      s,
      s.structures[0]!,
      early,
      computeMetrics(early, s, s.structures[0]!),
    );
    expect(r.status).toBe('no-data');
  });

  it('leaves a request still inside its window out of the count', () => {
    const s = scenario();
    const open = LOG.slice(0, 3); // c2 requested at T+10:00, the log stops there
    const r = evaluateMeasure(
      { each: 'escort.submitted', then: 'escort.approved', within: 360 } as Measure,
      s,
      s.structures[0]!,
      open,
      computeMetrics(open, s, s.structures[0]!),
    );
    expect(r).toMatchObject({
      status: 'met',
      observed: { kind: 'within', inTime: 1, measured: 1, within: 360 },
    });
    expect(r.details).toContainEqual({ kind: 'open', ref: 'c2' });
  });

  it('rolls measures up into tasks, and a task without measures is for an evaluator', () => {
    const s = scenario();
    const [objective] = evaluateObjectives(s, s.structures[0]!, LOG);
    expect(objective!.tasks.map((t) => [t.status, t.byEvaluator])).toEqual([
      ['not-met', false],
      ['no-data', true],
    ]);
  });
});

describe('measure vocabulary errors', () => {
  const withMeasure = (measure: string) =>
    SCENARIO.replace(
      '          - { each: escort.submitted, then: [escort.approved, escort.declined], within: 6h }',
      `          - ${measure}`,
    );
  const errors = (measure: string) => {
    const r = loadScenario(withMeasure(measure), 'drill.yaml', { describe: problemText });
    return r.ok ? [] : r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`);
  };

  it('names the valid metrics for an unknown one, at its place', () => {
    const [e] = errors('{ metric: decisionTime, atMost: 6h }');
    expect(e).toMatch(/^12:23: "metric" must be one of "escortRequests", .*"decisionTimeMean"/);
  });

  it('accepts every mark docs/EVALUATION.md lists, decisions taken uninformed among them', () => {
    expect(errors('{ count: decision.uninformed, atMost: 0 }')).toEqual([]);
    expect(errors('{ count: decision.why, by: escortDecision, atLeast: 1 }')).toEqual([]);
  });

  it('names the valid marks for an unknown one', () => {
    const [e] = errors('{ count: escort.refused, atMost: 0 }');
    expect(e).toMatch(
      /^12:22: unknown log mark "escort.refused" in "count"; did you mean "escort.requested"\? marks: inject, .*escort\.declined/,
    );
  });

  it('reads bounds in the metric unit', () => {
    expect(errors('{ metric: decisionTimeMean, atMost: 6 }')).toEqual([
      '12:49: "atMost": a time bound is a duration, like "45m", "6h" or "1h30m" (got 6)',
    ]);
    expect(errors('{ metric: meetingAttendanceMean, atLeast: 120% }')[0]).toMatch(
      /^12:55: "atLeast": a share is a percentage like "75%"/,
    );
    expect(errors('{ count: escort.approved, atMost: 1.5 }')[0]).toMatch(
      /a count is a whole number/,
    );
  });

  it('asks for exactly one kind, and for the fields each kind needs', () => {
    expect(errors('{ atMost: 1 }')[0]).toMatch(/^12:13: this measure says nothing to compute/);
    expect(errors('{ metric: escortDeclines, count: escort.declined, atMost: 1 }')[0]).toMatch(
      /two kinds at once/,
    );
    expect(errors('{ each: escort.submitted, within: 6h }')[0]).toMatch(/needs "then"/);
    expect(errors('{ metric: escortDeclines }')[0]).toMatch(/needs a bound/);
    expect(errors('{ metric: escortDeclines, atMost: 1, within: 2h }')[0]).toMatch(
      /^12:58: "within" does not apply to a "metric" measure/,
    );
  });

  it('checks decision points, options, processes and actors', () => {
    expect(errors('{ decision: dp-secnd, is: decline }')[0]).toMatch(
      /unknown decision point "dp-secnd"; did you mean "dp-second"\?/,
    );
    expect(errors('{ decision: dp-second, is: refuse }')[0]).toMatch(
      /"refuse" is not an option of dp-second; .*options: decline and approve/,
    );
    expect(errors('{ count: escort.approved, ref: c9, atMost: 1 }')[0]).toMatch(
      /unknown process "c9"/,
    );
    expect(errors('{ count: escort.approved, by: situationalAwarenes, atMost: 1 }')[0]).toMatch(
      /did you mean "situationalAwareness"\?.*roles: /,
    );
  });
});
