import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../core/index.ts';
import {
  SPACING,
  NODE_ROOM,
  labelRoom,
  createLayout,
  defaultWarmupTicks,
  HUGE_MESH,
  HUGE_TICKS,
  initialPositions,
  placeJoining,
} from './layout.ts';
import { sampleView, syntheticView } from './synthetic.ts';

const positions = (layout: ReturnType<typeof createLayout>) =>
  layout.nodes.map((n) => [n.id, Math.round(n.x * 1000) / 1000, Math.round(n.y * 1000) / 1000]);

describe('initial positions', () => {
  it('are deterministic, distinct and grouped into one wedge per kind', () => {
    const view = syntheticView(60, 3);
    const a = initialPositions(view.nodes);
    expect(initialPositions(view.nodes)).toEqual(a);
    expect(new Set([...a.values()].map((p) => `${p.x},${p.y}`)).size).toBe(60);
    // Walking round the disc, the kinds come one after the other.
    const byAngle = view.nodes
      .map((n) => ({
        kind: n.kind,
        angle: Math.atan2(a.get(n.id)!.y, a.get(n.id)!.x) + Math.PI / 2,
      }))
      .map((n) => ({ ...n, angle: (n.angle + 2 * Math.PI) % (2 * Math.PI) }))
      .sort((x, y) => x.angle - y.angle)
      .map((n) => ACTOR_KINDS.indexOf(n.kind));
    expect(byAngle).toEqual([...byAngle].sort((x, y) => x - y));
  });

  it('places a joining node beside its neighbours', () => {
    const placed = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
    ]);
    const p = placeJoining(
      [{ id: 'c', kind: 'police' }],
      [{ source: 'c', target: 'b' }],
      placed,
    ).get('c')!;
    expect(Math.hypot(p.x - 100, p.y)).toBeLessThan(SPACING);
  });
});

