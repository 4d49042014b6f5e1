// The POC responder choice on what the response authority knows. Doctrine picks a responder by
// the threat's severity among those able to respond; whether a host-state police unit can is a
// matter of its status — overwhelmed by an incident, able again — which reaches the authority
// only with the event that carries it. The authority skips a unit it knows is overwhelmed and
// tasks one it believes able; the unit's own answer then follows the truth.
import { responderOrder, withJudged, type JudgedAbility, type PocInput } from '../machines/poc';
import { phrase, type Phrase } from './entry-kinds';
import { valueList } from './value-list';
import {
  unitAbleIn,
  WorldView,
  type HostPoliceUnit,
  type Reading,
  type WorldFact,
} from './knowledge';
import type { Scenario } from '../scenario/schema';

/** One host-state police responder as the authority judged it, the truth beside it. */
export interface ResponderRule {
  readonly unit: string;
  readonly holds: boolean;
  readonly truth: boolean;
  readonly read: readonly string[];
  readonly missing: readonly string[];
}

export interface PocAssessment {
  readonly rules: readonly ResponderRule[];
  /** The host-state police responders' ability as the authority judges it. */
  readonly judged: readonly JudgedAbility[];
  /** Doctrine's first choice on knowledge and on the truth ('none': nobody able). */
  readonly verdict: string;
  readonly truthVerdict: string;
  /** Facts that would have changed the choice and did not reach the authority. */
  readonly missing: readonly WorldFact[];
}

/** The POC responder choice on the authority's knowledge and on the truth. */
export function assessResponders(
  scenario: Scenario,
  request: Pick<PocInput, 'severity' | 'responders'>,
  units: readonly HostPoliceUnit[],
  facts: readonly WorldFact[],
  knows: (info: string) => boolean,
): PocAssessment {
  const known = new WorldView(scenario, facts, knows);
  const truth = new WorldView(scenario, facts);
  // Lists of one kind, empty or not (value-list.ts): every POC decision of every run is weighed.
  const rules = valueList<ResponderRule>();
  for (const r of request.responders) {
    const unit = units.find((u) => u.id === r.id);
    if (r.kind !== 'host-police' || !unit) continue;
    const k: Reading = unitAbleIn(unit, known);
    const t: Reading = unitAbleIn(unit, truth);
    rules.push({
      unit: r.id,
      holds: k.holds,
      truth: t.holds,
      read: [...new Set(k.read)],
      missing: [...new Set(t.read)].filter((i) => !knows(i)),
    });
  }
  const judged = valueList<JudgedAbility>();
  const truthAbility = valueList<JudgedAbility>();
  for (const r of rules) {
    judged.push({ id: r.unit, able: r.holds });
    truthAbility.push({ id: r.unit, able: r.truth });
  }
  const first = (ability: readonly JudgedAbility[]) =>
    responderOrder(request.severity, withJudged(request.responders, ability))[0] ?? 'none';
  const verdict = first(judged);
  const truthVerdict = first(truthAbility);
  const missingIds = new Set(
    verdict === truthVerdict
      ? []
      : rules.filter((r) => r.holds !== r.truth).flatMap((r) => r.missing),
  );
  return {
    rules,
    judged,
    verdict,
    truthVerdict,
    missing: facts.filter(
      (f, i) => missingIds.has(f.info) && facts.findIndex((g) => g.info === f.info) === i,
    ),
  };
}

// ── the log's phrases ────────────────────────────────────────────────────────────────────

/** Each host-state police responder as judged, with the truth and the facts read. */
export const responderRulePhrases = (rules: readonly ResponderRule[]): Phrase[] =>
  rules.map((r) => phrase('rule.responder', { ...r }));

/** Why the responders not sent first were not: later in doctrine's order, or judged unable. */
export function responderWhyNot(
  chosen: string,
  order: readonly string[],
  rules: readonly ResponderRule[],
  severity: PocInput['severity'],
): Phrase[] {
  const later = order.filter((id) => id !== chosen);
  const unable = rules.filter((r) => !r.holds).map((r) => r.unit);
  return [
    ...(later.length ? [phrase('why-not.poc-later', { responders: later, severity })] : []),
    ...(unable.length ? [phrase('why-not.poc-unable', { responders: unable })] : []),
  ];
}

/** The responders judged otherwise than the truth. */
export const misjudgedResponders = (rules: readonly ResponderRule[]): Phrase[] =>
  rules
    .filter((r) => r.holds !== r.truth)
    .map((r) => phrase('rule.judged-able', { unit: r.unit, holds: r.holds }));
