// What a log entry says, as typed data: a kind and its parameters. Machines and the engine
// build no sentences; the edges render these from message catalogs (src/i18n), in any
// language, and metrics, views and the story filter read the parameters. A param that is a
// `Phrase` (what a message is about, why something went unanswered, a readiness gap) is
// rendered from its own catalog entry; lists become "a, b and c" in the reader's language.
//
// Parameter names carry their unit for the renderer: `at`, `start`, `first`, `next` are
// clock times (and `arrives`); `every`, `travel`, `onSite`, `reassessAfter`, `monitoring`,
// `reviewEvery`, `retry`, `length` are durations; `quorum`, `certified`, `threshold`, `improvement` are shares (0–1);
// `phase`, `skipped`, `need`, `severity`, `alternative`, `unit`, `hrddp`, `channel`, `support` are terms
// of the vocabulary below, translated as such.
import type { ActorKind, Channel } from '../vocabulary';

/** What a handover's phases are called (military → police, then police → host-state police). */
export const HANDOVER_PHASES = [
  'starting',
  'joint assessment',
  'joint planning',
  'co-located operations',
  'transfer of authority',
  'monitoring',
  'self-assessment',
  'joint field assessment',
  'joint decision',
  'transfer',
] as const;
export type HandoverPhase = (typeof HANDOVER_PHASES)[number];

