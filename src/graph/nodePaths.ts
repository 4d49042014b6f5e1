// Node shapes drawn batched while the layout moves: one path per kind of actor and state look
// (its shape, colour and ring), as links are drawn one path per channel (linkPaths.ts). At 500
// actors, one transformed element per node means ≈ 500 elements restyled, repainted and
// committed each frame; a handful of `d` attributes cost a fraction of that. The focusable
// per-node elements stay (keyboard, names, hit-testing at rest) and are moved once the layout
// rests. Pure, unit-tested in Node.
import { ACTOR_KINDS, type ActorKind } from '../core/vocabulary.ts';
import {
  KIND_STYLE,
  NODE_RADIUS,
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
  const path = shapePath(shape, r);
  let x = 0;
  let y = 0;
  let dx = 0;
  let dy = 0;
  let tail = '';
  for (const [, command, args] of path.matchAll(/([MLHVAZ])([^MLHVAZ]*)/g)) {
    const n = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter((s) => s !== '')
      .map(Number);
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
        throw new Error(`shapePath wrote a command outline() does not read: ${command}`);
    }
  }
  return { dx, dy, tail };
}

const OUTLINES: Readonly<Record<ActorKind, Outline>> = Object.fromEntries(
  ACTOR_KINDS.map((kind) => [kind, outline(KIND_STYLE[kind].shape)]),
) as Record<ActorKind, Outline>;

/** Path data per kind and state look: every placed node's shape where it stands. */
export type NodePaths = Record<ActorKind, Record<StateLook, string>>;

export function nodePaths(nodes: Iterable<DrawnNode>): NodePaths {
  const out = {} as NodePaths;
  for (const kind of ACTOR_KINDS) {
    out[kind] = {} as Record<StateLook, string>;
    for (const look of STATE_LOOKS) out[kind][look] = '';
  }
  for (const node of nodes) {
    // A node not placed yet (its first position on its way from the layout) is not drawn.
    if (Number.isNaN(node.x) || Number.isNaN(node.y)) continue;
    const o = OUTLINES[node.kind];
    out[node.kind][node.look] += `M${f(node.x + o.dx)},${f(node.y + o.dy)}${o.tail}`;
  }
  return out;
}

/** Two decimals, as shapePath writes them. */
function f(n: number): string {
  const v = Math.round(n * 100) / 100;
  return String(Object.is(v, -0) ? 0 : v);
}
