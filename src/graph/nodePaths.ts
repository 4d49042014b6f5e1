// Node shapes drawn batched while the layout moves: one path per kind of actor and state look
// (its shape, colour and ring), as links are drawn one path per channel (linkPaths.ts). At 500
// actors, one transformed element per node means ≈ 500 elements restyled, repainted and
// committed each frame; a handful of `d` attributes cost a fraction of that. The focusable
// per-node elements stay (keyboard, names, hit-testing at rest) and are moved once the layout
// rests. Solid rings and rims are drawn as filled outlines (the shape grown by half the stroke,
// with round corners: what a round-joined stroke under the fill shows), not as strokes: a
// renderer strokes a path of hundreds of sub-paths again for every tile it rasterises, which
// doubled the software raster work of a frame. Dashed rings stay strokes. Pure, unit-tested in Node.
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
  if (shape === 'circle') return outline('circle', r + grow);
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
    d += `A${f(grow)},${f(grow)} 0 0,${sweep} ${f(x + grow * bx)},${f(y + grow * by)}`;
  });
  return relative(`${d}Z`);
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

/** An absolute path (M, L, H, V, A, Z) as its start point and relative commands. */
function relative(path: string): Outline {
  let x = 0;
  let y = 0;
  let dx = 0;
  let dy = 0;
  let tail = '';
  for (const [command, n] of commands(path)) {
    switch (command) {
      case 'M':
        x = n[0]!;
        y = n[1]!;
        dx = x;
        dy = y;
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
        x = dx;
        y = dy;
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
  /** A solid ring as a fill; a dashed ring is the shape's own stroke. */
  readonly ring?: Outline;
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
            shape: outline(shape),
            ...(s.rim ? { rim: grownOutline(shape, RIM_WIDTH / 2) } : {}),
            ...(ringFilled(look) ? { ring: grownOutline(shape, s.width / 2) } : {}),
          },
        ];
      }),
    );
    return [kind, looks];
  }),
) as Record<ActorKind, Record<StateLook, Look>>;

/** Whether a state look's ring is drawn as a filled outline (solid) or a stroke (dashed). */
export function ringFilled(look: StateLook): boolean {
  return STATE_STYLE[look].dash === '';
}

/** One kind of actor in one state look: path data of its rims, rings and shapes. */
export interface LookPaths {
  rim: string;
  ring: string;
  shape: string;
}

/** Path data per kind and state look: every placed node where it stands. */
export type NodePaths = Record<ActorKind, Record<StateLook, LookPaths>>;

export function nodePaths(nodes: Iterable<DrawnNode>): NodePaths {
  const out = {} as NodePaths;
  for (const kind of ACTOR_KINDS) {
    out[kind] = {} as Record<StateLook, LookPaths>;
    for (const look of STATE_LOOKS) out[kind][look] = { rim: '', ring: '', shape: '' };
  }
  for (const node of nodes) {
    // A node not placed yet (its first position on its way from the layout) is not drawn.
    if (Number.isNaN(node.x) || Number.isNaN(node.y)) continue;
    const look = LOOKS[node.kind][node.look];
    const paths = out[node.kind][node.look];
    paths.shape += at(node, look.shape);
    if (look.rim !== undefined) paths.rim += at(node, look.rim);
    if (look.ring !== undefined) paths.ring += at(node, look.ring);
  }
  return out;
}

function at(node: DrawnNode, o: Outline): string {
  return `M${f(node.x + o.dx)},${f(node.y + o.dy)}${o.tail}`;
}

/** Two decimals, as shapePath writes them. */
function f(n: number): string {
  const v = Math.round(n * 100) / 100;
  return String(Object.is(v, -0) ? 0 : v);
}
