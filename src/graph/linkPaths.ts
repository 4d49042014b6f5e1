// Links are drawn batched: one SVG path per channel (and one more for the links of the selected
// actor), so a frame of a 500-actor mesh writes a handful of `d` attributes instead of one per
// link. Dashed channels are dashed here, as geometry: a renderer dashing one long path with
// hundreds of sub-paths, tile after tile, costs more than the rest of the frame in software
// rendering (measured: ~8 ms of a 25 ms frame at 500 actors). Pure, unit-tested in Node.
import { CHANNELS, type Channel } from '../core/vocabulary.ts';
import type { Point } from './layout.ts';
import { CHANNEL_STYLE } from './palette.ts';

export interface DrawnLink {
  readonly channel: Channel;
  readonly a: Point | undefined;
  readonly b: Point | undefined;
  /** Touches the selected actor: drawn in the highlight path. */
  readonly active: boolean;
}

export interface ChannelPaths {
  /** Path data of the channel's ordinary links. */
  normal: string;
  active: string;
  normalCount: number;
  activeCount: number;
}

/** Each channel's dash pattern as numbers ([] for a solid line). */
const PATTERNS: Readonly<Record<Channel, readonly number[]>> = Object.fromEntries(
  CHANNELS.map((c) => [
    c,
    CHANNEL_STYLE[c].dash === '' ? [] : CHANNEL_STYLE[c].dash.split(/[\s,]+/).map(Number),
  ]),
) as Record<Channel, number[]>;

/**
 * Path data for every channel. `dashScale` multiplies the dash patterns (see dashForZoom:
 * zoomed out, dashes keep their size on screen); 0 draws every link solid.
 */
export function linkPaths(
  links: Iterable<DrawnLink>,
  dashScale = 1,
): Record<Channel, ChannelPaths> {
  const parts = {} as Record<Channel, { normal: string[]; active: string[] }>;
  for (const c of CHANNELS) parts[c] = { normal: [], active: [] };
  const normalCount = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  const activeCount = { ...normalCount };
  for (const link of links) {
    // An end not placed yet (a node just joined, its position on its way from the layout).
    if (link.a === undefined || link.b === undefined || !placed(link.a) || !placed(link.b))
      continue;
    const pattern = PATTERNS[link.channel];
    const segment =
      pattern.length === 0 || dashScale === 0
        ? `M${link.a.x},${link.a.y}L${link.b.x},${link.b.y}`
        : dashed(link.a, link.b, pattern, dashScale);
    parts[link.channel][link.active ? 'active' : 'normal'].push(segment);
    if (link.active) activeCount[link.channel] += 1;
    else normalCount[link.channel] += 1;
  }
  const out = {} as Record<Channel, ChannelPaths>;
  for (const c of CHANNELS) {
    out[c] = {
      normal: parts[c].normal.join(''),
      active: parts[c].active.join(''),
      normalCount: normalCount[c],
      activeCount: activeCount[c],
    };
  }
  return out;
}

/** The dashes of a line from a to b as "M…L…" pieces; the pattern alternates on and off. */
export function dashed(a: Point, b: Point, pattern: readonly number[], scale = 1): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  const period = pattern.reduce((sum, n) => sum + n, 0) * scale;
  if (length === 0 || !(period > 0)) return `M${a.x},${a.y}L${b.x},${b.y}`;
  const ux = dx / length;
  const uy = dy / length;
  let out = '';
  let t = 0;
  let i = 0;
  while (t < length) {
    const step = (pattern[i % pattern.length] ?? 0) * scale;
    if (i % 2 === 0 && step > 0) {
      const end = Math.min(t + step, length);
      out += `M${r1(a.x + ux * t)},${r1(a.y + uy * t)}L${r1(a.x + ux * end)},${r1(a.y + uy * end)}`;
    }
    t += step;
    i += 1;
  }
  return out;
}

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

function placed(p: Point): boolean {
  return !Number.isNaN(p.x) && !Number.isNaN(p.y);
}
