// A coordination meeting series (UN-CMCoord forum, security cell, POC working group,
// integrated field team): the slow, broad channel. One instance per meeting of the structure,
// hosted by its chair. Before each session the chair invites through the mesh; an invitee
// attends when its answer comes back in time and it is not overloaded. Below quorum the session
// is postponed; when held, what anyone present knew reaches everyone present at once, and
// minutes go to the invitees who were absent.
//
// Time: the engine does not pass the clock into machines. The instance keeps its own clock in
// context: it starts at `startAt` (T+00:00 for a structure's standing meetings) and only its
// own timers move it on, each by the delay the machine itself computed. Replies arriving in
// between never move the schedule, so `clock` is exact whenever the machine plans.
import { assign, setup } from 'xstate';
import { phrase } from '../engine/entry-kinds';
import { effects, optional, say } from './effects';

export interface MeetingInput {
  readonly id: string;
  readonly name: string;
  readonly chair: string;
  readonly invitees: readonly string[];
  /** First session, minutes since T+00:00. */
  readonly first: number;
  /** Cadence in minutes; 0 or less: a single session. */
  readonly every: number;
  readonly length: number;
  /** Share of invitees (0..1) who must attend. */
  readonly quorum: number;
  /** Minutes a session without quorum is put back; 0 or less: wait for the next regular one. */
  readonly postponeBy: number;
  /** How long before a session the invitations go out (less when the session is sooner). */
  readonly lead: number;
  /** Postponements of one session before the chair waits for the next regular one. */
  readonly maxPostponements: number;
  /** Engine time when the instance starts (0 for a structure's standing meetings). */
  readonly startAt: number;
}

export interface MeetingContext extends MeetingInput {
  /** Time now, as far as this instance knows: moved on only by its own timers. */
  clock: number;
  /** The regular slot (first + k·every) this session belongs to. */
  slot: number;
  /** When the session is due to start (the slot, or later when postponed). */
  start: number;
  /** When the invitations for it go out. */
  inviteAt: number;
  /** Regular session number, from 1. */
  session: number;
  /** Invitation round, from 1: replies from an earlier round are late. */
  round: number;
  /** Times the current session has been put back. */
  postponements: number;
  /** Invitee → whether it will attend, for the answers back in this round. */
  replies: Record<string, boolean>;
  /** Invitees no invitation can reach in this round. */
  unreachable: string[];
  /** Present and absent invitees of the session held (or last attempted). */
  present: string[];
  absent: string[];
}

export type MeetingEvent =
  | { type: 'rsvp'; round: number; by?: string; accepted?: boolean }
  | { type: 'minutes.read'; session: number; by?: string }
  | { type: 'undeliverable'; to: string; original?: string };

// ── the rules, pure ────────────────────────────────────────────────────────────────────

/**
 * Invitees needed for quorum: a share, rounded up (a 50% quorum of 5 needs 3), or a head count
 * (a whole number above 1; 1 itself is the share "everyone").
 */
export function quorumCount(invited: number, quorum: number): number {
  if (quorum > 1) return quorum;
  return Math.max(0, Math.ceil(quorum * invited - 1e-9));
}

/** Whether the present invitees make quorum. */
export function hasQuorum(present: number, invited: number, quorum: number): boolean {
  return present >= quorumCount(invited, quorum);
}

/**
 * How far ahead a series invites (inference): a twelfth of its cadence, between 2 hours (a
 * daily meeting) and a day (a weekly board gets 14 hours); 2 hours for a single session.
 */
export function invitationLead(every: number): number {
  return every <= 0 ? 120 : Math.min(1440, Math.max(120, Math.round(every / 12)));
}

/** When invitations go out: `lead` before the session, or now when it starts sooner. */
export function invitationTime(start: number, now: number, lead: number): number {
  return Math.max(now, start - lead);
}

