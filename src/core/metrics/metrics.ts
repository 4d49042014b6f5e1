// After-action metrics: pure functions of the event log (and the scenario, for who needed
// to know what). The CLI, the app, batch comparison and the report all call this one
// function, so a number means the same thing everywhere. Definitions: docs/METRICS.md.
import { dict } from '../engine/dict';
import type { LogEntry } from '../engine/types';
import type { Scenario, Structure } from '../scenario/schema';

export interface Metrics {
  // Escort requests (IASC)
  escortRequests: number;
  alternativesUsed: number;
  escortApprovals: number;
  escortDeclines: number;
  /** Minutes from request to the authority's decision. */
  decisionTimeMean: number | null;
  decisionTimeP90: number | null;
  /** Minutes from request until the requester knows the decision. */
  decisionKnownMean: number | null;
  approvedWithCriterionUnmet: number;
  escortsProvided: number;
  escortsUnfilled: number;
  escortRequestsStalled: number;
  /** Requesters with an escort approved who later asked for another (Darfur lock-in). */
  escortLockIn: number;
  /** Security incidents during escorted movements. */
  escortIncidents: number;
  // Decisions on knowledge
  /** Decisions taken while a fact that would have changed them existed in the mission. */
  uninformedDecisions: number;
  /** Escort incidents on movements an uninformed decision approved (its consequences). */
  uninformedIncidents: number;
  // Meetings
  meetingsHeld: number;
  meetingsPostponed: number;
  /** Mean share of invitees present at the sessions held (0–1). */
  meetingAttendanceMean: number | null;
  // Information
  /** Minutes from an incident until the situational-awareness hub (JOC) knows. */
  incidentToJocMean: number | null;
  /** Minutes from an incident until everyone who needs to know does (incidents fully reached). */
  incidentToAllMean: number | null;
  /** Share of (incident, actor who needs to know) pairs reached by the end (0–1). */
  informationReach: number | null;
  // Handovers
  handoversCompleted: number;
  handoverPostponements: number;
  handoverReversals: number;
  securityGapMinutes: number;
  /** Handovers where the incoming unit took over without the intelligence briefing. */
  handoverIntelLost: number;
  // Protection of civilians
  pocIncidents: number;
  pocResponseMean: number | null;
  pocUnanswered: number;
  // HRDDP and joint patrols
  /** UN support refused to a host-state police unit under HRDDP (blocked handovers included). */
  hrddpRefusals: number;
  /** Joint patrols completed. */
  jointPatrols: number;
  // Messages
  messagesSent: number;
  messagesDelivered: number;
  messagesLost: number;
  messagesUndeliverable: number;
  messagesUnanswered: number;
  /** Highest number of tasks an actor held at once, by actor (only actors that had any). */
  workloadPeak: Record<string, number>;
}

export type MetricKey = Exclude<keyof Metrics, 'workloadPeak'>;

/** The metrics that are null when nothing was measured (means, shares); the rest are counts. */
type NullableMetric = {
  [K in MetricKey]: null extends Metrics[K] ? K : never;
}[MetricKey];

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Nearest-rank percentile (p in 0..1) of the values; null when there are none. */
export function percentile(xs: readonly number[], p: number): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

export function computeMetrics(
  log: readonly LogEntry[],
  scenario: Scenario,
  structure: Structure,
): Metrics {
  const tally = tallyMetrics(scenario, structure);
  tally.add(log);
  return tally.result();
}

/**
 * The metrics folded entry by entry: `add` takes the entries written since the last call (a
 * growing log is passed whole with where to start), `result` gives the metrics of everything
 * folded so far, a new object each time. A playing run adds a frame's entries instead of
 * passing over its whole log again; `computeMetrics` is this over the whole log at once.
 */
export interface MetricsTally {
  add(log: readonly LogEntry[], from?: number): void;
  result(): Metrics;
}

export function tallyMetrics(scenario: Scenario, structure: Structure): MetricsTally {
  return new Tally(scenario, structure);
}

/** What the fold keeps between entries, beside the counts themselves. */
class Tally implements MetricsTally {
  readonly requestedAt = new Map<string, number>();
  readonly decisionTimes: number[] = [];
  readonly knownTimes: number[] = [];
  readonly approvedRequesters = new Set<string>();
  readonly lockedIn = new Set<string>();
  readonly escortRequester = new Map<string, string>();
  readonly attendance: number[] = [];
  readonly incidentAt = new Map<string, number>();
  /** Who must learn of each incident: from the log, so live and decision incidents count too. */
  readonly incidentNeed = new Map<string, readonly string[]>();
  /** information id → actor → when it learnt it. */
  readonly learnt = new Map<string, Map<string, number>>();
  readonly responseTimes: number[] = [];
  readonly workloadPeak = dict<number>();
  readonly gapOpen = new Map<string, number>();
  /** Processes whose decision was uninformed. */
  readonly uninformed = new Set<string>();
  readonly m: Metrics;
  end = 0;

