// Routing over a coordination structure: the path a message may take between two actors,
// following only the links the structure allows (meeting-only links carry nothing between
// meetings). Paths minimise typical latency; ties go to fewer hops, then to id order.
import type { Link, Structure } from '../scenario/schema';

export interface Hop {
  readonly from: string;
  readonly to: string;
  readonly link: Link;
  /** Stable key of the directed link, for its capacity bookkeeping. */
  readonly key: string;
}

export class Router {
  private readonly adjacency = new Map<string, Hop[]>();
  private readonly cache = new Map<string, readonly Hop[] | null>();

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
    if (from === to) return [];
    const key = `${from}\u0000${to}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const found = this.search(from, to);
    this.cache.set(key, found);
    return found;
  }

  private search(from: string, to: string): Hop[] | null {
    // Dijkstra on (latency, hops); graphs are small (tens to thousands of nodes).
    const best = new Map<string, { cost: number; hops: number; via: Hop | null }>();
    best.set(from, { cost: 0, hops: 0, via: null });
    const done = new Set<string>();
    for (;;) {
      let node: string | undefined;
      let nodeBest: { cost: number; hops: number } | undefined;
      for (const [id, b] of best) {
        if (done.has(id)) continue;
        if (
          !nodeBest ||
          b.cost < nodeBest.cost ||
          (b.cost === nodeBest.cost &&
            (b.hops < nodeBest.hops || (b.hops === nodeBest.hops && id < node!)))
        ) {
          node = id;
          nodeBest = b;
        }
      }
      if (node === undefined || nodeBest === undefined) return null;
      if (node === to) break;
      done.add(node);
      for (const hop of this.adjacency.get(node) ?? []) {
        const relay = node === from ? 0 : this.relayCost(node);
        const cost = nodeBest.cost + relay + hop.link.latency + hop.link.jitter / 2;
        const hops = nodeBest.hops + 1;
        const current = best.get(hop.to);
        if (!current || cost < current.cost || (cost === current.cost && hops < current.hops)) {
          best.set(hop.to, { cost, hops, via: hop });
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
