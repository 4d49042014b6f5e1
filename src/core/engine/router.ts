// Routing over a coordination structure: the path a message may take between two actors,
// following only the links the structure allows (meeting-only links carry nothing between
// meetings). Paths minimise typical latency; ties go to fewer hops, then to id order.
import type { Link, Structure } from '../scenario/schema';
import { MinHeap } from '../queue';

export interface Hop {
  readonly from: string;
  readonly to: string;
  readonly link: Link;
  /** Stable key of the directed link, for its capacity bookkeeping. */
  readonly key: string;
}

/** A route worked out once and shared by every message that takes it (never changed). */
export interface Route {
  readonly hops: readonly Hop[];
  /** The actors from sender to receiver, both included. */
  readonly nodes: readonly string[];
  /** The actors in between. */
  readonly via: readonly string[];
}

export class Router {
  private readonly adjacency = new Map<string, Hop[]>();
  /** from → to → route: nested Maps, so a lookup builds no key string (one per message hop). */
  private readonly cache = new Map<string, Map<string, Route | null>>();
  private readonly trees = new Map<string, Tree>();

  /**
   * @param relayCost minutes an actor takes to pass a message on (its handling time), so a
   *   path through a busy desk is not preferred to a slower direct link.
   */
  constructor(
    structure: Structure,
    private readonly relayCost: (actor: string) => number = () => 0,
  ) {
    structure.links.forEach((link, index) => {
      if (link.channel === 'meeting-only') return;
      this.add({ from: link.from, to: link.to, link, key: `${index}>` });
      if (!link.oneWay) this.add({ from: link.to, to: link.from, link, key: `${index}<` });
    });
    for (const hops of this.adjacency.values())
      hops.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  }

  private add(hop: Hop): void {
    const list = this.adjacency.get(hop.from);
    if (list) list.push(hop);
    else this.adjacency.set(hop.from, [hop]);
  }

  /** The hops from one actor to another, [] when they are the same, null when unreachable. */
  path(from: string, to: string): readonly Hop[] | null {
    return this.route(from, to)?.hops ?? null;
  }

  /** The route from one actor to another (searched once, then shared), null when unreachable. */
  route(from: string, to: string): Route | null {
    const found = this.cache.get(from)?.get(to);
    return found === undefined ? this.searchRoute(from, to) : found;
  }

  /**
   * A route not searched yet, searched and kept. Apart from `route`, which every message hop
   * calls: this runs once per pair of actors, mostly when a structure's first runs start, and
   * kept inside `route` its arrays (an empty path is a small-integer array, other paths are
   * not) threw away `route`'s optimised code whenever a later structure's runs met a new kind.
   */
  private searchRoute(from: string, to: string): Route | null {
    let byTo = this.cache.get(from);
    if (!byTo) this.cache.set(from, (byTo = new Map()));
    const hops = from === to ? [] : this.search(from, to);
    // Frozen: log entries and messages of every run of this structure hold these arrays.
    const nodes = hops && Object.freeze([from, ...hops.map((h) => h.to)]);
    const found = hops && nodes ? { hops, nodes, via: Object.freeze(nodes.slice(1, -1)) } : null;
    byTo.set(to, found);
    return found;
  }

  private search(from: string, to: string): Hop[] | null {
    // Dijkstra on (latency, hops, id): nodes are settled in that order, each relaxing its
    // links in id order; a node's best route is replaced only by a strictly better (cost,
    // hops). One search per source, resumed for each new destination: settling further nodes
    // never changes a settled node's route, so a route is the same as from a fresh search.
    let tree = this.trees.get(from);
    if (tree) {
      // Most recently used last; the oldest searches are dropped to bound memory on big meshes.
      this.trees.delete(from);
      this.trees.set(from, tree);
    } else {
      tree = {
        best: new Map([[from, { cost: 0, hops: 0, via: null }]]),
        done: new Set(),
        open: new MinHeap<Entry>(less),
      };
      tree.open.push({ cost: 0, hops: 0, id: from });
      this.trees.set(from, tree);
      if (this.trees.size > KEPT_SEARCHES) this.trees.delete(this.trees.keys().next().value!);
    }
    const { best, done, open } = tree;
    while (!done.has(to)) {
      const top = open.pop();
      if (top === undefined) return null;
      const node = top.id;
      const nodeBest = best.get(node)!;
      if (done.has(node) || top.cost !== nodeBest.cost || top.hops !== nodeBest.hops) continue; // stale
      done.add(node);
      for (const hop of this.adjacency.get(node) ?? []) {
        const relay = node === from ? 0 : this.relayCost(node);
        const cost = nodeBest.cost + relay + hop.link.latency + hop.link.jitter / 2;
        const hops = nodeBest.hops + 1;
        const current = best.get(hop.to);
        if (!current || cost < current.cost || (cost === current.cost && hops < current.hops)) {
          best.set(hop.to, { cost, hops, via: hop });
          if (!done.has(hop.to)) open.push({ cost, hops, id: hop.to });
        }
      }
    }
    const hops: Hop[] = [];
    let at = to;
    while (at !== from) {
      const via = best.get(at)?.via;
      if (!via) return null;
      hops.push(via);
      at = via.from;
    }
    return hops.reverse();
  }
}

/** Searches kept for resuming; a dropped one is simply started again (same routes). */
const KEPT_SEARCHES = 256;

/** A shortest-path search from one source, kept to be resumed for the next destination. */
interface Tree {
  readonly best: Map<string, { cost: number; hops: number; via: Hop | null }>;
  readonly done: Set<string>;
  /** The search frontier, smallest (cost, hops, id) first. */
  readonly open: MinHeap<Entry>;
}

interface Entry {
  readonly cost: number;
  readonly hops: number;
  readonly id: string;
}

const less = (a: Entry, b: Entry): boolean =>
  a.cost < b.cost || (a.cost === b.cost && (a.hops < b.hops || (a.hops === b.hops && a.id < b.id)));
