// What the log says about a decision taken on knowledge (the escort decision, a provider's answer
// to an escort task, the POC responder choice, a handover): why it went as it did (each rule, its
// result on what the decider knew and on the truth, the facts read, why not the other options)
// and, when a fact that would have changed it had not reached the decider, that it was
// uninformed. The engine writes these entries right after the decision's own.
import type { EscortContext } from '../machines/escort';
import type { PocContext } from '../machines/poc';
import { handoverWhyNot, type HandoverAssessment } from './readiness-known';
import type { Mark } from '../vocabulary';
import { said, type EntryParams, type Said } from './entry-kinds';
import {
  escortWhyNot,
  misjudgedPhrases,
  missingPhrases,
  rulePhrases,
  type EscortAssessment,
} from './knowledge';
import {
  misjudgedResponders,
  responderRulePhrases,
  responderWhyNot,
  type PocAssessment,
} from './responders';
import { misjudgedRoute, taskRulePhrases, taskWhyNot, type TaskAssessment } from './provider-known';
import type { SimMessage } from './types';

/** A decision about to be taken on knowledge: the event to deliver, and what to log after. */
export interface Informed {
  /** The event with the decider's judgement on it (pure: a seat may still have to answer). */
  readonly event: SimMessage;
  /** The event as delivered once the decision goes ahead: the truth's draw on the road. */
  go(event: SimMessage): SimMessage;
  after(value: unknown, context: unknown): Explanation;
}

/** The UN components' machines (host-state police, not UN support's givers, have their own). */
const COMPONENT_MACHINES: ReadonlySet<string> = new Set([
  'military',
  'police',
  'humanitarian',
  'civilian',
  'component',
]);
export const isComponentMachine = (machine: string): boolean => COMPONENT_MACHINES.has(machine);

/** The escort machine waiting for its decider's assessment. */
export const isRequestWithDecider = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (value as Record<string, unknown>)['requested'] === 'with decider';

/** A decision's log entries: its why, then the uninformed note when there is one. */
export type Explanation = Array<{ readonly what: Said; readonly mark: Mark }>;

type DecisionHead = Pick<
  EntryParams['decision.why'],
  'decider' | 'process' | 'decision' | 'verdict'
>;

/**
 * The why of a decision (each rule on what the decider knew, and why not the other options),
 * and — `uninformed` given — the note that the truth would have changed it, and what it lacked.
 */
function explanation(
  head: DecisionHead,
  why: Pick<EntryParams['decision.why'], 'rules' | 'others'>,
  uninformed: Pick<EntryParams['decision.uninformed'], 'judged' | 'missing'> | false,
): Explanation {
  const out: Explanation = [
    { what: said('decision.why', { ...head, ...why }), mark: 'decision.why' },
  ];
  if (uninformed)
    out.push({
      what: said('decision.uninformed', { ...head, ...uninformed }),
      mark: 'decision.uninformed',
    });
  return out;
}

/** The why (and, when it was uninformed, the uninformed note) of an escort decision. */
export function escortExplained(
  c: EscortContext,
  a: EscortAssessment,
  value: unknown,
): Explanation {
  const verdict =
    value === 'declined'
      ? 'decline'
      : typeof value === 'object' && value !== null && 'approved' in value
        ? 'approve'
        : undefined;
  if (verdict === undefined) return [];
  return explanation(
    { decider: c.decider, process: c.id, decision: 'escort', verdict },
    { rules: rulePhrases(a.rules), others: escortWhyNot(verdict, a.rules, c.pressure) },
    a.verdict !== a.truthVerdict && {
      judged: misjudgedPhrases(a.rules),
      missing: missingPhrases(a.missing),
    },
  );
}

/** The POC process about to reach its authority's decision with this event. */
export function isPocDecisionEvent(c: PocContext, value: unknown, type: string): boolean {
  if (type === 'report.received') return value === 'reporting' && c.hub === c.decider;
  if (type === 'report.forwarded')
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<string, unknown>)['referred'] === 'with authority'
    );
  return false;
}

/**
 * The why (and the uninformed note) of a POC responder choice, once the authority has chosen:
 * only where a host-state police responder was judged on what the authority knew.
 */
export function pocExplained(c: PocContext, a: PocAssessment): Explanation {
  if (a.rules.length === 0 || (c.candidates.length === 0 && c.reason === null)) return [];
  const verdict = c.candidates[0] ?? 'none';
  return explanation(
    { decider: c.decider, process: c.id, decision: 'poc', verdict },
    {
      rules: responderRulePhrases(a.rules),
      others: responderWhyNot(verdict, c.candidates, a.rules, c.severity),
    },
    a.verdict !== a.truthVerdict && {
      judged: misjudgedResponders(a.rules),
      missing: missingPhrases(a.missing),
    },
  );
}

/** The handover waiting for its authority's joint decision (police to host police). */
export function isJointDecisionEvent(value: unknown, type: string): boolean {
  if (type !== 'field-assessed' || typeof value !== 'object' || value === null) return false;
  const flow = (value as Record<string, unknown>)['police to host police'];
  return (
    typeof flow === 'object' &&
    flow !== null &&
    (flow as Record<string, unknown>)['joint field assessment'] === 'reporting'
  );
}

/** The why (and the uninformed note) of a joint decision on a handover, once taken. */
export function handoverExplained(
  c: { readonly authority: string; readonly id: string },
  a: HandoverAssessment,
  value: unknown,
): Explanation {
  const flow =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)['police to host police']
      : undefined;
  const verdict =
    flow === 'postponed'
      ? 'postpone'
      : typeof flow === 'object' && flow !== null && 'transfer' in flow
        ? 'transfer'
        : undefined;
  if (verdict === undefined) return [];
  return explanation(
    { decider: c.authority, process: c.id, decision: 'handover', verdict },
    { rules: responderRulePhrases([a.rule]), others: handoverWhyNot(verdict, a.gaps) },
    a.verdict !== a.truthVerdict && {
      judged: misjudgedResponders([a.rule]),
      missing: missingPhrases(a.missing),
    },
  );
}

/**
 * The why (and the uninformed note) of a provider's answer to an escort task, once given.
 * `played`: the answer a seat holding the provider gave, if one did.
 */
export function escortTaskExplained(
  provider: string,
  process: string,
  a: TaskAssessment,
  played: boolean | undefined,
): Explanation {
  const verdict = (played ?? a.verdict === 'accept') ? 'accept' : 'decline';
  return explanation(
    { decider: provider, process, decision: 'escort-task', verdict },
    { rules: taskRulePhrases(a), others: taskWhyNot(verdict, a, played !== undefined) },
    a.verdict !== a.truthVerdict && {
      judged: misjudgedRoute(a),
      missing: missingPhrases(a.missing),
    },
  );
}
