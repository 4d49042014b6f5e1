// The debrief of a run, as data: everything the hot wash shows and the after-action report
// prints — key events, the decision record beside the doctrinal baseline, objectives with
// their measures, ratings and observations, metrics against a doctrine-only run, the MSEL with
// what became of each inject, and who sent what to whom in each escort request and handover.
// Pure: words are left to the renderers, which read log entries through one function.
import type { LogEntry } from '../engine/types';
import { METRIC_INFO, METRIC_KEYS, computeMetrics, type MetricKey } from '../metrics/metrics';
import type { Inject, Scenario, Structure } from '../scenario/schema';
import { evaluateObjectives, type MeasureStatus, type ObjectiveResult } from './evaluate';
import {
  ratingOf,
  type EvaluationRecord,
  type ImprovementAction,
  type ObjectiveRating,
  type Observation,
} from './record';

export interface DebriefInput {
  readonly scenario: Scenario;
  readonly structure: Structure;
  readonly seed: number;
  /** The run's log up to the moment of the debrief. */
  readonly log: readonly LogEntry[];
  /**
   * The doctrine-only run: same scenario, structure and seed, no player or live inputs (every
   * decision point takes its default), up to the same time. Null when not computed.
   */
  readonly baseline: readonly LogEntry[] | null;
  readonly record: EvaluationRecord;
  /** When the exercise was played (ISO date), from the run file; core reads no clock. */
  readonly date: string | null;
  readonly finished: boolean;
}

export interface DecisionRecordRow {
  readonly time: number;
  /** The actor whose decision it was. */
  readonly by: string;
  readonly kind: 'decision-point' | 'process';
  /** The decision point or process id. */
  readonly ref: string;
  /** The decision-point prompt, or the process's log entry. */
  readonly entry: LogEntry;
  /** The option taken (decision points). */
  readonly choice: string | null;
  /** What the doctrine-only run did here: an option label, or its log entry for a process. */
  readonly baselineChoice: string | null;
  readonly baselineEntry: LogEntry | null;
  /** The rule or consequence behind the doctrinal answer, when the scenario gives one. */
  readonly rule: string;
  /** The player's answer differs from the doctrinal one. */
  readonly differs: boolean;
}

export type SequenceStep =
  | {
      readonly kind: 'message';
      readonly time: number;
      readonly from: string;
      readonly to: string;
      readonly entry: LogEntry;
      /** When the addressee handled it; null when lost, undeliverable or still on the way. */
      readonly handled: number | null;
      readonly lost: boolean;
    }
  | { readonly kind: 'note'; readonly time: number; readonly at: string; readonly entry: LogEntry };

export interface SequenceDiagram {
  readonly id: string;
  readonly kind: 'escort' | 'handover';
  /** Actor ids in order of first appearance. */
  readonly participants: readonly string[];
  readonly steps: readonly SequenceStep[];
}

export interface MselOutcome {
  readonly inject: Inject;
  readonly delivered: number | null;
  /** The story entries about the process the inject set in motion, in order. */
  readonly outcome: readonly LogEntry[];
}

export interface MetricRow {
  readonly key: MetricKey;
  readonly label: string;
  readonly unit: 'count' | 'minutes' | 'share';
  readonly better: 'lower' | 'higher' | 'neither';
  readonly run: number | null;
  readonly baseline: number | null;
}

export interface ObjectiveDebrief extends ObjectiveResult {
  readonly rating: ObjectiveRating | null;
  readonly observations: readonly Observation[];
  readonly status: MeasureStatus;
}

export interface Debrief {
  readonly scenario: Scenario;
  readonly structure: Structure;
  readonly seed: number;
  readonly date: string | null;
  readonly time: number;
  readonly finished: boolean;
  /** Seats by role: who played which decision, who evaluated. */
  readonly participants: ReadonlyArray<{ readonly role: string; readonly who: string }>;
  readonly objectives: readonly ObjectiveDebrief[];
  readonly observations: readonly Observation[];
  readonly decisions: readonly DecisionRecordRow[];
  readonly keyEvents: readonly LogEntry[];
  readonly metrics: readonly MetricRow[];
  readonly msel: readonly MselOutcome[];
  readonly sequences: readonly SequenceDiagram[];
  readonly plan: readonly ImprovementAction[];
}