/** The first regular slot at or after `from` (the series' own grid), or `first` if later. */
export function slotAtOrAfter(first: number, every: number, from: number): number {
  if (from <= first || every <= 0) return first;
  return first + every * Math.ceil((from - first) / every);
}

/**
 * The regular slot after the current one, and not before the session ended (a long or
 * postponed session skips the slots it overran). Undefined for a single session.
 */
export function nextSlot(
  first: number,
  every: number,
  slot: number,
  ended: number,
): number | undefined {
  if (every <= 0) return undefined;
  return slotAtOrAfter(first, every, Math.max(slot + every, ended));
}

/**
 * Where a session without quorum goes: `postponeBy` later, unless that reaches the next
 * regular slot or the session was put back `max` times already, in which case it merges into
 * the next regular session. Undefined when nothing is left (a single session that cannot be
 * put back).
 */
export function postponement(
  start: number,
  postponeBy: number,
  next: number | undefined,
  sofar = 0,
  max = Infinity,
): { start: number; merged: boolean } | undefined {
  const later = postponeBy > 0 && sofar < max ? start + postponeBy : undefined;
  if (later !== undefined && (next === undefined || later < next))
    return { start: later, merged: false };
  return next === undefined ? undefined : { start: next, merged: true };
}

/** Invitees attending (answered yes this round), in the order of the invitation list. */
export function presentInvitees(
  invitees: readonly string[],
  replies: Readonly<Record<string, boolean>>,
): string[] {
  return invitees.filter((i) => replies[i] === true);
}

// ── the machine ────────────────────────────────────────────────────────────────────────

const firstSlot = (i: MeetingInput): number => slotAtOrAfter(i.first, i.every, i.startAt);
const uniqueInvitees = (c: MeetingContext): string[] => [...new Set(c.invitees)];
const presentNow = (c: MeetingContext): string[] => presentInvitees(uniqueInvitees(c), c.replies);
const absentNow = (c: MeetingContext): string[] =>
  uniqueInvitees(c).filter((i) => c.replies[i] !== true);
const nextAfterSession = (c: MeetingContext): number | undefined =>
  nextSlot(c.first, c.every, c.slot, c.start + c.length);
const nextAfterFailure = (c: MeetingContext): number | undefined =>
  nextSlot(c.first, c.every, c.slot, c.start);
/** Where the current session goes if it has no quorum now. */
const whereNext = (c: MeetingContext) =>
  postponement(c.start, c.postponeBy, nextAfterFailure(c), c.postponements, c.maxPostponements);