  constructor(
    scenario: Scenario,
    private readonly structure: Structure,
  ) {
    for (const inject of scenario.injects) {
      if (inject.event.type === 'escort-request')
        this.escortRequester.set(inject.event.id, inject.event.requester);
    }
    this.m = {
      escortRequests: 0,
      alternativesUsed: 0,
      escortApprovals: 0,
      escortDeclines: 0,
      decisionTimeMean: null,
      decisionTimeP90: null,
      decisionKnownMean: null,
      approvedWithCriterionUnmet: 0,
      escortsProvided: 0,
      escortsUnfilled: 0,
      escortRequestsStalled: 0,
      escortLockIn: 0,
      escortIncidents: 0,
      uninformedDecisions: 0,
      uninformedIncidents: 0,
      meetingsHeld: 0,
      meetingsPostponed: 0,
      meetingAttendanceMean: null,
      incidentToJocMean: null,
      incidentToAllMean: null,
      informationReach: null,
      handoversCompleted: 0,
      handoverPostponements: 0,
      handoverReversals: 0,
      securityGapMinutes: 0,
      handoverIntelLost: 0,
      pocIncidents: 0,
      pocResponseMean: null,
      pocUnanswered: 0,
      hrddpRefusals: 0,
      jointPatrols: 0,
      messagesSent: 0,
      messagesDelivered: 0,
      messagesLost: 0,
      messagesUndeliverable: 0,
      messagesUnanswered: 0,
      workloadPeak: this.workloadPeak,
    };
  }

  add(log: readonly LogEntry[], from = 0): void {
    const m = this.m;
    const workloadPeak = this.workloadPeak;
    for (let i = from; i < log.length; i++) {
      const e = log[i]!;
      this.end = e.time;
      const marks = e.marks;
      if (e.kind === 'task.taken') {
        const w = e.params.workload;
        if (w > (workloadPeak[e.actor] ?? 0)) workloadPeak[e.actor] = w;
      }
      // Mentoring refused under HRDDP is said once, as the unit starts (no mark of its own).
      if (e.kind === 'readiness.initial' && e.params.mentoring === 'suspended') m.hrddpRefusals++;
      if (!marks) continue;
      const ref = e.ref ?? '';
      for (const mark of marks) {
        const counted = COUNTED.get(mark);
        if (counted !== undefined) m[counted]++;
        else ON_MARK.get(mark)?.(this, e, ref);
      }
    }
  }

  result(): Metrics {
    const m: Metrics = { ...this.m, workloadPeak: dict(this.workloadPeak) };
    // A gap still open at the end counts until the end of the run.
    for (const t0 of this.gapOpen.values()) m.securityGapMinutes += this.end - t0;

    m.decisionTimeMean = mean(this.decisionTimes);
    m.decisionTimeP90 = percentile(this.decisionTimes, 0.9);
    m.decisionKnownMean = mean(this.knownTimes);
    m.escortLockIn = this.lockedIn.size;
    m.meetingAttendanceMean = mean(this.attendance);
    m.pocResponseMean = mean(this.responseTimes);

    // Information reach: who needed to know each incident, and when they learnt it.
    const hub = this.structure.authority.situationalAwareness;
    const toJoc: number[] = [];
    const toAll: number[] = [];
    let pairs = 0;
    let reached = 0;
    for (const [id, t0] of this.incidentAt) {
      const byActor = this.learnt.get(id) ?? new Map<string, number>();
      const tj = byActor.get(hub);
      if (tj !== undefined) toJoc.push(tj - t0);
      const need = [...new Set([hub, ...(this.incidentNeed.get(id) ?? [])])];
      let last = 0;
      let all = true;
      for (const actor of need) {
        pairs++;
        const t = byActor.get(actor);
        if (t === undefined) all = false;
        else {
          reached++;
          last = Math.max(last, t - t0);
        }
      }
      if (all) toAll.push(last);
    }
    m.incidentToJocMean = mean(toJoc);
    m.incidentToAllMean = mean(toAll);
    m.informationReach = pairs === 0 ? null : reached / pairs;
    return m;
  }
}

