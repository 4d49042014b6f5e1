// How the mesh looks: kind → shape and Okabe–Ito colour, state → ring, channel → stroke.
// Shared by the SVG graph and the React legend so the two can never disagree. Pure data and
// string geometry only (no DOM), so it is unit-tested in Node.
import type { ActorKind, Channel } from '../core/index.ts';

export type Shape = 'square' | 'diamond' | 'circle' | 'triangle' | 'hexagon';

export interface KindStyle {
  readonly shape: Shape;
  readonly colour: string;
  /** Plain words for legends, tables and screen readers. */
  readonly name: string;
}

/** Okabe & Ito (2008) colour-blind-safe palette; shape carries the kind as well. */
export const KIND_STYLE: Readonly<Record<ActorKind, KindStyle>> = {
  military: { shape: 'square', colour: '#0072B2', name: 'Military' },
  police: { shape: 'diamond', colour: '#56B4E9', name: 'UN police' },
  humanitarian: { shape: 'circle', colour: '#E69F00', name: 'Humanitarian' },
  civilian: { shape: 'triangle', colour: '#009E73', name: 'Mission civilian' },
  'host-police': { shape: 'hexagon', colour: '#CC79A7', name: 'Host-state police' },
};

export type StateLook = 'available' | 'busy' | 'overloaded' | 'other';

export interface StateStyle {
  readonly ring: string;
  /** Stroke width of the node's shape; the stroke is painted under the fill, so half shows. */
  readonly width: number;
  /** SVG stroke-dasharray, or '' for a solid ring. */
  readonly dash: string;
  /** Bright rings get a thin dark rim so they stand out on a white wall. */
  readonly rim: boolean;
  readonly name: string;
}

export const RIM_COLOUR = '#3a3a3a';
/** Stroke width of the rim path behind the shape: 1 px showing outside a thick ring. */
export const RIM_WIDTH = 12;

export const STATE_STYLE: Readonly<Record<StateLook, StateStyle>> = {
  available: { ring: '#3a3a3a', width: 3, dash: '', rim: false, name: 'Available' },
  busy: { ring: '#F0E442', width: 10, dash: '', rim: true, name: 'Busy' },
  overloaded: { ring: '#D55E00', width: 10, dash: '6 4', rim: true, name: 'Overloaded' },
  other: {
    ring: '#3a3a3a',
    width: 3,
    dash: '3 2',
    rim: false,
    name: 'In a process (e.g. escorting)',
  },
};

/** Component states get their own ring; any process state ("escorting", …) a thin dotted one. */
export function stateLook(state: string): StateLook {
  return state === 'available' || state === 'busy' || state === 'overloaded' ? state : 'other';
}

export interface ChannelStyle {
  readonly colour: string;
  readonly width: number;
  readonly dash: string;
  /** Liaison is drawn as a double line: a wide stroke with a background-coloured core. */
  readonly double: boolean;
  readonly opacity: number;
  readonly name: string;
  readonly description: string;
}

export const CHANNEL_STYLE: Readonly<Record<Channel, ChannelStyle>> = {
  radio: {
    colour: '#4d4d4d',
    width: 1.6,
    dash: '',
    double: false,
    opacity: 1,
    name: 'Radio',
    description: 'fast, solid line',
  },
  liaison: {
    colour: '#4d4d4d',
    width: 5,
    dash: '',
    double: true,
    opacity: 1,
    name: 'Liaison',
    description: 'fast, double line',
  },
  report: {
    colour: '#4d4d4d',
    width: 1.6,
    dash: '7 4',
    double: false,
    opacity: 1,
    name: 'Report',
    description: 'slow, dashed line',
  },
  'meeting-only': {
    colour: '#7a7a7a',
    width: 2.2,
    dash: '2 4',
    double: false,
    opacity: 0.75,
    name: 'Meeting only',
    description: 'carries nothing between meetings, faint dotted line',
  },
};

export const MESSAGE_COLOUR = '#1a1a1a';
/** Okabe–Ito's vermillion, the palette's red. */
export const LOST_COLOUR = '#D55E00';
export const SELECTED_COLOUR = '#000000';

/** Node size: the radius of the circle; other shapes are scaled to a similar visual weight. */
export const NODE_RADIUS = 13;

/**
 * The SVG path of a shape centred on (0, 0) with "radius" r. Sizes are tuned so each shape
 * covers about the same area as the circle (a square of side 2r would look much heavier).
 */
export function shapePath(shape: Shape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const s = r * 0.89;
      return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'diamond': {
      const s = r * 1.26;
      return `M0,${f(-s)}L${f(s)},0L0,${f(s)}L${f(-s)},0Z`;
    }
    case 'triangle': {
      // Equilateral with its centroid at the origin, side ≈ 2.6r (area close to the circle's).
      const s = r * 2.6;
      const h = (s * Math.sqrt(3)) / 2;
      return `M0,${f((-2 * h) / 3)}L${f(s / 2)},${f(h / 3)}L${f(-s / 2)},${f(h / 3)}Z`;
    }
    case 'hexagon':
      return polygon(6, r * 1.1, 0);
  }
}

function polygon(sides: number, r: number, rotation: number): string {
  const points: string[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation + (i * 2 * Math.PI) / sides;
    points.push(`${f(r * Math.cos(a))},${f(r * Math.sin(a))}`);
  }
  return `M${points.join('L')}Z`;
}

/** Two decimals are plenty on screen and keep attribute strings short. */
function f(n: number): string {
  const v = Math.round(n * 100) / 100;
  return String(Object.is(v, -0) ? 0 : v);
}

/**
 * A dash pattern for zoom `k`: zoomed out, dashes keep at least their nominal size on screen
 * (so a report link stays visibly dashed, and the renderer does not cut a long line into
 * hundreds of sub-pixel dashes, the costliest thing to draw in software); zoomed in they grow
 * with the line. `k` is quantised to steps of about 10% so a smooth zoom rewrites it rarely.
 */
export function dashForZoom(dash: string, k: number): string {
  if (dash === '') return '';
  const factor = 1 / Math.min(dashZoomStep(k), 1);
  return dash
    .split(/[\s,]+/)
    .map((part) => String(Math.round(Number(part) * factor * 100) / 100))
    .join(' ');
}

/** The zoom quantised to a 10% (logarithmic) step, as used by dashForZoom. */
export function dashZoomStep(k: number): number {
  if (!(k > 0)) return 1;
  return Math.pow(1.1, Math.round(Math.log(k) / Math.log(1.1)));
}
