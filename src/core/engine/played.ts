// Played decisions: the points where a machine decides for an actor (the escort authority's
// approve/decline, a provider sending a team, the POC authority's choice of responder), found
// at the moment the event that triggers the decision is about to be delivered. When a seat
// holds the deciding actor, the engine waits for the seat's answer instead of letting the
// machine decide, and the answer rides on that event. Doctrine's own answer is computed here
// too, so the log can keep it beside the player's as the baseline.
import { formatTime } from '../time';
import { hasFreeTeam, type ComponentContext } from '../machines/component';
import { escortDoctrine, workingAlternative, type EscortFacts } from '../machines/escort';
import {
  readinessGaps,
  readReport,
  supportSuspended,
  type HandoverContext,
} from '../machines/handover';
import { doctrineReason, responderOrder, type PocContext } from '../machines/poc';
import { phrase, PLAY_SITES, type Phrase } from './entry-kinds';
import type { RouteRule } from './provider-known';
import type { SimMessage } from './types';

export type PlaySite = (typeof PLAY_SITES)[number];

export interface PlayOption {
  readonly id: string;
  readonly label: string;
}

/** A decision a seat is asked to take, with what its actor knows when it is asked. */
export interface PlayQuestion {
  /** Stable across replays: the same decision at the same point of the same run. */
  readonly key: string;
  readonly site: PlaySite;
  /** The actor who decides (the seat holding it answers). */
  readonly actor: string;
  /** The process the decision belongs to ("escort-wfp-1", "inc-tokono"). */
  readonly process: string;
  /** Minutes since T+00:00 when it was asked. */
  readonly time: number;
  readonly prompt: string;
  readonly options: readonly PlayOption[];
  /** The option the machine would take, and why in doctrine's words (rendered at the edges). */
  readonly doctrine: string;
  readonly reason: Phrase;
  /** The district and receiver of a handover decision (its options speak of them). */
  readonly area?: string;
  readonly to?: string;
  /**
   * What the message asking for the decision is about (a team or an invitation): the edges
   * put it in words before `prompt`.
   */
  readonly subject?: Phrase;
  /** What the deciding actor knows at this moment, one fact a line. */
  readonly facts: readonly string[];
}

/** The answer a run input gives when EXCON forces a waiting decision: doctrine's own. */
export const DOCTRINE_ANSWER = 'doctrine';

interface Site {
  readonly question: PlayQuestion;
  /** The triggering event carrying the seat's answer. */
  apply(option: string): SimMessage;
}

export interface PlayContext {
  readonly time: number;
  /** Information the actor knows and since when. */
  knows(actor: string): Readonly<Record<string, number>>;
  /** What a message in the mesh is about (a task's subject). */
  about(message: number): Phrase | undefined;
}

const COMPONENTS = new Set(['military', 'police', 'humanitarian', 'civilian', 'component']);

const yes = (b: boolean): string => (b ? 'yes' : 'no');

function knownFacts(ctx: PlayContext, actor: string): string[] {
  const known = Object.entries(ctx.knows(actor)).sort((a, b) => a[1] - b[1]);
  return known.map(([info, since]) => `knows of ${info} since ${formatTime(since)}`);
}

function escortFacts(
  c: EscortFacts & { readonly convoy: string; readonly area: string },
): string[] {
  const tried = c.alternatives.map((a) => `${a.kind} (${a.works ? 'works' : 'does not work'})`);
  return [
    `convoy "${c.convoy}" to ${c.area}, need: ${c.need}`,
    `alternatives considered: ${tried.length ? tried.join(', ') : 'none'}`,
    `an alternative meets the need: ${workingAlternative(c) ?? 'none'}`,
    `host state unable or unwilling to secure the route: ${yes(c.hostStateUnable === true)}`,
    `an escort would be credible and not increase risk: ${yes(c.escortCredible === true)}`,
    `a plan to stop using escorts exists: ${yes(c.exitPlan)}`,
  ];
}

const stateIs = (value: unknown, parent: string, child: string): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (value as Record<string, unknown>)[parent] === child;

/**
 * The decision this delivery would make a machine take, if it is one a seat can play.
 * `machine` is the instance's machine key, `value`/`context` its snapshot now.
 */
