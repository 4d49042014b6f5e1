// Decisions on knowledge. Facts about the world (an area's threat, armed groups' posture towards
// UN convoys, a host-state police unit overwhelmed) enter the mission with the event that
// carries them — an information event, an incident — and are true from then on. An actor knows a
// fact once it knows that event (the mesh, meetings and briefs spread it like any information).
// A decision the doctrine assigns is judged on the decider's view; its outcome follows the truth.
// Pure functions over plain data: the engine calls them where a decision is taken.
import {
  criteriaPhrases,
  escortDoctrine,
  needWithoutAlternative,
  sustainableWithExitPlan,
  type EscortContext,
} from '../machines/escort';
import type { Hrddp } from '../machines/handover/rules';
import { supportAllowed, type SupportKind } from '../machines/hrddp';
import type { Fact, Scenario } from '../scenario/schema';
import { phrase, type Phrase } from './entry-kinds';

export type ThreatLevel = 'low' | 'medium' | 'high';
export type Posture = 'tolerant' | 'hostile';

/** A fact in the world: the event that brought it in (an information id), when, from whom. */
export interface WorldFact {
  readonly info: string;
  readonly at: number;
  readonly from: string;
  readonly summary: string;
  readonly fact: Fact;
  /**
   * A change the scenario scripts outright (a capacity change restoring or lowering a unit's
   * readiness): common ground, known to every actor at once, like the scenario's start.
   */
  readonly common?: boolean;
}

/** The facts a scenario event brings into the mission as it starts, in the order it lists them. */
export function factsBroughtBy(
  event: { readonly type: string } & Readonly<Record<string, unknown>>,
  at: number,
): WorldFact[] {
  const facts = event['facts'] as readonly Fact[] | undefined;
  if (!facts?.length) return [];
  const info = String(event['id']);
  const from = String(event.type === 'incident' ? event['reportedBy'] : event['from']);
  const summary = String(event['summary'] ?? '');
  return facts.map((fact) => ({ info, at, from, summary, fact }));
}

/** A host-state police unit as the world has it now (its machine's settled readiness, HRDDP). */
export interface HostPoliceUnit {
  readonly id: string;
  /** Areas it leads now (after handovers) or covers. */
  readonly areas: readonly string[];
  /**
   * Able to respond apart from what facts say: its readiness as written and as scripted changes
   * left it (known to all). Being overwhelmed by an incident is a fact, weighed on a view.
   */
  readonly respond: boolean;
  readonly hrddp?: Hrddp;
  /** Support kinds its HRDDP mitigation measures allow. */
  readonly allows?: readonly SupportKind[];
}

/**
 * Whether a host-state police unit can respond on a view: able apart from facts, and not
 * overwhelmed as far as the view goes. Reads the facts that set its status.
 */
export function unitAbleIn(unit: HostPoliceUnit, view: WorldView): Reading {
  const u = view.unit(unit.id);
  return { holds: unit.respond && !u.overwhelmed, read: u.from };
}

interface AreaState {
  level: ThreatLevel;
  posture: Posture;
  /** Information ids of the facts that set the level and posture (empty: the scenario's start). */
  readonly from: string[];
}

/**
 * The world as seen through some facts: every fact in the mission (the truth) or those whose
 * event an actor knows (its knowledge). The scenario's start is common ground.
 */
export class WorldView {
  private readonly areas = new Map<string, AreaState>();
  private readonly units = new Map<string, { overwhelmed: boolean; from: string[] }>();

  constructor(
    scenario: Scenario,
    facts: readonly WorldFact[],
    knows: (info: string) => boolean = () => true,
  ) {
    for (const a of scenario.areas)
      this.areas.set(a.id, { level: a.threat, posture: a.posture ?? 'tolerant', from: [] });
    for (const f of facts) {
      if (!f.common && !knows(f.info)) continue;
      const fact = f.fact;
      if (fact.about === 'threat') {
        const area = this.areas.get(fact.area);
        if (!area) continue;
        area.level = fact.level;
        if (fact.posture !== undefined) area.posture = fact.posture;
        area.from.push(f.info);
      } else if (f.common) {
        // Common ground settles the status: earlier facts no longer bear on it.
        this.units.set(fact.unit, { overwhelmed: fact.status === 'overwhelmed', from: [] });
      } else {
        const unit = this.units.get(fact.unit) ?? { overwhelmed: false, from: [] };
        unit.overwhelmed = fact.status === 'overwhelmed';
        unit.from.push(f.info);
        this.units.set(fact.unit, unit);
      }
    }
  }

