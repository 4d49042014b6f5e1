// The transform that moves the last drawn frame to where the camera of now shows the mesh.
import { describe, expect, it } from 'vitest';
import { cssMatrix, snapshotTransform, type Affine } from './movingSnapshot.ts';

interface Camera {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** A camera's graph → screen map, as sigma's: centred on (x, y), zoomed by 1/ratio, turned. */
const toScreen =
  (c: Camera) =>
  (p: { x: number; y: number }): { x: number; y: number } => {
    const dx = (p.x - c.x) / c.ratio;
    const dy = (p.y - c.y) / c.ratio;
    const cos = Math.cos(c.angle);
    const sin = Math.sin(c.angle);
    return { x: 400 + 500 * (dx * cos - dy * sin), y: 300 + 500 * (dx * sin + dy * cos) };
  };
const toGraph =
  (c: Camera) =>
  (v: { x: number; y: number }): { x: number; y: number } => {
    const sx = (v.x - 400) / 500;
    const sy = (v.y - 300) / 500;
    const cos = Math.cos(-c.angle);
    const sin = Math.sin(-c.angle);
    return {
      x: c.x + c.ratio * (sx * cos - sy * sin),
      y: c.y + c.ratio * (sx * sin + sy * cos),
    };
  };
const apply = (m: Affine, p: { x: number; y: number }) => ({
  x: m.a * p.x + m.c * p.y + m.e,
  y: m.b * p.x + m.d * p.y + m.f,
});

describe('snapshotTransform', () => {
  const drawn: Camera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const cases: Array<[string, Camera]> = [
    ['unchanged', drawn],
    ['panned', { ...drawn, x: 0.62, y: 0.41 }],
    ['zoomed in', { ...drawn, ratio: 0.5 }],
    ['zoomed out and panned', { x: 0.3, y: 0.7, ratio: 1.7, angle: 0 }],
    ['turned', { ...drawn, angle: 0.4 }],
  ];

  it.each(cases)('%s: every point of the mesh lands where the camera of now shows it', (_, now) => {
    const m = snapshotTransform(toGraph(drawn), toScreen(now));
    for (const p of [
      { x: 0.5, y: 0.5 },
      { x: 0, y: 0 },
      { x: 1, y: 0.2 },
      { x: 0.33, y: 0.9 },
    ]) {
      const moved = apply(m, toScreen(drawn)(p));
      const want = toScreen(now)(p);
      expect(moved.x).toBeCloseTo(want.x, 6);
      expect(moved.y).toBeCloseTo(want.y, 6);
    }
  });

  it('is the identity when the camera has not moved, written as CSS reads it', () => {
    const m = snapshotTransform(toGraph(drawn), toScreen(drawn));
    expect(cssMatrix(m)).toBe('matrix(1, 0, 0, 1, 0, 0)');
    const zoomed = snapshotTransform(toGraph(drawn), toScreen({ ...drawn, ratio: 0.5 }));
    expect(cssMatrix(zoomed)).toBe('matrix(2, 0, 0, 2, -400, -300)');
  });
});
