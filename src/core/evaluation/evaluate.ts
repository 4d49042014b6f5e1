// Exercise evaluation guides, computed: each critical task's measures read from a run's log
// and metrics. Pure, like the metrics: the hot wash, the CLI report and the app give the same
// verdict for the same run. A task with no measures is left to an evaluator's rating.
import type { LogEntry } from '../engine/types';
import { METRIC_INFO, computeMetrics, type MetricKey, type Metrics } from '../metrics/metrics';
import { AUTHORITY_ROLES, type Measure, type Scenario, type Structure } from '../scenario/schema';
import { measureUnit, readBound, type BoundUnit } from './check';

/** met / not met from the log; no-data when the run had nothing to measure (yet). */
export type MeasureStatus = 'met' | 'not-met' | 'no-data';

/** One bound of a measure: "≥ 75%", "≤ 6h", "= 0" (at most nothing, for a count). */
export interface MeasureBound {
  readonly sign: '≥' | '≤' | '=';
  readonly value: number;
  readonly unit: BoundUnit;
}

/**
 * How a measure reads: the scenario's own text, or its fields, which the edges (src/i18n)
 * put in words in the reader's language. Marks, refs and ids stay as the scenario wrote them.
 */
export type MeasureWording =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'metric';
      readonly metric: MetricKey;
      readonly bounds: readonly MeasureBound[];
    }
  | {
      readonly kind: 'count';
      readonly marks: readonly string[];
      readonly ref?: string;
      readonly by?: string;
      readonly bounds: readonly MeasureBound[];
    }
  | {
      readonly kind: 'each';
      readonly marks: readonly string[];
      readonly then: readonly string[];
      readonly ref?: string;
      readonly by?: string;
      /** Minutes. */
      readonly within: number;
    }
  | { readonly kind: 'decision'; readonly decision: string; readonly option: string };

/** What the run showed, e.g. 3h37m, 75%, 2 so far, 2 of 3 within 6h, an option's label. */
export type MeasureObserved =
  /** The run had nothing to measure (no escort request, no meeting…). */
  | { readonly kind: 'nothing' }
  /** The decision point was not reached in this run. */
  | { readonly kind: 'undecided' }
  | {
      readonly kind: 'value';
      readonly value: number;
      readonly unit: BoundUnit;
      /** A count still short of its lower bound before the end of the run. */
      readonly soFar: boolean;
    }
  | {
      readonly kind: 'within';
      readonly inTime: number;
      readonly measured: number;
      readonly within: number;
    }
  | { readonly kind: 'option'; readonly option: string };

/** One instance a timed measure looked at, e.g. "wfp-tokono: decided after 3h37m". */
export type MeasureDetail =
  | { readonly kind: 'open'; readonly ref: string }
  | { readonly kind: 'never'; readonly ref: string; readonly within: number }
  | {
      readonly kind: 'after';
      readonly ref: string;
      readonly after: number;
      readonly within: number;
      readonly ok: boolean;
    };

export interface MeasureResult {
  readonly wording: MeasureWording;
  readonly status: MeasureStatus;
  readonly observed: MeasureObserved;
  /** One per instance measured (timed measures). */
  readonly details: readonly MeasureDetail[];
  /** The log entries a count measure counted (the edges render them in words). */
  readonly entries?: readonly LogEntry[];
}

export interface TaskResult {
  readonly text: string;
  /** No measures: an evaluator judges it. */
  readonly byEvaluator: boolean;
  readonly measures: readonly MeasureResult[];
  /** not-met when any measure is not met; met when all with data are met; else no-data. */
  readonly status: MeasureStatus;
}

export interface ObjectiveResult {
  readonly id: string;
  readonly text: string;
  readonly tasks: readonly TaskResult[];
}

const list = (marks: Measure['each']): readonly string[] =>
  marks === undefined ? [] : typeof marks === 'string' ? [marks] : marks;

