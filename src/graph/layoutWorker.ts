// The force layout run in a Web Worker, so the main thread only draws: the same d3-force layout
// as layout.ts, its positions streamed back one batch at a time as transferable typed arrays.
// The worker sends the next batch only once the page has drawn the last, so a slow page never
// chews through stale positions. Two paces: the SVG graph's ('frame': one tick per batch drawn,
// the layout moving at the page's frame rate as it did on the main thread) and the WebGL
// graph's ('batch': ticked as fast as it goes, a batch at most once a second, see
// layoutStream.ts). Drags pin a node where the pointer is and keep the layout warm meanwhile.
// Where no worker can be started (jsdom in tests) the same stream runs in the page.
import type { ActorKind, Channel } from '../core/vocabulary.ts';
import { createLayoutStream } from './layoutStream.ts';

export type LayoutPace = 'frame' | 'batch';

export interface LayoutGraphMessage {
  readonly type: 'graph';
  readonly seed: number;
  readonly nodes: readonly { id: string; kind: ActorKind; label: string }[];
  readonly links: readonly { id: string; source: string; target: string; channel: Channel }[];
  /** Ticks run at once on the first layout (defaultWarmupTicks unless given). */
  readonly warmupTicks?: number;
  /** 'batch' unless given. */
  readonly pace?: LayoutPace;
}

/**
 * Page → worker. `taken`: the page has drawn the last positions, send the next ones. `pin`:
 * hold a node at a point while it is dragged; `release`: let it go.
 */
export type ToLayout =
  | LayoutGraphMessage
  | { readonly type: 'taken' }
  | { readonly type: 'pin'; readonly id: string; readonly x: number; readonly y: number }
  | { readonly type: 'release'; readonly id: string };

/** Worker → page: x, y of every node in the order of `ids` (sent again when the set changes). */
export interface LayoutPositions {
  readonly type: 'positions';
  readonly ids?: readonly string[];
  readonly xy: Float64Array;
  /** The layout still moves: more batches will follow. */
  readonly live: boolean;
}

export interface LayoutClient {
  setGraph(message: Omit<LayoutGraphMessage, 'type'>): void;
  pin(id: string, x: number, y: number): void;
  release(id: string): void;
  destroy(): void;
}

/**
 * Starts the layout worker; `onPositions` receives each batch with the node ids it is for and
 * must call `taken()` once the batch is drawn, to ask for the next. Without Web Workers the
 * layout runs in the page and batches arrive synchronously, from inside the calls that asked
 * for them (setGraph, pin, release, taken).
 */
export function startLayoutWorker(
  onPositions: (ids: readonly string[], xy: Float64Array, live: boolean, taken: () => void) => void,
): LayoutClient {
  let ids: readonly string[] = [];
  let destroyed = false;
  const receive = (data: LayoutPositions) => {
    if (destroyed) return;
    if (data.ids !== undefined) ids = data.ids;
    const taken = () => post({ type: 'taken' });
    if (data.xy.length === ids.length * 2) onPositions(ids, data.xy, data.live, taken);
    else taken();
  };
  const inPage = () => createLayoutStream((message) => receive(message));
  let worker: Worker | undefined;
  let handle: (message: ToLayout) => void;
  /** The last set of nodes and links, for a layout started again in the page. */
  let graph: LayoutGraphMessage | undefined;
  if (typeof Worker === 'function') {
    const started = new Worker(new URL('./layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'mesh-layout',
    });
    started.onmessage = (event: MessageEvent<LayoutPositions>) => receive(event.data);
    // The worker could not start or failed: the layout goes on in the page rather than the
    // mesh staying undrawn (the batch in flight, if any, is simply not answered).
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      worker = undefined;
      handle = inPage();
      if (graph !== undefined && !destroyed) handle(graph);
    };
    handle = (message) => started.postMessage(message);
    worker = started;
  } else {
    handle = inPage();
  }
  function post(message: ToLayout): void {
    if (destroyed) return;
    if (message.type === 'graph') graph = message;
    handle(message);
  }
  return {
    setGraph: (message) => post({ type: 'graph', ...message }),
    pin: (id, x, y) => post({ type: 'pin', id, x, y }),
    release: (id) => post({ type: 'release', id }),
    destroy() {
      destroyed = true;
      worker?.terminate();
    },
  };
}
