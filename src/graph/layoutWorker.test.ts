import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLayoutStream } from './layoutStream.ts';
import {
  LAYOUT_RESTARTS,
  startLayoutWorker,
  type LayoutPositions,
  type ToLayout,
} from './layoutWorker.ts';
import { sampleView } from './synthetic.ts';

/** A Web Worker whose script never loads: it only ever reports an error. */
class BrokenWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  readonly posted: unknown[] = [];
  terminated = false;
  static last: BrokenWorker | undefined;
  constructor() {
    BrokenWorker.last = this;
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A Web Worker running the layout stream in this thread, that can be made to crash. */
class CrashingWorker {
  onmessage: ((event: { data: LayoutPositions }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  readonly posted: ToLayout[] = [];
  terminated = false;
  static started: CrashingWorker[] = [];
  private readonly stream = createLayoutStream((message) => {
    if (!this.terminated) this.onmessage?.({ data: message });
  });
  constructor() {
    CrashingWorker.started.push(this);
  }
  postMessage(message: ToLayout): void {
    if (this.terminated) return;
    this.posted.push(message);
    this.stream(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  crash(): void {
    this.onerror?.({ preventDefault() {} });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startLayoutWorker', () => {
  it('lays out in the page where there are no Web Workers, batch by batch', () => {
    const view = sampleView();
    const batches: { ids: readonly string[]; live: boolean; taken: () => void }[] = [];
    const client = startLayoutWorker((ids, _xy, live, taken) => batches.push({ ids, live, taken }));
    client.setGraph({ seed: 1, pace: 'frame', nodes: view.nodes, links: view.links });
    expect(batches).toHaveLength(1);
    expect(batches[0]!.ids).toEqual(view.nodes.map((n) => n.id));
    client.pin(view.nodes[0]!.id, 10, 10);
    expect(batches).toHaveLength(1);
    batches[0]!.taken();
    expect(batches).toHaveLength(2);
    expect(batches[1]!.live).toBe(true);
    client.destroy();
    batches[1]!.taken();
    expect(batches).toHaveLength(2);
  });

  it('goes on in the page when the worker fails to start', () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const view = sampleView();
    const batches: string[][] = [];
    const client = startLayoutWorker((ids) => batches.push([...ids]));
    client.setGraph({ seed: 1, pace: 'frame', nodes: view.nodes, links: view.links });
    const worker = BrokenWorker.last!;
    expect(worker.posted).toHaveLength(1);
    expect(batches).toHaveLength(0);
    worker.onerror!({ preventDefault() {} });
    expect(worker.terminated).toBe(true);
    expect(batches).toEqual([view.nodes.map((n) => n.id)]);
    client.destroy();
  });

  it('starts a crashed layout again where it was, with the node being dragged still pinned', () => {
    CrashingWorker.started = [];
    vi.stubGlobal('Worker', CrashingWorker);
    const view = sampleView();
    const batches: { ids: readonly string[]; xy: Float64Array; taken: () => void }[] = [];
    const client = startLayoutWorker((ids, xy, _live, taken) =>
      batches.push({ ids, xy: xy.slice(), taken }),
    );
    client.setGraph({ seed: 1, pace: 'frame', nodes: view.nodes, links: view.links });
    // A few batches drawn, then a node dragged far off and held there.
    for (let i = 0; i < 5; i++) batches.at(-1)!.taken();
    const dragged = view.nodes[2]!.id;
    client.pin(dragged, 900, -700);
    batches.at(-1)!.taken();
    const before = batches.at(-1)!;
    const at = (b: (typeof batches)[number], id: string) => {
      const i = b.ids.indexOf(id);
      return { x: b.xy[i * 2]!, y: b.xy[i * 2 + 1]! };
    };
    expect(at(before, dragged)).toEqual({ x: 900, y: -700 });

    const first = CrashingWorker.started[0]!;
    first.crash();
    expect(first.terminated).toBe(true);
    expect(CrashingWorker.started).toHaveLength(2);
    const after = batches.at(-1)!;
    expect(after).not.toBe(before);
    expect(after.ids).toEqual(before.ids);
    // The dragged node stays where the user holds it ...
    expect(at(after, dragged)).toEqual({ x: 900, y: -700 });
    // ... and the others go on from where they were drawn, not from the first placement.
    for (const n of view.nodes) {
      if (n.id === dragged) continue;
      const was = at(before, n.id);
      const now = at(after, n.id);
      expect(Math.hypot(now.x - was.x, now.y - was.y)).toBeLessThan(60);
    }
    // The restarted layout goes on, the pin held until the user lets go.
    after.taken();
    expect(at(batches.at(-1)!, dragged)).toEqual({ x: 900, y: -700 });
    client.release(dragged);
    batches.at(-1)!.taken();
    expect(at(batches.at(-1)!, dragged)).not.toEqual({ x: 900, y: -700 });
    client.destroy();
  });

  it('moves the layout to the page once its worker has failed too often', () => {
    CrashingWorker.started = [];
    vi.stubGlobal('Worker', CrashingWorker);
    const view = sampleView();
    const batches: string[][] = [];
    const client = startLayoutWorker((ids) => batches.push([...ids]));
    client.pin(view.nodes[0]!.id, 1, 1);
    client.setGraph({ seed: 1, pace: 'frame', nodes: view.nodes, links: view.links.slice(0, 1) });
    for (let i = 0; i <= LAYOUT_RESTARTS; i++) CrashingWorker.started.at(-1)!.crash();
    expect(CrashingWorker.started).toHaveLength(LAYOUT_RESTARTS + 1);
    expect(CrashingWorker.started.every((w) => w.terminated)).toBe(true);
    const drawn = batches.length;
    client.setGraph({ seed: 1, pace: 'frame', nodes: view.nodes, links: view.links });
    expect(batches.length).toBeGreaterThan(drawn);
    client.destroy();
  });
});
