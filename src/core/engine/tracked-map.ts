// A table the engine keeps as a Map (instances, link times) whose checkpoints are differences
// rather than copies. Between two checkpoints it remembers, for each key it changes, the value
// it had at the first one; a checkpoint takes those as a `MapDelta` (the keys, their values
// before and after) and starts again. A run then goes back a checkpoint by putting the values
// before back, and forward one by putting the values after in: work in proportion to what
// changed, not to the size of the table, which for instances grows with the mission (every
// process ever started stays in it).
//
// Keys are never removed (`delete` refuses), so the Map's order — which the saved state's JSON
// follows — is the order in which keys first appeared, and both directions keep it: going
// back removes only keys that appeared since, going forward appends them in the order they
// appeared. A value a checkpoint may hold must not be changed in place: a delta shares it. (The
// engine changes an instance's entry in place only when it was made after the last checkpoint
// taken or restored — what a delta takes is the value as it stands then — and replaces it
// otherwise, through `set`, which notes the value before.) Nor may a value be undefined (a
// missing key reads as one).

/** Marks a key the table did not hold at the earlier checkpoint. */
const ABSENT: unique symbol = Symbol('absent');
type Absent = typeof ABSENT;

/** What changed in a table between two checkpoints, in the order keys were first changed. */
export interface MapDelta<K, V> {
  readonly keys: readonly K[];
  /** The value at the earlier checkpoint, or absent when the key appeared since. */
  readonly before: readonly (V | Absent)[];
  /** The value at the later checkpoint. */
  readonly after: readonly V[];
}

export class TrackedMap<K, V> extends Map<K, V> {
  /**
   * Key → the count of checkpoints (`taken`) when it was last noted as changed: noted since the
   * last checkpoint when equal. Kept from one checkpoint to the next (a key noted again has its
   * number written over), so that tracking does not grow a new table after every checkpoint.
   * Undefined: not tracking.
   */
  private noted: Map<K, number> | undefined;
  private taken = 0;
  /** The keys changed since the last checkpoint, in order, with their values there. */
  private keysSince: K[] = [];
  private wasSince: (V | Absent)[] = [];

  /** Starts remembering changes (a run with checkpoints), forgetting any remembered. */
  track(): void {
    this.noted = new Map();
    this.taken = 0;
    this.keysSince = [];
    this.wasSince = [];
  }

  override set(key: K, value: V): this {
    const noted = this.noted;
    if (noted !== undefined && noted.get(key) !== this.taken) {
      noted.set(key, this.taken);
      // One look-up rather than has() then get(): values are never undefined.
      const was = super.get(key);
      this.keysSince.push(key);
      this.wasSince.push(was === undefined ? ABSENT : was);
    }
    return super.set(key, value);
  }

  /** Forgets the changes noted since the last checkpoint: the next are counted from now. */
  private restart(): void {
    this.taken += 1;
    this.keysSince = [];
    this.wasSince = [];
  }

  override delete(key: K): boolean {
    void key;
    throw new Error('a tracked table keeps every key: going back a checkpoint relies on it');
  }

  override clear(): void {
    throw new Error('a tracked table keeps every key: going back a checkpoint relies on it');
  }

  /** The changes since the last checkpoint, as a delta; the next ones are counted from now. */
  take(): MapDelta<K, V> {
    if (this.noted === undefined) throw new Error('take() on a table that is not tracked');
    const keys = this.keysSince;
    const n = keys.length;
    const after = new Array<V>(n);
    for (let i = 0; i < n; i++) after[i] = super.get(keys[i]!) as V;
    const delta = { keys, before: this.wasSince, after };
    this.restart();
    return delta;
  }

  /** Puts back the values of the last checkpoint: the changes since are forgotten. */
  discard(): void {
    if (this.noted === undefined) return;
    const { keysSince: keys, wasSince: before } = this;
    for (let i = 0; i < keys.length; i++) {
      const was = before[i]!;
      if (was === ABSENT) super.delete(keys[i]!);
      else super.set(keys[i]!, was);
    }
    this.restart();
  }

  /**
   * Takes the table from the later checkpoint of `delta` to the earlier one. Only when no change
   * since the last checkpoint is pending (after `discard` or `take`).
   */
  undo(delta: MapDelta<K, V>): void {
    for (let i = delta.keys.length - 1; i >= 0; i--) {
      const was = delta.before[i]!;
      if (was === ABSENT) super.delete(delta.keys[i]!);
      else super.set(delta.keys[i]!, was);
    }
  }

  /** Takes the table from the earlier checkpoint of `delta` to the later one (same condition). */
  redo(delta: MapDelta<K, V>): void {
    for (let i = 0; i < delta.keys.length; i++) super.set(delta.keys[i]!, delta.after[i]!);
  }

  /**
   * Takes `delta`'s changes back as pending, before those made since (a checkpoint taken again
   * at the same step: the new one must hold both).
   */
  reopen(delta: MapDelta<K, V>): void {
    const noted = this.noted;
    if (noted === undefined) return;
    const { keysSince, wasSince } = this;
    this.keysSince = [...delta.keys];
    this.wasSince = [...delta.before];
    for (const key of delta.keys) noted.set(key, this.taken);
    const inDelta = new Set(delta.keys);
    for (let i = 0; i < keysSince.length; i++) {
      if (inDelta.has(keysSince[i]!)) continue;
      this.keysSince.push(keysSince[i]!);
      this.wasSince.push(wasSince[i]!);
    }
  }
}
