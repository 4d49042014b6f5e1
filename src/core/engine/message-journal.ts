// The messages being handled or in flight, whose checkpoints are differences rather than copies.
// A message changes in one way only while it lives: its position (`hop`, `departed`,
// `arrives`) each time it leaves a node; everything else about it is fixed when it is sent. So
// the run changes messages in place, and a checkpoint keeps, for each message sent, moved or
// gone since the checkpoint before, the message (shared) with its position there and here, as
// numbers in one typed array the collector need not look into — no copy of any message and no
// copy of the table.
//
// Going back a checkpoint puts the messages of the one before back with their positions,
// forward puts the later ones in; either way a message in the table always holds its position
// at the step the run stands on. The table is keyed by message number, which JavaScript keeps in
// ascending order whatever the order of insertion, so the saved state's JSON comes out the same.
import { dict, type Dict } from './dict';
import type { Envelope } from './types';

/** The messages table (the saved state's `messages`). */
export type Messages = Dict<Envelope>;

/** A position: hop, departed, arrives (NaN for undefined). */
const WIDTH = 3;

/** What changed in the messages table between two checkpoints. */
export interface MessageDelta {
  readonly ids: readonly number[];
  /** The message at the earlier checkpoint, undefined when it was sent since. */
  readonly before: readonly (Envelope | undefined)[];
  /** The message at the later checkpoint, undefined when it has gone since. */
  readonly after: readonly (Envelope | undefined)[];
  /** Positions at the earlier checkpoint, then at the later one: WIDTH numbers per message. */
  readonly positions: Float64Array;
}

/** The whole table at a checkpoint: its messages (ascending ids) and their positions. */
export interface MessagesWhole {
  readonly messages: readonly Envelope[];
  readonly positions: Float64Array;
}

const write = (out: Float64Array, at: number, msg: Envelope | undefined): void => {
  if (!msg) return;
  out[at] = msg.hop;
  out[at + 1] = msg.departed ?? Number.NaN;
  out[at + 2] = msg.arrives ?? Number.NaN;
};

/** Puts a recorded position back into the message (undefined kept as undefined: JSON leaves it out). */
const place = (msg: Envelope, positions: Float64Array, at: number): void => {
  msg.hop = positions[at]!;
  const departed = positions[at + 1]!;
  const arrives = positions[at + 2]!;
  msg.departed = Number.isNaN(departed) ? undefined : departed;
  msg.arrives = Number.isNaN(arrives) ? undefined : arrives;
};

export class MessageJournal {
  /** Message id → its index in the lists below, for messages changed since the last checkpoint. */
  private seen: Map<number, number> | undefined;
  private ids: number[] = [];
  private was: (Envelope | undefined)[] = [];
  /**
   * Their positions then, WIDTH numbers each (the first `ids.length`): kept from one checkpoint
   * to the next and written over, a typed array the collector need not look into.
   */
  private where = new Float64Array(WIDTH * 256);

  /** Starts noting changes (a run with checkpoints), forgetting any noted. */
  track(): void {
    this.seen = new Map();
    this.ids = [];
    this.was = [];
  }

  /** Notes message `id` as it stood at the last checkpoint (`msg`: undefined if not sent). */
  private note(id: number, msg: Envelope | undefined): void {
    const at = WIDTH * this.ids.length;
    this.seen!.set(id, this.ids.length);
    this.ids.push(id);
    this.was.push(msg);
    if (at + WIDTH > this.where.length) {
      const grown = new Float64Array(2 * this.where.length);
      grown.set(this.where);
      this.where = grown;
    }
    if (msg) write(this.where, at, msg);
    else this.where.fill(Number.NaN, at, at + WIDTH);
  }

  /** Before message `id` is sent, moved or removed: notes how it stood at the last checkpoint. */
  change(messages: Messages, id: number): void {
    const seen = this.seen;
    if (seen === undefined || seen.has(id)) return;
    this.note(id, messages[id]);
  }

  /** The changes since the last checkpoint; the next are counted from now. */
  take(messages: Messages): MessageDelta {
    if (this.seen === undefined) throw new Error('take() on messages that are not tracked');
    const ids = this.ids;
    const n = ids.length;
    const positions = new Float64Array(2 * WIDTH * n);
    positions.set(this.where.subarray(0, WIDTH * n));
    const after: (Envelope | undefined)[] = new Array<Envelope | undefined>(n);
    for (let i = 0; i < n; i++) {
      const msg = messages[ids[i]!];
      after[i] = msg;
      write(positions, (n + i) * WIDTH, msg);
    }
    const delta: MessageDelta = { ids, before: this.was, after, positions };
    this.track();
    return delta;
  }

