// The rules both handover flows share, as pure functions: the UNMIT → PNTL readiness criteria
// and HRDDP for handing a district to the host-state police, the phases of a military → police
// handover, which flow a handover follows, and the machine input settled when it starts.
import type { ActorKind, Authority, Scenario, SimEvent } from '../../scenario/schema';
import { phrase, term, type Phrase } from '../../engine/entry-kinds';

/** The four UNMIT → PNTL criteria, each already settled for this run (chances at spawn). */
export interface Readiness {
  /** Able to respond to the security environment. */
  readonly respond: boolean;
  /** Share of eligible officers certified, 0..1. */
  readonly certified: number;
  /** Initial logistics in place. */
  readonly logistics: boolean;
  /** Institutional stability: command and control, human rights, community acceptance. */
  readonly stability: boolean;
}

/** Human Rights Due Diligence Policy status of UN support to the host-state police. */
export type Hrddp = 'cleared' | 'mitigation' | 'suspended';

/** What an assessment of the host-state police brings back. */
export interface ReadinessReport {
  readonly readiness?: Readiness;
  readonly hrddp?: Hrddp;
}

/** Plain data a host-state police component puts in its `done` report (see DoneParams). */
export type PlainReport = Readonly<Record<string, string | number | boolean>>;

/** Float sums such as 0.64 + 0.08 + 0.08 land a hair off; shares this close count as equal. */
const TOLERANCE = 1e-9;

/** Certified share at or above the threshold. */
export function certifiedEnough(certified: number, threshold: number): boolean {
  return certified + TOLERANCE >= threshold;
}

export const READINESS_CRITERIA = [
  {
    name: 'respond to the security environment',
    holds: (r: Readiness) => r.respond,
    gap: (): Phrase => term('gap.respond'),
  },
  {
    name: 'certified officers',
    holds: (r: Readiness, threshold: number) => certifiedEnough(r.certified, threshold),
    gap: (r: Readiness, threshold: number): Phrase =>
      phrase('gap.certified', { certified: r.certified, threshold }),
  },
  {
    name: 'initial logistics',
    holds: (r: Readiness) => r.logistics,
    gap: (): Phrase => term('gap.logistics'),
  },
  {
    name: 'institutional stability',
    holds: (r: Readiness) => r.stability,
    gap: (): Phrase => term('gap.stability'),
  },
] as const;

/**
 * The readiness criteria not met, as phrases for the log ("64% certified, 80% required").
 * Empty: the district is ready. No report at all is a gap of its own.
 */
export function readinessGaps(readiness: Readiness | undefined, threshold: number): Phrase[] {
  if (readiness === undefined) return [term('gap.no-report')];
  return READINESS_CRITERIA.filter((c) => !c.holds(readiness, threshold)).map((c) =>
    c.gap(readiness, threshold),
  );
}

/** HRDDP: grave violations suspend UN support, so no supported handover can proceed. */
export function supportSuspended(hrddp: Hrddp | undefined): boolean {
  return hrddp === 'suspended';
}

/** The report a host-state police component gives when assessed (flat, plain data). */
export function toReport(readiness: Readiness | undefined, hrddp: Hrddp | undefined): PlainReport {
  return {
    ...(readiness ?? {}),
    ...(hrddp !== undefined ? { hrddp } : {}),
  };
}

/** Reads a report back from a delivered event; anything malformed counts as missing. */
export function readReport(report: unknown): ReadinessReport {
  if (!report || typeof report !== 'object') return {};
  const r = report as Record<string, unknown>;
  const hrddp =
    r['hrddp'] === 'cleared' || r['hrddp'] === 'mitigation' || r['hrddp'] === 'suspended'
      ? r['hrddp']
      : undefined;
  const readiness =
    typeof r['respond'] === 'boolean' &&
    typeof r['certified'] === 'number' &&
    typeof r['logistics'] === 'boolean' &&
    typeof r['stability'] === 'boolean'
      ? {
          respond: r['respond'],
          certified: r['certified'],
          logistics: r['logistics'],
          stability: r['stability'],
        }
      : undefined;
  return { ...(readiness ? { readiness } : {}), ...(hrddp ? { hrddp } : {}) };
}

export type HandoverFlow = 'military-to-police' | 'police-to-host-police';

/**
 * Which flow a handover follows: to host-state police it goes against the readiness criteria;
 * any other handover (battalion → FPU, but also battalion → battalion) goes through the phases.
 */
export function handoverFlow(toKind: ActorKind | undefined): HandoverFlow {
  return toKind === 'host-police' ? 'police-to-host-police' : 'military-to-police';
}

export const MILITARY_PHASES = [
  'joint assessment',
  'joint planning',
  'co-located operations',
  'transfer of authority',
  'monitoring',
] as const;
export type MilitaryPhase = (typeof MILITARY_PHASES)[number];

/** The joint phases a withdrawal in `phase` cuts out before the transfer of authority. */
export function skippedPhases(phase: string): MilitaryPhase[] {
  const at = MILITARY_PHASES.indexOf(phase as MilitaryPhase);
  const toa = MILITARY_PHASES.indexOf('transfer of authority');
  return at < 0 || at >= toa ? [] : MILITARY_PHASES.slice(at, toa);
}

// ── input, settled at spawn ────────────────────────────────────────────────────────────

export interface HandoverPhases {
  readonly assessment: number;
  readonly planning: number;
  readonly colocated: number;
  readonly monitoring: number;
}

export interface HandoverInput {
  readonly id: string;
  readonly area: string;
  /** Who holds lead responsibility now (the instance's host). */
  readonly from: string;
  /** Who takes it over. */
  readonly to: string;
  /** structure.authority.handoverDecision */
  readonly authority: string;
  readonly flow: HandoverFlow;
  readonly threshold: number;
  readonly reassessAfter: number;
  readonly reviewEvery: number;
  readonly phases: HandoverPhases;
  /** Military → police: minutes from the start of the handover until the outgoing unit leaves. */
  readonly withdrawAfter?: number;
  /** Military → police: minutes from the start until the incoming unit arrives in the area. */
  readonly arrivesAfter?: number;
  /** Military → police: when it arrives (exercise time), for the log. */
  readonly arrivesAt?: number;
  /** How long to wait for an answer before following up (three tries, then stalled). */
  readonly followUp: number;
  /** How long the transfer waits when the incoming unit has no team free. */
  readonly retry: number;
}

type HandoverSpec = Extract<SimEvent, { type: 'handover' }>;

/** The machine input for a `handover` event started at `now` under `authority`. */
export function handoverInput(
  event: HandoverSpec,
  scenario: Scenario,
  authority: Authority,
  now: number,
): HandoverInput {
  const flow = handoverFlow(scenario.actors.find((a) => a.id === event.to)?.kind);
  return {
    id: event.id,
    area: event.area,
    from: event.from,
    to: event.to,
    authority: authority.handoverDecision,
    flow,
    threshold: event.threshold,
    reassessAfter: event.reassessAfter,
    reviewEvery: event.reviewEvery,
    phases: { ...event.phases },
    ...(flow === 'military-to-police' && event.withdrawAt !== undefined
      ? { withdrawAfter: Math.max(0, event.withdrawAt - now) }
      : {}),
    ...(flow === 'military-to-police' && event.arrivesAt !== undefined && event.arrivesAt > now
      ? { arrivesAfter: event.arrivesAt - now, arrivesAt: event.arrivesAt }
      : {}),
    followUp: 360,
    retry: 120,
  };
}
