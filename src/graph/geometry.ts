// Plain geometry for drawing the mesh: where a message dot sits on its edge, the box around
// the layout, and the zoom that frames it. Pure functions, unit-tested in Node.
import type { Point } from './layout.ts';

/**
 * The point `progress` (0..1) of the way from a to b, leaving `inset` clear at each end so a
 * dot is not hidden under the node shapes, and shifted `side` units to the left of the
 * direction of travel so messages crossing in opposite directions do not cover each other.
 */
export function pointAlong(a: Point, b: Point, progress: number, inset = 0, side = 0): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { x: a.x, y: a.y };
  const ux = dx / length;
  const uy = dy / length;
  const usable = Math.max(length - 2 * inset, 0);
  const start = Math.min(inset, length / 2);
  const t = start + usable * clamp01(progress);
  return { x: a.x + ux * t - uy * side, y: a.y + uy * t + ux * side };
}

/** Progress of a message that left at `departed` and arrives at `arrives`, at time `now`. */
export function progressAt(departed: number, arrives: number, now: number): number {
  if (!(arrives > departed)) return now >= arrives ? 1 : 0;
  return clamp01((now - departed) / (arrives - departed));
}

export function clamp01(n: number): number {
  return n < 0 ? 0 : n > 1 ? 1 : Number.isFinite(n) ? n : 0;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Bounding box of the points grown by `margin` on every side; undefined when there are none. */
export function bounds(points: Iterable<Point>, margin = 0): Box | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.x > x1) x1 = p.x;
    if (p.y > y1) y1 = p.y;
  }
  if (x0 === Infinity) return undefined;
  return { x0: x0 - margin, y0: y0 - margin, x1: x1 + margin, y1: y1 + margin };
}

/**
 * The box a drawn mesh takes: each node's centre grown by what is drawn around it, `above`
 * (shape and selection halo), `below` (the two label lines hanging under it) and sideways by
 * the larger of `side` and the node's own half label width (`radius`). Tighter than a uniform
 * margin, which has to allow for the longest name on every side of every node. Without
 * `names` (a big mesh draws none when zoomed out) the radius is not used.
 */
export function drawnBounds(
  nodes: Iterable<Point & { readonly radius?: number }>,
  above: number,
  below: number,
  side: number,
  names = true,
): Box | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    const half = names ? Math.max(side, n.radius ?? 0) : side;
    if (n.x - half < x0) x0 = n.x - half;
    if (n.x + half > x1) x1 = n.x + half;
    if (n.y - above < y0) y0 = n.y - above;
    if (n.y + below > y1) y1 = n.y + below;
  }
  if (x0 === Infinity) return undefined;
  return { x0, y0, x1, y1 };
}

/** `frame` for a viewport `pad` pixels smaller on every side, placed back in the full one. */
export function padFrame(
  fit: (width: number, height: number) => ZoomFrame,
  width: number,
  height: number,
  pad: number,
): ZoomFrame {
  const p = Math.max(0, Math.min(pad, width / 4, height / 4));
  const frame = fit(width - 2 * p, height - 2 * p);
  return { k: frame.k, x: frame.x + p, y: frame.y + p };
}

export interface ZoomFrame {
  k: number;
  x: number;
  y: number;
}

/**
 * The zoom (scale k, then translate x, y) that centres `box` in a `width` × `height`
 * viewport, never enlarging past `maxScale` so a three-node mesh does not fill the wall.
 */
export function fitTransform(
  box: Box,
  width: number,
  height: number,
  maxScale = 1.5,
  minScale = 0.05,
): ZoomFrame {
  const w = Math.max(box.x1 - box.x0, 1);
  const h = Math.max(box.y1 - box.y0, 1);
  const k = Math.max(minScale, Math.min(maxScale, width / w, height / h));
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return { k, x: width / 2 - k * cx, y: height / 2 - k * cy };
}

