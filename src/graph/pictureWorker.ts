// The page's side of the picture worker: sends the scene, positions and draws, and keeps at
// most one draw in flight — asked again meanwhile, only the latest camera is drawn next — so a
// slow machine draws fewer pictures instead of a queue of stale ones. The worker's drawing
// never holds the page: a key pressed or a frame due while it draws is served at once. Where
// the worker cannot start, the same painter draws in the page.
import {
  createPicturePainter,
  type FromPainter,
  type PictureDrawn,
  type ToPainter,
} from './picturePainter.ts';
import type { PictureCamera, PictureScene } from './meshPicture.ts';

export interface PictureClient {
  setScene(scene: PictureScene): void;
  setLooks(looks: Uint8Array): void;
  /** Positions are copied: the caller keeps its array. */
  setPositions(xy: Float64Array): void;
  draw(camera: PictureCamera): void;
  /** A draw is in flight or waiting. */
  busy(): boolean;
  destroy(): void;
}

export function startPictureWorker(onDrawn: (drawn: PictureDrawn) => void): PictureClient {
  let destroyed = false;
  let inFlight = false;
  let waiting: PictureCamera | undefined;
  let nextId = 1;
  /**
   * Draws numbered below this were asked for before the scene last changed: their pictures
   * show nodes that are no longer the mesh's, and are dropped. (New positions do not make a
   * picture stale: while the layout moves, every picture would be.)
   */
  let sceneFrom = 0;
  /** What was sent, to start again in the page if the worker fails. */
  let scene: PictureScene | undefined;
  let xy: Float64Array | undefined;

  const receive = (drawn: FromPainter) => {
    if (destroyed) {
      if (drawn.type === 'drawn') drawn.bitmap.close();
      return;
    }
    inFlight = false;
    if (drawn.type === 'drawn' && drawn.id < sceneFrom) {
      drawn.bitmap.close();
      if (waiting === undefined) waiting = last;
    } else if (drawn.type === 'drawn') onDrawn(drawn);
    if (waiting !== undefined) {
      const camera = waiting;
      waiting = undefined;
      draw(camera);
    }
  };
  const inPage = () => {
    const paint = createPicturePainter((message) => receive(message));
    if (scene !== undefined) paint({ type: 'scene', scene });
    if (xy !== undefined) paint({ type: 'positions', xy });
    return paint;
  };
  let worker: Worker | undefined;
  let handle: (message: ToPainter, transfer?: Transferable[]) => void;
  let started: Worker | undefined;
  try {
    started =
      typeof Worker === 'function'
        ? new Worker(new URL('./meshPicture.worker.ts', import.meta.url), {
            type: 'module',
            name: 'mesh-picture',
          })
        : undefined;
  } catch {
    // Refused as it starts (a page whose policy blocks workers): drawn in the page.
    started = undefined;
  }
  if (started !== undefined) {
    started.onmessage = (event: MessageEvent<FromPainter>) => receive(event.data);
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      worker = undefined;
      const paint = inPage();
      handle = (message) => paint(message);
      if (inFlight && !destroyed) {
        inFlight = false;
        if (waiting === undefined && last !== undefined) waiting = last;
        const camera = waiting;
        waiting = undefined;
        if (camera !== undefined) draw(camera);
      }
    };
    const to = started;
    handle = (message, transfer = []) => to.postMessage(message, transfer);
    worker = started;
  } else {
    const paint = inPage();
    handle = (message) => paint(message);
  }

  let last: PictureCamera | undefined;
  function draw(camera: PictureCamera): void {
    if (destroyed) return;
    last = camera;
    if (inFlight) {
      waiting = camera;
      return;
    }
    inFlight = true;
    handle({ type: 'draw', id: nextId++, camera });
  }

  return {
    setScene(next) {
      scene = next;
      sceneFrom = nextId;
      handle({ type: 'scene', scene: next });
    },
    setLooks(looks) {
      if (scene !== undefined) scene = { ...scene, looks };
      handle({ type: 'looks', looks });
    },
    setPositions(next) {
      xy = next.slice();
      handle({ type: 'positions', xy });
    },
    draw,
    busy: () => inFlight || waiting !== undefined,
    destroy() {
      destroyed = true;
      worker?.terminate();
    },
  };
}
