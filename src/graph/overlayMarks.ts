// What the canvas overlays of the big-mesh graphs (WebGL and the 2D-canvas picture) draw over
// the mesh, one drawing for both: messages in transit, crosses where messages were lost, and
// the selection and keyboard focus halos. The SVG graph draws the same marks as elements.
import { pointAlong } from './geometry.ts';
import { LOST_MARK_MS, lostOpacity, trackLost, travelSide, type LostMark } from './messages.ts';
import { LOST_COLOUR, MESSAGE_COLOUR, SELECTED_COLOUR } from './palette.ts';
import type { GraphView } from './types.ts';

/** An actor where the overlay draws it: its centre and radius in canvas pixels. */
export interface Placed {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface Marks {
  readonly messages: GraphView['messages'] | undefined;
  /** The lost-message crosses shown until now (messages.ts `trackLost`). */
  readonly lost: ReadonlyMap<string, LostMark>;
  /** The page's clock, for the crosses' fading. */
  readonly now: number;
  readonly selected: string | null;
  readonly focused: string | null;
  readonly screenOf: (id: string) => Placed | undefined;
  readonly inside: (p: { readonly x: number; readonly y: number }) => boolean;
}

/**
 * Draws the marks; returns the crosses still shown (the same map when none has gone) and
 * whether one is fading, so the caller draws again on the next frame.
 */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  m: Marks,
): { lost: ReadonlyMap<string, LostMark>; fading: boolean } {
  const { screenOf, inside, now } = m;
  // Messages in transit, offset to the side of their direction like the SVG graph's.
  ctx.fillStyle = MESSAGE_COLOUR;
  ctx.beginPath();
  for (const msg of m.messages ?? []) {
    if (msg.lost === true) continue;
    const a = screenOf(msg.from);
    const b = screenOf(msg.to);
    if (a === undefined || b === undefined) continue;
    const p = pointAlong(a, b, msg.progress, a.r + 2, 2.5 * travelSide(msg.from, msg.to));
    if (!inside(p)) continue;
    ctx.moveTo(p.x + 2.5, p.y);
    ctx.arc(p.x, p.y, 2.5, 0, 2 * Math.PI);
  }
  ctx.fill();
  // Lost messages: a cross where they were lost, fading out.
  const marks = trackLost(m.lost, undefined, now);
  const lost = marks === m.lost ? m.lost : marks;
  let fading = false;
  ctx.strokeStyle = LOST_COLOUR;
  ctx.lineWidth = 2;
  for (const mark of lost.values()) {
    const a = screenOf(mark.from);
    const b = screenOf(mark.to);
    if (a === undefined || b === undefined) continue;
    const p = pointAlong(a, b, mark.progress, a.r + 2, 0);
    if (mark.gone !== undefined) fading = true;
    ctx.globalAlpha = mark.gone === undefined ? 1 : lostOpacity(mark, now, LOST_MARK_MS);
    ctx.beginPath();
    ctx.moveTo(p.x - 4, p.y - 4);
    ctx.lineTo(p.x + 4, p.y + 4);
    ctx.moveTo(p.x + 4, p.y - 4);
    ctx.lineTo(p.x - 4, p.y + 4);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  // The selection (solid) and keyboard focus (dashed) halos.
  for (const [id, dash] of [
    [m.selected, false],
    [m.focused, true],
  ] as const) {
    const s = id === null ? undefined : screenOf(id);
    if (s === undefined) continue;
    ctx.beginPath();
    ctx.arc(s.x, s.y, s.r + 7, 0, 2 * Math.PI);
    ctx.lineWidth = 2.5;
    ctx.setLineDash(dash ? [4, 3] : []);
    ctx.strokeStyle = SELECTED_COLOUR;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  return { lost, fading };
}
