import { describe, expect, it } from 'vitest';
import { createLayout, defaultWarmupTicks } from './layout.ts';
import { createLayoutStream } from './layoutStream.ts';
import type { LayoutGraphMessage, LayoutPositions } from './layoutWorker.ts';
import { sampleView, syntheticView } from './synthetic.ts';

const graphOf = (
  view: ReturnType<typeof sampleView>,
  extra: Partial<LayoutGraphMessage> = {},
): LayoutGraphMessage => ({
  type: 'graph',
  seed: 4,
  pace: 'frame',
  nodes: view.nodes,
  links: view.links,
  ...extra,
});

function collect() {
  const batches: LayoutPositions[] = [];
  const handle = createLayoutStream((message, transfer) => {
    expect(transfer).toEqual([message.xy.buffer]);
    batches.push(message);
  });
  return { batches, handle };
}

describe('layout stream, frame pace', () => {
  it('sends a new set at once, then one tick per batch the page has drawn, until at rest', () => {
    const view = syntheticView(30, 2);
    const { batches, handle } = collect();
    handle(graphOf(view, { warmupTicks: 0 }));
    expect(batches).toHaveLength(1);
    expect(batches[0]!.ids).toEqual(view.nodes.map((n) => n.id));
    expect(batches[0]!.live).toBe(true);
    // Nothing more until the page says it has drawn the batch.
    handle({ type: 'pin', id: 'nobody', x: 0, y: 0 });
    expect(batches).toHaveLength(1);
    let taken = 0;
    while (batches.at(-1)!.live && taken < 1000) {
      handle({ type: 'taken' });
      taken += 1;
      expect(batches).toHaveLength(taken + 1);
      expect(batches.at(-1)!.ids).toBeUndefined();
    }
    expect(batches.at(-1)!.live).toBe(false);
    handle({ type: 'taken' });
    expect(batches).toHaveLength(taken + 1);

    // The same positions as the layout ticked once per frame on the page's own thread.
    const layout = createLayout(4);
    layout.setGraph(view.nodes, view.links);
    layout.tick(taken);
    const xy = batches.at(-1)!.xy;
    layout.nodes.forEach((n, i) => {
      expect(xy[i * 2]).toBe(n.x);
      expect(xy[i * 2 + 1]).toBe(n.y);
    });
  });

  it('warms a first set up before sending it, and gets going again for a drag', () => {
    const view = sampleView();
    const { batches, handle } = collect();
    handle(graphOf(view));
    const warmed = createLayout(4);
    warmed.setGraph(view.nodes, view.links);
    warmed.tick(defaultWarmupTicks(view.nodes.length));
    expect(batches[0]!.live).toBe(warmed.live());
    expect(batches[0]!.xy[0]).toBe(warmed.nodes[0]!.x);
    while (batches.at(-1)!.live) handle({ type: 'taken' });
    handle({ type: 'taken' });
    const atRest = batches.length;

    const id = view.nodes[0]!.id;
    handle({ type: 'pin', id, x: 321, y: -123 });
    expect(batches).toHaveLength(atRest + 1);
    expect(batches.at(-1)!.live).toBe(true);
    expect([batches.at(-1)!.xy[0], batches.at(-1)!.xy[1]]).toEqual([321, -123]);
    // Further moves of the pointer while a batch is with the page wait for it to be drawn.
    handle({ type: 'pin', id, x: 330, y: -120 });
    expect(batches).toHaveLength(atRest + 1);
    handle({ type: 'taken' });
    expect([batches.at(-1)!.xy[0], batches.at(-1)!.xy[1]]).toEqual([330, -120]);
    handle({ type: 'release', id });
    for (let i = 0; i < 1000 && batches.at(-1)!.live; i += 1) handle({ type: 'taken' });
    expect(batches.at(-1)!.live).toBe(false);
  });

  it('after a new set, goes back to one batch at a time once both in flight are drawn', () => {
    const view = syntheticView(20, 1);
    const { batches, handle } = collect();
    handle(graphOf(view, { warmupTicks: 0 }));
    handle(graphOf({ ...view, nodes: view.nodes.slice(1) }));
    expect(batches).toHaveLength(2);
    expect(batches[1]!.ids).toHaveLength(19);
    handle({ type: 'taken' });
    expect(batches).toHaveLength(2);
    handle({ type: 'taken' });
    expect(batches).toHaveLength(3);
  });
});
