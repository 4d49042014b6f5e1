// What of a scenario the schema rejected can still be cross-checked: the loader reports
// unknown actors and the like in the same pass as the schema errors, so a trainer fixes a file
// in one round. The list items (an actor, a link, an inject) that hold a schema error are left
// out, top-level values that are wrong are replaced by neutral ones, and the remainder is
// checked again; reference problems that only come from what was left out are dropped.
import type { Path } from './refs';
import { scenarioSchema } from './schema';

export interface Salvaged {
  /** The data without the rejected items. */
  readonly data: unknown;
  /** A path into `data` as the same path in the file as written. */
  readonly original: (path: Path) => Path;
  /** A reference message that may only come from what was left out (an id it names). */
  readonly fromRemoved: (message: string) => boolean;
}

/** Stand-ins for wrong top-level values that no cross-reference check can trip on. */
const NEUTRAL: Readonly<Record<string, unknown>> = {
  version: 1,
  id: 'scenario',
  title: 'scenario',
  summary: 'scenario',
  setting: '',
  duration: '366d', // the longest allowed: every time point (at most T+999:59) falls inside it
  // Lists whose every id is remembered as left out, so nothing naming one is reported.
  areas: [],
  injects: [],
  decisions: [],
  metrics: [],
};

/** Top-level keys that may simply be left out (and keys the scenario format does not have). */
const OPTIONAL: ReadonlySet<string> = new Set(['defaultStructure']);
const KNOWN: ReadonlySet<string> = new Set(Object.keys(scenarioSchema.shape));

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data with every item holding a schema error left out, or null when none can be. */
export function salvage(data: unknown, issuePaths: readonly Path[]): Salvaged | null {
  if (!isObject(data)) return null;
  const copy = structuredClone(data);
  // Per array (keyed by its path in the file), the indices of the items to leave out.
  const drop = new Map<string, { path: Path; indices: Set<number> }>();
  const removedIds = new Set<string>();
  for (const path of issuePaths) {
    const last = path.findLastIndex((k) => typeof k === 'number');
    if (last < 0) {
      const key = path[0];
      if (path.length === 0 || typeof key !== 'string') return null;
      if (Object.hasOwn(NEUTRAL, key)) {
        idsIn(copy[key], removedIds);
        copy[key] = NEUTRAL[key];
      } else if (OPTIONAL.has(key) || !KNOWN.has(key)) delete copy[key];
      else return null;
      continue;
    }
    const arrayPath = path.slice(0, last);
    const k = JSON.stringify(arrayPath);
    const entry = drop.get(k) ?? { path: arrayPath, indices: new Set<number>() };
    entry.indices.add(path[last] as number);
    drop.set(k, entry);
  }
  // Remember each left-out item's id, then remove the items, deepest arrays first so the
  // indices of outer arrays still hold.
  const kept = new Map<string, number[]>();
  const entries = [...drop.entries()].sort((a, b) => b[1].path.length - a[1].path.length);
  for (const [key, { path, indices }] of entries) {
    const array = at(copy, path);
    if (!Array.isArray(array)) return null;
    const keep: number[] = [];
    array.forEach((item, i) => {
      if (!indices.has(i)) keep.push(i);
      else idsIn(item, removedIds);
    });
    set(
      copy,
      path,
      keep.map((i) => array[i]),
    );
    kept.set(key, keep);
  }
  return {
    data: copy,
    original(path) {
      const out: (string | number)[] = [];
      for (const k of path) {
        const keep = typeof k === 'number' ? kept.get(JSON.stringify(out)) : undefined;
        out.push(keep !== undefined && typeof k === 'number' ? (keep[k] ?? k) : k);
      }
      return out;
    },
    fromRemoved: (message) => [...removedIds].some((id) => message.includes(JSON.stringify(id))),
  };
}

/** Every id an item defines, at any depth (an inject's event id, a meeting's id…). */
function idsIn(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) idsIn(item, out);
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'id' && typeof value === 'string') out.add(value);
      else idsIn(value, out);
    }
  }
}

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const k of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

function set(root: unknown, path: Path, value: unknown): void {
  const parent = at(root, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object')
    (parent as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}