  area(id: string): Readonly<AreaState> {
    return this.areas.get(id) ?? { level: 'medium', posture: 'tolerant', from: [] };
  }

  unit(id: string): { readonly overwhelmed: boolean; readonly from: readonly string[] } {
    return this.units.get(id) ?? { overwhelmed: false, from: [] };
  }
}

/** What a rule concluded from a view, and the facts (information ids) it read. */
export interface Reading {
  readonly holds: boolean;
  readonly read: readonly string[];
}

/** The kind of UN support that relying on host-state police to secure a route counts as (inference). */
const ROUTE_SUPPORT: SupportKind = 'escort';

/**
 * IASC criterion 2 from the world: the host state is unable to secure the route when no
 * host-state police unit leading or covering the area can — able means ready to respond, UN
 * support to it for securing a movement allowed under HRDDP (the `escort` kind, as when a
 * provider is tasked: a suspension counts unless mitigation measures allow it) and not
 * overwhelmed. No unit there: the host state is not present.
 */
export function hostStateUnableIn(
  area: string,
  units: readonly HostPoliceUnit[],
  view: WorldView,
): Reading {
  const there = units.filter((u) => u.areas.includes(area));
  const read = there.flatMap((u) => view.unit(u.id).from);
  const able = there.some((u) => supportAllowed(u, ROUTE_SUPPORT) && unitAbleIn(u, view).holds);
  return { holds: !able, read };
}

/**
 * IASC criterion 3 from the world: an escort is not credible against a high threat (it cannot
 * match heavy weapons) and makes the convoy a target where armed groups are hostile to UN
 * convoys.
 */
export function escortCredibleIn(area: string, view: WorldView): Reading {
  const a = view.area(area);
  return { holds: a.level !== 'high' && a.posture !== 'hostile', read: a.from };
}

const RANK: Readonly<Record<ThreatLevel, number>> = { low: 0, medium: 1, high: 2 };

/**
 * Inference (configurable in a later format version): the chance of an incident on an escorted
 * movement once the threat has risen above the area's start. The request's own `incidentRisk`
 * is the risk at the start; it is never lowered.
 */
export const RAISED_RISK: Readonly<Record<ThreatLevel, number>> = {
  low: 0.05,
  medium: 0.2,
  high: 0.5,
};

/** The incident risk the truth gives an escort into `area` now. */
export function truthRisk(
  scenario: Scenario,
  area: string,
  base: number,
  truth: WorldView,
): number {
  const start = scenario.areas.find((a) => a.id === area);
  const now = truth.area(area);
  if (!start) return base;
  const raised =
    RANK[now.level] > RANK[start.threat] ||
    (now.posture === 'hostile' && (start.posture ?? 'tolerant') !== 'hostile');
  return raised
    ? Math.max(base, RAISED_RISK[now.level], now.posture === 'hostile' ? 0.5 : 0)
    : base;
}

/** One rule the decider evaluated: its result on knowledge, on the truth, and what it read. */
export interface RuleResult {
  readonly criterion: 1 | 2 | 3 | 4;
  readonly holds: boolean;
  readonly truth: boolean;
  /** Where the value comes from: the request itself, the scenario (teaching), or the world. */
  readonly source: 'request' | 'scenario' | 'world';
  readonly read: readonly string[];
  /** Facts bearing on the rule that exist in the mission but have not reached the decider. */
  readonly missing: readonly string[];
}

export interface EscortAssessment {
  readonly rules: readonly RuleResult[];
  /** Criteria 2 and 3 as the decider judges them. */
  readonly judged: { readonly hostStateUnable: boolean; readonly escortCredible: boolean };
  readonly truth: { readonly hostStateUnable: boolean; readonly escortCredible: boolean };
  /** Doctrine's answer on knowledge and on the truth. */
  readonly verdict: 'approve' | 'decline';
  readonly truthVerdict: 'approve' | 'decline';
  /** The incident risk the truth gives the movement. */
  readonly risk: number;
  /** Facts that would have changed the decision and did not reach the decider. */
  readonly missing: readonly WorldFact[];
}

type EscortRequest = Pick<
  EscortContext,
  | 'area'
  | 'need'
  | 'alternatives'
  | 'exitPlan'
  | 'pressure'
  | 'hostStateUnable'
  | 'escortCredible'
  | 'incidentRisk'
>;

/**
 * The escort decision's rules on the decider's knowledge and on the truth. Criteria the scenario
 * sets (`hostStateUnable`, `escortCredible` on the request) are known to all, as taught.
 */