/** The actor a measure's `by` names under this structure (a role resolves to its holder). */
function resolveBy(by: string | undefined, structure: Structure): string | undefined {
  if (by === undefined) return undefined;
  if ((AUTHORITY_ROLES as readonly string[]).includes(by)) {
    const holder = structure.authority[by as (typeof AUTHORITY_ROLES)[number]];
    return holder ?? `(no ${by} under ${structure.id})`;
  }
  return by;
}

/** The measure's bounds in numbers, in the order written (at least, then at most). */
function boundsOf(m: Measure, unit: BoundUnit): MeasureBound[] {
  const out: MeasureBound[] = [];
  for (const [key, sign] of [
    ['atLeast', '≥'],
    ['atMost', '≤'],
  ] as const) {
    const v = m[key];
    if (v === undefined) continue;
    const read = readBound(v, unit);
    if (!read.ok) continue;
    // "at most 0" of a count reads better as "= 0".
    const none = key === 'atMost' && read.value === 0 && unit === 'count';
    out.push({ sign: none ? '=' : sign, value: read.value, unit });
  }
  return out;
}

/** How the measure reads, for tables and the report (worded at the edges). */
export function measureWording(m: Measure, scenario: Scenario): MeasureWording {
  if (m.text !== undefined && m.text.trim() !== '') return { kind: 'text', text: m.text };
  const unit = measureUnit(m);
  const scope = {
    ...(m.ref !== undefined ? { ref: m.ref } : {}),
    ...(m.by !== undefined ? { by: m.by } : {}),
  };
  if (m.metric !== undefined)
    return { kind: 'metric', metric: m.metric as MetricKey, bounds: boundsOf(m, unit) };
  if (m.count !== undefined)
    return { kind: 'count', marks: list(m.count), ...scope, bounds: boundsOf(m, unit) };
  if (m.each !== undefined)
    return {
      kind: 'each',
      marks: list(m.each),
      then: list(m.then),
      ...scope,
      within: m.within ?? 0,
    };
  const d = scenario.decisions.find((x) => x.id === m.decision);
  const option = d?.options.find((o) => o.id === m.is);
  return { kind: 'decision', decision: m.decision ?? '', option: option?.label ?? m.is ?? '' };
}

/** Which bound the value breaks, if any. */
function broken(value: number, m: Measure, unit: BoundUnit): 'atMost' | 'atLeast' | null {
  for (const key of ['atMost', 'atLeast'] as const) {
    const v = m[key];
    if (v === undefined) continue;
    const read = readBound(v, unit);
    if (!read.ok) continue;
    if (key === 'atMost' ? value > read.value : value < read.value) return key;
  }
  return null;
}

/**
 * met / not met against the bounds. Before the end of the run a count still short of its
 * "atLeast" may yet get there: that is no data so far, not a failure.
 */
function judge(
  value: number,
  m: Measure,
  unit: BoundUnit,
  finished: boolean,
): { status: MeasureStatus; soFar: boolean } {
  const b = broken(value, m, unit);
  if (b === null) return { status: 'met', soFar: false };
  if (b === 'atLeast' && !finished && unit === 'count') return { status: 'no-data', soFar: true };
  return { status: 'not-met', soFar: false };
}

const concerns = (e: LogEntry, actor: string | undefined): boolean =>
  actor === undefined || e.actor === actor || e.at === actor;

const hasMark = (e: LogEntry, marks: readonly string[]): boolean =>
  e.marks !== undefined && e.marks.some((x) => marks.includes(x));

