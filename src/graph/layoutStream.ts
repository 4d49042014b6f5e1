// The layout's side of layoutWorker.ts's protocol: owns a d3-force layout (layout.ts), ticks it
// while it moves and posts the latest positions whenever the page has drawn the previous
// batch — at the 'frame' pace one tick per batch drawn, at the 'batch' pace as many ticks as
// fit between batches. Runs in the layout worker (layout.worker.ts), or in the page itself
// where no worker can be started (then batches are handed over synchronously).
import { createLayout, defaultWarmupTicks, type Layout, type Point } from './layout.ts';
import type { LayoutPace, LayoutPositions, ToLayout } from './layoutWorker.ts';

/** Ticks between looks at the message queue: a few ms of work at 5,000 nodes. */
const TICKS_PER_TURN = 1;
/**
 * While the layout moves at the 'batch' pace, at most one batch this often: a redraw of
 * thousands of nodes costs the page far more than a tick costs the worker (above all where
 * WebGL runs in software), so the mesh is shown settling in a few steps instead of stalling
 * the page on every tick.
 */
const BATCH_EVERY_MS = 1000;

/**
 * Warmth of a layout started again from where its failed worker left it: enough to finish
 * settling (and to follow a node still pinned), not to stir a mesh that was at rest.
 */
const RESUME_ALPHA = 0.1;

function positionsOf(resume: {
  readonly ids: readonly string[];
  readonly xy: Float64Array;
}): Map<string, Point> {
  const at = new Map<string, Point>();
  resume.ids.forEach((id, i) => {
    const x = resume.xy[i * 2];
    const y = resume.xy[i * 2 + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y))
      at.set(id, { x, y });
  });
  return at;
}

/** Receives each batch; `transfer` lists the buffers a worker hands over without a copy. */
export type PostPositions = (message: LayoutPositions, transfer: Transferable[]) => void;

/** Returns the handler of the page's messages. */
export function createLayoutStream(post: PostPositions): (message: ToLayout) => void {
  let layout: Layout | undefined;
  let seed = NaN;
  let pace: LayoutPace = 'batch';
  let idsChanged = false;
  /** Batches with the page and not yet drawn (two for a moment after a new graph). */
  let inFlight = 0;
  /** Positions moved since the last batch went out. */
  let unsent = false;
  let looping = false;
  let sentAt = -Infinity;

  function send(): void {
    if (layout === undefined) return;
    const nodes = layout.nodes;
    // Doubles: the page draws exactly where the layout has a node, as when both shared a thread.
    const xy = new Float64Array(nodes.length * 2);
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
    inFlight += 1;
    unsent = false;
    post(message, [xy.buffer]);
  }

  /** 'batch' pace, one turn: tick while the layout moves, send when the page is ready, again. */
  function turn(): void {
    looping = false;
    if (layout === undefined) return;
    if (layout.live()) {
      layout.tick(TICKS_PER_TURN);
      unsent = true;
    }
    const settled = !layout.live();
    if (unsent && inFlight === 0 && (settled || performance.now() - sentAt >= BATCH_EVERY_MS))
      send();
    if (!settled) wake();
  }

  function wake(): void {
    if (looping) return;
    looping = true;
    setTimeout(turn, 0);
  }

  /** 'frame' pace: once the page has drawn the last batch, one tick and the next batch. */
  function step(): void {
    if (layout === undefined || inFlight > 0) return;
    if (layout.live()) {
      layout.tick();
      unsent = true;
    }
    if (unsent) send();
  }

  /** After a change (a drag): the next batch at the page's pace. */
  function resume(): void {
    if (pace === 'frame') step();
    else wake();
  }

  return (message) => {
    switch (message.type) {
      case 'graph': {
        if (layout === undefined || message.seed !== seed) {
          layout?.stop();
          layout = createLayout(message.seed);
          seed = message.seed;
        }
        pace = message.pace ?? 'batch';
        const resume = message.resume === undefined ? undefined : positionsOf(message.resume);
        const { first } = layout.setGraph(message.nodes, message.links, resume);
        for (const pin of message.pins ?? []) layout.pin(pin.id, pin.x, pin.y);
        if (first && resume !== undefined) layout.reheat(RESUME_ALPHA);
        else if (first) {
          // Ticks past rest move nothing worth drawing: a warm-up stops once the layout rests.
          const warmup = message.warmupTicks ?? defaultWarmupTicks(message.nodes.length);
          for (let i = 0; i < warmup && layout.live(); i++) layout.tick();
        } else if (layout.nodes.length > 0) layout.reheat(0.3);
        idsChanged = true;
        // The new set goes out at once, even with a batch in flight (that one is for old ids).
        send();
        if (pace === 'batch') wake();
        break;
      }
      case 'taken':
        inFlight = Math.max(0, inFlight - 1);
        if (pace === 'frame') step();
        else if (unsent && inFlight === 0 && layout?.live() === false) send();
        break;
      case 'pin':
        layout?.pin(message.id, message.x, message.y);
        resume();
        break;
      case 'release':
        layout?.release(message.id);
        resume();
        break;
    }
  };
}