  /** Takes the table back to the last checkpoint: the changes since are forgotten. */
  discard(messages: Messages): void {
    if (this.seen === undefined) return;
    const where = this.where;
    for (let i = this.ids.length - 1; i >= 0; i--)
      put(messages, this.ids[i]!, this.was[i], where, i * WIDTH);
    this.track();
  }

  /**
   * Takes `delta`'s changes back as pending, before those made since (a checkpoint taken again
   * at the same step: the new one must hold both).
   */
  reopen(delta: MessageDelta): void {
    const seen = this.seen;
    if (seen === undefined) return;
    const { ids, was } = this;
    const where = this.where.slice(0, WIDTH * ids.length);
    this.track();
    for (let i = 0; i < delta.ids.length; i++)
      this.noteAt(delta.ids[i]!, delta.before[i], delta.positions, i * WIDTH);
    for (let i = 0; i < ids.length; i++)
      if (!this.seen!.has(ids[i]!)) this.noteAt(ids[i]!, was[i], where, i * WIDTH);
  }

  /** `note`, with the position recorded at `positions[at…]` rather than read off the message. */
  private noteAt(id: number, msg: Envelope | undefined, positions: Float64Array, at: number): void {
    this.note(id, msg);
    this.where.set(positions.subarray(at, at + WIDTH), WIDTH * (this.ids.length - 1));
  }
}

/** Sets message `id` in the table to `msg` at the recorded position, or removes it. */
function put(
  messages: Messages,
  id: number,
  msg: Envelope | undefined,
  positions: Float64Array,
  at: number,
): void {
  if (msg === undefined) {
    delete messages[id];
    return;
  }
  place(msg, positions, at);
  messages[id] = msg;
}

/** Takes the table from the later checkpoint of `delta` to the earlier one. */
export function undoMessages(messages: Messages, delta: MessageDelta): void {
  for (let i = delta.ids.length - 1; i >= 0; i--)
    put(messages, delta.ids[i]!, delta.before[i], delta.positions, i * WIDTH);
}

/** Takes the table from the earlier checkpoint of `delta` to the later one. */
export function redoMessages(messages: Messages, delta: MessageDelta): void {
  const n = delta.ids.length;
  for (let i = 0; i < n; i++)
    put(messages, delta.ids[i]!, delta.after[i], delta.positions, (n + i) * WIDTH);
}

/** The whole table as it stands (the first checkpoint of a chain). */
export function wholeMessages(messages: Messages): MessagesWhole {
  const list = Object.values(messages);
  const positions = new Float64Array(WIDTH * list.length);
  list.forEach((msg, i) => write(positions, i * WIDTH, msg));
  return { messages: list, positions };
}

/** A table holding the messages of `whole`, each put at its position there (the run's own). */
export function messagesOf(whole: MessagesWhole): Messages {
  const messages = dict<Envelope>();
  whole.messages.forEach((msg, i) => put(messages, msg.id, msg, whole.positions, i * WIDTH));
  return messages;
}

/**
 * The table at a checkpoint as its saved state writes it, from its chain's whole one and the
 * deltas since, oldest first: copies, each with its position there, leaving the messages
 * themselves (which the run goes on moving) untouched.
 */
export function messagesAt(whole: MessagesWhole, deltas: readonly MessageDelta[]): Messages {
  const at = new Map<number, { msg: Envelope; positions: Float64Array; offset: number }>();
  whole.messages.forEach((msg, i) =>
    at.set(msg.id, { msg, positions: whole.positions, offset: i * WIDTH }),
  );
  for (const delta of deltas) {
    const n = delta.ids.length;
    for (let i = 0; i < n; i++) {
      const msg = delta.after[i];
      if (msg === undefined) at.delete(delta.ids[i]!);
      else at.set(delta.ids[i]!, { msg, positions: delta.positions, offset: (n + i) * WIDTH });
    }
  }
  const messages = dict<Envelope>();
  for (const [id, { msg, positions, offset }] of at) {
    const copy = { ...msg };
    place(copy, positions, offset);
    messages[id] = copy;
  }
  return messages;
}
