// The page's side of the picture worker: sends the scene, positions and draws. A draw for a
// new camera asked for while another is under way replaces it — the worker drops the older one
// between two slices of its drawing (picturePainter.ts) — and `cancel` drops the one under way
// when the camera moves again, so a slow machine draws fewer pictures instead of finishing
// stale ones. A draw for the same camera (new positions or looks) waits for the one under way. The
// worker's drawing never holds the page: a key pressed or a frame due while it draws is served
// at once. Where the worker cannot start, the same painter draws in the page.
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
  /** Returns the draw's id, which its picture carries (`PictureDrawn.id`). */
  draw(camera: PictureCamera): number;
  /** Drops the draw under way, if any: its camera is no longer wanted. */
  cancel(): void;
  /** A draw is under way. */
  busy(): boolean;
  destroy(): void;
}

export function startPictureWorker(onDrawn: (drawn: PictureDrawn) => void): PictureClient {
  let destroyed = false;
  /** The draw under way: the last asked for, not yet answered. */
  let pending: number | undefined;
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
  let last: PictureCamera | undefined;

  const receive = (answer: FromPainter) => {
    if (answer.id === pending) pending = undefined;
    // A picture of the scene before (a draw for the new one follows it) is not shown.
    if (destroyed || answer.id < sceneFrom) {
      if (answer.type === 'drawn') answer.bitmap.close();
      return;
    }
    // A picture for an older camera that was finished before a newer draw reached the worker
    // is still shown: it is moved to the camera of now like any other.
    if (answer.type === 'drawn') onDrawn(answer);
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
      if (pending !== undefined && !destroyed && last !== undefined) {
        pending = undefined;
        draw(last);
      }
    };
    const to = started;
    handle = (message, transfer = []) => to.postMessage(message, transfer);
    worker = started;
  } else {
    const paint = inPage();
    handle = (message) => paint(message);
  }

  function draw(camera: PictureCamera): number {
    const id = nextId++;
    if (destroyed) return id;
    last = camera;
    pending = id;
    handle({ type: 'draw', id, camera });
    return id;
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
    cancel() {
      if (destroyed || pending === undefined) return;
      handle({ type: 'cancel' });
    },
    busy: () => pending !== undefined,
    destroy() {
      destroyed = true;
      // Drawn in the page, the painter would go on slicing its picture after the graph is gone.
      handle({ type: 'cancel' });
      worker?.terminate();
    },
  };
}