export function assessEscort(
  scenario: Scenario,
  request: EscortRequest,
  units: readonly HostPoliceUnit[],
  facts: readonly WorldFact[],
  knows: (info: string) => boolean,
): EscortAssessment {
  const known = new WorldView(scenario, facts, knows);
  const truth = new WorldView(scenario, facts);
  const relevant = (read: readonly string[]) => [...new Set(read)];
  const world = (judge: (v: WorldView) => Reading) => {
    const k = judge(known);
    const t = judge(truth);
    return {
      holds: k.holds,
      truth: t.holds,
      read: relevant(k.read),
      missing: relevant(t.read).filter((i) => !knows(i)),
    };
  };
  const c2 =
    request.hostStateUnable !== undefined
      ? fixed(2, request.hostStateUnable)
      : {
          criterion: 2 as const,
          source: 'world' as const,
          ...world((v) => hostStateUnableIn(request.area, units, v)),
        };
  const c3 =
    request.escortCredible !== undefined
      ? fixed(3, request.escortCredible)
      : {
          criterion: 3 as const,
          source: 'world' as const,
          ...world((v) => escortCredibleIn(request.area, v)),
        };
  const c1 = needWithoutAlternative(request);
  const c4 = sustainableWithExitPlan(request);
  const rules: RuleResult[] = [
    { criterion: 1, holds: c1, truth: c1, source: 'request', read: [], missing: [] },
    c2,
    c3,
    { criterion: 4, holds: c4, truth: c4, source: 'request', read: [], missing: [] },
  ];
  const judged = { hostStateUnable: c2.holds, escortCredible: c3.holds };
  const truthCriteria = { hostStateUnable: c2.truth, escortCredible: c3.truth };
  const verdict = escortDoctrine({ ...request, ...judged }).verdict;
  const truthVerdict = escortDoctrine({ ...request, ...truthCriteria }).verdict;
  const missingIds = new Set(
    verdict === truthVerdict
      ? []
      : rules.filter((r) => r.holds !== r.truth).flatMap((r) => r.missing),
  );
  return {
    rules,
    judged,
    truth: truthCriteria,
    verdict,
    truthVerdict,
    risk: truthRisk(scenario, request.area, request.incidentRisk, truth),
    missing: facts.filter(
      (f, i) => missingIds.has(f.info) && facts.findIndex((g) => g.info === f.info) === i,
    ),
  };
}

function fixed(criterion: 2 | 3, holds: boolean): RuleResult {
  return { criterion, holds, truth: holds, source: 'scenario', read: [], missing: [] };
}

// ── the log's phrases for a decision's "why" ─────────────────────────────────────────────

const criterionPhrase = (n: number): Phrase => criteriaPhrases([n])[0]!;

/** Each rule evaluated, with its result on knowledge and on the truth, and the facts read. */
export const rulePhrases = (rules: readonly RuleResult[]): Phrase[] =>
  rules.map((r) =>
    phrase('rule.criterion', {
      criterion: criterionPhrase(r.criterion),
      holds: r.holds,
      truth: r.truth,
      source: r.source,
      read: r.read,
      missing: r.missing,
    }),
  );

/** Why each option not taken was not taken (escort: approve or decline). */
export function escortWhyNot(
  taken: 'approve' | 'decline',
  rules: readonly RuleResult[],
  pressure: boolean,
): Phrase[] {
  const unmet = rules.filter((r) => !r.holds).map((r) => r.criterion);
  if (taken === 'approve')
    return [
      unmet.length === 0
        ? phrase('why-not.decline-all-met', {})
        : phrase('why-not.decline-pressure', { criteria: criteriaPhrases(unmet) }),
    ];
  return [
    unmet.length === 0
      ? phrase('why-not.approve-played', {})
      : pressure
        ? phrase('why-not.approve-played', {})
        : phrase('why-not.approve-unmet', { criteria: criteriaPhrases(unmet) }),
  ];
}

/** The criteria judged otherwise than the truth, as "criterion 3 (…) judged met". */
export const misjudgedPhrases = (rules: readonly RuleResult[]): Phrase[] =>
  rules
    .filter((r) => r.holds !== r.truth)
    .map((r) => phrase('rule.judged', { criterion: criterionPhrase(r.criterion), holds: r.holds }));

/** The facts that did not reach the decider, as "jmac's "…" (jmac-warning)". */
export const missingPhrases = (facts: readonly WorldFact[]): Phrase[] =>
  facts.map((f) => phrase('fact.missing', { from: f.from, info: f.info, summary: f.summary }));
