// A seat's state sent as changes. A connection's first state is whole; after it, the host sends
// the mesh as changes (mesh-changes.ts) and each list that moves as the exercise goes
// (processes, knowledge, staged injects, seats, observations) only when something in it
// changed, and then only the items that did. The scalar parts (phase, time, the waiting
// decision) are small and sent whole. The host keeps, per connection, what it sent of each list
// (each item's JSON, in order); the seat (src/ui/exercise/connection.ts) applies the changes to
// what it holds. Both sides use this file, so applying a frame gives the whole state exactly.
// An item's JSON is made once per broadcast for every seat that may see it (json-once.ts).
import type { Serialise } from './json-once.ts';
import { applyMeshChanges, meshChanges, type MeshSent } from './mesh-changes.ts';
import type { SeatFrame, SeatState } from './protocol.ts';

/** Outside a broadcast (a single state, a test): each object serialised where it is needed. */
const serialise: Serialise = (value) => JSON.stringify(value);

/** A list as changes: the whole list (`full`), or the items changed or new and the ids gone. */
export interface ListChanges<T> {
  readonly full: boolean;
  readonly items: T[];
  readonly gone?: string[] | undefined;
}

/** A record as changes: every key (`full`), or the keys changed or new and the keys gone. */
export interface RecordChanges<T> {
  readonly full: boolean;
  readonly set: Record<string, T>;
  readonly gone?: string[] | undefined;
}

/** What one connection has been sent of a list or record: id → its JSON, in the order sent. */
type Sent = ReadonlyMap<string, string>;

/** What one connection has been sent of its state (absent: it has had no state yet). */
export interface StateSent {
  readonly mesh: MeshSent;
  readonly processes: Sent;
  readonly knows: Sent;
  readonly staged?: Sent;
  readonly seats?: Sent;
  readonly observations?: Sent;
}

interface Diff {
  readonly full: boolean;
  /** Indices of the entries changed or new. */
  readonly changed: number[];
  readonly gone: string[];
  readonly sent: Sent;
}

/**
 * How `entries` differ from what was `sent`. `ordered`: the seat must end with the entries in
 * this order, which changes can say only when the entries it keeps come first, in the order it
 * has them, and the new ones after them; anything else (a list reordered) is sent whole.
 */
function diff(
  ids: readonly string[],
  json: readonly string[],
  sent: Sent | undefined,
  ordered: boolean,
): Diff {
  const now = new Map<string, string>();
  ids.forEach((id, i) => now.set(id, json[i]!));
  if (!sent) return { full: true, changed: ids.map((_, i) => i), gone: [], sent: now };
  const gone: string[] = [];
  let kept = 0;
  let inOrder = true;
  for (const id of sent.keys()) {
    if (!now.has(id)) gone.push(id);
    else if (ids[kept++] !== id) inOrder = false;
  }
  if (ordered && !inOrder)
    return { full: true, changed: ids.map((_, i) => i), gone: [], sent: now };
  const changed: number[] = [];
  ids.forEach((id, i) => {
    if (sent.get(id) !== json[i]) changed.push(i);
  });
  return { full: false, changed, gone, sent: now };
}

/** A list's changes since `sent` (undefined: nothing changed), and what will have been sent. */
export function listChanges<T extends { readonly id: string }>(
  items: readonly T[],
  sent: Sent | undefined,
  json: Serialise = serialise,
): { readonly changes: ListChanges<T> | undefined; readonly sent: Sent } {
  const d = diff(
    items.map((x) => x.id),
    items.map(json),
    sent,
    true,
  );
  if (d.full) return { changes: { full: true, items: [...items] }, sent: d.sent };
  if (d.changed.length === 0 && d.gone.length === 0) return { changes: undefined, sent: d.sent };
  return {
    changes: {
      full: false,
      items: d.changed.map((i) => items[i]!),
      ...(d.gone.length > 0 ? { gone: d.gone } : {}),
    },
    sent: d.sent,
  };
}

/** The list after `changes` (the same array when there are none). */
export function applyListChanges<T extends { readonly id: string }>(
  previous: T[] | undefined,
  changes: ListChanges<T> | undefined,
): T[] | undefined {
  if (!changes) return previous;
  if (changes.full || !previous) return [...changes.items];
  const gone = new Set(changes.gone);
  const changed = new Map(changes.items.map((x) => [x.id, x]));
  const out: T[] = [];
  for (const x of previous) {
    if (gone.has(x.id)) continue;
    const c = changed.get(x.id);
    if (c) changed.delete(x.id);
    out.push(c ?? x);
  }
  out.push(...changed.values());
  return out;
}

/** A record's changes since `sent` (undefined: nothing changed), and what will have been sent. */
export function recordChanges<T extends object>(
  record: Readonly<Record<string, T>>,
  sent: Sent | undefined,
  json: Serialise = serialise,
): { readonly changes: RecordChanges<T> | undefined; readonly sent: Sent } {
  const keys = Object.keys(record);
  const d = diff(
    keys,
    keys.map((k) => json(record[k]!)),
    sent,
    false,
  );
  const set = Object.fromEntries(d.changed.map((i) => [keys[i]!, record[keys[i]!]!]));
  if (d.full) return { changes: { full: true, set }, sent: d.sent };
  if (d.changed.length === 0 && d.gone.length === 0) return { changes: undefined, sent: d.sent };
  return {
    changes: { full: false, set, ...(d.gone.length > 0 ? { gone: d.gone } : {}) },
    sent: d.sent,
  };
}

