// Messages on the mesh: a lost one shows as a marker while the view reports it and for a
// short while after (fading), and dots crossing in opposite directions keep to their own side.
import type { GraphMessage } from './types.ts';

export interface LostMark {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly progress: number;
  /** Wall-clock ms when the view stopped reporting it; undefined while it still does. */
  readonly gone?: number;
}

/** How long a lost-message marker stays after the view drops the message, in ms. */
export const LOST_MARK_MS = 3000;

/**
 * The lost markers to show at `now`, given the view's messages: one per lost message in the
 * view, plus those that left the view less than `lifetime` ago. Returns `marks` itself when
 * nothing changed, so the caller can skip DOM work.
 */
export function trackLost(
  marks: ReadonlyMap<string, LostMark>,
  messages: readonly GraphMessage[] | undefined,
  now: number,
  lifetime = LOST_MARK_MS,
): ReadonlyMap<string, LostMark> {
  const out = new Map<string, LostMark>();
  let changed = false;
  if (messages !== undefined) {
    for (const m of messages) {
      if (m.lost !== true || out.has(m.id)) continue;
      const old = marks.get(m.id);
      if (
        old !== undefined &&
        old.gone === undefined &&
        old.progress === m.progress &&
        old.from === m.from &&
        old.to === m.to
      ) {
        out.set(m.id, old);
      } else {
        out.set(m.id, { id: m.id, from: m.from, to: m.to, progress: m.progress });
        changed = true;
      }
    }
  }
  for (const [id, mark] of marks) {
    if (out.has(id)) continue;
    if (mark.gone === undefined && messages !== undefined) {
      out.set(id, { ...mark, gone: now });
      changed = true;
    } else if (mark.gone === undefined || now - mark.gone < lifetime) {
      out.set(id, mark);
    } else {
      changed = true;
    }
  }
  return changed ? out : marks;
}

/** Opaque while reported and for half its afterlife, then fading out. */
export function lostOpacity(mark: LostMark, now: number, lifetime = LOST_MARK_MS): number {
  if (mark.gone === undefined) return 1;
  const age = (now - mark.gone) / lifetime;
  if (age <= 0.5) return 1;
  return Math.max(0, 1 - (age - 0.5) / 0.5);
}

/** Which side of the edge a dot travels on: +1 or −1, the same for every message one way. */
export function travelSide(from: string, to: string): 1 | -1 {
  return from < to ? 1 : -1;
}
