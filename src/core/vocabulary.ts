// The small, dependency-light part of core the first screen of the app needs: the kinds of
// actor, the channels, and the seeded RNG (for a layout that opens the same way each time).
// Importing it does not pull in the engine, zod or yaml; everything here is also re-exported
// by core's index.
export { createRng, restoreRng, type Rng } from './rng';
export { formatTime, formatDuration } from './time';

export const ACTOR_KINDS = [
  'military',
  'police',
  'humanitarian',
  'civilian',
  'host-police',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const CHANNELS = ['radio', 'liaison', 'report', 'meeting-only'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Marks: what metrics count and what a conditional inject (`when: { on: … }`) waits for. A
 * closed list, so a misspelt mark is a type error in code and a located error in a scenario.
 */
export const MARKS = [
  'inject',
  'inject.live',
  'decision.point',
  'decision.made',
  'decision.played',
  'decision.why',
  'decision.uninformed',
  'message.sent',
  'message.delivered',
  'message.lost',
  'message.undeliverable',
  'message.unanswered',
  'information.reached',
  'information.sent',
  'notification.sent',
  'notification.received',
  'task.unanswered',
  'team.team',
  'team.release',
  'team.refused',
  'readiness.mentored',
  'escort.requested',
  'escort.alternative',
  'escort.submitted',
  'escort.facilitated',
  'escort.follow-up',
  'escort.approved',
  'escort.declined',
  'escort.decision-known',
  'escort.tasked',
  'escort.provider-refused',
  'escort.unfilled',
  'escort.incident',
  'escort.completed',
  'escort.reviewed',
  'escort.lock-in-risk',
  'escort.stalled',
  'meeting.scheduled',
  'meeting.late-reply',
  'meeting.minutes-read',
  'meeting.invited',
  'meeting.reply',
  'meeting.unreachable',
  'meeting.held',
  'meeting.postponed',
  'meeting.minutes',
  'incident.occurred',
  'poc.follow-up',
  'poc.informed',
  'poc.aware',
  'poc.not-required',
  'poc.decided',
  'poc.tasked',
  'poc.refused',
  'poc.responded',
  'poc.closed',
  'poc.unanswered',
  'handover.started',
  'handover.follow-up',
  'handover.briefed',
  'handover.reviewed',
  'handover.gap-opened',
  'handover.gap-closed',
  'handover.phase',
  'handover.transferred',
  'handover.intel-lost',
  'handover.waiting',
  'handover.not-ready',
  'handover.postponed',
  'handover.completed',
  'handover.reversed',
  'handover.blocked',
  'handover.stalled',
  // HRDDP across UN support, joint patrols, readiness moved by events
  'hrddp.refused',
  'hrddp.mitigated',
  'hrddp.changed',
  'readiness.lowered',
  'patrol.started',
  'patrol.completed',
  'patrol.cancelled',
] as const;
export type Mark = (typeof MARKS)[number];

export type {
  EntryKind,
  EntryParams,
  Said,
  Phrase,
  PhraseKind,
  PhraseParams,
} from './engine/entry-kinds';
import {
  ALTERNATIVES,
  ESCORT_NEEDS,
  HANDOVER_PHASES,
  SEVERITIES,
  SUPPORT_KINDS,
  TEAM_UNITS,
} from './engine/entry-kinds';

/**
 * Closed vocabularies a log parameter of that name takes (`skipped` is a list of phases); the
 * message catalogs translate each value.
 */
export const TERMS = {
  phase: HANDOVER_PHASES,
  skipped: HANDOVER_PHASES,
  cut: HANDOVER_PHASES,
  need: ESCORT_NEEDS,
  severity: SEVERITIES,
  alternative: ALTERNATIVES,
  unit: TEAM_UNITS,
  channel: CHANNELS,
  support: SUPPORT_KINDS,
} as const;
export type TermParam = keyof typeof TERMS;