/** The record after `changes` (the same object when there are none). */
export function applyRecordChanges<T>(
  previous: Record<string, T> | undefined,
  changes: RecordChanges<T> | undefined,
): Record<string, T> | undefined {
  if (!changes) return previous;
  if (changes.full || !previous) return { ...changes.set };
  const gone = new Set(changes.gone);
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(previous)) if (!gone.has(k)) out[k] = v;
  return { ...out, ...changes.set };
}

/**
 * The frame that brings a connection from what it was `sent` (absent for its first state) to
 * `state`, and what it will then have been sent. `json` serialises the lists' items (a
 * broadcast's, so each is made once for every seat).
 */
export function stateChanges(
  state: SeatState,
  sent: StateSent | undefined,
  json: Serialise = serialise,
): { readonly frame: SeatFrame; readonly sent: StateSent } {
  const { graph, processes, knows, staged, seats, observations, ...rest } = state;
  const mesh = meshChanges(graph, sent?.mesh);
  const p = listChanges(processes, sent?.processes, json);
  const k = recordChanges(knows, sent?.knows, json);
  // The lists EXCON and evaluators have, and players and the projector never do.
  const s = staged && listChanges(staged, sent?.staged, json);
  const e = seats && listChanges(seats, sent?.seats, json);
  const o = observations && listChanges(observations, sent?.observations, json);
  const frame: SeatFrame = {
    ...rest,
    mesh: mesh.changes,
    ...(p.changes ? { processes: p.changes } : {}),
    ...(k.changes ? { knows: k.changes } : {}),
    ...(s?.changes ? { staged: s.changes } : {}),
    ...(e?.changes ? { seats: e.changes } : {}),
    ...(o?.changes ? { observations: o.changes } : {}),
  };
  const next: StateSent = {
    mesh: mesh.sent,
    processes: p.sent,
    knows: k.sent,
    ...(s ? { staged: s.sent } : {}),
    ...(e ? { seats: e.sent } : {}),
    ...(o ? { observations: o.sent } : {}),
  };
  return { frame, sent: next };
}

/** A list's changes as JSON, its items' JSON taken from `json`. */
function listJson(changes: ListChanges<object>, json: Serialise): string {
  const gone = changes.gone === undefined ? '' : `,"gone":${JSON.stringify(changes.gone)}`;
  return `{"full":${changes.full},"items":[${changes.items.map(json).join(',')}]${gone}}`;
}

/** A record's changes as JSON, its values' JSON taken from `json`. */
function recordJson(changes: RecordChanges<object>, json: Serialise): string {
  const set = Object.entries(changes.set).map(([k, v]) => `${JSON.stringify(k)}:${json(v)}`);
  const gone = changes.gone === undefined ? '' : `,"gone":${JSON.stringify(changes.gone)}`;
  return `{"full":${changes.full},"set":{${set.join(',')}}${gone}}`;
}

/**
 * The host's `state` message for this frame, as the text sent: what `JSON.stringify` would
 * write, the lists' items spliced in from `json` instead of serialised again for each seat.
 */
export function stateMessageJson(frame: SeatFrame, json: Serialise): string {
  const { processes, knows, staged, seats, observations, ...rest } = frame;
  const parts = [`{"type":"state","state":${JSON.stringify(rest).slice(0, -1)}`];
  if (processes) parts.push(`,"processes":${listJson(processes, json)}`);
  if (knows) parts.push(`,"knows":${recordJson(knows, json)}`);
  if (staged) parts.push(`,"staged":${listJson(staged, json)}`);
  if (seats) parts.push(`,"seats":${listJson(seats, json)}`);
  if (observations) parts.push(`,"observations":${listJson(observations, json)}`);
  parts.push('}}');
  return parts.join('');
}

/** A seat's whole state after `frame`, from the state it held before (null: none yet). */
export function applyStateChanges(
  previous: SeatState | null | undefined,
  frame: SeatFrame,
): SeatState {
  const { mesh, processes, knows, staged, seats, observations, msel, objectives, areas, ...rest } =
    frame;
  // The control lists as changed, or as held; the parts that never change as first sent.
  const lists = {
    staged: applyListChanges(previous?.staged, staged),
    seats: applyListChanges(previous?.seats, seats),
    observations: applyListChanges(previous?.observations, observations),
    msel: msel ?? previous?.msel,
    objectives: objectives ?? previous?.objectives,
    areas: areas ?? previous?.areas,
  };
  return {
    ...rest,
    graph: applyMeshChanges(previous?.graph, mesh),
    processes: applyListChanges(previous?.processes, processes) ?? [],
    knows: applyRecordChanges(previous?.knows, knows) ?? {},
    ...(lists.staged ? { staged: lists.staged } : {}),
    ...(lists.seats ? { seats: lists.seats } : {}),
    ...(lists.observations ? { observations: lists.observations } : {}),
    ...(lists.msel ? { msel: lists.msel } : {}),
    ...(lists.objectives ? { objectives: lists.objectives } : {}),
    ...(lists.areas ? { areas: lists.areas } : {}),
  };
}