describe('createLayout', () => {
  it('lays out the same mesh the same way for the same seed', () => {
    const view = sampleView();
    const run = (seed: number) => {
      const layout = createLayout(seed);
      layout.setGraph(view.nodes, view.links);
      layout.tick(120);
      return positions(layout);
    };
    expect(run(7)).toEqual(run(7));
  });

  it('gives d3 copies: the view is not mutated', () => {
    const view = sampleView();
    const before = JSON.stringify(view);
    const layout = createLayout(1);
    layout.setGraph(view.nodes, view.links);
    layout.tick(10);
    expect(JSON.stringify(view)).toBe(before);
    expect(typeof layout.links[0]?.source).toBe('object');
  });

  it('keeps the positions of nodes that stay when the mesh changes', () => {
    const view = sampleView();
    const layout = createLayout(1);
    layout.setGraph(view.nodes, view.links);
    layout.tick(50);
    const joc = { ...layout.byId.get('joc')! };
    const newcomer = { id: 'new', kind: 'police' as const };
    layout.setGraph(
      [...view.nodes.slice(1), newcomer],
      [...view.links, { id: 'x', source: 'new', target: 'joc', channel: 'radio' }],
    );
    expect(layout.byId.get('joc')).toMatchObject({ x: joc.x, y: joc.y });
    expect(layout.byId.has('fhq')).toBe(false);
    expect(layout.byId.has('new')).toBe(true);
  });

  it('leaves out links to nodes that are not there', () => {
    const layout = createLayout(1);
    layout.setGraph(
      [{ id: 'a', kind: 'military' }],
      [{ id: 'l', source: 'a', target: 'ghost', channel: 'radio' }],
    );
    expect(layout.links).toHaveLength(0);
  });

  it('cools down and can be warmed up again gently', () => {
    const layout = createLayout(1);
    const view = sampleView();
    layout.setGraph(view.nodes, view.links);
    expect(layout.live()).toBe(true);
    layout.tick(defaultWarmupTicks(view.nodes.length));
    expect(layout.live()).toBe(false);
    layout.reheat(0.3);
    expect(layout.alpha()).toBe(0.3);
    layout.reheat(0.1);
    expect(layout.alpha()).toBe(0.3);
  });

  it('holds a pinned node where it is put and stays warm until every pin is let go', () => {
    const layout = createLayout(1);
    const view = sampleView();
    layout.setGraph(view.nodes, view.links);
    layout.tick(defaultWarmupTicks(view.nodes.length));
    expect(layout.live()).toBe(false);
    const [a, b] = view.nodes;
    layout.pin(a!.id, 500, -40);
    layout.pin(b!.id, -500, 40);
    layout.pin('ghost', 0, 0);
    layout.tick(400);
    // Warm as long as anything is held: the neighbours keep following the pointer.
    expect(layout.live()).toBe(true);
    expect(layout.byId.get(a!.id)).toMatchObject({ x: 500, y: -40 });
    layout.release(a!.id);
    layout.tick(400);
    expect(layout.live()).toBe(true);
    expect(layout.byId.get(b!.id)).toMatchObject({ x: -500, y: 40 });
    layout.release(b!.id);
    layout.tick(400);
    expect(layout.live()).toBe(false);
    expect(layout.byId.get(b!.id)?.fx).toBeNull();
  });

  it('lets the layout cool when the node held leaves the mesh', () => {
    const layout = createLayout(1);
    const view = sampleView();
    layout.setGraph(view.nodes, view.links);
    layout.pin(view.nodes[0]!.id, 0, 0);
    layout.setGraph(view.nodes.slice(1), view.links);
    layout.tick(400);
    expect(layout.live()).toBe(false);
  });

  it("cools a huge mesh down in HUGE_TICKS ticks, and a smaller one in d3's 300 again", () => {
    const layout = createLayout(1);
    const huge = syntheticView(HUGE_MESH + 1, 1);
    layout.setGraph(huge.nodes, huge.links);
    layout.tick(1);
    // alpha after one tick is 1 − decay, and decay brings alpha to alphaMin (0.001) in n ticks.
    expect(Math.log(0.001) / Math.log(layout.alpha())).toBeCloseTo(HUGE_TICKS, 0);
    const small = huge.nodes.slice(0, 50);
    const ids = new Set(small.map((n) => n.id));
    layout.setGraph(
      small,
      huge.links.filter((l) => ids.has(l.source) && ids.has(l.target)),
    );
    layout.reheat(1);
    layout.tick(1);
    expect(Math.log(0.001) / Math.log(layout.alpha())).toBeCloseTo(300, 0);
  });

  it('warms up fully for small meshes and less for big ones', () => {
    expect(defaultWarmupTicks(16)).toBe(300);
    expect(defaultWarmupTicks(500)).toBeLessThan(100);
  });
});

describe('label room', () => {
  it('grows with the drawn name, never below the room of the node itself', () => {
    expect(labelRoom('JOC')).toBe(NODE_ROOM);
    expect(labelRoom('Joint Operations Centre, Carana')).toBeGreaterThan(
      labelRoom('Battalion East'),
    );
    expect(labelRoom('x'.repeat(200))).toBe(labelRoom('x'.repeat(36)));
  });

  it('pushes apart names side by side, but not nodes a label-height apart', () => {
    const run = (dx: number, dy: number) => {
      const layout = createLayout(1);
      const label = 'A fairly long actor name';
      layout.setGraph(
        [
          { id: 'a', kind: 'military', label },
          { id: 'b', kind: 'military', label },
        ],
        [],
      );
      const [a, b] = layout.nodes;
      a!.x = 0;
      a!.y = 0;
      b!.x = dx;
      b!.y = dy;
      layout.tick(30);
      return { dx: Math.abs(b!.x - a!.x), dy: Math.abs(b!.y - a!.y) };
    };
    expect(run(100, 0).dx).toBeGreaterThan(2 * labelRoom('A fairly long actor name') - 5);
    // Stacked: the vertical gap grows only a little (the charge), far less than a name's width.
    expect(run(0, 90).dx).toBeLessThan(5);
  });
});
