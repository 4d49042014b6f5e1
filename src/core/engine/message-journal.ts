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
  /**
   * Message id → the count of checkpoints (`taken`) when it was last noted, plus one (0: never):
   * noted since the last checkpoint when equal to `taken + 1`. Message ids are dense (a counter
   * from 0), so a typed array indexed by id, kept for the run and written over, rather than a
   * Map made again after every checkpoint. Undefined: not tracking.
   */
  private stamps: Int32Array | undefined;
  private taken = 0;
  /**
   * The messages noted since the last checkpoint (the first `count`), as they stood there, with
   * their positions then, WIDTH numbers each: kept from one checkpoint to the next and written
   * over (a checkpoint takes exact copies), the numbers in a typed array the collector need not
   * look into.
   */
  private ids = new Float64Array(256);
  private was: (Envelope | undefined)[] = [];
  private where = new Float64Array(WIDTH * 256);
  private count = 0;

  /** Starts noting changes (a run with checkpoints), forgetting any noted. */
  track(): void {
    if (this.stamps === undefined) this.stamps = new Int32Array(256);
    this.restart();
  }

  /** Forgets the changes noted since the last checkpoint: the next are counted from now. */
  private restart(): void {
    this.taken += 1;
    this.forget();
  }

  private forget(): void {
    // Let go of the messages noted (the run may have dropped them).
    this.was.fill(undefined, 0, this.count);
    this.count = 0;
  }

  /** Whether message `id` was noted since the last checkpoint. */
  private noted(id: number): boolean {
    const stamps = this.stamps!;
    return id < stamps.length && stamps[id] === this.taken + 1;
  }

  /** Notes message `id` as it stood at the last checkpoint (`msg`: undefined if not sent). */
  private note(id: number, msg: Envelope | undefined): void {
    let stamps = this.stamps!;
    if (id >= stamps.length) {
      stamps = new Int32Array(Math.max(2 * stamps.length, id + 1));
      stamps.set(this.stamps!);
      this.stamps = stamps;
    }
    stamps[id] = this.taken + 1;
    const i = this.count++;
    if (i >= this.ids.length) {
      const ids = new Float64Array(2 * this.ids.length);
      ids.set(this.ids);
      this.ids = ids;
      const where = new Float64Array(2 * this.where.length);
      where.set(this.where);
      this.where = where;
    }
    this.ids[i] = id;
    this.was[i] = msg;
    const at = WIDTH * i;
    if (msg) write(this.where, at, msg);
    else this.where.fill(Number.NaN, at, at + WIDTH);
  }

  /** Before message `id` is sent, moved or removed: notes how it stood at the last checkpoint. */
  change(messages: Messages, id: number): void {
    if (this.stamps === undefined || this.noted(id)) return;
    this.note(id, messages[id]);
  }

  /** The changes since the last checkpoint; the next are counted from now. */
  take(messages: Messages): MessageDelta {
    if (this.stamps === undefined) throw new Error('take() on messages that are not tracked');
    const n = this.count;
    const ids = new Array<number>(n);
    const before = this.was.slice(0, n);
    const positions = new Float64Array(2 * WIDTH * n);
    positions.set(this.where.subarray(0, WIDTH * n));
    const after: (Envelope | undefined)[] = new Array<Envelope | undefined>(n);
    for (let i = 0; i < n; i++) {
      const id = this.ids[i]!;
      ids[i] = id;
      const msg = messages[id];
      after[i] = msg;
      write(positions, (n + i) * WIDTH, msg);
    }
    this.restart();
    return { ids, before, after, positions };
  }

  /** Takes the table back to the last checkpoint: the changes since are forgotten. */
  discard(messages: Messages): void {
    if (this.stamps === undefined) return;
    const where = this.where;
    for (let i = this.count - 1; i >= 0; i--)
      put(messages, this.ids[i]!, this.was[i], where, i * WIDTH);
    this.restart();
  }

  /**
   * Takes `delta`'s changes back as pending, before those made since (a checkpoint taken again
   * at the same step: the new one must hold both).
   */
  reopen(delta: MessageDelta): void {
    if (this.stamps === undefined) return;
    const n = this.count;
    const ids = this.ids.slice(0, n);
    const was = this.was.slice(0, n);
    const where = this.where.slice(0, WIDTH * n);
    this.restart();
    for (let i = 0; i < delta.ids.length; i++)
      this.noteAt(delta.ids[i]!, delta.before[i], delta.positions, i * WIDTH);
    for (let i = 0; i < n; i++)
      if (!this.noted(ids[i]!)) this.noteAt(ids[i]!, was[i], where, i * WIDTH);
  }

  /** `note`, with the position recorded at `positions[at…]` rather than read off the message. */
  private noteAt(id: number, msg: Envelope | undefined, positions: Float64Array, at: number): void {
    this.note(id, msg);
    this.where.set(positions.subarray(at, at + WIDTH), WIDTH * (this.count - 1));
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
