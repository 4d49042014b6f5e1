// The big mesh's picture on a 2D canvas: links batched into strokes per channel, actors
// into fills per kind, state rings into strokes per look, names only where they fit.
// Drawn in a Web Worker (meshPicture.worker.ts) for the canvas graph (canvasGraph.ts), which
// moves the last picture with the camera and lays what changes every frame over it. Batching
// matters in software (no GPU): Skia pays per stroke, per pixel touched, and on paths of very
// many contours, so shapes and links go in paths of tens to hundreds. docs/BENCHMARKS.md has
// the figures.
import { ACTOR_KINDS, CHANNELS, type Channel } from '../core/vocabulary.ts';
import { SPACING } from './layout.ts';
import { CHANNEL_STYLE, KIND_STYLE, STATE_STYLE, type Shape, type StateLook } from './palette.ts';

/** The looks a state ring can take, in the order `PictureScene.looks` indexes them. */
export const LOOKS: readonly StateLook[] = ['available', 'busy', 'overloaded', 'other'];

/** What the picture shows, in arrays indexed by actor (as the layout's `ids`) and by link. */
export interface PictureScene {
  /** Index into ACTOR_KINDS per actor. */
  readonly kinds: Uint8Array;
  /** Index into LOOKS per actor. */
  readonly looks: Uint8Array;
  readonly labels: readonly string[];
  /** Two actor indices per link. */
  readonly ends: Uint32Array;
  /** Index into CHANNELS per link. */
  readonly channels: Uint8Array;
}

/** Graph → screen: screen = k · graph + (x, y), in CSS pixels, as d3-zoom's transform. */
export interface PictureCamera {
  readonly k: number;
  readonly x: number;
  readonly y: number;
  /** Viewport in CSS pixels, and device pixels per CSS pixel. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
  /** An actor's radius on screen, CSS pixels (nodeRadius). */
  readonly r: number;
  /**
   * CSS pixels drawn beyond each edge of the view (0 when absent): the picture covers
   * [−margin, width + margin] × [−margin, height + margin] of the view, so a pan or a zoom out
   * moves drawn mesh into view instead of a blank edge, and a short pan needs no new picture.
   */
  readonly margin?: number;
}

/** The picture's size in CSS pixels: the view and its margin on every side. */
export function pictureSize(camera: PictureCamera): { width: number; height: number } {
  const m = camera.margin ?? 0;
  return { width: camera.width + 2 * m, height: camera.height + 2 * m };
}

/** An actor's radius on screen at the fitted zoom, px (the WebGL graph's size). */
export const NODE_SIZE = 6;

/**
 * An actor's radius on screen at zoom `k` when `fitK` frames the whole mesh: it grows with the
 * square root of the zoom, as sigma's nodes do, so a zoomed-out mesh is not a carpet of shapes
 * and a zoomed-in one is not specks — and never past a third of the layout's spacing, so
 * neighbours do not cover each other where a big mesh is dense.
 */
export function nodeRadius(k: number, fitK: number): number {
  const grow = fitK > 0 ? Math.sqrt(k / fitK) : 1;
  return Math.min(28, Math.max(2, Math.min(NODE_SIZE * grow, (SPACING / 3) * k)));
}

/** Names are drawn once an actor is this big on screen (sigma's threshold, as a radius). */
export const NAME_MIN_RADIUS = 9;
/**
 * Links are drawn one pixel wide (liaison two) unless at most this many are in view; then they
 * take their channel's width and dashes, grown with the zoom. Skia in software cuts a dashed
 * line into one polygon per dash and a wide line costs per pixel: 1,200 dashed links 3 px
 * wide took 1.2 s to draw, as 1 px lines 0.1 s.
 */
const LINK_DETAIL_MAX = 300;
/** Actors are outlined when at most this many are in view. */
const NODE_DETAIL_MAX = 1500;
/**
 * Subpaths per fill or stroke. Skia in software slows down on one path of thousands of
 * contours: 5,000 actors as one path per kind took 112–136 ms to fill, in paths of 50 to 200
 * shapes 43–66 ms; 1,500 rings as one path 70 ms, one by one 32–49 ms; 7,000 links stroked as
 * one path 24–60 ms, in paths of 100–500 8–32 ms (best of five, same run, load ≈ 27).
 */
const SHAPES_PER_PATH = 64;
const LINKS_PER_PATH = 256;
/** Names written between two steps of a picture drawn step by step. */
const NAMES_PER_STEP = 64;
export const NAME_FONT =
  '12px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
const BG = '#ffffff';
const INK = '#1a1a1a';

