// View diffing: which elements to create and remove when a new GraphView arrives, so the
// graph joins DOM only when the set of things changes and otherwise touches attributes.
import type { GraphLink, GraphNode } from './types.ts';

export interface KeyedDiff<T> {
  /** Items whose key is new, in view order. */
  readonly entered: T[];
  /** Keys present before and missing now. */
  readonly exited: string[];
  /** Every item of the view, first occurrence of each key, in view order. */
  readonly items: T[];
  /** True when nothing entered or exited. */
  readonly same: boolean;
}

/** Compares the keys of `next` with the keys held in `prev` (a map or set keyed the same way). */
export function diffKeyed<T>(
  prev: { has(key: string): boolean; keys(): IterableIterator<string> },
  next: readonly T[],
  key: (item: T) => string,
): KeyedDiff<T> {
  const seen = new Set<string>();
  const entered: T[] = [];
  const items: T[] = [];
  for (const item of next) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    items.push(item);
    if (!prev.has(k)) entered.push(item);
  }
  const exited: string[] = [];
  for (const k of prev.keys()) if (!seen.has(k)) exited.push(k);
  return { entered, exited, items, same: entered.length === 0 && exited.length === 0 };
}

/** A link is keyed by everything that decides how it is drawn and laid out. */
export function linkKey(link: GraphLink): string {
  return `${link.id}\u0000${link.source}\u0000${link.target}\u0000${link.channel}`;
}

export type NodeChange = 'kind' | 'label' | 'state' | 'load' | 'role';

/** What changed between two versions of a node (the same object means nothing did). */
export function nodeChanges(prev: GraphNode, next: GraphNode): NodeChange[] {
  if (prev === next) return [];
  const out: NodeChange[] = [];
  if (prev.kind !== next.kind) out.push('kind');
  if (prev.label !== next.label) out.push('label');
  if (prev.role !== next.role) out.push('role');
  if (prev.state !== next.state) out.push('state');
  if (prev.workload !== next.workload || prev.capacity !== next.capacity) out.push('load');
  return out;
}

/** The short second line under a node: its state and, when it has a capacity, its load. */
export function stateLine(
  node: Pick<GraphNode, 'state' | 'workload' | 'capacity'>,
  state: string = node.state,
): string {
  return node.capacity > 0 ? `${state} · ${node.workload}/${node.capacity}` : state;
}

/**
 * A node's accessible name, also its tooltip: full name, role, kind and state. The drawn
 * (possibly shortened) label is hidden from assistive technology, so nothing is read twice
 * and the name never contradicts what a pointer user sees in the tooltip.
 */
export function accessibleName(label: string, role: string, kind: string, state: string): string {
  return `${label} — ${role} (${kind}): ${state}`;
}

/** Names longer than this are drawn on two lines, so they stay whole without spreading the mesh. */
export const LINE_MAX = 18;

/**
 * The name drawn under a node as one or two lines: a long name breaks at the space nearest
 * its middle ("Joint Operations Centre, Galasi" → "Joint Operations" / "Centre, Galasi").
 */
export function labelLines(label: string): readonly [string, string] {
  const text = shortLabel(label);
  if (text.length <= LINE_MAX) return [text, ''];
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ') continue;
    if (best < 0 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i;
  }
  return best < 0 ? [text, ''] : [text.slice(0, best), text.slice(best + 1)];
}

/** Longest name drawn under a node; the full name is in its tooltip, aria-label and the table. */
export const LABEL_MAX = 36;

/**
 * The name drawn under a node: whole when short, else cut at a word boundary with an
 * ellipsis ("Joint Operations Centre, Carana" → "Joint Operations Centre…").
 */
export function shortLabel(label: string, max = LABEL_MAX): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const boundary = /[\s,;/(–-]/;
  // Cut at the end of the last whole word that fits, unless that leaves too little.
  const last = boundary.test(label[max - 1] ?? '')
    ? cut.length
    : cut.search(/[\s,;/(–-][^\s,;/(–-]*$/);
  const head = (last > max / 2 ? cut.slice(0, last) : cut).replace(/[\s,;/(–-]+$/, '');
  return `${head}…`;
}