export const meetingMachine = setup({
  types: {
    context: {} as MeetingContext,
    events: {} as MeetingEvent,
    input: {} as MeetingInput,
  },
  actions: {
    ...effects,
    openRound: assign(({ context }) => ({
      clock: context.inviteAt,
      round: context.round + 1,
      replies: {},
      unreachable: [],
    })),
    recordReply: assign({
      replies: ({ context, event }) =>
        event.type === 'rsvp' && event.by !== undefined
          ? { ...context.replies, [event.by]: event.accepted === true }
          : context.replies,
    }),
    recordUnreachable: assign({
      unreachable: ({ context, event }) =>
        event.type === 'undeliverable' && !context.unreachable.includes(event.to)
          ? [...context.unreachable, event.to]
          : context.unreachable,
    }),
    callRoll: assign(({ context }) => ({
      clock: context.start,
      present: presentNow(context),
      absent: absentNow(context),
    })),
    planNextSession: assign(({ context }) => {
      const clock = context.start + context.length;
      const slot = nextAfterSession(context) ?? clock;
      return {
        clock,
        slot,
        start: slot,
        session: context.session + 1,
        postponements: 0,
        inviteAt: invitationTime(slot, clock, context.lead),
      };
    }),
    postpone: assign(({ context }) => {
      const p = whereNext(context) ?? { start: context.start, merged: false };
      return {
        start: p.start,
        slot: p.merged ? p.start : context.slot,
        session: p.merged ? context.session + 1 : context.session,
        postponements: p.merged ? 0 : context.postponements + 1,
        inviteAt: invitationTime(p.start, context.clock, context.lead),
      };
    }),
  },
  guards: {
    'the reply is for this round': ({ context, event }) =>
      event.type === 'rsvp' && event.round === context.round,
    'an invitation cannot reach the invitee': ({ event }) =>
      event.type === 'undeliverable' && (event.original === undefined || event.original === 'rsvp'),
    'quorum reached': ({ context }) =>
      hasQuorum(presentNow(context).length, uniqueInvitees(context).length, context.quorum),
    'a later session can be held': ({ context }) => whereNext(context) !== undefined,
    'the series goes on': ({ context }) => nextAfterSession(context) !== undefined,
  },
  delays: {
    untilInvitations: ({ context }) => Math.max(0, context.inviteAt - context.clock),
    untilStart: ({ context }) => Math.max(0, context.start - context.clock),
    sessionLength: ({ context }) => context.length,
  },
}).createMachine({
  id: 'meeting',
  context: ({ input }) => {
    const slot = firstSlot(input);
    return {
      ...input,
      clock: input.startAt,
      slot,
      start: slot,
      inviteAt: invitationTime(slot, input.startAt, input.lead),
      session: 1,
      round: 0,
      postponements: 0,
      replies: {},
      unreachable: [],
      present: [],
      absent: [],
    };
  },
  initial: 'waiting',
  entry: {
    type: 'explain',
    params: ({ context }) =>
      say(
        'meeting.scheduled',
        {
          name: context.name,
          chair: context.chair,
          invited: uniqueInvitees(context).length,
          first: context.start,
          every: context.every,
          quorum: context.quorum,
        },
        'meeting.scheduled',
      ),
  },
  on: {
    // Whatever the state: answers that come too late, minutes read, messages that cannot go.
    rsvp: {
      actions: {
        type: 'explain',
        params: ({ event }) =>
          say(
            'meeting.late-reply',
            optional('by', event.type === 'rsvp' ? event.by : undefined),
            'meeting.late-reply',
          ),
      },
    },
    'minutes.read': {
      actions: {
        type: 'explain',
        params: ({ event }) =>
          say(
            'meeting.minutes-read',
            {
              session: event.type === 'minutes.read' ? event.session : 0,
              ...optional('by', event.type === 'minutes.read' ? event.by : undefined),
            },
            'meeting.minutes-read',
          ),
      },
    },
    undeliverable: {
      actions: {
        type: 'explain',
        params: ({ event }) =>
          say('meeting.cannot-reach', {
            ...optional('who', event.type === 'undeliverable' ? event.to : undefined),
            minutes: event.type === 'undeliverable' && event.original === 'minutes.read',
          }),
      },
    },
  },
  states: {
    waiting: {
      after: { untilInvitations: { target: 'invited', actions: 'openRound' } },
    },
    postponed: {
      after: { untilInvitations: { target: 'invited', actions: 'openRound' } },
    },
    invited: {
      entry: [
        {
          type: 'explain',
          params: ({ context }) =>
            say(
              'meeting.invited',
              {
                chair: context.chair,
                invitees: uniqueInvitees(context),
                name: context.name,
                start: context.start,
                session: context.session,
                round: context.round,
              },
              'meeting.invited',
            ),
        },
        {
          type: 'send',
          params: ({ context }) => ({
            from: context.chair,
            to: uniqueInvitees(context),
            event: { type: 'rsvp', round: context.round },
            need: 'attend' as const,
            about: phrase('about.meeting-invitation', { name: context.name, start: context.start }),
          }),
        },
      ],
      on: {
        rsvp: {
          guard: 'the reply is for this round',
          actions: [
            'recordReply',
            {
              type: 'explain',
              params: ({ event }) =>
                say(
                  'meeting.reply',
                  {
                    ...optional('by', event.type === 'rsvp' ? event.by : undefined),
                    accepted: event.type === 'rsvp' && event.accepted === true,
                  },
                  'meeting.reply',
                ),
            },
          ],
        },
        undeliverable: {
          guard: 'an invitation cannot reach the invitee',
          actions: [
            'recordUnreachable',
            {
              type: 'explain',
              params: ({ event }) =>
                say(
                  'meeting.unreachable',
                  optional('who', event.type === 'undeliverable' ? event.to : undefined),
                  'meeting.unreachable',
                ),
            },
          ],
        },
      },
      after: {
        untilStart: [
          {
            guard: 'quorum reached',
            target: 'in session',
            actions: [
              'callRoll',
              {
                type: 'explain',
                params: ({ context }) => {
                  const invited = uniqueInvitees(context).length;
                  return say(
                    'meeting.held',
                    {
                      name: context.name,
                      session: context.session,
                      present: context.present.length,
                      invited,
                      quorum: context.quorum,
                      absent: context.absent,
                      attendance: invited === 0 ? 1 : context.present.length / invited,
                    },
                    'meeting.held',
                  );
                },
              },
              // What anyone present knew reaches everyone present, at once.
              {
                type: 'share',
                params: ({ context }) => ({ present: [context.chair, ...context.present] }),
              },
            ],
          },
          {
            guard: 'a later session can be held',
            target: 'postponed',
            actions: [
              'callRoll',
              {
                type: 'explain',
                params: ({ context }) => {
                  const p = whereNext(context);
                  const tries = context.postponements;
                  return say(
                    'meeting.postponed',
                    {
                      name: context.name,
                      session: context.session,
                      present: context.present.length,
                      invited: uniqueInvitees(context).length,
                      quorum: context.quorum,
                      next: p?.start ?? context.start,
                      merged: p?.merged ?? false,
                      tries:
                        tries >= context.maxPostponements && context.postponeBy > 0 ? tries : 0,
                    },
                    'meeting.postponed',
                  );
                },
              },
              'postpone',
            ],
          },
          {
            target: 'ended',
            actions: [
              'callRoll',
              {
                type: 'explain',
                params: ({ context }) =>
                  say(
                    'meeting.cancelled',
                    {
                      name: context.name,
                      session: context.session,
                      present: context.present.length,
                      invited: uniqueInvitees(context).length,
                      quorum: context.quorum,
                    },
                    'meeting.postponed',
                  ),
              },
            ],
          },
        ],
      },
    },
    'in session': {
      after: {
        sessionLength: [
          {
            guard: 'the series goes on',
            target: 'waiting',
            actions: [
              { type: 'send', params: ({ context }) => minutes(context) },
              {
                type: 'explain',
                params: ({ context }) =>
                  sessionEnd(context, nextAfterSession(context) ?? context.start),
              },
              'planNextSession',
            ],
          },
          {
            target: 'ended',
            actions: [
              { type: 'send', params: ({ context }) => minutes(context) },
              {
                type: 'explain',
                params: ({ context }) => sessionEnd(context, undefined),
              },
            ],
          },
        ],
      },
    },
    ended: {
      type: 'final',
    },
  },
});

/** The minutes: to each absent invitee, carrying everything the chair knows at the end. */
function minutes(c: MeetingContext) {
  return {
    from: c.chair,
    to: c.absent,
    event: { type: 'minutes.read', session: c.session },
    infoKnownBy: c.chair,
    about: phrase('about.meeting-minutes', { name: c.name, session: c.session }),
  };
}

/** A session ends: minutes to the absent (marked, for the trainer), and the next session if any. */
function sessionEnd(c: MeetingContext, next: number | undefined) {
  return say(
    'meeting.ended',
    { name: c.name, session: c.session, absent: c.absent, ...optional('next', next) },
    c.absent.length ? 'meeting.minutes' : undefined,
  );
}

export type MeetingMachine = typeof meetingMachine;
