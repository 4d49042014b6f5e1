import { describe, expect, it } from 'vitest';
import {
  NODE_BOX,
  bounds,
  clearSpot,
  segmentHitsBox,
  closeFrames,
  easeFrame,
  drawnBounds,
  fitTransform,
  padFrame,
  pointAlong,
  progressAt,
  steppedFrame,
  zoomAbout,
} from './geometry.ts';

describe('pointAlong', () => {
  it('interpolates between the ends, keeping clear of the node shapes', () => {
    expect(pointAlong({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.5)).toEqual({ x: 50, y: 0 });
    expect(pointAlong({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 10)).toEqual({ x: 10, y: 0 });
    expect(pointAlong({ x: 0, y: 0 }, { x: 100, y: 0 }, 1, 10)).toEqual({ x: 90, y: 0 });
  });

  it('clamps progress and copes with a zero-length edge', () => {
    expect(pointAlong({ x: 0, y: 0 }, { x: 0, y: 100 }, 2)).toEqual({ x: 0, y: 100 });
    expect(pointAlong({ x: 5, y: 5 }, { x: 5, y: 5 }, 0.5, 10)).toEqual({ x: 5, y: 5 });
  });

  it('shifts to the left of travel, so opposite directions use opposite sides', () => {
    const there = pointAlong({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.5, 0, 3);
    const back = pointAlong({ x: 100, y: 0 }, { x: 0, y: 0 }, 0.5, 0, 3);
    expect(there.y).toBeCloseTo(3);
    expect(back.y).toBeCloseTo(-3);
  });
});

describe('progressAt', () => {
  it('maps departure and arrival times to 0..1', () => {
    expect(progressAt(10, 20, 15)).toBe(0.5);
    expect(progressAt(10, 20, 5)).toBe(0);
    expect(progressAt(10, 20, 25)).toBe(1);
    expect(progressAt(10, 10, 10)).toBe(1);
  });
});

describe('fitting the layout in the viewport', () => {
  it('frames the bounding box, centred', () => {
    const box = bounds(
      [
        { x: -100, y: -50 },
        { x: 100, y: 50 },
      ],
      0,
    )!;
    const t = fitTransform(box, 400, 400);
    expect(t.k).toBe(1.5);
    expect(t.x).toBe(200);
    expect(t.y).toBe(200);
  });

  it('shrinks a big mesh to fit and never enlarges past the cap', () => {
    expect(fitTransform({ x0: 0, y0: 0, x1: 2000, y1: 1000 }, 1000, 1000).k).toBe(0.5);
    expect(fitTransform({ x0: 0, y0: 0, x1: 10, y1: 10 }, 1000, 1000).k).toBe(1.5);
  });

  it('frames what is drawn: halo above, labels below, names sideways', () => {
    const nodes = [
      { x: 0, y: 0, radius: 40 },
      { x: 200, y: 100, radius: 70 },
    ];
    expect(drawnBounds(nodes, 30, 50, 35)).toEqual({ x0: -40, y0: -30, x1: 270, y1: 150 });
    expect(drawnBounds([{ x: 0, y: 0 }], 30, 50, 35)).toEqual({ x0: -35, y0: -30, x1: 35, y1: 50 });
    expect(drawnBounds(nodes, 30, 30, 35, false)).toEqual({ x0: -35, y0: -30, x1: 235, y1: 130 });
    expect(drawnBounds([], 1, 1, 1)).toBeUndefined();
  });

  it('keeps a padding of screen pixels around a fitted frame', () => {
    const box = { x0: -100, y0: -50, x1: 100, y1: 50 };
    const t = padFrame((w, h) => fitTransform(box, w, h), 220, 120, 10);
    expect(t).toEqual({ k: 1, x: 110, y: 60 });
  });

  it('has no box for no points, and grows the box by the margin', () => {
    expect(bounds([])).toBeUndefined();
    expect(bounds([{ x: 1, y: 2 }], 5)).toEqual({ x0: -4, y0: -3, x1: 6, y1: 7 });
  });

  it('eases from one frame to another', () => {
    const a = { k: 1, x: 0, y: 0 };
    const b = { k: 4, x: 100, y: -100 };
    expect(easeFrame(a, b, 0.5)).toEqual({ k: 2, x: 50, y: -50 });
    expect(closeFrames(easeFrame(a, b, 1), b)).toBe(true);
    expect(closeFrames(a, b)).toBe(false);
  });

  it('steps the zoom down to a power of the step, still framing the same centre', () => {
    const box = { x0: -300, y0: -200, x1: 500, y1: 400 };
    const exact = fitTransform(box, 800, 600);
    const stepped = steppedFrame(exact, 800, 600, 1.1);
    expect(stepped.k).toBeLessThanOrEqual(exact.k);
    expect(stepped.k).toBeGreaterThan(exact.k / 1.1);
    const n = Math.log(stepped.k) / Math.log(1.1);
    expect(Math.abs(n - Math.round(n))).toBeLessThan(1e-9);
    // The box's centre stays at the viewport's centre, so the box still fits.
    expect(100 * stepped.k + stepped.x).toBeCloseTo(400, 9);
    expect(100 * stepped.k + stepped.y).toBeCloseTo(300, 9);
    // A zoom already on a step keeps it, so a camera at rest on it does not zoom again.
    expect(steppedFrame(stepped, 800, 600, 1.1).k).toBe(stepped.k);
    // Zooming about a point leaves that point where it is on screen.
    const z = zoomAbout({ k: 2, x: 10, y: 20 }, 3, 110, 220);
    expect(((110 - z.x) / z.k) * 2 + 10).toBeCloseTo(110, 9);
    expect(((220 - z.y) / z.k) * 2 + 20).toBeCloseTo(220, 9);
  });
});

describe('clearSpot', () => {
  it('stays on the centre when nothing is in the way', () => {
    expect(clearSpot({ x: 0, y: 0 }, 80, 22, [{ x: 300, y: 0 }])).toEqual({ x: 0, y: 0 });
  });

  it('moves off a node (and its label) sitting on the centre', () => {
    const spot = clearSpot({ x: 0, y: 0 }, 80, 22, [{ x: 0, y: 0 }]);
    const overlapsX = Math.abs(spot.x) < 40 + 4 + 58;
    const overlapsY = spot.y + 15 > NODE_BOX.y0 && spot.y - 15 < NODE_BOX.y1;
    expect(overlapsX && overlapsY).toBe(false);
  });

  it('keeps its previous offset while that is still clear', () => {
    expect(clearSpot({ x: 0, y: 0 }, 80, 22, [], { x: 30, y: -40 })).toEqual({ x: 30, y: -40 });
  });

  it('while the layout moves, keeps the previous spot over links but not over a node', () => {
    const link = { a: { x: -300, y: 0 }, b: { x: 300, y: 0 } };
    expect(clearSpot({ x: 0, y: 0 }, 80, 22, [], { x: 0, y: 0 }, [link], 'keep')).toEqual({
      x: 0,
      y: 0,
    });
    expect(clearSpot({ x: 0, y: 0 }, 80, 22, [], { x: 0, y: 0 }, [link], 'full')).not.toEqual({
      x: 0,
      y: 0,
    });
    expect(
      clearSpot({ x: 0, y: 0 }, 80, 22, [{ x: 0, y: 0 }], { x: 0, y: 0 }, [], 'keep'),
    ).not.toEqual({ x: 0, y: 0 });
  });
});

describe('segmentHitsBox', () => {
  const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('finds segments crossing, inside or missing a box', () => {
    expect(segmentHitsBox({ a: { x: -5, y: 5 }, b: { x: 15, y: 5 } }, box)).toBe(true);
    expect(segmentHitsBox({ a: { x: 2, y: 2 }, b: { x: 3, y: 3 } }, box)).toBe(true);
    expect(segmentHitsBox({ a: { x: -5, y: -5 }, b: { x: -1, y: 20 } }, box)).toBe(false);
    expect(segmentHitsBox({ a: { x: 20, y: 0 }, b: { x: 0, y: -20 } }, box)).toBe(false);
  });

  it('steers a hub off links when it can', () => {
    const link = { a: { x: -300, y: 0 }, b: { x: 300, y: 0 } };
    const spot = clearSpot({ x: 0, y: 0 }, 80, 22, [], undefined, [link]);
    expect(Math.abs(spot.y)).toBeGreaterThan(15);
  });
});
