// The Web Worker side of layoutWorker.ts: owns a d3-force layout (layout.ts), ticks it while it
// moves and posts the latest positions whenever the page has drawn the previous batch.
import { createLayout, defaultWarmupTicks, type Layout } from './layout.ts';
import type { LayoutPositions, ToLayout } from './layoutWorker.ts';

/** Ticks between looks at the message queue: a few ms of work at 5,000 nodes. */
const TICKS_PER_TURN = 1;
/**
 * While the layout moves, at most one batch this often: a redraw of thousands of nodes costs
 * the page far more than a tick costs the worker (above all where WebGL runs in software), so
 * the mesh is shown settling in a few steps instead of stalling the page on every tick.
 */
const BATCH_EVERY_MS = 1000;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToLayout>) => void) | null;
  postMessage(message: LayoutPositions, transfer: Transferable[]): void;
  close(): void;
};

let layout: Layout | undefined;
let seed = NaN;
let idsChanged = false;
/** A batch is with the page and not yet drawn. */
let inFlight = false;
/** Positions moved since the last batch went out. */
let unsent = false;
let looping = false;
let sentAt = -Infinity;

function send(): void {
  if (layout === undefined) return;
  const nodes = layout.nodes;
  const xy = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    xy[i * 2] = n.x;
    xy[i * 2 + 1] = n.y;
  });
  const message: LayoutPositions = {
    type: 'positions',
    xy,
    live: layout.live(),
    ...(idsChanged ? { ids: nodes.map((n) => n.id) } : {}),
  };
  idsChanged = false;
  sentAt = performance.now();
  inFlight = true;
  unsent = false;
  scope.postMessage(message, [xy.buffer]);
}

/** One turn: tick while the layout moves, send when the page is ready, come back for more. */
function turn(): void {
  looping = false;
  if (layout === undefined) return;
  if (layout.live()) {
    layout.tick(TICKS_PER_TURN);
    unsent = true;
  }
  const settled = !layout.live();
  if (unsent && !inFlight && (settled || performance.now() - sentAt >= BATCH_EVERY_MS)) send();
  if (!settled) wake();
}

function wake(): void {
  if (looping) return;
  looping = true;
  setTimeout(turn, 0);
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'graph': {
      if (layout === undefined || message.seed !== seed) {
        layout?.stop();
        layout = createLayout(message.seed);
        seed = message.seed;
      }
      const { first } = layout.setGraph(message.nodes, message.links);
      if (first) layout.tick(message.warmupTicks ?? defaultWarmupTicks(message.nodes.length));
      else if (layout.nodes.length > 0) layout.reheat(0.3);
      idsChanged = true;
      // The new set goes out at once, even with a batch in flight (that one is for old ids).
      send();
      wake();
      break;
    }
    case 'taken':
      inFlight = false;
      if (unsent && layout?.live() === false) send();
      break;
  }
};