/** The link colours the WebGL graph uses (grey by channel; liaison darker, meeting-only faint). */
export function linkColour(channel: Channel): string {
  const style = CHANNEL_STYLE[channel];
  return style.opacity < 1 ? '#b3b3b3' : style.double ? '#333333' : '#8a8a8a';
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
type Tracer = Pick<Context2D, 'moveTo' | 'lineTo' | 'arc' | 'closePath'>;

/** Adds `shape` of radius `r` at (x, y) to the current path, sized as the SVG graph's shapes. */
export function traceShape(ctx: Tracer, shape: Shape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'square': {
      const s = r * 0.89;
      ctx.moveTo(x - s, y - s);
      ctx.lineTo(x + s, y - s);
      ctx.lineTo(x + s, y + s);
      ctx.lineTo(x - s, y + s);
      break;
    }
    case 'diamond': {
      const s = r * 1.26;
      ctx.moveTo(x, y - s);
      ctx.lineTo(x + s, y);
      ctx.lineTo(x, y + s);
      ctx.lineTo(x - s, y);
      break;
    }
    case 'triangle': {
      const s = r * 2.6;
      const h = (s * Math.sqrt(3)) / 2;
      ctx.moveTo(x, y - (2 * h) / 3);
      ctx.lineTo(x + s / 2, y + h / 3);
      ctx.lineTo(x - s / 2, y + h / 3);
      break;
    }
    case 'hexagon': {
      const s = r * 1.1;
      ctx.moveTo(x + s, y);
      for (let i = 1; i < 6; i++) {
        const a = (i * Math.PI) / 3;
        ctx.lineTo(x + s * Math.cos(a), y + s * Math.sin(a));
      }
      break;
    }
  }
  ctx.closePath();
}

/**
 * The part of segment a–b inside the box [x0, x1] × [y0, y1] (Liang–Barsky), or undefined.
 * Links are clipped before they are stroked: a dashed line zoomed in runs far out of view, and
 * the rasteriser would cut every dash of it.
 */
export function clipSegment(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): [number, number, number, number] | undefined {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - x0],
    [dx, x1 - ax],
    [-dy, ay - y0],
    [dy, y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return undefined;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return undefined;
      if (t < t1) t1 = t;
    }
  }
  return [ax + t0 * dx, ay + t0 * dy, ax + t1 * dx, ay + t1 * dy];
}

/** Grid of 8 px cells taken by names already drawn, so names never cover each other. */
class NameRoom {
  private readonly cols: number;
  private readonly rows: number;
  private readonly taken: Uint8Array;
  constructor(width: number, height: number) {
    this.cols = Math.ceil(width / 8) + 1;
    this.rows = Math.ceil(height / 8) + 1;
    this.taken = new Uint8Array(this.cols * this.rows);
  }
  /** Takes the box if it is free and inside; false when any of it is taken. */
  take(x0: number, y0: number, x1: number, y1: number): boolean {
    const c0 = Math.floor(x0 / 8);
    const c1 = Math.floor(x1 / 8);
    const r0 = Math.floor(y0 / 8);
    const r1 = Math.floor(y1 / 8);
    if (c0 < 0 || r0 < 0 || c1 >= this.cols || r1 >= this.rows) return false;
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) if (this.taken[r * this.cols + c] === 1) return false;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) this.taken[r * this.cols + c] = 1;
    return true;
  }
}

/** Draws the whole picture for `camera`, positions `xy` (x, y per actor, graph units). */
export function drawMeshPicture(
  ctx: Context2D,
  scene: PictureScene,
  xy: Float64Array,
  camera: PictureCamera,
): void {
  for (const _ of meshPictureSteps(ctx, scene, xy, camera)) {
    // Every step at once.
  }
}

/**
 * The picture drawn step by step: each step adds one batch (a stroke of links, a path of
 * shapes or rings, a run of names) and yields, so the painter can rasterise what is recorded,
 * give the thread back and drop the picture when a newer camera is waiting (picturePainter.ts).
 */