/** Marks that tell the story of a run: what a debrief lists as key events and outcomes. */
export const OUTCOME_MARKS: ReadonlySet<string> = new Set([
  'escort.alternative',
  'escort.submitted',
  'escort.approved',
  'escort.declined',
  'escort.tasked',
  'escort.unfilled',
  'escort.stalled',
  'escort.completed',
  'escort.incident',
  'incident.occurred',
  'poc.aware',
  'poc.decided',
  'poc.responded',
  'poc.unanswered',
  'handover.started',
  'handover.gap-opened',
  'handover.gap-closed',
  'handover.intel-lost',
  'handover.transferred',
  'handover.not-ready',
  'handover.postponed',
  'handover.reversed',
  'meeting.postponed',
]);

/** Process outcomes where a machine decided for an actor: kept beside the baseline run's. */
const PROCESS_DECISIONS = new Set([
  'escort.approved',
  'escort.declined',
  'poc.decided',
  'handover.transferred',
  'handover.not-ready',
  'handover.reversed',
]);

const marked = (e: LogEntry, set: ReadonlySet<string>) => e.marks?.some((m) => set.has(m)) ?? false;

function decisionRecord(
  scenario: Scenario,
  structure: Structure,
  log: readonly LogEntry[],
  baseline: readonly LogEntry[] | null,
): DecisionRecordRow[] {
  const rows: DecisionRecordRow[] = [];
  const baselineByRef = new Map<string, LogEntry>();
  for (const e of baseline ?? []) {
    if (e.ref !== undefined && marked(e, PROCESS_DECISIONS) && !baselineByRef.has(e.ref))
      baselineByRef.set(e.ref, e);
  }
  const seenProcess = new Set<string>();
  for (const e of log) {
    if (e.event === 'decision.made' && e.ref !== undefined) {
      const d = scenario.decisions.find((x) => x.id === e.ref);
      if (!d) continue;
      const chosen = e.kind === 'decision.made' ? e.params.option : '';
      // The doctrinal answer to a decision point is the scenario's default option.
      const baselineId = d.default;
      const option = d.options.find((o) => o.id === chosen);
      const doctrinal = d.options.find((o) => o.id === baselineId);
      rows.push({
        time: e.time,
        by: d.by,
        kind: 'decision-point',
        ref: d.id,
        entry: e,
        choice: option?.label ?? chosen,
        baselineChoice: doctrinal?.label ?? baselineId,
        baselineEntry: null,
        rule: doctrinal?.consequence ?? '',
        differs: chosen !== baselineId,
      });
    } else if (e.ref !== undefined && marked(e, PROCESS_DECISIONS) && !seenProcess.has(e.ref)) {
      seenProcess.add(e.ref);
      const b = baselineByRef.get(e.ref) ?? null;
      const mark = e.marks!.find((m) => PROCESS_DECISIONS.has(m))!;
      const by = mark.startsWith('escort.')
        ? structure.authority.escortDecision
        : mark.startsWith('poc.')
          ? structure.authority.pocResponse
          : structure.authority.handoverDecision;
      const bMark = b?.marks?.find((m) => PROCESS_DECISIONS.has(m));
      rows.push({
        time: e.time,
        by,
        kind: 'process',
        ref: e.ref,
        entry: e,
        choice: null,
        baselineChoice: null,
        baselineEntry: b,
        rule: '',
        differs: baseline !== null && bMark !== mark,
      });
    }
  }
  return rows;
}

function sequences(scenario: Scenario, log: readonly LogEntry[]): SequenceDiagram[] {
  const kinds = new Map<string, 'escort' | 'handover'>();
  const add = (event: { type: string; id?: string }) => {
    if (event.id === undefined) return;
    if (event.type === 'escort-request') kinds.set(event.id, 'escort');
    if (event.type === 'handover') kinds.set(event.id, 'handover');
  };
  for (const inject of scenario.injects) add(inject.event);
  for (const d of scenario.decisions) for (const o of d.options) for (const e of o.events) add(e);
  // Live injects: an escort request or handover pushed during the run starts with these marks.
  for (const e of log) {
    if (e.ref === undefined || kinds.has(e.ref)) continue;
    if (e.marks?.includes('escort.requested')) kinds.set(e.ref, 'escort');
    if (e.marks?.includes('handover.started')) kinds.set(e.ref, 'handover');
  }
  const fate = new Map<string, { handled: number | null; lost: boolean }>();
  for (const e of log) {
    if (e.ref === undefined) continue;
    if (e.event === 'message.delivered') fate.set(e.ref, { handled: e.time, lost: false });
    else if (e.event === 'message.lost' || e.event === 'message.undeliverable')
      fate.set(e.ref, { handled: null, lost: true });
  }
  const diagrams: SequenceDiagram[] = [];
  for (const [id, kind] of kinds) {
    const participants: string[] = [];
    const meet = (a: string) => {
      if (!participants.includes(a)) participants.push(a);
    };
    const steps: SequenceStep[] = [];
    for (const e of log) {
      if (e.actor !== id) continue;
      if (e.event === 'message.sent') {
        const to = e.kind === 'message.sent' ? e.params.to : e.route?.at(-1);
        if (to === undefined) continue;
        meet(e.at);
        meet(to);
        const f = fate.get(e.ref ?? '') ?? { handled: null, lost: false };
        steps.push({ kind: 'message', time: e.time, from: e.at, to, entry: e, ...f });
      } else if (e.marks?.some((m) => OUTCOME_MARKS.has(m) || m === 'escort.requested')) {
        meet(e.at);
        steps.push({ kind: 'note', time: e.time, at: e.at, entry: e });
      }
    }
    if (steps.length > 0) diagrams.push({ id, kind, participants, steps });
  }
  return diagrams;
}

