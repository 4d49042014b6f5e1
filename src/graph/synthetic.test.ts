import { describe, expect, it } from 'vitest';
import { createTraffic, sampleView, syntheticView } from './synthetic.ts';

describe('synthetic views', () => {
  it('are the same for the same seed and refer only to their own nodes', () => {
    const view = syntheticView(200, 5);
    expect(syntheticView(200, 5)).toEqual(view);
    expect(view.nodes).toHaveLength(200);
    const ids = new Set(view.nodes.map((n) => n.id));
    for (const l of view.links) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
    for (const m of view.messages) expect(ids.has(m.from) && ids.has(m.to)).toBe(true);
    for (const m of view.meetings) for (const a of m.attendees) expect(ids.has(a)).toBe(true);
    expect(view.links.length).toBeGreaterThanOrEqual(199);
  });

  it('the sample sector mesh shows every kind, state look and channel', () => {
    const view = sampleView();
    expect(new Set(view.nodes.map((n) => n.kind)).size).toBe(5);
    expect(new Set(view.links.map((l) => l.channel)).size).toBe(4);
    expect(view.nodes.map((n) => n.state)).toEqual(
      expect.arrayContaining(['available', 'busy', 'overloaded', 'escorting']),
    );
    expect(view.messages.some((m) => m.lost === true)).toBe(true);
  });

  it('traffic moves messages on and replaces arrivals', () => {
    const view = syntheticView(50, 1);
    const traffic = createTraffic(view.links, 9, 6);
    const before = traffic.messages();
    expect(before).toHaveLength(6);
    let after = before;
    for (let i = 0; i < 100; i++) after = traffic.step(0.1);
    expect(after).toHaveLength(6);
    expect(after.map((m) => m.id)).not.toEqual(before.map((m) => m.id));
    for (const m of after) expect(m.progress).toBeLessThanOrEqual(1.0001);
  });
});