export function playSite(
  instance: string,
  machine: string,
  value: unknown,
  context: unknown,
  event: SimMessage,
  ctx: PlayContext,
): Site | undefined {
  if (
    machine === 'escort' &&
    event.type === 'assessed' &&
    stateIs(value, 'requested', 'with decider')
  ) {
    // The decider's judgement on what it knows (engine/knowledge.ts) rides on the event: the
    // seat sees doctrine on that, not on the truth.
    const c = {
      ...(context as object),
      ...((event['judged'] as object | undefined) ?? {}),
    } as EscortFacts & {
      id: string;
      decider: string;
      requester: string;
      convoy: string;
      area: string;
      pressure: boolean;
    };
    const d = escortDoctrine(c);
    return {
      question: {
        key: `${instance}:decision`,
        site: 'escort.decision',
        actor: c.decider,
        process: instance,
        time: ctx.time,
        prompt: `${c.requester} asks for an armed escort (${c.id}): approve it as an exception, or decline?`,
        options: [
          { id: 'approve', label: 'approve the escort as an exception' },
          { id: 'decline', label: 'decline the escort' },
        ],
        doctrine: d.verdict,
        reason: d.reason,
        facts: [...escortFacts(c), ...knownFacts(ctx, c.decider)],
      },
      apply: (option) => ({ ...event, verdict: option === 'approve' ? 'approve' : 'decline' }),
    };
  }
  if (COMPONENTS.has(machine) && event.type === 'task.done' && event['need'] === 'team') {
    const c = context as ComponentContext;
    // With no team free there is nothing to decide: the answer can only be no.
    if (!hasFreeTeam(c.teams, c.teamsOut)) return undefined;
    const task = event['task'] as number;
    const about = ctx.about(task);
    // An escort task: the route as the provider judges it rides on the event (provider-known.ts).
    const route = event['route'] as RouteRule | undefined;
    return {
      question: {
        key: `${instance}:task-${task}`,
        site: 'escort.provider',
        actor: instance,
        process: `m${task}`,
        time: ctx.time,
        prompt: 'send a team?',
        ...(about ? { subject: about } : {}),
        options: [
          { id: 'send', label: 'send a team' },
          { id: 'refuse', label: 'refuse: keep the team in' },
        ],
        doctrine: route && !route.holds ? 'refuse' : 'send',
        reason:
          route && !route.holds
            ? phrase('doctrine.task-route', {
                area: route.area,
                severity: route.level,
                hostile: route.posture === 'hostile',
              })
            : phrase('doctrine.team-free', { out: c.teamsOut, teams: c.teams }),
        facts: [
          `teams out: ${c.teamsOut} of ${c.teams}`,
          `tasks on the desk: ${c.workload} (capacity ${c.capacityNow})`,
          ...knownFacts(ctx, instance),
        ],
      },
      // Said outright either way: the provider's own judgement applies only when no seat answers.
      apply: (option) => ({ ...event, answer: option !== 'refuse' }),
    };
  }
  if (COMPONENTS.has(machine) && event.type === 'task.done' && event['need'] === 'attend') {
    const c = context as ComponentContext;
    const task = event['task'] as number;
    const about = ctx.about(task);
    const fits = c.workload <= c.capacityNow;
    return {
      question: {
        key: `${instance}:task-${task}`,
        site: 'meeting.attend',
        actor: instance,
        process: `m${task}`,
        time: ctx.time,
        prompt: 'attend?',
        ...(about ? { subject: about } : {}),
        options: [
          { id: 'attend', label: 'attend' },
          { id: 'regrets', label: 'send regrets' },
        ],
        doctrine: fits ? 'attend' : 'regrets',
        reason: phrase(fits ? 'doctrine.within-capacity' : 'doctrine.overloaded', {
          workload: c.workload,
          capacity: c.capacityNow,
        }),
        facts: [
          `tasks on the desk: ${c.workload} (capacity ${c.capacityNow})`,
          ...knownFacts(ctx, instance),
        ],
      },
      apply: (option) => ({ ...event, answer: option === 'attend' }),
    };
  }
  if (
    machine === 'handover' &&
    event.type === 'field-assessed' &&
    typeof value === 'object' &&
    value !== null &&
    stateIs(
      (value as Record<string, unknown>)['police to host police'],
      'joint field assessment',
      'reporting',
    )
  ) {
    // The report as the authority knows it (engine/readiness-known.ts), when the event carries it.
    const c = context as HandoverContext;
    const report = 'report' in event ? readReport(event['report']) : c.report;
    // Support suspended under HRDDP leaves nothing to decide: the handover is blocked.
    if (supportSuspended(report.hrddp)) return undefined;
    const gaps = readinessGaps(report.readiness, c.threshold);
    return {
      question: {
        key: `${instance}:joint-decision-${c.assessments}`,
        site: 'handover.decision',
        actor: c.authority,
        process: instance,
        time: ctx.time,
        prompt: `Joint decision on ${c.area}: transfer lead responsibility from ${c.from} to ${c.to}, or postpone?`,
        options: [
          { id: 'transfer', label: `transfer ${c.area} to ${c.to}` },
          { id: 'postpone', label: 'postpone: requires improvement' },
        ],
        doctrine: gaps.length ? 'postpone' : 'transfer',
        reason: gaps.length
          ? phrase('doctrine.readiness-gaps', { gaps })
          : phrase('doctrine.readiness-met', {}),
        area: c.area,
        to: c.to,
        facts: [
          `readiness assessment ${c.assessments} of ${c.area}`,
          gaps.length
            ? `readiness criteria not met: ${gaps.length} (see doctrine's reason)`
            : 'every readiness criterion is met',
          `threshold: ${Math.round(c.threshold * 100)}% of eligible officers certified`,
          ...knownFacts(ctx, c.authority),
        ],
      },
      apply: (option) => ({ ...event, verdict: option === 'transfer' ? 'transfer' : 'postpone' }),
    };
  }
  if (machine === 'poc') {
    const c = context as PocContext;
    const deciding =
      (event.type === 'report.forwarded' && stateIs(value, 'referred', 'with authority')) ||
      (event.type === 'report.received' &&
        value === 'reporting' &&
        c.threatToCivilians &&
        c.hub === c.decider);
    if (!deciding) return undefined;
    const order = responderOrder(c.severity, c.responders);
    const first = order[0];
    if (first === undefined) return undefined;
    const kindOf = (id: string) => c.responders.find((r) => r.id === id)?.kind;
    return {
      question: {
        key: `${instance}:responder`,
        site: 'poc.responder',
        actor: c.decider,
        process: instance,
        time: ctx.time,
        prompt: `Threat to civilians ${c.id} in ${c.area} (${c.severity}): who responds first?`,
        options: order.map((id) => ({ id, label: `${id} (${kindOf(id) ?? '?'})` })),
        doctrine: first,
        reason: doctrineReason(c, first),
        facts: [
          `${c.id} in ${c.area}: ${c.summary}`,
          `severity: ${c.severity}`,
          `reported by ${c.reporter}`,
          `responders: ${c.responders.map((r) => r.id).join(', ')}`,
          ...knownFacts(ctx, c.decider),
        ],
      },
      apply: (option) => ({ ...event, first: option }),
    };
  }
  return undefined;
}