// Each mark looked up in two tables made once, at load — the metric it counts, or the small
// function it calls — rather than one switch inside the loop. V8 optimises a hot function with
// the feedback its code has gathered so far, so a mark first met after the loop was optimised
// (a postponed meeting, an unanswered POC incident: rare, but every batch of runs reaches
// them) threw the whole loop's optimised code away, and every comparison worker thread
// compiled it again, several times. Now such a mark meets a table entry or a handler of its
// own. A tally is one object, not ~30 closures made for every run.
type OnMark = (t: Tally, e: LogEntry, ref: string) => void;

const decided = (t: Tally, e: LogEntry, ref: string, approved: boolean): void => {
  const m = t.m;
  if (approved) {
    m.escortApprovals++;
    t.approvedRequesters.add(t.escortRequester.get(ref) ?? e.at);
    if (e.kind === 'escort.approved-under-pressure' && e.params.criteria.length > 0)
      m.approvedWithCriterionUnmet++;
  } else m.escortDeclines++;
  const t0 = t.requestedAt.get(ref);
  if (t0 !== undefined) t.decisionTimes.push(e.time - t0);
};

/** Marks that only count: the metric each adds one to. */
const COUNTED = new Map<string, Exclude<MetricKey, NullableMetric>>([
  ['escort.alternative', 'alternativesUsed'],
  ['escort.tasked', 'escortsProvided'],
  ['escort.unfilled', 'escortsUnfilled'],
  ['escort.stalled', 'escortRequestsStalled'],
  ['meeting.postponed', 'meetingsPostponed'],
  ['poc.unanswered', 'pocUnanswered'],
  ['handover.transferred', 'handoversCompleted'],
  ['handover.postponed', 'handoverPostponements'],
  ['handover.reversed', 'handoverReversals'],
  ['hrddp.refused', 'hrddpRefusals'],
  ['handover.blocked', 'hrddpRefusals'],
  ['patrol.completed', 'jointPatrols'],
  ['handover.intel-lost', 'handoverIntelLost'],
  ['message.sent', 'messagesSent'],
  ['message.delivered', 'messagesDelivered'],
  ['message.lost', 'messagesLost'],
  ['message.undeliverable', 'messagesUndeliverable'],
  ['message.unanswered', 'messagesUnanswered'],
]);

/** Marks that do more than count. */
const ON_MARK = new Map<string, OnMark>([
  [
    'escort.requested',
    (t, e, ref) => {
      t.m.escortRequests++;
      t.requestedAt.set(ref, e.time);
      const requester = t.escortRequester.get(ref) ?? e.at;
      if (t.approvedRequesters.has(requester)) t.lockedIn.add(requester);
    },
  ],
  ['escort.approved', (t, e, ref) => decided(t, e, ref, true)],
  ['escort.declined', (t, e, ref) => decided(t, e, ref, false)],
  [
    'escort.decision-known',
    (t, e, ref) => {
      const t0 = t.requestedAt.get(ref);
      if (t0 !== undefined) t.knownTimes.push(e.time - t0);
    },
  ],
  [
    'escort.incident',
    (t, _e, ref) => {
      t.m.escortIncidents++;
      if (t.uninformed.has(ref)) t.m.uninformedIncidents++;
    },
  ],
  [
    'decision.uninformed',
    (t, e, ref) => {
      t.m.uninformedDecisions++;
      // The process decided on: a provider's answer is written at the provider, not the escort.
      t.uninformed.add(e.kind === 'decision.uninformed' ? e.params.process : ref);
    },
  ],
  [
    'meeting.held',
    (t, e) => {
      t.m.meetingsHeld++;
      if (e.kind === 'meeting.held') t.attendance.push(e.params.attendance);
    },
  ],
  [
    'incident.occurred',
    (t, e, ref) => {
      if (e.kind !== 'incident.occurred') return;
      t.incidentAt.set(ref, e.time);
      t.incidentNeed.set(ref, e.params.needToKnow);
      if (e.params.threatToCivilians) t.m.pocIncidents++;
    },
  ],
  [
    'poc.responded',
    (t, e, ref) => {
      const t0 = t.incidentAt.get(ref);
      if (t0 !== undefined) t.responseTimes.push(e.time - t0);
    },
  ],
  ['handover.gap-opened', (t, e, ref) => void t.gapOpen.set(ref, e.time)],
  [
    'handover.gap-closed',
    (t, e, ref) => {
      const t0 = t.gapOpen.get(ref);
      if (t0 !== undefined) t.m.securityGapMinutes += e.time - t0;
      t.gapOpen.delete(ref);
    },
  ],
  [
    'information.reached',
    (t, e, ref) => {
      let byActor = t.learnt.get(ref);
      if (!byActor) t.learnt.set(ref, (byActor = new Map()));
      if (!byActor.has(e.actor)) byActor.set(e.actor, e.time);
    },
  ],
]);

