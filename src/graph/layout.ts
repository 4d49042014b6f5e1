// The force layout: d3-force with its own timer stopped (the graph ticks it from its animation
// frame), a seeded random source, deterministic first positions, and copies of the view's
// nodes and links (d3 mutates what it is given). No DOM: unit-tested in Node.
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Force,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { ACTOR_KINDS, createRng, type ActorKind, type Channel } from '../core/vocabulary.ts';
import { labelLines } from './diff.ts';

export interface LayoutNode extends SimulationNodeDatum {
  readonly id: string;
  kind: ActorKind;
  /** Half-width of the node's name, for label collisions (labelRoom). */
  radius: number;
  x: number;
  y: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  readonly id: string;
  readonly channel: Channel;
}

export interface Point {
  x: number;
  y: number;
}

/** Typical distance between neighbouring nodes, in layout units (pixels at zoom 1). */
export const SPACING = 110;

const LINK_DISTANCE: Readonly<Record<Channel, number>> = {
  radio: 95,
  liaison: 82,
  report: 110,
  'meeting-only': 135,
};

/** Meeting-only links carry nothing between meetings, so they hold their ends loosely. */
const LINK_PULL: Readonly<Record<Channel, number>> = {
  radio: 1,
  liaison: 1,
  report: 0.8,
  'meeting-only': 0.35,
};

const GOLDEN = 0.618033988749895;

/** Room every node keeps around itself, whatever its name (shape, ring and two label lines). */
export const NODE_ROOM = SPACING * 0.36;

/**
 * Above this many actors a mesh is a big one: drawn without names when zoomed out, and laid
 * out without room for names (saves a collision pass per tick; names show only zoomed in).
 */
export const BIG_MESH = 120;

/** Label collisions are tested in a space stretched this much vertically (see labelRoom). */
export const LABEL_STRETCH = 2;

/**
 * Half the width of the name drawn under a node, plus a little air: the radius of its label
 * collision. Tested with y stretched by LABEL_STRETCH, the circle becomes a wide, flat ellipse,
 * so names side by side are pushed apart while nodes stacked a label's height apart are not.
 */
export function labelRoom(label: string): number {
  // Half the longer line of the name (labelLines), at about 0.6 em a character of a 13 px
  // name drawn up to 1.5× larger when the mesh is zoomed out.
  const [first, second] = labelLines(label);
  return Math.max(NODE_ROOM, Math.max(first.length, second.length) * 5.8 + 6);
}

/** Radius of the disc the first layout is spread over: about SPACING² of area per node. */
export function spreadRadius(count: number): number {
  return SPACING * Math.sqrt(Math.max(count, 1) / Math.PI) * 1.15;
}

/**
 * First positions when nothing is laid out yet: one wedge of a disc per actor kind (in
 * ACTOR_KINDS order), nodes spread over the wedge's area by a low-discrepancy sequence.
 * Depends only on the order of the input, so the same scenario always opens the same way.
 */
