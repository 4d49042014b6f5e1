// Node shapes drawn batched while the layout moves: one path per kind of actor and state look
// (its shape, colour and ring), as links are drawn one path per channel (linkPaths.ts). At 500
// actors, one transformed element per node means ≈ 500 elements restyled, repainted and
// committed each frame; a handful of `d` attributes cost a fraction of that. Each batch is a
// path of the nodes' positions with the look drawn at each by an SVG marker (nodeMarks), so a
// frame writes and parses a point a node, not its whole outline. The focusable
// per-node elements stay (keyboard, names, hit-testing at rest) and are moved once the layout
// rests. Solid rings and rims are drawn as filled outlines (the shape grown by half the stroke,
// with round corners: what a round-joined stroke under the fill shows), not as strokes: a
// renderer strokes a path of hundreds of sub-paths again for every tile it rasterises, which
// doubled the software raster work of a frame (dashed rings are filled dash by dash). Pure,
// unit-tested in Node.
import { ACTOR_KINDS, type ActorKind } from '../core/vocabulary.ts';
import {
  KIND_STYLE,
  NODE_RADIUS,
  RIM_WIDTH,
  STATE_STYLE,
  shapePath,
  type Shape,
  type StateLook,
} from './palette.ts';

export const STATE_LOOKS = Object.keys(STATE_STYLE) as readonly StateLook[];

export interface DrawnNode {
  readonly kind: ActorKind;
  readonly look: StateLook;
  readonly x: number;
  readonly y: number;
}

/** A shape as a start point relative to the node's centre and a tail of relative commands. */
export interface Outline {
  readonly dx: number;
  readonly dy: number;
  readonly tail: string;
}

/**
 * The outline of `shapePath(shape, r)` in relative commands, so a shape at (x, y) is
 * `M x+dx,y+dy` and the same tail: one concatenation per node, the same geometry as the
 * per-node element draws (shapePath is the one source of every shape).
 */
export function outline(shape: Shape, r = NODE_RADIUS): Outline {
  return relative(shapePath(shape, r));
}

/**
 * The outline of the shape grown by `grow` on every side, corners rounded (radius `grow`): the
 * area a stroke of width 2 × grow with round joins covers outside the shape. Every shape is
 * convex, so each corner is an arc around the vertex between the edges moved outward.
 */
export function grownOutline(shape: Shape, grow: number, r = NODE_RADIUS): Outline {
  if (shape === 'circle') return circleOutline(r + grow);
  const v = vertices(shapePath(shape, r));
  const cx = v.reduce((n, p) => n + p[0], 0) / v.length;
  const cy = v.reduce((n, p) => n + p[1], 0) / v.length;
  // The outward normal of each edge (from vertex i to i + 1).
  const normals = v.map(([x0, y0], i) => {
    const [x1, y1] = v[(i + 1) % v.length]!;
    const len = Math.hypot(x1 - x0, y1 - y0);
    let nx = (y1 - y0) / len;
    let ny = -(x1 - x0) / len;
    if (nx * ((x0 + x1) / 2 - cx) + ny * ((y0 + y1) / 2 - cy) < 0) {
      nx = -nx;
      ny = -ny;
    }
    return [nx, ny] as const;
  });
  let d = '';
  v.forEach(([x, y], i) => {
    const [ax, ay] = normals[(i + v.length - 1) % v.length]!;
    const [bx, by] = normals[i]!;
    // y points down: a positive cross product turns clockwise on screen (sweep flag 1).
    const sweep = ax * by - ay * bx > 0 ? 1 : 0;
    d += `${i === 0 ? 'M' : 'L'}${f(x + grow * ax)},${f(y + grow * ay)}`;
    // The corner's arc as a few straight pieces (see circleOutline).
    const from = Math.atan2(ay, ax);
    let turn = Math.atan2(by, bx) - from;
    if (sweep === 1 && turn < 0) turn += 2 * Math.PI;
    if (sweep === 0 && turn > 0) turn -= 2 * Math.PI;
    for (let k = 1; k <= CORNER_PIECES; k += 1) {
      const t = from + (turn * k) / CORNER_PIECES;
      d += `L${f(x + grow * Math.cos(t))},${f(y + grow * Math.sin(t))}`;
    }
  });
  return relative(`${d}Z`);
}

/** Straight pieces per rounded corner of a grown outline. */
const CORNER_PIECES = 4;
/** Sides of a circle drawn batched: at a node's size, as round as the arc on screen. */
const CIRCLE_SIDES = 28;

/**
 * A circle as a polygon, clockwise from (r, 0) as shapePath draws it. Batched shapes are
 * drawn with straight lines only: a renderer clips every segment of a path to each raster tile
 * it draws, and an arc is cut into several curves to be clipped, a line is not.
 */
export function circleOutline(r: number): Outline {
  let d = '';
  for (let i = 0; i < CIRCLE_SIDES; i += 1) {
    const a = (i / CIRCLE_SIDES) * 2 * Math.PI;
    d += `${i === 0 ? 'M' : 'L'}${f(r * Math.cos(a))},${f(r * Math.sin(a))}`;
  }
  return relative(`${d}Z`);
}