/** Label, unit and reading direction of each metric, for tables and charts. */
export const METRIC_INFO: Record<
  MetricKey,
  { label: string; unit: 'count' | 'minutes' | 'share'; better: 'lower' | 'higher' | 'neither' }
> = {
  escortRequests: { label: 'Escort requests', unit: 'count', better: 'neither' },
  alternativesUsed: { label: 'Alternatives used instead', unit: 'count', better: 'higher' },
  escortApprovals: { label: 'Escorts approved', unit: 'count', better: 'neither' },
  escortDeclines: { label: 'Escorts declined', unit: 'count', better: 'neither' },
  decisionTimeMean: { label: 'Time to escort decision (mean)', unit: 'minutes', better: 'lower' },
  decisionTimeP90: { label: 'Time to escort decision (p90)', unit: 'minutes', better: 'lower' },
  decisionKnownMean: {
    label: 'Time until requester knows (mean)',
    unit: 'minutes',
    better: 'lower',
  },
  approvedWithCriterionUnmet: {
    label: 'Approved with a criterion unmet',
    unit: 'count',
    better: 'lower',
  },
  escortsProvided: { label: 'Escorts provided', unit: 'count', better: 'neither' },
  escortsUnfilled: { label: 'Approved escorts not provided', unit: 'count', better: 'lower' },
  escortRequestsStalled: { label: 'Escort requests stalled', unit: 'count', better: 'lower' },
  escortLockIn: { label: 'Escort lock-in (repeat requesters)', unit: 'count', better: 'lower' },
  escortIncidents: { label: 'Escort incidents', unit: 'count', better: 'lower' },
  uninformedDecisions: { label: 'Uninformed decisions', unit: 'count', better: 'lower' },
  uninformedIncidents: {
    label: 'Incidents after uninformed decisions',
    unit: 'count',
    better: 'lower',
  },
  // Structures schedule different meetings: more is not better in itself.
  meetingsHeld: { label: 'Meetings held', unit: 'count', better: 'neither' },
  meetingsPostponed: { label: 'Meetings postponed', unit: 'count', better: 'lower' },
  meetingAttendanceMean: {
    label: 'Meeting attendance (mean share)',
    unit: 'share',
    better: 'higher',
  },
  incidentToJocMean: { label: 'Incident → JOC (mean)', unit: 'minutes', better: 'lower' },
  incidentToAllMean: {
    label: 'Incident → all who need it (mean)',
    unit: 'minutes',
    better: 'lower',
  },
  informationReach: { label: 'Information reach', unit: 'share', better: 'higher' },
  handoversCompleted: { label: 'Handovers completed', unit: 'count', better: 'neither' },
  handoverPostponements: { label: 'Handover postponements', unit: 'count', better: 'neither' },
  handoverReversals: { label: 'Handover reversals', unit: 'count', better: 'lower' },
  securityGapMinutes: { label: 'Security gap', unit: 'minutes', better: 'lower' },
  handoverIntelLost: {
    label: 'Handovers without the intelligence briefing',
    unit: 'count',
    better: 'lower',
  },
  pocIncidents: { label: 'POC incidents', unit: 'count', better: 'neither' },
  pocResponseMean: { label: 'POC response time (mean)', unit: 'minutes', better: 'lower' },
  pocUnanswered: { label: 'POC incidents unanswered', unit: 'count', better: 'lower' },
  // A refusal is doctrine applied, not a failure: the count shows how often it bit.
  hrddpRefusals: { label: 'UN support refused under HRDDP', unit: 'count', better: 'neither' },
  jointPatrols: { label: 'Joint patrols completed', unit: 'count', better: 'neither' },
  messagesSent: { label: 'Messages sent', unit: 'count', better: 'neither' },
  // Follows the number sent, which the structure sets: no direction of its own.
  messagesDelivered: { label: 'Messages delivered', unit: 'count', better: 'neither' },
  messagesLost: { label: 'Messages lost', unit: 'count', better: 'lower' },
  messagesUndeliverable: { label: 'Messages undeliverable', unit: 'count', better: 'lower' },
  messagesUnanswered: { label: 'Messages unanswered (overload)', unit: 'count', better: 'lower' },
};

export const METRIC_KEYS = Object.keys(METRIC_INFO) as MetricKey[];