export function initialPositions(
  nodes: readonly { id: string; kind: ActorKind }[],
): Map<string, Point> {
  const order = nodes
    .map((node, index) => ({ node, index, rank: ACTOR_KINDS.indexOf(node.kind) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const radius = spreadRadius(nodes.length);
  const positions = new Map<string, Point>();
  order.forEach(({ node }, i) => {
    const angle = 2 * Math.PI * ((i + 0.5) / order.length) - Math.PI / 2;
    const spread = 0.15 + 0.85 * (((i + 1) * GOLDEN) % 1);
    const r = radius * Math.sqrt(spread);
    positions.set(node.id, { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) });
  });
  return positions;
}

/**
 * Positions for nodes that join a mesh already laid out: beside the mean of their placed
 * neighbours, or outside the current extent in their kind's wedge when they have none.
 * `ordinal` numbers the placements made so far, so the offsets differ but stay deterministic.
 */
export function placeJoining(
  joining: readonly { id: string; kind: ActorKind }[],
  links: readonly { source: string; target: string }[],
  placed: ReadonlyMap<string, Point>,
  ordinal = 0,
): Map<string, Point> {
  const known = new Map(placed);
  const out = new Map<string, Point>();
  let extent = 0;
  for (const p of placed.values()) extent = Math.max(extent, Math.hypot(p.x, p.y));
  let n = ordinal;
  for (const node of joining) {
    n += 1;
    const near: Point[] = [];
    for (const link of links) {
      const other =
        link.source === node.id ? link.target : link.target === node.id ? link.source : null;
      const p = other === null ? undefined : known.get(other);
      if (p !== undefined) near.push(p);
    }
    const angle = n * 2 * Math.PI * GOLDEN;
    let p: Point;
    if (near.length > 0) {
      const c = centroid(near);
      p = { x: c.x + Math.cos(angle) * SPACING * 0.6, y: c.y + Math.sin(angle) * SPACING * 0.6 };
    } else {
      const wedge =
        (2 * Math.PI * (ACTOR_KINDS.indexOf(node.kind) + 0.5)) / ACTOR_KINDS.length - Math.PI / 2;
      const a = wedge + ((n % 7) - 3) * 0.08;
      const r = extent + SPACING;
      p = { x: r * Math.cos(a), y: r * Math.sin(a) };
    }
    p = { x: round(p.x), y: round(p.y) };
    known.set(node.id, p);
    out.set(node.id, p);
  }
  return out;
}

export function centroid(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  const n = Math.max(points.length, 1);
  return { x: x / n, y: y / n };
}

/**
 * Ticks run at once on the first layout so a scenario opens settled: all of them (300 is
 * d3's full cool-down) for small meshes, fewer for big ones to keep opening under ~100 ms.
 * Depends only on the node count, to stay deterministic.
 */
export function defaultWarmupTicks(count: number): number {
  return Math.max(0, Math.min(300, Math.floor(40_000 / Math.max(count, 1))));
}

/**
 * Above this many actors the layout trades a little accuracy for time: a 5,000-actor mesh took
 * 300 ticks of 0.2–0.6 s each in its worker on a loaded machine (69–117 s to settle in the
 * test page at load 17–26), most of them in the charge and collision forces.
 */
export const HUGE_MESH = 2000;
/** Barnes–Hut accuracy of the charge on a huge mesh (d3's default is 0.9; higher is coarser). */
export const HUGE_THETA = 1.2;
/** Ticks a huge mesh takes from a full start to rest (d3's default cool-down is 300). */
export const HUGE_TICKS = 150;

export interface Layout {
  readonly nodes: readonly LayoutNode[];
  readonly links: readonly LayoutLink[];
  readonly byId: ReadonlyMap<string, LayoutNode>;
  /**
   * Replaces the node and link sets, keeping the position of every node already laid out.
   * Links whose ends are not both present are left out. Returns whether anything changed
   * and whether this was the first non-empty layout.
   */
  setGraph(
    nodes: readonly { id: string; kind: ActorKind; label?: string }[],
    links: readonly { id: string; source: string; target: string; channel: Channel }[],
    /** Where nodes not laid out yet start, when known (a layout started again). */
    known?: ReadonlyMap<string, Point>,
  ): { first: boolean };
  tick(count?: number): void;
  /** Still moving: alpha at or above alphaMin. */
  live(): boolean;
  alpha(): number;
  /** Raises the temperature to at least `alpha` (a gentle restart after a change). */
  reheat(alpha: number): void;
  /** Keeps the layout warm while a node is dragged. */
  hold(on: boolean): void;
  /**
   * Holds a node at a point (a drag): the layout stays warm while any node is pinned, so its
   * neighbours follow. Unknown ids are ignored (the node left while it was dragged).
   */
  pin(id: string, x: number, y: number): void;
  /** Lets a pinned node go; the layout cools down once none is pinned. */
  release(id: string): void;
  stop(): void;
}

export function createLayout(seed: number): Layout {
  const rng = createRng(seed);
  const byId = new Map<string, LayoutNode>();
  let nodes: LayoutNode[] = [];
  let links: LayoutLink[] = [];
  let placements = 0;
  const pinned = new Set<string>();

  const link = forceLink<LayoutNode, LayoutLink>([])
    .id((d) => d.id)
    .distance((d) => LINK_DISTANCE[d.channel]);
  const defaultStrength = link.strength();
  link.strength((d, i, all) => defaultStrength(d, i, all) * LINK_PULL[d.channel]);

  const charge = forceManyBody<LayoutNode>()
    .strength(-240)
    .distanceMax(SPACING * 8);
  const theta = charge.theta();
  // Three passes per tick: one lets links and charge squeeze names back into each other.
  const labels = stretched(forceCollide<LayoutNode>((d) => d.radius).iterations(3), LABEL_STRETCH);
  const simulation: Simulation<LayoutNode, LayoutLink> = forceSimulation<LayoutNode, LayoutLink>()
    .stop()
    .randomSource(() => rng.next())
    .force('link', link)
    .force('charge', charge)
    .force('center', forceCenter<LayoutNode>(0, 0))
    .force(
      'collide',
      forceCollide<LayoutNode>((d) => d.radius),
    )
    // Weak pulls to the middle keep separate components from drifting apart; the vertical one
    // is stronger so the mesh comes out landscape, like the wall it is projected on.
    .force('x', forceX<LayoutNode>(0).strength(0.03))
    .force('y', forceY<LayoutNode>(0).strength(0.075));

  const decay = simulation.alphaDecay();
  const hugeDecay = 1 - Math.pow(simulation.alphaMin(), 1 / HUGE_TICKS);

  return {
    get nodes() {
      return nodes;
    },
    get links() {
      return links;
    },
    byId,
    setGraph(nextNodes, nextLinks, known) {
      const first = byId.size === 0;
      const joining = nextNodes.filter((n) => !byId.has(n.id));
      const placed = new Map<string, Point>();
      for (const node of nextNodes) {
        const existing = byId.get(node.id);
        if (existing !== undefined) placed.set(node.id, existing);
      }
      const fresh = first
        ? initialPositions(nextNodes)
        : placeJoining(joining, nextLinks, placed, placements);
      placements += joining.length;

      const nextById = new Map<string, LayoutNode>();
      nodes = nextNodes.map((n) => {
        const existing = byId.get(n.id);
        const radius = labelRoom(n.label ?? '');
        if (existing !== undefined) {
          existing.kind = n.kind;
          existing.radius = radius;
          nextById.set(n.id, existing);
          return existing;
        }
        const p = known?.get(n.id) ?? fresh.get(n.id) ?? { x: 0, y: 0 };
        const created: LayoutNode = {
          id: n.id,
          kind: n.kind,
          radius,
          x: p.x,
          y: p.y,
          vx: 0,
          vy: 0,
        };
        nextById.set(n.id, created);
        return created;
      });
      byId.clear();
      for (const [id, node] of nextById) byId.set(id, node);
      // A node that left while dragged no longer keeps the layout warm.
      let left = false;
      for (const id of pinned) if (!byId.has(id)) left = pinned.delete(id);
      if (left && pinned.size === 0) simulation.alphaTarget(0);
      // Fresh copies every time: forceLink replaces source/target with the node objects.
      links = nextLinks
        .filter((l) => l.source !== l.target && byId.has(l.source) && byId.has(l.target))
        .map((l) => ({ id: l.id, source: l.source, target: l.target, channel: l.channel }));
      simulation.force('labels', nodes.length > BIG_MESH ? null : labels);
      const huge = nodes.length > HUGE_MESH;
      charge.theta(huge ? HUGE_THETA : theta);
      simulation.alphaDecay(huge ? hugeDecay : decay);
      simulation.nodes(nodes);
      link.links(links);
      return { first: first && nodes.length > 0 };
    },
    tick(count = 1) {
      simulation.tick(count);
    },
    live: () => simulation.alpha() >= simulation.alphaMin(),
    alpha: () => simulation.alpha(),
    reheat(alpha) {
      if (simulation.alpha() < alpha) simulation.alpha(alpha);
    },
    hold(on) {
      simulation.alphaTarget(on ? 0.3 : 0);
      if (on) this.reheat(0.3);
    },
    pin(id, x, y) {
      const node = byId.get(id);
      if (node === undefined) return;
      node.fx = x;
      node.fy = y;
      if (pinned.size === 0) this.hold(true);
      pinned.add(id);
    },
    release(id) {
      const node = byId.get(id);
      if (node !== undefined) {
        node.fx = null;
        node.fy = null;
      }
      if (pinned.delete(id) && pinned.size === 0) this.hold(false);
    },
    stop() {
      simulation.stop();
    },
  };
}

/**
 * Runs a force in a space where y is multiplied by `sy`: a circular collision becomes an
 * elliptical one, sy times wider than tall. d3 has no elliptical collide force.
 */
export function stretched<N extends SimulationNodeDatum>(
  inner: Force<N, undefined>,
  sy: number,
): Force<N, undefined> {
  let nodes: N[] = [];
  const force = (alpha: number) => {
    for (const n of nodes) {
      n.y = (n.y ?? 0) * sy;
      n.vy = (n.vy ?? 0) * sy;
    }
    inner(alpha);
    for (const n of nodes) {
      n.y = (n.y ?? 0) / sy;
      n.vy = (n.vy ?? 0) / sy;
    }
  };
  force.initialize = (next: N[], random: () => number) => {
    nodes = next;
    inner.initialize?.(next, random);
  };
  return force;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
