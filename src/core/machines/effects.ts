// The vocabulary machines use to act on the world. Machines are advanced with xstate's pure
// `transition()`, so these actions are never executed by xstate: the engine reads them from
// the returned action list and carries them out (routing, logging, knowledge).
import type { EventObject } from 'xstate';
import type { Mark } from '../vocabulary';
import {
  said,
  type EntryKind,
  type EntryParams,
  type Phrase,
  type Said,
} from '../engine/entry-kinds';

/** What a receiving actor is asked to commit when it handles a message. */
export type Need =
  | 'none'
  /** send out one of its teams (escort, response); answered accepted or refused */
  | 'team'
  /** give a team back */
  | 'release'
  /** attend a meeting; refused when the actor is overloaded */
  | 'attend'
  /** report readiness (host-state police answer with a `report`, see DoneParams) */
  | 'assess';

export interface SendParams {
  /** The actor it leaves from; the instance's host when absent (a decider answering). */
  readonly from?: string;
  /** The actor the message goes to across the mesh; a list sends one message to each. */
  readonly to: string | readonly string[];
  /** Delivered to the sending process (or `target`) once `to` has handled the message. */
  readonly event: EventObject;
  /** The instance that receives `event`; the sender itself when absent. */
  readonly target?: string;
  /** Information ids the message carries (an incident, a decision); the receiver learns them. */
  readonly info?: readonly string[];
  /**
   * The message also carries every information id this actor knows when it leaves (minutes
   * of a meeting, a handover brief): the machine cannot list them, the engine can.
   */
  readonly infoKnownBy?: string;
  readonly need?: Need;
  /** What the message is about, for the log (rendered in words at the edges). */
  readonly about: Phrase;
}

/**
 * What a transition says in the log: a typed kind with its parameters, and the mark metrics
 * and conditional injects read. Several explain actions in one transition write several
 * entries; an empty one (`{}`) says nothing.
 */
export type ExplainParams = (Said & { readonly mark?: Mark }) | { readonly kind?: undefined };

/** The explain params for `kind`, with an optional mark. */
export function say<K extends EntryKind>(
  kind: K,
  params: EntryParams[K],
  mark?: Mark,
): ExplainParams {
  // The mark added onto the new object: a spread followed by a field is several times slower
  // in Node 20.
  return mark === undefined ? said(kind, params) : Object.assign(said(kind, params), { mark });
}

/** `{ [key]: value }`, or nothing when the value is absent (optional params stay absent). */
export function optional<K extends string, V>(
  key: K,
  value: V | undefined | null,
): { [P in K]?: V } {
  return value === undefined || value === null ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** An explain that says nothing (a transition with nothing for the log). */
export const SILENT: ExplainParams = {};

export interface ShareParams {
  /** Everyone present: each learns what any of them knew. */
  readonly present: readonly string[];
}

export interface LearnParams {
  /** Actors who learn the information first-hand (a witness, the chair tabling it). */
  readonly who: readonly string[];
  readonly info: readonly string[];
}

export interface DoneParams {
  readonly task: number;
  readonly accepted: boolean;
  /**
   * Plain data the handler gives back (a readiness self-assessment): the engine adds it to the
   * delivered event as `report`. Only the final handler's report reaches the target.
   */
  readonly report?: Readonly<Record<string, string | number | boolean>>;
}

/** No-op implementations: the engine executes these, never xstate. */
export const effects = {
  send: (_: unknown, _params: SendParams) => {},
  explain: (_: unknown, _params: ExplainParams) => {},
  share: (_: unknown, _params: ShareParams) => {},
  learn: (_: unknown, _params: LearnParams) => {},
  done: (_: unknown, _params: DoneParams) => {},
};

export type EffectType = keyof typeof effects;