/**
 * The visible half of a dashed ring (outside the shape, `width` / 2 wide) as filled pieces,
 * the dashes laid along the shape's outline from its first point as a renderer dashes it, each
 * turning round a corner it spans. Filled, not stroked: a dashed stroke over a path of dozens
 * of sub-paths is dashed and stroked again for every raster tile.
 */
export function dashedRing(
  shape: Shape,
  width: number,
  pattern: readonly number[],
  r = NODE_RADIUS,
): Outline {
  // The outline as a closed polyline (a circle as 64 sides), with each side's outward normal.
  const v: [number, number][] =
    shape === 'circle'
      ? Array.from({ length: 64 }, (_, i) => {
          // Clockwise on screen from (r, 0), as shapePath draws it (sweep flag 1).
          const a = (i / 64) * 2 * Math.PI;
          return [r * Math.cos(a), r * Math.sin(a)];
        })
      : vertices(shapePath(shape, r));
  const cx = v.reduce((n, p) => n + p[0], 0) / v.length;
  const cy = v.reduce((n, p) => n + p[1], 0) / v.length;
  const sides = v.map(([x0, y0], i) => {
    const [x1, y1] = v[(i + 1) % v.length]!;
    const len = Math.hypot(x1 - x0, y1 - y0);
    let nx = (y1 - y0) / len;
    let ny = -(x1 - x0) / len;
    if (nx * ((x0 + x1) / 2 - cx) + ny * ((y0 + y1) / 2 - cy) < 0) {
      nx = -nx;
      ny = -ny;
    }
    return { x0, y0, x1, y1, len, nx, ny };
  });
  const total = sides.reduce((n, side) => n + side.len, 0);
  const grow = width / 2;
  const period = pattern.reduce((n, x) => n + x, 0);
  let d = '';
  for (let start = 0, i = 0; start < total && period > 0; i += 1) {
    const on = pattern[i % pattern.length]!;
    if (i % 2 === 1) {
      start += on;
      continue;
    }
    const end = Math.min(start + on, total);
    // Walk the sides from `start` to `end`: the outer edge forward, the outline back.
    const outer: [number, number][] = [];
    const inner: [number, number][] = [];
    let s0 = 0;
    let previous: (typeof sides)[number] | undefined;
    for (const side of sides) {
      const s1 = s0 + side.len;
      if (s1 > start && s0 < end) {
        const a = Math.max(start, s0) - s0;
        const b = Math.min(end, s1) - s0;
        const ux = (side.x1 - side.x0) / side.len;
        const uy = (side.y1 - side.y0) / side.len;
        const ax = side.x0 + ux * a;
        const ay = side.y0 + uy * a;
        if (previous !== undefined && a === 0 && shape !== 'circle') {
          // Round the corner the dash turns, as a round join does.
          const from = Math.atan2(previous.ny, previous.nx);
          let to = Math.atan2(side.ny, side.nx);
          while (to - from > Math.PI) to -= 2 * Math.PI;
          while (from - to > Math.PI) to += 2 * Math.PI;
          for (let k = 1; k < 6; k += 1) {
            const t = from + ((to - from) * k) / 6;
            outer.push([ax + grow * Math.cos(t), ay + grow * Math.sin(t)]);
          }
        }
        outer.push([ax + grow * side.nx, ay + grow * side.ny]);
        inner.push([ax, ay]);
        const bx = side.x0 + ux * b;
        const by = side.y0 + uy * b;
        outer.push([bx + grow * side.nx, by + grow * side.ny]);
        inner.push([bx, by]);
        previous = side;
      }
      s0 = s1;
    }
    const ring = [...outer, ...inner.reverse()];
    d += ring.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${f(x)},${f(y)}`).join('') + 'Z';
    start = end;
  }
  return relative(d);
}

/** The corners of a polygon path written with M, L, H, V and Z. */
function vertices(path: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [command, n] of commands(path)) {
    if (command === 'M' || command === 'L') [x, y] = [n[0]!, n[1]!];
    else if (command === 'H') x = n[0]!;
    else if (command === 'V') y = n[0]!;
    else continue;
    out.push([x, y]);
  }
  return out;
}

function commands(path: string): [string, number[]][] {
  return [...path.matchAll(/([MLHVAZ])([^MLHVAZ]*)/g)].map(([, command, args]) => [
    command!,
    (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter((part) => part !== '')
      .map(Number),
  ]);
}

/**
 * An absolute path (M, L, H, V, A, Z) as its start point and relative commands (a path of
 * several sub-paths: the first one's start, later ones moved by a relative `m`).
 */
function relative(path: string): Outline {
  let started = false;
  let x = 0;
  let y = 0;
  let dx = 0;
  let dy = 0;
  let sx = 0;
  let sy = 0;
  let tail = '';
  for (const [command, n] of commands(path)) {
    switch (command) {
      case 'M':
        if (started) tail += `m${f(n[0]! - x)},${f(n[1]! - y)}`;
        else [dx, dy] = [n[0]!, n[1]!];
        started = true;
        x = n[0]!;
        y = n[1]!;
        sx = x;
        sy = y;
        break;
      case 'L':
        tail += `l${f(n[0]! - x)},${f(n[1]! - y)}`;
        x = n[0]!;
        y = n[1]!;
        break;
      case 'H':
        tail += `h${f(n[0]! - x)}`;
        x = n[0]!;
        break;
      case 'V':
        tail += `v${f(n[0]! - y)}`;
        y = n[0]!;
        break;
      case 'A':
        tail += `a${n[0]},${n[1]} ${n[2]} ${n[3]},${n[4]} ${f(n[5]! - x)},${f(n[6]! - y)}`;
        x = n[5]!;
        y = n[6]!;
        break;
      case 'Z':
        tail += 'z';
        x = sx;
        y = sy;
        break;
      default:
        throw new Error(`a shape path with a command this does not read: ${command}`);
    }
  }
  return { dx, dy, tail };
}

/** What a kind of actor in a state look is drawn with, per node. */
interface Look {
  readonly shape: Outline;
  /** The dark rim behind a bright ring (RIM_WIDTH), when the look has one. */
  readonly rim?: Outline;
  /** The ring's visible half, filled (dashed rings as their dashes). */
  readonly ring: Outline;
}

const LOOKS: Readonly<Record<ActorKind, Record<StateLook, Look>>> = Object.fromEntries(
  ACTOR_KINDS.map((kind) => {
    const shape = KIND_STYLE[kind].shape;
    const looks = Object.fromEntries(
      STATE_LOOKS.map((look): [StateLook, Look] => {
        const s = STATE_STYLE[look];
        return [
          look,
          {
            shape: shape === 'circle' ? circleOutline(NODE_RADIUS) : outline(shape),
            ...(s.rim ? { rim: grownOutline(shape, RIM_WIDTH / 2) } : {}),
            ring:
              s.dash === ''
                ? grownOutline(shape, s.width / 2)
                : dashedRing(shape, s.width, s.dash.split(/[\s,]+/).map(Number)),
          },
        ];
      }),
    );
    return [kind, looks];
  }),
) as Record<ActorKind, Record<StateLook, Look>>;

/** One kind of actor in one state look: path data of its rims, rings and shapes. */
export interface LookPaths {
  rim: string;
  ring: string;
  shape: string;
}

/**
 * What a node of this kind in this state look is drawn as, around the origin: the content of
 * the mark each node's position repeats (a `<marker>`, see nodeMarks). An empty rim: none.
 */
export function lookPaths(kind: ActorKind, look: StateLook): LookPaths {
  const l = LOOKS[kind][look];
  const origin = (o: Outline) => `M${f(o.dx)},${f(o.dy)}${o.tail}`;
  return {
    rim: l.rim === undefined ? '' : origin(l.rim),
    ring: origin(l.ring),
    shape: origin(l.shape),
  };
}

/**
 * Per kind and state look, where its placed nodes stand, as one path of points (`Mx,y` each)
 * that an SVG marker draws the look at: a frame of a moving mesh writes some 15 characters a
 * node, where every node's shape, ring and rim written out (≈ 500 characters) had the page
 * parse and build 300 KB of path data a frame at 500 actors. The first and the last point are
 * written twice: the mark is the path's `marker-mid`, drawn at every point but the first and
 * the last, so each node is drawn once, a lone node too. Empty: no node of that kind and look.
 */
export type NodeMarks = Record<ActorKind, Record<StateLook, string>>;

export function nodeMarks(nodes: Iterable<DrawnNode>): NodeMarks {
  const points = {} as Record<ActorKind, Record<StateLook, string[]>>;
  for (const kind of ACTOR_KINDS) {
    points[kind] = {} as Record<StateLook, string[]>;
    for (const look of STATE_LOOKS) points[kind][look] = [];
  }
  for (const node of nodes) {
    // A node not placed yet (its first position on its way from the layout) is not drawn.
    if (Number.isNaN(node.x) || Number.isNaN(node.y)) continue;
    points[node.kind][node.look].push(`M${f(node.x)},${f(node.y)}`);
  }
  const out = {} as NodeMarks;
  for (const kind of ACTOR_KINDS) {
    out[kind] = {} as Record<StateLook, string>;
    for (const look of STATE_LOOKS) out[kind][look] = markPath(points[kind][look]);
  }
  return out;
}

/** Points (`Mx,y` each) as a path whose `marker-mid` marks every one of them exactly once. */
export function markPath(points: readonly string[]): string {
  return points.length === 0 ? '' : `${points[0]}${points.join('')}${points.at(-1)}`;
}

/** Two decimals, as shapePath writes them. */
function f(n: number): string {
  const v = Math.round(n * 100) / 100;
  return String(Object.is(v, -0) ? 0 : v);
}