/** A step of `t` from one frame toward another (scale interpolated geometrically). */
export function easeFrame(from: ZoomFrame, to: ZoomFrame, t: number): ZoomFrame {
  const k = from.k * Math.pow(to.k / from.k, t);
  // Keep the viewport centre moving linearly in layout space for a steady glide.
  return { k, x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/**
 * `frame` with its zoom rounded down to a power of `step`, centred on the same point of a
 * `width` × `height` viewport: what `frame` fits still fits. A camera following a moving
 * layout through these frames changes its zoom now and then and pans in between.
 */
export function steppedFrame(
  frame: ZoomFrame,
  width: number,
  height: number,
  step: number,
): ZoomFrame {
  // The epsilon keeps an exact power of `step` on its own step despite rounding in the logs.
  const k = Math.pow(step, Math.floor(Math.log(frame.k) / Math.log(step) + 1e-9));
  return zoomAbout(frame, k, width / 2, height / 2);
}

/** `frame` zoomed to `k`, the point under (sx, sy) on screen staying where it is. */
export function zoomAbout(frame: ZoomFrame, k: number, sx: number, sy: number): ZoomFrame {
  const cx = (sx - frame.x) / frame.k;
  const cy = (sy - frame.y) / frame.k;
  return { k, x: sx - k * cx, y: sy - k * cy };
}

export function closeFrames(a: ZoomFrame, b: ZoomFrame, eps = 0.5): boolean {
  return Math.abs(a.k - b.k) < 1e-3 && Math.abs(a.x - b.x) < eps && Math.abs(a.y - b.y) < eps;
}

/** Space a node takes with its label hanging below, relative to its centre. */
export const NODE_BOX: Box = { x0: -58, y0: -26, x1: 58, y1: 50 };

export interface Segment {
  readonly a: Point;
  readonly b: Point;
}

/** Whether the segment crosses or touches the box (Liang–Barsky clipping; no allocation). */
export function segmentHitsBox(seg: Segment, box: Box): boolean {
  const ax = seg.a.x;
  const ay = seg.a.y;
  const dx = seg.b.x - ax;
  const dy = seg.b.y - ay;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return (
    clip(-dx, ax - box.x0) &&
    clip(dx, box.x1 - ax) &&
    clip(-dy, ay - box.y0) &&
    clip(dy, box.y1 - ay)
  );
}

/** How a label spot is chosen: a full search, or keeping the previous spot unless it covers a node. */
export type SpotSearch = 'full' | 'keep';

/**
 * Where to put a label box of `width` × `height` near `centre`: on a spot that covers no node
 * (each taking NODE_BOX around its point) and as few links as possible. A full search tries
 * the previous offset, the centre, then rings of growing radius, moving only for a better
 * spot; 'keep' (cheap, for frames while the layout moves) keeps the previous offset unless it
 * now covers a node. Returns the offset from `centre`, so a meeting hub holds its place while
 * the layout drifts instead of hopping between equally good spots.
 */
export function clearSpot(
  centre: Point,
  width: number,
  height: number,
  obstacles: readonly Point[],
  previous?: Point,
  segments: readonly Segment[] = [],
  search: SpotSearch = 'full',
): Point {
  const reach = Math.hypot(width, height) / 2 + 120 + NODE_BOX.y1;
  const near: Point[] = [];
  for (const p of obstacles)
    if (Math.abs(p.x - centre.x) < reach && Math.abs(p.y - centre.y) < reach) near.push(p);
  const box: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  const place = (dx: number, dy: number) => {
    box.x0 = centre.x + dx - width / 2 - 4;
    box.x1 = centre.x + dx + width / 2 + 4;
    box.y0 = centre.y + dy - height / 2 - 4;
    box.y1 = centre.y + dy + height / 2 + 4;
  };
  const nodesCovered = (): number => {
    let n = 0;
    for (const p of near) {
      if (
        box.x1 > p.x + NODE_BOX.x0 &&
        box.x0 < p.x + NODE_BOX.x1 &&
        box.y1 > p.y + NODE_BOX.y0 &&
        box.y0 < p.y + NODE_BOX.y1
      ) {
        n += 1;
      }
    }
    return n;
  };
  if (search === 'keep' && previous !== undefined) {
    place(previous.x, previous.y);
    if (nodesCovered() === 0) return previous;
  }
  const area: Box = {
    x0: centre.x - reach,
    y0: centre.y - reach,
    x1: centre.x + reach,
    y1: centre.y + reach,
  };
  const nearSegments = segments.filter((seg) => segmentHitsBox(seg, area));
  const cost = (dx: number, dy: number): number => {
    place(dx, dy);
    let n = nodesCovered() * 10;
    for (const seg of nearSegments) if (segmentHitsBox(seg, box)) n += 1;
    return n;
  };
  let best: Point = previous ?? { x: 0, y: 0 };
  let bestCost = cost(best.x, best.y);
  if (bestCost === 0) return best;
  const consider = (dx: number, dy: number): boolean => {
    const c = cost(dx, dy);
    if (c < bestCost) {
      best = { x: dx, y: dy };
      bestCost = c;
    }
    return bestCost === 0;
  };
  if (previous !== undefined && consider(0, 0)) return best;
  for (let ring = 1; ring <= 7; ring++) {
    const r = ring * 17;
    const steps = 8 + ring * 2;
    for (let i = 0; i < steps; i++) {
      const a = (i / steps) * 2 * Math.PI - Math.PI / 2;
      if (consider(Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a)))) return best;
    }
  }
  return best;
}
