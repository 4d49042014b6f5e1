// The force layout run in a Web Worker, so the main thread only draws: the same d3-force layout
// as layout.ts, its positions streamed back one batch at a time as transferable typed arrays.
// The worker sends the next batch only once the page has drawn the last, so a slow page never
// chews through stale positions. Two paces: the SVG graph's ('frame': one tick per batch drawn,
// the layout moving at the page's frame rate as it did on the main thread) and the WebGL
// graph's ('batch': ticked as fast as it goes, a batch at most once a second, see
// layoutStream.ts). Drags pin a node where the pointer is and keep the layout warm meanwhile.
// Where no worker can be started (jsdom in tests) the same stream runs in the page. A worker
// that fails after it has run is started again, from the positions the page last drew and
// with the nodes the user holds still pinned: a crash neither throws the mesh back to its
// first layout nor lets go of a node being dragged.
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
  /**
   * Where the nodes were when a layout is started again (its worker failed): x, y per id in
   * `ids` order. A layout given these starts from them instead of its first placement, warm
   * enough to finish settling, with no warm-up ticks.
   */
  readonly resume?: { readonly ids: readonly string[]; readonly xy: Float64Array };
  /** Nodes held where the user put them (a drag under way), pinned again on a restart. */
  readonly pins?: readonly { readonly id: string; readonly x: number; readonly y: number }[];
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

/** How many times a failed layout worker is started again before the layout moves to the page. */
export const LAYOUT_RESTARTS = 3;

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
  /** The last positions received, for a layout started again where it was. */
  let lastXy: Float64Array | undefined;
  /** Nodes pinned now (a drag under way), where they are held. */
  const pins = new Map<string, { x: number; y: number }>();
  /** The last set of nodes and links, for a layout started again. */
  let graph: LayoutGraphMessage | undefined;
  let restarts = 0;
  const receive = (data: LayoutPositions) => {
    if (destroyed) return;
    if (data.ids !== undefined) ids = data.ids;
    const taken = () => post({ type: 'taken' });
    if (data.xy.length === ids.length * 2) {
      lastXy = data.xy;
      onPositions(ids, data.xy, data.live, taken);
    } else taken();
  };
  let worker: Worker | undefined;
  let handle: (message: ToLayout) => void;

  /** The graph message that starts a layout again where the failed one was. */
  function restartMessage(): LayoutGraphMessage | undefined {
    if (graph === undefined) return undefined;
    const resume = lastXy === undefined ? {} : { resume: { ids, xy: lastXy } };
    return {
      ...graph,
      ...resume,
      pins: [...pins].map(([id, p]) => ({ id, x: p.x, y: p.y })),
    };
  }

  function inPage(): void {
    worker = undefined;
    handle = createLayoutStream((message) => receive(message));
  }

  function startWorker(): void {
    let answered = false;
    const started = new Worker(new URL('./layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'mesh-layout',
    });
    started.onmessage = (event: MessageEvent<LayoutPositions>) => {
      answered = true;
      receive(event.data);
    };
    // The worker failed: one that never answered could not start here (the layout goes on in
    // the page rather than the mesh staying undrawn); one that ran is started again, a few
    // times, where the layout was. The batch in flight, if any, is simply not answered.
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      if (destroyed || worker !== started) return;
      if (answered && restarts < LAYOUT_RESTARTS) {
        restarts += 1;
        startWorker();
      } else inPage();
      const message = restartMessage();
      if (message !== undefined) handle(message);
    };
    handle = (message) => started.postMessage(message);
    worker = started;
  }

  if (typeof Worker === 'function') startWorker();
  else inPage();

  function post(message: ToLayout): void {
    if (destroyed) return;
    if (message.type === 'graph') graph = message;
    else if (message.type === 'pin') pins.set(message.id, { x: message.x, y: message.y });
    else if (message.type === 'release') pins.delete(message.id);
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
