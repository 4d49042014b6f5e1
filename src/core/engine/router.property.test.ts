// The heap-based route search must pick exactly the paths of the plain Dijkstra it replaced
// (settle the unvisited node with the least (latency, hops, id), links in id order), ties
// included, so that logs stay byte-identical. The reference below is that earlier search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { structureSchema, type Link, type Structure } from '../scenario/schema';
import { Router } from './router';

interface RefHop {
  from: string;
  to: string;
  link: Link;
}

function referencePath(
  structure: Structure,
  relayCost: (a: string) => number,
  from: string,
  to: string,
): string[] | null {
  if (from === to) return [];
  const adjacency = new Map<string, RefHop[]>();
  const add = (h: RefHop) => adjacency.set(h.from, [...(adjacency.get(h.from) ?? []), h]);
  for (const link of structure.links) {
    if (link.channel === 'meeting-only') continue;
    add({ from: link.from, to: link.to, link });
    if (!link.oneWay) add({ from: link.to, to: link.from, link });
  }
  for (const hops of adjacency.values())
    hops.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const best = new Map<string, { cost: number; hops: number; via: RefHop | null }>();
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
    for (const hop of adjacency.get(node) ?? []) {
      const relay = node === from ? 0 : relayCost(node);
      const cost = nodeBest.cost + relay + hop.link.latency + hop.link.jitter / 2;
      const hops = nodeBest.hops + 1;
      const current = best.get(hop.to);
      if (!current || cost < current.cost || (cost === current.cost && hops < current.hops)) {
        best.set(hop.to, { cost, hops, via: hop });
      }
    }
  }
  const out: string[] = [];
  let at = to;
  while (at !== from) {
    const via = best.get(at)!.via!;
    out.push(`${via.from}>${via.to}`);
    at = via.from;
  }
  return out.reverse();
}

const NODES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const linkArb = fc.record({
  from: fc.constantFrom(...NODES),
  to: fc.constantFrom(...NODES),
  // Few distinct latencies and jitters: plenty of ties in cost and in hops.
  latency: fc.constantFrom('0m', '5m', '10m'),
  jitter: fc.constantFrom('0m', '10m'),
  channel: fc.constantFrom('radio', 'radio', 'report', 'meeting-only'),
  oneWay: fc.boolean(),
});

describe('Router (heap search) against the plain Dijkstra', () => {
  it('finds the same path for every pair, ties included', () => {
    fc.assert(
      fc.property(
        fc
          .array(linkArb, { minLength: 1, maxLength: 20 })
          .filter((ls) => ls.some((l) => l.from !== l.to)),
        fc.array(fc.constantFrom(0, 0, 5, 10), {
          minLength: NODES.length,
          maxLength: NODES.length,
        }),
        (links, relays) => {
          const structure = structureSchema.parse({
            id: 's',
            name: 'S',
            links: links.filter((l) => l.from !== l.to),
            authority: {
              escortDecision: 'a',
              escortProviders: ['a'],
              situationalAwareness: 'a',
              pocResponse: 'a',
              pocResponders: ['a'],
              handoverDecision: 'a',
            },
          } as unknown);
          const relay = (actor: string) => relays[NODES.indexOf(actor)] ?? 0;
          const router = new Router(structure, relay);
          for (const from of NODES) {
            for (const to of NODES) {
              const got = router.path(from, to);
              expect(got && got.map((h) => `${h.from}>${h.to}`)).toEqual(
                referencePath(structure, relay, from, to),
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Router keeps a bounded number of searches', () => {
  it('gives the same routes after old searches were dropped', () => {
    // A ring of 400 actors with a few chords: more sources than searches kept.
    const ids = Array.from({ length: 400 }, (_, i) => `n${String(i).padStart(3, '0')}`);
    const links = ids.map((id, i) => ({
      from: id,
      to: ids[(i + 1) % ids.length]!,
      channel: 'radio',
      latency: `${1 + (i % 3)}m`,
    }));
    for (let i = 0; i < 400; i += 37)
      links.push({ from: ids[i]!, to: ids[(i + 150) % 400]!, channel: 'liaison', latency: '20m' });
    const structure = structureSchema.parse({
      id: 's',
      name: 'S',
      links,
      authority: {
        escortDecision: 'n000',
        escortProviders: ['n000'],
        situationalAwareness: 'n000',
        pocResponse: 'n000',
        pocResponders: ['n000'],
        handoverDecision: 'n000',
      },
    });
    const show = (hops: ReturnType<Router['path']>) =>
      hops && hops.map((h) => `${h.from}>${h.to}`).join(' ');
    const router = new Router(structure);
    const first = ids.map((from, i) => show(router.path(from, ids[(i * 7 + 13) % 400]!)));
    // New destinations from every source: the early sources' searches were dropped by now and
    // start again; the later ones resume. Either way, the routes a fresh router finds.
    const second = ids.map((from, i) => show(router.path(from, ids[(i + 200) % 400]!)));
    const fresh = new Router(structure);
    expect(second).toEqual(ids.map((from, i) => show(fresh.path(from, ids[(i + 200) % 400]!))));
    expect(
      ids.map((from, i) => show(new Router(structure).path(from, ids[(i * 7 + 13) % 400]!))),
    ).toEqual(first);
    for (let i = 0; i < 400; i += 41) {
      expect(first[i]!.split(' ')).toEqual(
        referencePath(structure, () => 0, ids[i]!, ids[(i * 7 + 13) % 400]!),
      );
    }
  });
});
