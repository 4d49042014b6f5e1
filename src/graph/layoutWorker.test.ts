import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLayoutWorker } from './layoutWorker.ts';
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
});
