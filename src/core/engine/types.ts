// Plain-data shapes of a simulation: what the log holds, what sits on the agenda, what a
// saved state contains. Everything here serialises to JSON as it is.
import type { EventObject } from 'xstate';

/** An event handed to a machine: a type plus plain fields. */
export type SimMessage = EventObject & Readonly<Record<string, unknown>>;
import type { Need } from '../machines/effects';
import type { Mark } from '../vocabulary';
import type { Phrase, Said } from './entry-kinds';
import type { SimEvent } from '../scenario/schema';
import type { WorldFact } from './knowledge';

/**
 * Where and when an entry happened, and what the engine delivered. The engine builds every
 * entry with the same keys in one of two fixed orders (a machine's step, or its own doing), so
 * an optional field it does not have is present as `undefined`: the log's JSON, and so its
 * hash, leave such a field out exactly as if it were absent. Route and mark lists are shared
 * between entries and frozen.
 */
export interface LogBase {
  /** Position in the log, from 0. */
  readonly seq: number;
  /** Minutes since T+00:00. */
  readonly time: number;
  /** The instance that acted: an actor id, or a process id such as "escort-wfp-1". */
  readonly actor: string;
  /** The actor (mesh node) where it happened. */
  readonly at: string;
  /** The event delivered, or the engine's own happening ("message.lost", "inject"). */
  readonly event: string;
  readonly before?: string | undefined;
  readonly after?: string | undefined;
  /** Actors a message crossed, when the entry concerns a message. */
  readonly route?: readonly string[] | undefined;
  /** Marks for metrics and conditional injects ("escort.approved", "message.lost"). */
  readonly marks?: readonly Mark[] | undefined;
  /** The process or message this entry concerns. */
  readonly ref?: string | undefined;
}

/**
 * One entry of the event log, the source of truth for the UI, metrics and reports: where and
 * when, plus what it says as a typed kind with parameters (rendered in words at the edges).
 */
export type LogEntry = LogBase & Said;

/** A message in the mesh, from the sending process's host to an actor. */
export interface Envelope {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  /** The nodes from sender to receiver, both included. */
  readonly path: readonly string[];
  /** Index in `path` of the node it is at or travelling to. */
  hop: number;
  /** The instance that receives `event` once `to` has handled the message. */
  readonly target: string;
  readonly event: SimMessage;
  readonly info: readonly string[];
  readonly need: Need;
  readonly about: Phrase;
  readonly sentAt: number;
  /** When it left the previous node and reaches the current one (for drawing); undefined before it first leaves. */
  departed?: number | undefined;
  arrives?: number | undefined;
}

/** A message on a link right now, for drawing it along the edge. */
export interface InFlight {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly about: Phrase;
  readonly departed: number;
  readonly arrives: number;
}

/** Something live pushed by a trainer, or injected by a decision, kept so runs replay. */
export interface LiveInject {
  readonly at: number;
  readonly event: SimEvent;
  readonly text: string;
  /**
   * The step after which it was pushed. A replay puts it on the agenda at that same point,
   * so it lands exactly where it did live. Absent (prepared in advance): scheduled at T+0
   * for time `at`, like an MSEL inject.
   */
  readonly step?: number;
}

/** Everything decided from outside the scenario file: what makes a run replayable. */
export interface RunInputs {
  /** Decision point id → chosen option id. Missing: the default, or a pause when asked. */
  readonly decisions: Readonly<Record<string, string>>;
  readonly injects: readonly LiveInject[];
  /**
   * Actors held by a seat in a live exercise: a decision doctrine gives one of them waits for
   * the seat's answer. Absent or empty: every actor is played by its machine.
   */
  readonly held?: readonly string[];
  /**
   * Answers to played decisions, by question key ("escort-wfp-1:decision" → "approve"), or
   * "doctrine" when EXCON forced the machine's own answer. They replay exactly.
   */
  readonly played?: Readonly<Record<string, string>>;
}

export type AgendaItem =
  | { time: number; seq: number; kind: 'arrive'; msg: number }
  | {
      time: number;
      seq: number;
      kind: 'timer';
      owner: string;
      /** owner|sendId of a named timer (see `timers`); undefined for one that cannot be cancelled. */
      key: string | undefined;
      event: SimMessage;
    }
  | { time: number; seq: number; kind: 'deliver'; target: string; event: SimMessage }
  | { time: number; seq: number; kind: 'inject'; index: number }
  | { time: number; seq: number; kind: 'live'; index: number }
  | { time: number; seq: number; kind: 'decision'; index: number }
  | { time: number; seq: number; kind: 'conditional'; index: number; ref?: string }
  | { time: number; seq: number; kind: 'end' };

export interface InstanceRecord {
  readonly machine: string;
  /** The actor whose node this instance lives at. */
  readonly host: string;
  /** Persisted xstate snapshot (plain data). */
  snapshot: unknown;
}

/** The whole simulation state as JSON: save, restore, checkpoint, fork, move to a worker. */
export interface SimState {
  readonly format: 1;
  readonly scenario: string;
  readonly structure: string;
  readonly seed: number;
  time: number;
  /** Agenda items processed so far: the position a student steps through. */
  step: number;
  nextSeq: number;
  nextMessage: number;
  nextInstance: Record<string, number>;
  rng: number[];
  agenda: AgendaItem[];
  /**
   * Live named timers: owner|sendId → agenda seq (a cancelled or re-armed timer is skipped).
   * A timer its machine did not name cannot be cancelled and has no entry here.
   */
  timers: Record<string, number>;
  instances: Record<string, InstanceRecord>;
  /** Messages being handled or in flight, by id. */
  messages: Record<string, Envelope>;
  /** Directed link key → time the link is free again (capacity). */
  linkFree: Record<string, number>;
  /** actor → information id → when it learnt it. */
  knows: Record<string, Record<string, number>>;
  /** Facts in the mission, in the order they entered it (engine/knowledge.ts). */
  facts: WorldFact[];
  /** Conditional injects already triggered. */
  fired: number[];
  /** Decisions taken in this run, by decision id. */
  decided: Record<string, string>;
  logLength: number;
  status: 'running' | 'awaiting-decision' | 'finished';
  /** The decision point the run is paused at, when awaiting a decision. */
  awaiting?: string;
  /** The delivery held back while a seat decides (a played decision). */
  pending?: { key: string; target: string; event: SimMessage; route?: readonly string[] };
}