/** One measure against a run. */
export function evaluateMeasure(
  m: Measure,
  scenario: Scenario,
  structure: Structure,
  log: readonly LogEntry[],
  metrics: Metrics,
  finished = true,
): MeasureResult {
  const wording = measureWording(m, scenario);
  const by = resolveBy(m.by, structure);
  const nothing: MeasureObserved = { kind: 'nothing' };
  const result = (
    status: MeasureStatus,
    observed: MeasureObserved,
    details: readonly MeasureDetail[] = [],
  ): MeasureResult => ({ wording, status, observed, details });

  if (m.metric !== undefined) {
    const key = m.metric as MetricKey;
    const value = metrics[key];
    const unit = METRIC_INFO[key].unit;
    if (value === null) return result('no-data', nothing);
    const j = judge(value, m, unit, finished);
    return result(j.status, { kind: 'value', value, unit, soFar: j.soFar });
  }

  if (m.count !== undefined) {
    const marks = list(m.count);
    const hits = log.filter(
      (e) => hasMark(e, marks) && (m.ref === undefined || e.ref === m.ref) && concerns(e, by),
    );
    const j = judge(hits.length, m, 'count', finished);
    return {
      ...result(j.status, { kind: 'value', value: hits.length, unit: 'count', soFar: j.soFar }),
      entries: hits,
    };
  }

  if (m.each !== undefined) {
    const starts = list(m.each);
    const ends = list(m.then);
    const within = m.within ?? 0;
    const startedAt = new Map<string, number>();
    const doneAt = new Map<string, number>();
    for (const e of log) {
      const ref = e.ref ?? e.actor;
      if (hasMark(e, starts) && (m.ref === undefined || ref === m.ref) && !startedAt.has(ref))
        startedAt.set(ref, e.time);
      if (hasMark(e, ends) && concerns(e, by) && startedAt.has(ref) && !doneAt.has(ref))
        doneAt.set(ref, e.time);
    }
    const end = log.length ? log[log.length - 1]!.time : 0;
    let measured = 0;
    let inTime = 0;
    const details: MeasureDetail[] = [];
    for (const [ref, t0] of startedAt) {
      const t1 = doneAt.get(ref);
      if (t1 === undefined) {
        if (end - t0 <= within) {
          details.push({ kind: 'open', ref });
          continue;
        }
        measured++;
        details.push({ kind: 'never', ref, within });
        continue;
      }
      measured++;
      const ok = t1 - t0 <= within;
      if (ok) inTime++;
      details.push({ kind: 'after', ref, after: t1 - t0, within, ok });
    }
    if (measured === 0) return result('no-data', nothing, details);
    return result(
      inTime === measured ? 'met' : 'not-met',
      { kind: 'within', inTime, measured, within },
      details,
    );
  }

  // A decision point: the option taken against the one expected.
  const made = log.find((e) => e.event === 'decision.made' && e.ref === m.decision);
  const d = scenario.decisions.find((x) => x.id === m.decision);
  if (!made) return result('no-data', { kind: 'undecided' });
  const chosen = made.kind === 'decision.made' ? made.params.option : '';
  const label = d?.options.find((o) => o.id === chosen)?.label ?? chosen;
  return result(chosen === m.is ? 'met' : 'not-met', { kind: 'option', option: label });
}

function combine(results: readonly MeasureResult[]): MeasureStatus {
  if (results.some((r) => r.status === 'not-met')) return 'not-met';
  if (results.some((r) => r.status === 'met')) return 'met';
  return 'no-data';
}

/** Every objective's critical tasks and measures against one run. */
export function evaluateObjectives(
  scenario: Scenario,
  structure: Structure,
  log: readonly LogEntry[],
  metrics: Metrics = computeMetrics(log, scenario, structure),
  /** Whether the run reached its end: before it, a count may still reach its lower bound. */
  finished = true,
): ObjectiveResult[] {
  return scenario.objectives.map((o) => ({
    id: o.id,
    text: o.text,
    tasks: o.tasks.map((t) => {
      const measures = t.measures.map((m) =>
        evaluateMeasure(m, scenario, structure, log, metrics, finished),
      );
      return {
        text: t.text,
        byEvaluator: t.measures.length === 0,
        measures,
        status: combine(measures),
      };
    }),
  }));
}
