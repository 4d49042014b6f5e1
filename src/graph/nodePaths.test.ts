import { describe, expect, it } from 'vitest';
import { dashedRing, grownOutline, lookPaths, markPath, nodeMarks, outline } from './nodePaths.ts';
import { NODE_RADIUS, shapePath, type Shape } from './palette.ts';

/** The end points of a path's commands, absolute (arcs by their end point). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  for (const [, c, args] of d.matchAll(/([MLHVAZmlhvaz])([^MLHVAZmlhvaz]*)/g)) {
    const n = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter((s) => s !== '')
      .map(Number);
    const rel = c === c!.toLowerCase();
    switch (c!.toUpperCase()) {
      case 'M':
        x = rel ? x + n[0]! : n[0]!;
        y = rel ? y + n[1]! : n[1]!;
        sx = x;
        sy = y;
        break;
      case 'L':
        x = rel ? x + n[0]! : n[0]!;
        y = rel ? y + n[1]! : n[1]!;
        break;
      case 'H':
        x = rel ? x + n[0]! : n[0]!;
        break;
      case 'V':
        y = rel ? y + n[0]! : n[0]!;
        break;
      case 'A':
        x = rel ? x + n[5]! : n[5]!;
        y = rel ? y + n[6]! : n[6]!;
        break;
      case 'Z':
        x = sx;
        y = sy;
        break;
    }
    out.push([x, y]);
  }
  return out;
}

describe('nodePaths', () => {
  it('grows a shape by half a ring as a stroke with round joins covers it', () => {
    for (const shape of ['square', 'diamond', 'triangle', 'hexagon'] as Shape[]) {
      const own = points(shapePath(shape, NODE_RADIUS)).slice(0, -1);
      const o = grownOutline(shape, 5);
      const grown = points(`M${o.dx},${o.dy}${o.tail}`).slice(0, -1);
      // Round each corner (an arc of five points), every point 5 from the corner it turns.
      expect(grown).toHaveLength(own.length * 5);
      grown.forEach(([x, y], i) => {
        const [cx, cy] = own[Math.floor(i / 5)]!;
        expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(5, 1);
        // Outward: farther from the centre than the corner itself, or as far.
        expect(Math.hypot(x, y)).toBeGreaterThan(Math.hypot(cx, cy) - 0.05);
      });
    }
    for (const [x, y] of points(
      `M${grownOutline('circle', 5).dx},0${grownOutline('circle', 5).tail}`,
    ))
      expect(Math.hypot(x, y)).toBeCloseTo(NODE_RADIUS + 5, 1);
  });

  it('draws each shape where the per-node element draws it, moved to the node', () => {
    for (const shape of ['square', 'diamond', 'circle', 'triangle', 'hexagon'] as Shape[]) {
      const o = outline(shape);
      const at = { x: 120.3, y: -47.9 };
      const batched = points(`M${at.x + o.dx},${at.y + o.dy}${o.tail}`);
      const own = points(shapePath(shape, NODE_RADIUS)).map(([x, y]) => [x + at.x, y + at.y]);
      expect(batched).toHaveLength(own.length);
      batched.forEach(([x, y], i) => {
        expect(Math.abs(x - own[i]![0]!)).toBeLessThan(0.03);
        expect(Math.abs(y - own[i]![1]!)).toBeLessThan(0.03);
      });
      // Arcs keep their radii and flags.
      if (shape === 'circle') expect(o.tail).toMatch(/^a13,13 0 1,1 -26,0a13,13 0 1,1 26,0z$/);
    }
  });

  it('fills a dashed ring dash by dash, outside the shape, from its first point', () => {
    const o = dashedRing('circle', 10, [6, 4]);
    // 2πr ≈ 81.7 along a 64-sided circle: eight dashes of 6 and the start of a ninth.
    const pieces = `M${o.dx},${o.dy}${o.tail}`.split(/[Mm]/).length - 1;
    expect(pieces).toBe(9);
    for (const [x, y] of points(`M${o.dx},${o.dy}${o.tail}`)) {
      expect(Math.hypot(x, y)).toBeGreaterThan(NODE_RADIUS * 0.99 - 0.05);
      expect(Math.hypot(x, y)).toBeLessThan(NODE_RADIUS + 5.05);
    }
    // The first dash starts where the shape's path starts, (r, 0).
    expect(Math.hypot(o.dx - (NODE_RADIUS + 5), o.dy)).toBeLessThan(0.5);
    const square = dashedRing('square', 3, [3, 2]);
    expect(square.tail.split('z').length - 1).toBeGreaterThan(15);
  });

  it('batches nodes by kind and state look as points, leaving out nodes not placed yet', () => {
    const marks = nodeMarks([
      { kind: 'military', look: 'available', x: 0, y: 0 },
      { kind: 'military', look: 'available', x: 100.25, y: -50 },
      { kind: 'military', look: 'busy', x: 10, y: 10 },
      { kind: 'humanitarian', look: 'other', x: NaN, y: NaN },
    ]);
    // The first and last point twice: a marker-mid draws every point but those two.
    expect(marks.military.available).toBe('M0,0M0,0M100.25,-50M100.25,-50');
    expect(marks.military.busy).toBe('M10,10M10,10M10,10');
    expect(marks.humanitarian.other).toBe('');
    expect(marks.civilian.available).toBe('');
    expect(markPath([])).toBe('');
  });

  it('draws each look around the origin: the shape, its ring filled, a rim behind bright rings', () => {
    const square = outline('square');
    const available = lookPaths('military', 'available');
    expect(available.shape).toBe(`M${square.dx},${square.dy}${square.tail}`);
    // A solid ring is a filled outline; only bright rings have a rim behind them.
    expect(available.ring.split('M')).toHaveLength(2);
    expect(available.rim).toBe('');
    const busy = lookPaths('military', 'busy');
    expect(busy.rim.split('M')).toHaveLength(2);
    expect(busy.ring.split('M')).toHaveLength(2);
    // A dashed ring is filled dash by dash.
    const overloaded = lookPaths('police', 'overloaded');
    expect(overloaded.ring.split('m').length).toBeGreaterThan(5);
    expect(overloaded.rim).not.toBe('');
    // Every point of the shape within its grown ring's reach of the origin.
    for (const [x, y] of points(busy.shape))
      expect(Math.hypot(x, y)).toBeLessThanOrEqual(NODE_RADIUS * 1.5 + 0.01);
  });
});