export const ESCORT_NEEDS = ['life-saving', 'critical', 'routine'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const ALTERNATIVES = [
  'other-route',
  'other-timing',
  'access-negotiation',
  'notification',
  'unarmed',
  'remote-delivery',
] as const;
/** The decisions a seat can play (see engine/played.ts). */
export const PLAY_SITES = [
  'escort.decision',
  'escort.provider',
  'poc.responder',
  'meeting.attend',
  'handover.decision',
] as const;
export const HRDDP_STATUSES = ['cleared', 'mitigation', 'suspended'] as const;
/** Kinds of UN support HRDDP governs (machines/hrddp.ts). */
export const SUPPORT_KINDS = [
  'escort',
  'joint-patrol',
  'poc-response',
  'mentoring',
  'handover',
] as const;
/** Whose teams a component speaks of ("component": the kind-neutral one of benchmarks). */
export const TEAM_UNITS = ['component', 'military', 'police', 'humanitarian', 'civilian'] as const;

interface Readiness {
  readonly respond: boolean;
  readonly certified: number;
  readonly logistics: boolean;
  readonly stability: boolean;
}

type Id = string;
type Ids = readonly string[];

/** Pieces of a sentence with their own catalog entry: subjects of messages, reasons, gaps. */
export interface PhraseParams {
  // what a message is about
  'about.text': { text: string };
  'about.relay': { about: Phrase };
  'about.escort-request': { id: Id };
  'about.escort-for-decision': { id: Id };
  'about.escort-declined': { id: Id };
  'about.escort-approved': { id: Id };
  'about.escort-tasking': { id: Id; area: Id };
  'about.escort-over': { id: Id };
  'about.escort-stand-down': { id: Id };
  'about.notification': { id: Id };
  'about.meeting-invitation': { name: string; start: number };
  'about.meeting-minutes': { name: string; session: number };
  'about.poc-report': { id: Id; followUp: number };
  'about.poc-for-information': { id: Id };
  'about.poc-referral': { id: Id; followUp: number };
  'about.poc-tasking': { id: Id; area: Id; followUp: number };
  'about.poc-team-back': { id: Id };
  'about.poc-stand-down': { id: Id };
  'about.handover-joint-assessment': { area: Id; id: Id };
  'about.handover-briefing': { area: Id; id: Id };
  'about.handover-joint-plan': { area: Id; to: Id };
  'about.handover-co-location': { from: Id; to: Id; area: Id };
  'about.handover-toa-request': { area: Id; to: Id };
  'about.handover-assume': { area: Id };
  'about.handover-self-assessment': { area: Id; assessment: number };
  'about.handover-field-assessment': { area: Id; readiness: Phrase };
  'about.handover-transfer': { area: Id };
  'about.handover-review': { area: Id };
  'about.handover-released': { area: Id; from: Id };
  'about.patrol-tasking': { id: Id; area: Id };
  'about.patrol-over': { id: Id };
  // why an incident went unanswered
  'reason.no-path': { from: Id; to: Id };
  'reason.report-lost': { hub: Id; followUps: number };
  'reason.referral-lost': { decider: Id; followUps: number };
  'reason.none-able': { responders: Ids };
  'reason.no-responders': Record<string, never>;
  'reason.no-team': { candidates: Ids };
  // why a handover was reversed
  'reason.review': { reason: string; severity: (typeof SEVERITIES)[number] };
  'reason.review-gaps': { gaps: readonly Phrase[] };
  'reason.review-hrddp': Record<string, never>;
  // readiness criteria not met (UNMIT → PNTL)
  'gap.no-report': Record<string, never>;
  'gap.respond': Record<string, never>;
  'gap.certified': { certified: number; threshold: number };
  'gap.logistics': Record<string, never>;
  'gap.stability': Record<string, never>;
  // the IASC criteria for armed escorts
  'criterion.1': Record<string, never>;
  'criterion.2': Record<string, never>;
  'criterion.3': Record<string, never>;
  'criterion.4': Record<string, never>;
  // why doctrine answers a played decision as it does (the baseline beside a seat's answer)
  'doctrine.escort-met': Record<string, never>;
  'doctrine.escort-pressure': { criteria: readonly Phrase[] };
  'doctrine.escort-unmet': { criteria: readonly Phrase[] };
  'doctrine.team-free': { out: number; teams: number };
  'doctrine.within-capacity': { workload: number; capacity: number };
  'doctrine.overloaded': { workload: number; capacity: number };
  'doctrine.readiness-met': Record<string, never>;
  'doctrine.readiness-gaps': { gaps: readonly Phrase[] };
  'doctrine.poc': {
    severity: (typeof SEVERITIES)[number];
    preferred: boolean;
    unit?: ActorKind;
  };
  // decisions on knowledge: each rule evaluated, why not the other options, facts not received
  'rule.criterion': {
    criterion: Phrase;
    holds: boolean;
    truth: boolean;
    source: 'request' | 'scenario' | 'world';
    read: Ids;
    missing: Ids;
  };
  'rule.judged': { criterion: Phrase; holds: boolean };
  'fact.missing': { from: Id; info: Id; summary: string };
  'why-not.decline-all-met': Record<string, never>;
  'why-not.decline-pressure': { criteria: readonly Phrase[] };
  'why-not.approve-unmet': { criteria: readonly Phrase[] };
  'why-not.approve-played': Record<string, never>;
  // decisions on knowledge: the POC responder choice
  'rule.responder': { unit: Id; holds: boolean; truth: boolean; read: Ids; missing: Ids };
  'rule.judged-able': { unit: Id; holds: boolean };
  'why-not.poc-later': { responders: Ids; severity: (typeof SEVERITIES)[number] };
  'why-not.poc-unable': { responders: Ids };
  // decisions on knowledge: the joint decision on a handover to host-state police
  'why-not.postpone-ready': Record<string, never>;
  'why-not.postpone-played': Record<string, never>;
  'why-not.transfer-gaps': { gaps: readonly Phrase[] };
  'why-not.transfer-played': Record<string, never>;
  // decisions on knowledge: a provider accepting an escort task (engine/provider-known.ts)
  'rule.team': { out: number; teams: number; holds: boolean };
  'rule.route': {
    area: Id;
    holds: boolean;
    truth: boolean;
    severity: (typeof SEVERITIES)[number];
    hostile: boolean;
    source: 'scenario' | 'world';
    read: Ids;
    missing: Ids;
  };
  'rule.judged-route': { area: Id; holds: boolean };
  'why-not.task-decline': { area: Id };
  'why-not.task-decline-played': Record<string, never>;
  'why-not.task-no-team': { out: number; teams: number };
  'why-not.task-route': { area: Id; severity: (typeof SEVERITIES)[number]; hostile: boolean };
  'why-not.task-accept-played': Record<string, never>;
  'doctrine.task-route': { area: Id; severity: (typeof SEVERITIES)[number]; hostile: boolean };
  // a readiness report in a few words
  readiness: Readiness;
  'readiness.none': Record<string, never>;
}
export type PhraseKind = keyof PhraseParams;
export type Phrase = {
  [K in PhraseKind]: { readonly kind: K; readonly params: Readonly<PhraseParams[K]> };
}[PhraseKind];

/** A phrase, typed by its kind. */
export const phrase = <K extends PhraseKind>(kind: K, params: PhraseParams[K]): Phrase =>
  ({ kind, params }) as Phrase;
const none = {} as Record<string, never>;
/** A phrase without parameters. */
export const term = (
  kind: {
    [K in PhraseKind]: PhraseParams[K] extends Record<string, never> ? K : never;
  }[PhraseKind],
): Phrase => ({ kind, params: none }) as Phrase;
/** The readiness report phrase, or "no readiness data". */
export const readinessPhrase = (r: Readiness | undefined): Phrase =>
  r === undefined ? term('readiness.none') : phrase('readiness', r);

/** Every kind of log entry and its parameters. */
export interface EntryParams {
  // ── the engine ──
  /** `type`: the scenario event the inject sets in motion. */
  'inject.msel': { serial: number; method: string; from: string; text: string; type: string };
  'inject.live': { text: string; type: string };
  'decision.point': { prompt: string };
  'decision.made': {
    prompt: string;
    option: Id;
    label: string;
    chosen: boolean;
    consequence: string;
  };
  /**
   * A decision a seat played (or EXCON forced to doctrine's answer): the option taken beside
   * doctrine's (`doctrine`, the baseline) and why doctrine answers so (`reason`). Options are
   * ids of the site's choices (`PLAYED_OPTIONS`), or a responder's id for `poc.responder`.
   */
  'decision.played': {
    actor: Id;
    site: (typeof PLAY_SITES)[number];
    option: string;
    doctrine: string;
    reason: Phrase;
    forced: boolean;
    departs: boolean;
    area?: Id;
    to?: Id;
  };
  /**
   * Why a decision went as it did: each rule evaluated on what the decider knew (`rules`, with
   * the truth beside it and the facts read), and why each other option was not taken.
   */
  'decision.why': {
    decider: Id;
    process: Id;
    /**
     * escort: approve or decline; escort-task (a provider asked for a team): accept or decline;
     * poc: the responder sent first, or none; handover: transfer or postpone.
     */
    decision: 'escort' | 'escort-task' | 'poc' | 'handover';
    verdict: string;
    rules: readonly Phrase[];
    others: readonly Phrase[];
  };
  /**
   * A decision taken while a fact that would have changed it existed in the mission but had
   * not reached the decider: the criteria judged otherwise than the truth and those facts.
   */
  'decision.uninformed': {
    decider: Id;
    process: Id;
    decision: 'escort' | 'escort-task' | 'poc' | 'handover';
    verdict: string;
    judged: readonly Phrase[];
    missing: readonly Phrase[];
  };
  'exercise.end': { at: number };
  'process.started': { machine: string };
  transition: { event: string; before: string; after: string };
  'message.no-actor': { about: Phrase; to: Id };
  'message.no-path': { about: Phrase; from: Id; to: Id; structure: string };
  'message.sent': { about: Phrase; from: Id; to: Id; via: Ids };
  'message.lost': {
    about: Phrase;
    from: Id;
    to: Id;
    hopFrom: Id;
    hopTo: Id;
    channel: Channel;
    reliability: number;
  };
  'message.unanswered': { about: Phrase; from: Id; to: Id; by: Id };
  'message.delivered': { about: Phrase; from: Id; to: Id; by: Id; minutes: number };
  'information.reached': { actor: Id; info: Id };
  // ── components ──
  'task.unanswered': { about: Phrase; workload: number; capacity: number };
  'task.taken': { about: Phrase; from: Id; workload: number; capacity: number };
  'team.out': { unit: (typeof TEAM_UNITS)[number]; out: number; teams: number };
  'team.none': { unit: (typeof TEAM_UNITS)[number]; out: number; teams: number };
  'team.refused': { unit: (typeof TEAM_UNITS)[number]; out: number; teams: number };
  'team.back': { unit: (typeof TEAM_UNITS)[number]; out: number; teams: number };
  'capacity.changed': { capacity: number; teams: number };
  'capacity.changed-certified': { capacity: number; teams: number; certified: number };
  // ── host-state police ──
  'readiness.initial': {
    id: Id;
    role: string;
    readiness: Phrase;
    hrddp?: (typeof HRDDP_STATUSES)[number];
    mentoring: 'none' | 'weekly' | 'suspended';
    improvement: number;
  };
  'readiness.reported': {
    id: Id;
    readiness: Phrase;
    hrddp?: (typeof HRDDP_STATUSES)[number];
    certified?: number;
  };
  'readiness.mentored': { week: number; certified?: number };
  // ── escorts (IASC) ──
  'escort.stand-down': { by?: Id };
  'escort.requested': {
    requester: Id;
    convoy: string;
    area: Id;
    need: (typeof ESCORT_NEEDS)[number];
  };
  'escort.alternative': { alternative: (typeof ALTERNATIVES)[number] };
  'escort.submitted': { facilitator?: Id };
  'escort.facilitated': { facilitator: Id; decider: Id };
  'escort.follow-up-facilitator': { facilitator: Id; requester: Id };
  'escort.follow-up-decider': { decider: Id };
  'escort.follow-up-provider': { provider?: Id; decider: Id };
  'escort.approved': { decider: Id };
  'escort.approved-under-pressure': { decider: Id; criteria: readonly Phrase[] };
  'escort.declined': { decider: Id; criteria: readonly Phrase[] };
  /** A seat playing the decider answered; `doctrine` is what the machine would have. */
  'escort.approved-played': { decider: Id; doctrine: 'approve' | 'decline'; reason: Phrase };
  'escort.declined-played': { decider: Id; doctrine: 'approve' | 'decline'; reason: Phrase };
  'escort.decision-known': { requester: Id; approved: boolean };
  'escort.tasked': { provider?: Id };
  'escort.provider-refused': { provider?: Id; next?: Id };
  'escort.unfilled': { convoy: string };
  'escort.incident': { area: Id };
  'escort.completed': { area: Id };
  'escort.reviewed': Record<string, never>;
  'escort.lock-in-risk': Record<string, never>;
  'escort.stalled': { id: Id; attempts: number };
  // ── movement notifications and information ──
  'notification.sent': { by: Id; convoy: string; area: Id };
  'notification.received': { by?: Id };
  'information.sent': { from: Id; summary: string; to: Ids };
  'information.received': { by?: Id; all: boolean };
  // ── meetings ──
  'meeting.scheduled': {
    name: string;
    chair: Id;
    invited: number;
    first: number;
    every: number;
    quorum: number;
  };
  'meeting.late-reply': { by?: Id };
  'meeting.minutes-read': { session: number; by?: Id };
  'meeting.cannot-reach': { who?: Id; minutes: boolean };
  'meeting.invited': {
    chair: Id;
    invitees: Ids;
    name: string;
    start: number;
    session: number;
    round: number;
  };
  'meeting.reply': { by?: Id; accepted: boolean };
  'meeting.unreachable': { who?: Id };
  'meeting.held': {
    name: string;
    session: number;
    present: number;
    invited: number;
    quorum: number;
    absent: Ids;
    /** Share of invitees present (1 when nobody was invited). */
    attendance: number;
  };
  'meeting.postponed': {
    name: string;
    session: number;
    present: number;
    invited: number;
    quorum: number;
    /** When it reconvenes (or merges). */
    next: number;
    merged: boolean;
    /** Times it was put back already, when that is why it merges (0 otherwise). */
    tries: number;
  };
  'meeting.cancelled': {
    name: string;
    session: number;
    present: number;
    invited: number;
    quorum: number;
  };
  'meeting.ended': { name: string; session: number; absent: Ids; next?: number };
  // ── protection of civilians ──
  'poc.copy-received': { id: Id; by: Id };
  'poc.informed': { id: Id; by?: Id };
  'poc.stand-down': { id: Id; by?: Id };
  'poc.late-answer': { by?: Id };
  'poc.team-free': { by?: Id };
  'poc.cannot-tell': { id: Id; to?: Id };
  'incident.occurred': {
    reporter: Id;
    id: Id;
    area: Id;
    severity: (typeof SEVERITIES)[number];
    threatToCivilians: boolean;
    summary: string;
    needToKnow: Ids;
  };
  'poc.follow-up-report': { hub: Id; reporter: Id; id: Id };
  'poc.follow-up-referral': { decider: Id; hub: Id; id: Id };
  'poc.follow-up-tasking': { responder?: Id; decider: Id };
  'poc.aware': { hub: Id; id: Id; informs: Ids };
  'poc.not-required': { hub: Id; id: Id };
  'poc.decided': {
    decider: Id;
    responder?: Id;
    id: Id;
    instead: boolean;
    severity: (typeof SEVERITIES)[number];
    /** The responder is doctrine's first choice for the severity (else: next in line). */
    preferred: boolean;
    unit?: ActorKind;
  };
  /** A seat playing the authority chose the responder sent first; `doctrine` would have. */
  'poc.decided-played': { decider: Id; responder?: Id; id: Id; doctrine: Id; reason: Phrase };
  'poc.tasked': { responder?: Id; area: Id; travel: number };
  'poc.refused': { responder?: Id; id: Id };
  'poc.no-path': { decider: Id; responder?: Id };
  'poc.never-answered': { responder?: Id; id: Id };
  'poc.responded': { responder?: Id; area: Id };
  'poc.closed': { responder?: Id; area: Id; onSite: number };
  'poc.unanswered': { id: Id; reason: Phrase };
  // ── handovers ──
  'handover.started': {
    flow: 'military-to-police' | 'police-to-host-police';
    area: Id;
    from: Id;
    to: Id;
    authority: Id;
  };
  'handover.briefed': { to: Id; area: Id; from: Id; late: boolean };
  'handover.review-noted': { area: Id; reason: string; severity: (typeof SEVERITIES)[number] };
  'handover.briefing-cut': { from: Id; to: Id; area: Id };
  'handover.no-path': { area: Id; to: Id };
  'handover.no-path-after': { area: Id; to: Id; holder: Id };
  'handover.late-answer': { event: string; by?: Id; area: Id };
  'handover.follow-up': {
    phase: HandoverPhase;
    step:
      | 'convening'
      | 'plan'
      | 'co-location'
      | 'authorisation'
      | 'assuming'
      | 'self-assessment'
      | 'field-assessment'
      | 'acknowledgement';
    asker: Id;
    asked: Id;
    area: Id;
  };
  'handover.gap-opened': {
    from: Id;
    area: Id;
    /** Where the outgoing unit was when it left. */
    during: 'phases' | 'transfer' | 'stalled';
    /** The joint phase a withdrawal cut short, and the ones after it that it skipped. */
    cut?: HandoverPhase;
    skipped: readonly HandoverPhase[];
  };
  'handover.phase': {
    phase: HandoverPhase;
    area: Id;
    from: Id;
    to: Id;
    authority: Id;
    assessment?: number;
    monitoring?: number;
    reviewEvery?: number;
  };
  'handover.joined': { to: Id; area: Id };
  'handover.phase-done': { phase: HandoverPhase; area: Id; to: Id; authority: Id };
  'handover.endorsed': { authority: Id; area: Id };
  'handover.co-located': { from: Id; to: Id; area: Id };
  'handover.authorised': { authority: Id; area: Id; to: Id };
  'handover.transferred': { to: Id; area: Id; from: Id; flow: 'military' | 'police' };
  'handover.gap-closed': { area: Id };
  'handover.no-gap': { from: Id; area: Id };
  'handover.intel-held': { to: Id };
  'handover.intel-lost': { to: Id; from: Id; briefing: 'lost' | 'not passed' };
  'handover.waiting': { to: Id; area: Id; retry: number };
  'handover.asked-again': { authority: Id; to: Id; area: Id };
  'handover.withdrawn-after': { from: Id; area: Id };
  'handover.reviewed': {
    area: Id;
    to: Id;
    outcome: 'stands' | 'criteria-met';
    reason?: string;
    severity?: (typeof SEVERITIES)[number];
    readiness?: Phrase;
  };
  'handover.self-assessed': { to: Id; readiness: Phrase; certified?: number };
  'handover.not-ready': {
    authority: Id;
    area: Id;
    gaps: readonly Phrase[];
    threshold: number;
    certified?: number;
  };
  /** Postponed by the seat playing the authority although every readiness criterion is met. */
  'handover.held-back': { authority: Id; area: Id };
  /** The seat playing the authority decided; `doctrine` is the readiness criteria's answer. */
  'handover.decided-played': {
    authority: Id;
    area: Id;
    decision: 'transfer' | 'postpone';
    doctrine: 'transfer' | 'postpone';
    reason: Phrase;
  };
  'handover.postponed': { area: Id; reassessAfter: number };
  'handover.reassessed': { area: Id; reassessAfter: number };
  'handover.ready': {
    authority: Id;
    area: Id;
    to: Id;
    readiness: Phrase;
    threshold: number;
    mitigation: boolean;
  };
  'handover.review-prompted': { area: Id; reason: string; severity: (typeof SEVERITIES)[number] };
  'handover.review-due': { area: Id; to: Id };
  'handover.review-unanswered': { area: Id; to: Id; reviewEvery: number };
  'handover.completed': { area: Id; to: Id };
  'handover.reversed': { reason: Phrase; area: Id; from: Id; to: Id };
  'handover.blocked': { authority: Id; area: Id; to: Id };
  'handover.stalled': { area: Id; phase: HandoverPhase; attempts: number };
  // ── the world the decisions live in: HRDDP across UN support, joint patrols, readiness
  // moved by events, movements told to those who deconflict, the incoming unit's arrival ──
  /**
   * UN support of kind `support` to host-state police unit `unit` refused under HRDDP, by the
   * actor who would have given it (absent: UN Police mentoring), for process `process`.
   */
  'hrddp.refused': { unit: Id; support: (typeof SUPPORT_KINDS)[number]; by?: Id; process: Id };
  /** Support that goes ahead under a suspension only because mitigation measures allow it. */
  'hrddp.mitigated': {
    unit: Id;
    support: (typeof SUPPORT_KINDS)[number];
    by?: Id;
    measures: string;
  };
  /** An incident overwhelms a host-state police unit: it can no longer respond. */
  'readiness.overwhelmed': { id: Id; incident: Id; area: Id };
  'readiness.respond-changed': { id: Id; respond: boolean };
  /** A readiness review of a transferred district, prompted by a change of readiness. */
  /** A readiness review prompted by an incident that overwhelmed `to`, or its HRDDP status. */
  'handover.review-readiness': {
    area: Id;
    to: Id;
    incident?: Id;
    hrddp?: (typeof HRDDP_STATUSES)[number];
  };
  'hrddp.changed': { id: Id; hrddp: (typeof HRDDP_STATUSES)[number]; reason?: string };
  'escort.alternative-opens': {
    alternative: (typeof ALTERNATIVES)[number];
    id: Id;
    stage: 'before-decision' | 'before-escort';
  };
  'escort.alternative-waits': { alternative: (typeof ALTERNATIVES)[number]; at: number };
  'escort.withdrawn-answer': { by?: Id };
  'patrol.planned': { unit: Id; partner: Id; area: Id; length: number };
  'patrol.started': { unit: Id; partner: Id; area: Id };
  'patrol.completed': { unit: Id; partner: Id; area: Id };
  'patrol.cancelled': { unit: Id; partner: Id; area: Id; refused: Ids };
  'patrol.stand-down': { by?: Id };
  'patrol.team-back': { by?: Id };
  'patrol.answer': { by?: Id; accepted: boolean };
  'handover.toa-before-arrival': { to: Id; area: Id; arrives: number; gap: boolean };
  'handover.arrived': { to: Id; area: Id; gapClosed: boolean };
}
export type EntryKind = keyof EntryParams;

/** What one entry says: a kind and its typed parameters. */
export type Said = {
  [K in EntryKind]: { readonly kind: K; readonly params: Readonly<EntryParams[K]> };
}[EntryKind];

/** A log entry's content, typed by its kind. */
export const said = <K extends EntryKind>(kind: K, params: EntryParams[K]): Said =>
  ({ kind, params }) as Said;