function msel(scenario: Scenario, log: readonly LogEntry[]): MselOutcome[] {
  const delivered = new Map<number, number>();
  for (const e of log) {
    const serial = e.kind === 'inject.msel' ? e.params.serial : undefined;
    if (typeof serial === 'number' && !delivered.has(serial)) delivered.set(serial, e.time);
  }
  return [...scenario.injects]
    .sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || a.serial - b.serial)
    .map((inject) => {
      const id = 'id' in inject.event ? inject.event.id : undefined;
      const ref = inject.event.type === 'handover-review' ? inject.event.handover : id;
      const at = delivered.get(inject.serial) ?? null;
      const outcome =
        ref === undefined || at === null
          ? []
          : log.filter((e) => e.ref === ref && e.time >= at && marked(e, OUTCOME_MARKS));
      return { inject, delivered: at, outcome };
    });
}

/** Everything the hot wash and the report show for a run. */
export function buildDebrief(input: DebriefInput): Debrief {
  const { scenario, structure, log, baseline, record } = input;
  const metrics = computeMetrics(log, scenario, structure);
  const base = baseline ? computeMetrics(baseline, scenario, structure) : null;
  const evaluated = evaluateObjectives(scenario, structure, log, metrics, input.finished);
  const objectives = evaluated.map((o) => {
    const statuses = o.tasks.filter((t) => !t.byEvaluator).map((t) => t.status);
    const status: MeasureStatus = statuses.includes('not-met')
      ? 'not-met'
      : statuses.includes('met')
        ? 'met'
        : 'no-data';
    return {
      ...o,
      status,
      rating: ratingOf(record, o.id) ?? null,
      observations: record.observations.filter((x) => x.objective === o.id),
    };
  });
  const shown = new Set<MetricKey>(
    scenario.metrics.filter((k): k is MetricKey => (METRIC_KEYS as string[]).includes(k)),
  );
  const keys = [...shown, ...METRIC_KEYS.filter((k) => !shown.has(k))].filter(
    (k) => shown.has(k) || (metrics[k] ?? 0) !== 0 || (base?.[k] ?? 0) !== 0,
  );
  const names = new Map(scenario.actors.map((a) => [a.id, `${a.name} (${a.role})`]));
  const participants: { role: string; who: string }[] = [];
  for (const d of scenario.decisions) {
    const who = names.get(d.by) ?? d.by;
    if (!participants.some((p) => p.who === who)) participants.push({ role: 'Decision seat', who });
  }
  const authors = new Set(
    [
      ...record.observations.map((o) => o.author),
      ...record.ratings.map((r) => r.author ?? ''),
    ].filter((a) => a.trim() !== ''),
  );
  for (const who of authors) participants.push({ role: 'Evaluator', who });
  const end = log.length ? log[log.length - 1]!.time : 0;
  return {
    scenario,
    structure,
    seed: input.seed,
    date: input.date,
    time: end,
    finished: input.finished,
    participants,
    objectives,
    observations: [...record.observations].sort((a, b) => a.time - b.time),
    decisions: decisionRecord(scenario, structure, log, baseline),
    keyEvents: log.filter(
      (e) =>
        e.event === 'inject' ||
        e.event === 'decision.made' ||
        (e.marks?.some((m) => OUTCOME_MARKS.has(m)) ?? false),
    ),
    metrics: keys.map((key) => ({
      key,
      ...METRIC_INFO[key],
      run: metrics[key],
      baseline: base ? base[key] : null,
    })),
    msel: msel(scenario, log),
    sequences: sequences(scenario, log),
    plan: record.plan,
  };
}
