// Exercise evaluation guides, computed: each critical task's measures read from a run's log
// and metrics. Pure, like the metrics: the hot wash, the CLI report and the app give the same
// verdict for the same run. A task with no measures is left to an evaluator's rating.
import type { LogEntry } from '../engine/types';
import { METRIC_INFO, computeMetrics, type MetricKey, type Metrics } from '../metrics/metrics';
import { AUTHORITY_ROLES, type Measure, type Scenario, type Structure } from '../scenario/schema';
import { formatDuration } from '../time';
import { measureUnit, readBound, type BoundUnit } from './check';

/** met / not met from the log; no-data when the run had nothing to measure (yet). */
export type MeasureStatus = 'met' | 'not-met' | 'no-data';

export interface MeasureResult {
  /** How the measure reads: the scenario's text or one written from its fields. */
  readonly text: string;
  readonly status: MeasureStatus;
  /** What the run showed, e.g. "3h37m", "75%", "2 of 3 within 6h". */
  readonly observed: string;
  /** One line per instance measured, e.g. "wfp-tokono: decided after 3h37m". */
  readonly details: readonly string[];
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

export function formatValue(value: number, unit: BoundUnit): string {
  if (unit === 'minutes') return formatDuration(Math.round(value));
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  return String(value);
}

const list = (marks: Measure['each']): readonly string[] =>
  marks === undefined ? [] : typeof marks === 'string' ? [marks] : marks;

const orList = (xs: readonly string[]) => xs.join(' or ');

/** The actor a measure's `by` names under this structure (a role resolves to its holder). */
function resolveBy(by: string | undefined, structure: Structure): string | undefined {
  if (by === undefined) return undefined;
  if ((AUTHORITY_ROLES as readonly string[]).includes(by)) {
    const holder = structure.authority[by as (typeof AUTHORITY_ROLES)[number]];
    return holder ?? `(no ${by} under ${structure.id})`;
  }
  return by;
}

/** The measure in words, for tables and the report. */
export function describeMeasure(m: Measure, scenario: Scenario): string {
  if (m.text !== undefined && m.text.trim() !== '') return m.text;
  const unit = measureUnit(m);
  const bounds = (): string => {
    const parts: string[] = [];
    for (const [key, sign] of [
      ['atLeast', '≥'],
      ['atMost', '≤'],
    ] as const) {
      const v = m[key];
      if (v === undefined) continue;
      const read = readBound(v, unit);
      // "at most 0" of a count reads better as "= 0".
      const none = key === 'atMost' && read.ok && read.value === 0 && unit === 'count';
      if (read.ok) parts.push(`${none ? '=' : sign} ${formatValue(read.value, unit)}`);
    }
    return parts.join(' and ');
  };
  const scope = `${m.ref ? ` for ${m.ref}` : ''}${m.by ? ` by ${m.by}` : ''}`;
  if (m.metric !== undefined) return `${METRIC_INFO[m.metric as MetricKey].label} ${bounds()}`;
  if (m.count !== undefined) return `count of ${orList(list(m.count))}${scope} ${bounds()}`;
  if (m.each !== undefined)
    return `each ${orList(list(m.each))}${m.ref ? ` for ${m.ref}` : ''} followed by ${orList(list(m.then))}${m.by ? ` by ${m.by}` : ''} within ${formatDuration(m.within ?? 0)}`;
  const d = scenario.decisions.find((x) => x.id === m.decision);
  const option = d?.options.find((o) => o.id === m.is);
  return `decision ${m.decision}: ${option?.label ?? m.is}`;
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
  const text = describeMeasure(m, scenario);
  const by = resolveBy(m.by, structure);
  const result = (status: MeasureStatus, observed: string, details: readonly string[] = []) => ({
    text,
    status,
    observed,
    details,
  });

  if (m.metric !== undefined) {
    const key = m.metric as MetricKey;
    const value = metrics[key];
    const unit = METRIC_INFO[key].unit;
    if (value === null) return result('no-data', 'nothing to measure in this run');
    const j = judge(value, m, unit, finished);
    return result(j.status, `${formatValue(value, unit)}${j.soFar ? ' so far' : ''}`);
  }

  if (m.count !== undefined) {
    const marks = list(m.count);
    const hits = log.filter(
      (e) => hasMark(e, marks) && (m.ref === undefined || e.ref === m.ref) && concerns(e, by),
    );
    const j = judge(hits.length, m, 'count', finished);
    return { ...result(j.status, `${hits.length}${j.soFar ? ' so far' : ''}`), entries: hits };
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
    const details: string[] = [];
    for (const [ref, t0] of startedAt) {
      const t1 = doneAt.get(ref);
      if (t1 === undefined) {
        if (end - t0 <= within) {
          details.push(`${ref}: still open when the run stopped`);
          continue;
        }
        measured++;
        details.push(`${ref}: not within ${formatDuration(within)} (never, by the end of the run)`);
        continue;
      }
      measured++;
      const ok = t1 - t0 <= within;
      if (ok) inTime++;
      details.push(
        `${ref}: after ${formatDuration(t1 - t0)}${ok ? '' : ` (over ${formatDuration(within)})`}`,
      );
    }
    if (measured === 0) return result('no-data', 'nothing to measure in this run', details);
    return result(
      inTime === measured ? 'met' : 'not-met',
      `${inTime} of ${measured} within ${formatDuration(within)}`,
      details,
    );
  }

  // A decision point: the option taken against the one expected.
  const made = log.find((e) => e.event === 'decision.made' && e.ref === m.decision);
  const d = scenario.decisions.find((x) => x.id === m.decision);
  if (!made) return result('no-data', 'not decided in this run');
  const chosen = made.kind === 'decision.made' ? made.params.option : '';
  const label = d?.options.find((o) => o.id === chosen)?.label ?? chosen;
  return result(chosen === m.is ? 'met' : 'not-met', label);
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
