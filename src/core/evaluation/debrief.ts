// The debrief of a run, as data: everything the hot wash shows and the after-action report
// prints — key events, the decision record beside the doctrinal baseline, objectives with
// their measures, ratings and observations, metrics against a doctrine-only run, the MSEL with
// what became of each inject, and who sent what to whom in each escort request and handover.
// Pure: words are left to the renderers, which read log entries through one function.
import type { LogEntry } from '../engine/types';
import { METRIC_INFO, METRIC_KEYS, computeMetrics, type MetricKey } from '../metrics/metrics';
import type { Inject, Scenario, SimEvent, Structure } from '../scenario/schema';
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
  /**
   * The seats of an exercise, by role. Absent (the single-user app): the decision points'
   * actors are listed as decision seats and the record's authors as evaluators.
   */
  readonly seats?: readonly Participant[];
  /**
   * Who answered each decision a seat took, by the log seq of its `decision.played` or
   * `decision.made` entry: the seat's name, and whether it is a player's (not EXCON forcing).
   */
  readonly deciders?: ReadonlyMap<number, Decider>;
  /**
   * Live injects EXCON pushed, delivered ones first in the order the engine logged them, then
   * those still staged or withdrawn. Absent: read from the log (text and time only).
   */
  readonly liveInjects?: readonly LiveInjectInput[];
}

export interface Decider {
  readonly seat: string;
  readonly player: boolean;
}

export interface Participant {
  readonly role: 'excon' | 'player' | 'evaluator' | 'projector' | 'decision-seat';
  /** A seat's name, or an actor's name and role. */
  readonly who: string;
  /** The actors a player seat holds (ids). */
  readonly actors?: readonly string[];
}

export interface LiveInjectInput {
  readonly text: string;
  readonly event: SimEvent;
  /** When EXCON planned it (minutes), if at a set time. */
  readonly at?: number;
  readonly state: 'staged' | 'delivered' | 'withdrawn';
}

export interface LiveInjectOutcome {
  readonly text: string;
  readonly state: 'staged' | 'delivered' | 'withdrawn';
  readonly planned: number | null;
  readonly delivered: number | null;
  /** The story entries about the process it set in motion, in order. */
  readonly outcome: readonly LogEntry[];
}

export interface DecisionRecordRow {
  readonly time: number;
  /** The actor whose decision it was. */
  readonly by: string;
  /**
   * A scenario decision point, a process outcome a machine (or a seat) decided, or a played
   * decision with no outcome entry of its own (a unit sending a team, attending a meeting).
   */
  readonly kind: 'decision-point' | 'process' | 'played';
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
  /** The seat that answered (an exercise), else null: the machine or the single user. */
  readonly seat: string | null;
  /** A player's seat answered (not EXCON forcing the default or doctrine's answer). */
  readonly byPlayer: boolean;
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
  readonly participants: readonly Participant[];
  readonly objectives: readonly ObjectiveDebrief[];
  readonly observations: readonly Observation[];
  readonly decisions: readonly DecisionRecordRow[];
  readonly keyEvents: readonly LogEntry[];
  readonly metrics: readonly MetricRow[];
  readonly msel: readonly MselOutcome[];
  /** Live injects EXCON pushed during the exercise, and what became of each. */
  readonly live: readonly LiveInjectOutcome[];
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

/** Whether a played decision is followed, at the same moment, by the outcome it decided. */
function outcomeFollows(log: readonly LogEntry[], at: number): boolean {
  const e = log[at]!;
  for (let j = at + 1; j < log.length && log[j]!.time === e.time; j++)
    if (log[j]!.ref === e.ref && marked(log[j]!, PROCESS_DECISIONS)) return true;
  return false;
}

function decisionRecord(
  scenario: Scenario,
  structure: Structure,
  log: readonly LogEntry[],
  baseline: readonly LogEntry[] | null,
  deciders: ReadonlyMap<number, Decider>,
): DecisionRecordRow[] {
  const rows: DecisionRecordRow[] = [];
  // A played decision is logged just before the process outcome it leads to (same ref).
  const played = new Map<string, LogEntry>();
  const baselineByRef = new Map<string, LogEntry>();
  for (const e of baseline ?? []) {
    if (e.ref !== undefined && marked(e, PROCESS_DECISIONS) && !baselineByRef.has(e.ref))
      baselineByRef.set(e.ref, e);
  }
  const seenProcess = new Set<string>();
  for (const [i, e] of log.entries()) {
    if (e.kind === 'decision.played' && e.ref !== undefined) {
      played.set(e.ref, e);
      if (!outcomeFollows(log, i)) {
        const decider = deciders.get(e.seq);
        rows.push({
          time: e.time,
          by: e.params.actor,
          kind: 'played',
          ref: e.ref,
          entry: e,
          choice: e.params.option,
          baselineChoice: e.params.doctrine,
          baselineEntry: null,
          rule: '',
          differs: e.params.departs,
          seat: decider?.seat ?? null,
          byPlayer: decider?.player ?? false,
        });
      }
    }
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
        seat: deciders.get(e.seq)?.seat ?? null,
        byPlayer: deciders.get(e.seq)?.player ?? false,
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
      const answer = played.get(e.ref);
      const decider = answer && answer.time === e.time ? deciders.get(answer.seq) : undefined;
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
        seat: decider?.seat ?? null,
        byPlayer: decider?.player ?? false,
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
      const ref = processOf(inject.event);
      const at = delivered.get(inject.serial) ?? null;
      const outcome =
        ref === undefined || at === null
          ? []
          : log.filter((e) => e.ref === ref && e.time >= at && marked(e, OUTCOME_MARKS));
      return { inject, delivered: at, outcome };
    });
}

/** The process a scenario event sets in motion (its id, or the handover a review is about). */
function processOf(event: SimEvent): string | undefined {
  if (event.type === 'handover-review') return event.handover;
  return 'id' in event ? event.id : undefined;
}

function live(log: readonly LogEntry[], given: readonly LiveInjectInput[] | undefined) {
  const entries = log.filter((e) => e.kind === 'inject.live');
  if (given === undefined)
    return entries.map((e): LiveInjectOutcome => ({
      text: e.kind === 'inject.live' ? e.params.text : '',
      state: 'delivered',
      planned: null,
      delivered: e.time,
      outcome: [],
    }));
  let next = 0;
  return given.map((inject): LiveInjectOutcome => {
    // Delivered injects are logged in the order the engine received them: match them so.
    const entry = inject.state === 'delivered' ? entries[next++] : undefined;
    const ref = processOf(inject.event);
    return {
      text: inject.text,
      state: inject.state,
      planned: inject.at ?? null,
      delivered: entry?.time ?? null,
      outcome:
        entry === undefined || ref === undefined
          ? []
          : log.filter((e) => e.ref === ref && e.time >= entry.time && marked(e, OUTCOME_MARKS)),
    };
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
  const participants: Participant[] = [];
  if (input.seats) participants.push(...input.seats);
  else {
    for (const d of scenario.decisions) {
      const who = names.get(d.by) ?? d.by;
      if (!participants.some((p) => p.who === who))
        participants.push({ role: 'decision-seat', who });
    }
    const authors = new Set(
      [
        ...record.observations.map((o) => o.author),
        ...record.ratings.map((r) => r.author ?? ''),
      ].filter((a) => a.trim() !== ''),
    );
    for (const who of authors) participants.push({ role: 'evaluator', who });
  }
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
    decisions: decisionRecord(scenario, structure, log, baseline, input.deciders ?? new Map()),
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
    live: live(log, input.liveInjects),
    sequences: sequences(scenario, log),
    plan: record.plan,
  };
}
