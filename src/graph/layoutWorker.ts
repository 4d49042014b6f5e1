// The force layout of a big mesh, run in a Web Worker so the main thread only draws: the same
// d3-force layout as the SVG graph (layout.ts), ticked in the worker as fast as it goes, and
// the latest positions streamed back one batch at a time: the worker sends the next batch
// only once the page has drawn the last, so a slow page never chews through stale positions
// and the layout comes to rest at its own pace, not the drawing's.
import type { ActorKind, Channel } from '../core/vocabulary.ts';

export interface LayoutGraphMessage {
  readonly type: 'graph';
  readonly seed: number;
  readonly nodes: readonly { id: string; kind: ActorKind; label: string }[];
  readonly links: readonly { id: string; source: string; target: string; channel: Channel }[];
  /** Ticks run at once on the first layout (defaultWarmupTicks unless given). */
  readonly warmupTicks?: number;
}

/** Page → worker. `taken`: the page has drawn the last positions, send the next ones. */
export type ToLayout = LayoutGraphMessage | { readonly type: 'taken' };

/** Worker → page: x, y of every node in the order of `ids` (sent again when the set changes). */
export interface LayoutPositions {
  readonly type: 'positions';
  readonly ids?: readonly string[];
  readonly xy: Float32Array;
  /** The layout still moves: more batches will follow. */
  readonly live: boolean;
}

export interface LayoutClient {
  setGraph(message: Omit<LayoutGraphMessage, 'type'>): void;
  destroy(): void;
}

/**
 * Starts the layout worker; `onPositions` receives each batch with the node ids it is for and
 * must call `taken()` once the batch is drawn, to ask for the next.
 */
export function startLayoutWorker(
  onPositions: (ids: readonly string[], xy: Float32Array, live: boolean, taken: () => void) => void,
): LayoutClient {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'mesh-layout',
  });
  let ids: readonly string[] = [];
  let destroyed = false;
  const post = (message: ToLayout) => {
    if (!destroyed) worker.postMessage(message);
  };
  worker.onmessage = (event: MessageEvent<LayoutPositions>) => {
    if (destroyed) return;
    const data = event.data;
    if (data.ids !== undefined) ids = data.ids;
    const taken = () => post({ type: 'taken' });
    if (data.xy.length === ids.length * 2) onPositions(ids, data.xy, data.live, taken);
    else taken();
  };
  return {
    setGraph: (message) => post({ type: 'graph', ...message }),
    destroy() {
      destroyed = true;
      worker.terminate();
    },
  };
}
