// The big mesh's canvas picture: links clipped to the view before they are stroked, actors
// sized with the zoom, and everything batched — strokes per channel, fills per kind, each of
// tens of shapes — checked on a context that records the calls.
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, CHANNELS } from '../core/vocabulary.ts';
import {
  clipSegment,
  drawMeshPicture,
  LOOKS,
  NAME_MIN_RADIUS,
  NODE_SIZE,
  nodeRadius,
  type PictureCamera,
  type PictureScene,
} from './meshPicture.ts';
import { KIND_STYLE } from './palette.ts';

describe('clipSegment', () => {
  it('keeps a segment inside the box whole and leaves one outside out', () => {
    expect(clipSegment(1, 1, 9, 9, 0, 0, 10, 10)).toEqual([1, 1, 9, 9]);
    expect(clipSegment(-5, -5, -1, 20, 0, 0, 10, 10)).toBeUndefined();
  });

  it('cuts a segment crossing the box to the part inside', () => {
    const [ax, ay, bx, by] = clipSegment(-10, 5, 20, 5, 0, 0, 10, 10)!;
    expect([ax, ay, bx, by]).toEqual([0, 5, 10, 5]);
    const diagonal = clipSegment(-10, -10, 20, 20, 0, 0, 10, 10)!;
    expect(diagonal.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 0, 10, 10]);
  });
});

describe('nodeRadius', () => {
  it('is the WebGL graph size when fitted and grows with the square root of the zoom', () => {
    expect(nodeRadius(1, 1)).toBe(NODE_SIZE);
    expect(nodeRadius(4, 1)).toBe(NODE_SIZE * 2);
  });

  it('stays under a third of the spacing of a dense mesh, and within bounds', () => {
    expect(nodeRadius(0.05, 0.05)).toBeLessThan(NODE_SIZE);
    expect(nodeRadius(0.001, 1)).toBe(2);
    expect(nodeRadius(1e4, 1)).toBe(28);
  });
});

/** A 2D context that records the calls the picture makes (enough of the API for it). */
function recorder() {
  const calls: string[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 7 });
      return (...args: unknown[]) => {
        calls.push(
          key === 'fill' || key === 'stroke' || key === 'fillText'
            ? `${key} ${String(key === 'fillText' ? args[0] : target[key === 'fill' ? 'fillStyle' : 'strokeStyle'])}`
            : key,
        );
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const scene: PictureScene = {
  kinds: Uint8Array.from([0, 1, 0, 2]),
  looks: Uint8Array.from([0, LOOKS.indexOf('busy'), 0, 0]),
  labels: ['Coy 1', 'FPU 2', 'Coy 3', 'Agency 4'],
  // Links 0–1 and 2–3 by radio, 1–2 by report, and 0–3 far out of view.
  ends: Uint32Array.from([0, 1, 2, 3, 1, 2, 0, 3]),
  channels: Uint8Array.from([0, 0, 2, 0]),
};
const xy = Float64Array.from([10, 10, 50, 10, 50, 50, 5000, 5000]);

describe('drawMeshPicture', () => {
  it('strokes each channel in view once and fills each kind in view once', () => {
    const { ctx, calls } = recorder();
    const camera: PictureCamera = { k: 1, x: 0, y: 0, width: 200, height: 100, ratio: 1, r: 4 };
    drawMeshPicture(ctx, scene, xy, camera);
    const strokes = calls.filter((c) => c.startsWith('stroke '));
    // Radio (links 0–1, 2–3 and the clipped 0–3) and report: one stroke each; then the busy
    // ring; then, with few actors in view, an outline for each kind drawn.
    expect(strokes).toEqual([
      'stroke #8a8a8a',
      'stroke #8a8a8a',
      'stroke #F0E442',
      'stroke #3a3a3a',
      'stroke #3a3a3a',
    ]);
    const fills = calls.filter((c) => c.startsWith('fill '));
    // Military (actors 0 and 2) and police (1); the humanitarian actor is out of view and
    // not filled.
    expect(fills).toEqual([
      `fill ${KIND_STYLE[ACTOR_KINDS[0]].colour}`,
      `fill ${KIND_STYLE[ACTOR_KINDS[1]].colour}`,
    ]);
    expect(calls.filter((c) => c === 'moveTo').length).toBeGreaterThan(CHANNELS.length);
    expect(calls.some((c) => c.startsWith('fillText'))).toBe(false);
  });

  it('fills many actors of a kind in paths of tens of shapes, not one path each', () => {
    const { ctx, calls } = recorder();
    const many = 200;
    const crowd: PictureScene = {
      kinds: new Uint8Array(many),
      looks: new Uint8Array(many),
      labels: Array.from({ length: many }, (_, i) => `Coy ${i}`),
      ends: new Uint32Array(0),
      channels: new Uint8Array(0),
    };
    const at = Float64Array.from({ length: many * 2 }, (_, i) => 5 + ((i * 7) % 190));
    drawMeshPicture(ctx, crowd, at, { k: 1, x: 0, y: 0, width: 200, height: 200, ratio: 1, r: 3 });
    const fills = calls.filter((c) => c.startsWith('fill ')).length;
    expect(fills).toBeGreaterThan(1);
    expect(fills).toBeLessThan(many / 10);
  });

  it('draws the margin beyond the view: a link and an actor just outside it are in the picture', () => {
    const { ctx, calls } = recorder();
    // Actor 2 is 30 px past the view's right edge, inside a 40 px margin.
    const near = Float64Array.from([10, 10, 50, 10, 230, 50, 5000, 5000]);
    const base = { k: 1, x: 0, y: 0, width: 200, height: 100, ratio: 2, r: 4 };
    drawMeshPicture(ctx, scene, near, { ...base, margin: 40 });
    const fills = calls.filter((c) => c.startsWith('fill '));
    expect(fills).toEqual([
      `fill ${KIND_STYLE[ACTOR_KINDS[0]].colour}`,
      `fill ${KIND_STYLE[ACTOR_KINDS[1]].colour}`,
    ]);
    // Without the margin actor 2 is left out of its kind's path: fewer contours traced.
    const without = recorder();
    drawMeshPicture(without.ctx, scene, near, base);
    const traced = (list: string[]) => list.filter((c) => c === 'moveTo').length;
    expect(traced(calls)).toBeGreaterThan(traced(without.calls));
  });

  it('writes names only once actors are big enough, and never one over another', () => {
    const { ctx, calls } = recorder();
    const crowded = Float64Array.from([10, 10, 12, 11, 50, 50, 5000, 5000]);
    const camera: PictureCamera = {
      k: 1,
      x: 0,
      y: 0,
      width: 200,
      height: 100,
      ratio: 1,
      r: NAME_MIN_RADIUS,
    };
    drawMeshPicture(ctx, scene, crowded, camera);
    // Coy 1 and FPU 2 would overlap: the first is written; Agency 4 is out of view.
    expect(calls.filter((c) => c.startsWith('fillText'))).toEqual([
      'fillText Coy 1',
      'fillText Coy 3',
    ]);
  });
});
