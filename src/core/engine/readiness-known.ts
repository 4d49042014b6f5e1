// The joint decision to hand a district to the host-state police, on what the handover authority
// knows. The readiness report it received is what the unit said at the time; whether the unit
// can still respond to the security environment (readiness criterion 1) is a matter of facts —
// an incident that overwhelmed it, a word that it is able again — which reach the authority only
// with the events that carry them. An authority that has not heard may transfer a district to a
// unit that can no longer hold it. The same goes for a district already handed over: the
// authority reviews it when it learns the unit was overwhelmed, not when the incident happens.
import {
  readinessGaps,
  supportSuspended,
  toReport,
  type HandoverContext,
} from '../machines/handover';
import type { Readiness } from '../machines/handover/rules';
import type { PlainReport } from '../machines/handover/rules';
import { phrase, type Phrase } from './entry-kinds';
import { unitAbleIn, WorldView, type HostPoliceUnit, type WorldFact } from './knowledge';
import type { ResponderRule } from './responders';
import type { Scenario } from '../scenario/schema';
import type { LiveInstance } from '../machines/registry';
import { inMonitoring } from '../machines/world';

export interface HandoverAssessment {
  /** Readiness criterion 1 for the receiving unit, as judged and in truth. */
  readonly rule: ResponderRule;
  /** The report the authority decides on: the unit's own, with what the authority knows. */
  readonly judged: PlainReport;
  readonly verdict: 'transfer' | 'postpone';
  readonly truthVerdict: 'transfer' | 'postpone';
  /** The readiness gaps as judged (the why of a postponement). */
  readonly gaps: readonly Phrase[];
  readonly missing: readonly WorldFact[];
}

/**
 * The joint decision on the authority's knowledge and on the truth. Nothing to assess without a
 * readiness report, or when HRDDP has suspended support (the handover is blocked either way).
 */
export function assessHandover(
  scenario: Scenario,
  c: Pick<HandoverContext, 'to' | 'report' | 'threshold'>,
  units: readonly HostPoliceUnit[],
  facts: readonly WorldFact[],
  knows: (info: string) => boolean,
): HandoverAssessment | undefined {
  const readiness = c.report.readiness;
  const unit = units.find((u) => u.id === c.to);
  if (!readiness || !unit || supportSuspended(c.report.hrddp)) return undefined;
  // The report says whether it could respond when it reported; facts since then say more.
  const reported = { ...unit, respond: readiness.respond };
  const k = unitAbleIn(reported, new WorldView(scenario, facts, knows));
  const t = unitAbleIn(reported, new WorldView(scenario, facts));
  const rule: ResponderRule = {
    unit: c.to,
    holds: k.holds,
    truth: t.holds,
    read: [...new Set(k.read)],
    missing: [...new Set(t.read)].filter((i) => !knows(i)),
  };
  const as = (respond: boolean): Readiness => ({ ...readiness, respond });
  const gaps = readinessGaps(as(k.holds), c.threshold);
  const verdict = gaps.length ? 'postpone' : 'transfer';
  const truthVerdict = readinessGaps(as(t.holds), c.threshold).length ? 'postpone' : 'transfer';
  const missingIds = new Set(verdict === truthVerdict ? [] : rule.missing);
  return {
    rule,
    judged: toReport(as(k.holds), c.report.hrddp),
    verdict,
    truthVerdict,
    gaps,
    missing: facts.filter(
      (f, i) => missingIds.has(f.info) && facts.findIndex((g) => g.info === f.info) === i,
    ),
  };
}

/** Why the option not taken was not: a district ready is not held back, one with gaps not handed. */
export const handoverWhyNot = (
  taken: 'transfer' | 'postpone',
  gaps: readonly Phrase[],
): Phrase[] => [
  taken === 'transfer'
    ? gaps.length
      ? phrase('why-not.postpone-played', {})
      : phrase('why-not.postpone-ready', {})
    : gaps.length
      ? phrase('why-not.transfer-gaps', { gaps })
      : phrase('why-not.transfer-played', {}),
];

/**
 * The handovers an actor must now review, having just learned `info`: those in monitoring
 * under its authority to a host-state police unit that `info` says was overwhelmed. Readiness
 * moved by an incident reaches a handover as its authority hears of it, through the structure.
 */
export function reviewsOnLearning(
  facts: readonly WorldFact[],
  instances: Iterable<LiveInstance>,
  actor: string,
  info: string,
): string[] {
  const units = new Set<string>();
  for (const f of facts)
    if (
      f.info === info &&
      !f.common &&
      f.fact.about === 'host-police' &&
      f.fact.status === 'overwhelmed'
    )
      units.add(f.fact.unit);
  if (units.size === 0) return [];
  return inMonitoring(instances, (c) => c.authority === actor && units.has(c.to));
}