export function* meshPictureSteps(
  ctx: Context2D,
  scene: PictureScene,
  xy: Float64Array,
  camera: PictureCamera,
): Generator<void, void, void> {
  const { k, x: ox, y: oy, ratio, r } = camera;
  // Drawn in the view's coordinates; the picture reaches `m` beyond each of its edges.
  const m = camera.margin ?? 0;
  ctx.setTransform(ratio, 0, 0, ratio, m * ratio, m * ratio);
  ctx.globalAlpha = 1;
  ctx.fillStyle = BG;
  ctx.fillRect(-m, -m, camera.width + 2 * m, camera.height + 2 * m);
  const left = -m;
  const top = -m;
  const right = camera.width + m;
  const bottom = camera.height + m;
  const count = Math.min(scene.kinds.length, xy.length / 2);
  const sx = new Float32Array(count);
  const sy = new Float32Array(count);
  const margin = r * 3;
  let inView = 0;
  for (let i = 0; i < count; i++) {
    const px = xy[i * 2]! * k + ox;
    const py = xy[i * 2 + 1]! * k + oy;
    sx[i] = px;
    sy[i] = py;
    if (px > left - margin && py > top - margin && px < right + margin && py < bottom + margin)
      inView++;
  }
  const grow = r / NODE_SIZE;

  // Links: clipped to the view, one stroke per channel; dashed once few are in view.
  const linkCount = Math.min(scene.channels.length, scene.ends.length / 2);
  const segments = CHANNELS.map(() => [] as number[]);
  let linksInView = 0;
  for (let l = 0; l < linkCount; l++) {
    const a = scene.ends[l * 2]!;
    const b = scene.ends[l * 2 + 1]!;
    if (a >= count || b >= count) continue;
    const seg = clipSegment(
      sx[a]!,
      sy[a]!,
      sx[b]!,
      sy[b]!,
      left - 2,
      top - 2,
      right + 2,
      bottom + 2,
    );
    if (seg === undefined) continue;
    segments[scene.channels[l]!]?.push(...seg);
    linksInView++;
  }
  const detailed = linksInView <= LINK_DETAIL_MAX;
  ctx.lineCap = 'butt';
  yield;
  for (const [c, channel] of CHANNELS.entries()) {
    const seg = segments[c]!;
    if (seg.length === 0) continue;
    const style = CHANNEL_STYLE[channel];
    ctx.strokeStyle = linkColour(channel);
    const scale = Math.min(grow, 2.5);
    ctx.lineWidth = detailed ? Math.max(1, (style.width / 2.5) * scale) : 1;
    ctx.setLineDash(
      detailed && style.dash !== '' ? style.dash.split(' ').map((d) => Number(d) * scale) : [],
    );
    ctx.beginPath();
    for (let i = 0, n = 1; i < seg.length; i += 4, n++) {
      ctx.moveTo(seg[i]!, seg[i + 1]!);
      ctx.lineTo(seg[i + 2]!, seg[i + 3]!);
      if (n % LINKS_PER_PATH === 0) {
        ctx.stroke();
        yield;
        ctx.beginPath();
      }
    }
    ctx.stroke();
    yield;
  }
  ctx.setLineDash([]);

  const visible = (i: number, pad: number) =>
    sx[i]! > left - pad && sy[i]! > top - pad && sx[i]! < right + pad && sy[i]! < bottom + pad;

  // State rings under the shapes: busy and overloaded actors stand out, as on the SVG graph.
  for (const [l, look] of LOOKS.entries()) {
    if (look === 'available') continue;
    const style = STATE_STYLE[look];
    ctx.lineWidth = look === 'other' ? 1 : 2.5;
    ctx.setLineDash(style.dash === '' ? [] : [3, 2]);
    ctx.strokeStyle = style.ring;
    let n = 0;
    ctx.beginPath();
    for (let i = 0; i < count; i++) {
      if (scene.looks[i] !== l || !visible(i, margin)) continue;
      ctx.moveTo(sx[i]! + r + 2.5, sy[i]!);
      ctx.arc(sx[i]!, sy[i]!, r + 2.5, 0, 2 * Math.PI);
      if (++n % SHAPES_PER_PATH === 0) {
        ctx.stroke();
        yield;
        ctx.beginPath();
      }
    }
    if (n % SHAPES_PER_PATH !== 0) {
      ctx.stroke();
      yield;
    }
  }
  ctx.setLineDash([]);

  // Actors: one path per kind, in the kind's shape and colour; outlined once few are in view.
  for (const [kIndex, kind] of ACTOR_KINDS.entries()) {
    const style = KIND_STYLE[kind];
    const outline = inView <= NODE_DETAIL_MAX;
    ctx.fillStyle = style.colour;
    ctx.lineWidth = 1;
    ctx.strokeStyle = STATE_STYLE.available.ring;
    const paint = () => {
      ctx.fill();
      if (outline) ctx.stroke();
    };
    let n = 0;
    ctx.beginPath();
    for (let i = 0; i < count; i++) {
      if (scene.kinds[i] !== kIndex || !visible(i, margin)) continue;
      traceShape(ctx, style.shape, sx[i]!, sy[i]!, r);
      if (++n % SHAPES_PER_PATH === 0) {
        paint();
        yield;
        ctx.beginPath();
      }
    }
    if (n % SHAPES_PER_PATH !== 0) {
      paint();
      yield;
    }
  }

  // Names, where the actors are big enough to read them by, and never over one another.
  if (r < NAME_MIN_RADIUS) return;
  ctx.font = NAME_FONT;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = BG;
  ctx.fillStyle = INK;
  const room = new NameRoom(right - left, bottom - top);
  let names = 0;
  for (let i = 0; i < count; i++) {
    if (!visible(i, 0)) continue;
    const label = scene.labels[i] ?? '';
    if (label === '') continue;
    const w = ctx.measureText(label).width;
    const lx = sx[i]! + r + 4;
    const ly = sy[i]!;
    if (!room.take(lx - 2 - left, ly - 8 - top, lx + w + 2 - left, ly + 8 - top)) continue;
    ctx.strokeText(label, lx, ly);
    ctx.fillText(label, lx, ly);
    if (++names % NAMES_PER_STEP === 0) yield;
  }
}
