// A provider accepting an escort task, on what it knows. The humanitarian side decides whether to
// request an escort (the IASC criteria, the last resort); the force asked for one decides whether
// it can provide it: a team free, and an escort that can hold on the route against the threat as
// known to it (the threat reported to it through the mesh, meetings and briefs). A force that
// has not heard of heavy weapons on the road sends a team the truth would have kept in.
import { phrase, type Phrase } from './entry-kinds';
import {
  escortCredibleIn,
  WorldView,
  type Posture,
  type ThreatLevel,
  type WorldFact,
} from './knowledge';
import type { Scenario } from '../scenario/schema';

/** The route rule: an escort can hold on the route against the threat, as judged and in truth. */
export interface RouteRule {
  readonly area: string;
  readonly holds: boolean;
  readonly truth: boolean;
  /** The threat and posture the provider reads on the route. */
  readonly level: ThreatLevel;
  readonly posture: Posture;
  /** The scenario set criterion 3 for teaching (known to all, the provider included). */
  readonly source: 'scenario' | 'world';
  readonly read: readonly string[];
  readonly missing: readonly string[];
}

export interface TaskAssessment {
  /** A team free to send (the provider's own state: known, and the truth). */
  readonly team: { readonly out: number; readonly teams: number; readonly free: boolean };
  readonly route: RouteRule;
  readonly verdict: 'accept' | 'decline';
  readonly truthVerdict: 'accept' | 'decline';
  /** Facts that would have changed the answer and did not reach the provider. */
  readonly missing: readonly WorldFact[];
}

/**
 * The escort task on the provider's knowledge and on the truth. `taught` is criterion 3 as the
 * scenario set it on the request, if it did: then the route rule is the scenario's.
 */
export function assessEscortTask(
  scenario: Scenario,
  task: { readonly area: string; readonly taught?: boolean | undefined },
  team: { readonly out: number; readonly teams: number },
  facts: readonly WorldFact[],
  knows: (info: string) => boolean,
): TaskAssessment {
  const known = new WorldView(scenario, facts, knows);
  const k = escortCredibleIn(task.area, known);
  const t = escortCredibleIn(task.area, new WorldView(scenario, facts));
  const seen = known.area(task.area);
  const route: RouteRule =
    task.taught !== undefined
      ? {
          area: task.area,
          holds: task.taught,
          truth: task.taught,
          level: seen.level,
          posture: seen.posture,
          source: 'scenario',
          read: [],
          missing: [],
        }
      : {
          area: task.area,
          holds: k.holds,
          truth: t.holds,
          level: seen.level,
          posture: seen.posture,
          source: 'world',
          read: [...new Set(k.read)],
          missing: [...new Set(t.read)].filter((i) => !knows(i)),
        };
  const free = team.out < team.teams;
  const verdict = free && route.holds ? 'accept' : 'decline';
  const truthVerdict = free && route.truth ? 'accept' : 'decline';
  const missingIds = new Set(verdict === truthVerdict ? [] : route.missing);
  return {
    team: { ...team, free },
    route,
    verdict,
    truthVerdict,
    missing: facts.filter(
      (f, i) => missingIds.has(f.info) && facts.findIndex((g) => g.info === f.info) === i,
    ),
  };
}

// ── the log's phrases ────────────────────────────────────────────────────────────────────

/** The two rules the provider evaluated: a team free, and the route. */
export const taskRulePhrases = (a: TaskAssessment): Phrase[] => [
  phrase('rule.team', { out: a.team.out, teams: a.team.teams, holds: a.team.free }),
  phrase('rule.route', {
    area: a.route.area,
    holds: a.route.holds,
    truth: a.route.truth,
    severity: a.route.level,
    hostile: a.route.posture === 'hostile',
    source: a.route.source,
    read: a.route.read,
    missing: a.route.missing,
  }),
];

/** Why the other answer was not given. `played`: a seat holding the provider answered. */
export function taskWhyNot(
  taken: 'accept' | 'decline',
  a: TaskAssessment,
  played: boolean,
): Phrase[] {
  if (taken === 'accept')
    return [
      played && !a.route.holds
        ? phrase('why-not.task-decline-played', {})
        : phrase('why-not.task-decline', { area: a.route.area }),
    ];
  if (!a.team.free)
    return [phrase('why-not.task-no-team', { out: a.team.out, teams: a.team.teams })];
  if (!a.route.holds)
    return [
      phrase('why-not.task-route', {
        area: a.route.area,
        severity: a.route.level,
        hostile: a.route.posture === 'hostile',
      }),
    ];
  return [phrase('why-not.task-accept-played', {})];
}

/** The route judged otherwise than the truth. */
export const misjudgedRoute = (a: TaskAssessment): Phrase[] =>
  a.route.holds === a.route.truth
    ? []
    : [phrase('rule.judged-route', { area: a.route.area, holds: a.route.holds })];
