// The mesh picture's painter: keeps the scene and positions the page sends, draws the picture
// on an OffscreenCanvas when asked and hands back the bitmap. Runs in the picture worker
// (meshPicture.worker.ts), or in the page where the worker could not start.
//
// A picture is drawn in slices of about SLICE_MS (meshPictureSteps, each slice's drawing
// rasterised before the next: a 2D canvas otherwise records everything and rasterises it all
// when the bitmap is taken), and between slices the thread is given back: the page's messages
// are read, and a picture whose camera is no longer wanted — the camera moved again, or a
// newer camera is asked for — is dropped at once instead of finished. On a loaded machine a
// whole picture took 0.25–1.2 s of the worker's time, CPU the page's frames needed.
//
// A draw for the same camera (new positions while the layout moves, new looks while a run
// plays) does not drop the picture under way: that picture is finished and shown, and the
// newer draw waits behind it (only the latest waits). Dropping it would leave the screen
// unchanged for as long as new data came faster than a picture is drawn.
import {
  meshPictureSteps,
  pictureSize,
  type PictureCamera,
  type PictureScene,
} from './meshPicture.ts';

/**
 * Drawing time per slice before the painter gives the thread back, ms. Short enough that a
 * newer camera waits little; long enough that the slices' own cost (a flush each) stays small.
 */
export const SLICE_MS = 12;

/**
 * Page → painter, in order: a draw uses the scene and positions sent before it. A draw for
 * another camera replaces a draw still under way; a draw for the same camera waits for it,
 * replacing a draw already waiting. `cancel` drops the draw under way and the one waiting (the
 * camera moves again); a new scene drops them too (their pictures would show the old nodes).
 */
export type ToPainter =
  | { readonly type: 'scene'; readonly scene: PictureScene }
  | { readonly type: 'looks'; readonly looks: Uint8Array }
  | { readonly type: 'positions'; readonly xy: Float64Array }
  | { readonly type: 'draw'; readonly id: number; readonly camera: PictureCamera }
  | { readonly type: 'cancel' };

/**
 * Painter → page: the picture for draw `id`, drawn with `camera`; `ms` is its drawing time
 * (the slices', not the pauses between them).
 */
export interface PictureDrawn {
  readonly type: 'drawn';
  readonly id: number;
  readonly camera: PictureCamera;
  readonly bitmap: ImageBitmap;
  readonly ms: number;
}

/** Painter → page: draw `id` was dropped unfinished (replaced or cancelled). */
export interface PictureDropped {
  readonly type: 'dropped';
  readonly id: number;
}

/**
 * Painter → page: draw `id` gave no picture (no 2D context, or the drawing threw). Always sent
 * in its place, so the page never waits for a picture that will not come.
 */
export interface PictureFailed {
  readonly type: 'failed';
  readonly id: number;
}

export type FromPainter = PictureDrawn | PictureDropped | PictureFailed;

interface Job {
  readonly id: number;
  readonly camera: PictureCamera;
  readonly canvas: OffscreenCanvas;
  readonly ctx: OffscreenCanvasRenderingContext2D;
  readonly steps: Generator<void, void, void>;
  readonly started: number;
  ms: number;
  /** Slices drawn so far: a job not yet begun is replaced by a newer draw, whatever its camera. */
  slices: number;
}

export function createPicturePainter(
  reply: (message: FromPainter, transfer: Transferable[]) => void,
): (message: ToPainter) => void {
  let scene: PictureScene | undefined;
  let xy: Float64Array = new Float64Array(0);
  let canvas: OffscreenCanvas | undefined;
  let job: Job | undefined;
  /** A draw for the same camera as the job under way, started when that job is done. */
  let waiting: { readonly id: number; readonly camera: PictureCamera } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function dropWaiting(): void {
    if (waiting === undefined) return;
    const { id } = waiting;
    waiting = undefined;
    reply({ type: 'dropped', id }, []);
  }

  /** Starts the draw waiting behind the job just ended, if any. */
  function next(): void {
    if (waiting === undefined) return;
    const { id, camera } = waiting;
    waiting = undefined;
    start(id, camera);
  }

  function drop(): void {
    if (job === undefined) return;
    const { id } = job;
    job.steps.return();
    job = undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    performance.mark('mesh picture dropped');
    performance.clearMarks('mesh picture dropped');
    reply({ type: 'dropped', id }, []);
  }

  function start(id: number, camera: PictureCamera): void {
    drop();
    try {
      const size = pictureSize(camera);
      const w = Math.max(1, Math.round(size.width * camera.ratio));
      const h = Math.max(1, Math.round(size.height * camera.ratio));
      if (canvas === undefined) canvas = new OffscreenCanvas(w, h);
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      const ctx = canvas.getContext('2d', { alpha: false });
      if (ctx === null || scene === undefined) {
        if (ctx === null) reply({ type: 'failed', id }, []);
        else
          finish({
            id,
            camera,
            canvas,
            ctx,
            steps: none(),
            started: performance.now(),
            ms: 0,
            slices: 0,
          });
        return;
      }
      job = {
        id,
        camera,
        canvas,
        ctx,
        steps: meshPictureSteps(ctx, scene, xy, camera),
        started: performance.now(),
        ms: 0,
        slices: 0,
      };
    } catch {
      reply({ type: 'failed', id }, []);
      return;
    }
    // Not at once: draws queued behind this one are read first, and only the last is drawn.
    timer = setTimeout(slice, 0);
  }

  /** Draws for about SLICE_MS, then gives the thread back until the next slice. */
  function slice(): void {
    timer = undefined;
    const current = job;
    if (current === undefined) return;
    const begun = performance.now();
    current.slices += 1;
    try {
      for (;;) {
        if (current.steps.next().done === true) {
          job = undefined;
          current.ms += performance.now() - begun;
          finish(current);
          next();
          return;
        }
        // Rasterise the step now (a one-pixel read flushes what is recorded): recording costs
        // next to nothing, so the time of a step is only known once it is rasterised, and the
        // cost lands in this slice, not all at once when the bitmap is taken.
        current.ctx.getImageData(0, 0, 1, 1);
        if (performance.now() - begun >= SLICE_MS) break;
      }
    } catch {
      job = undefined;
      reply({ type: 'failed', id: current.id }, []);
      next();
      return;
    }
    current.ms += performance.now() - begun;
    performance.measure('mesh picture slice', { start: begun });
    performance.clearMeasures('mesh picture slice');
    timer = setTimeout(slice, 0);
  }

  function finish(done: Job): void {
    let bitmap: ImageBitmap;
    const taken = performance.now();
    try {
      // Taking the bitmap rasterises what is still recorded.
      bitmap = done.canvas.transferToImageBitmap();
    } catch {
      reply({ type: 'failed', id: done.id }, []);
      return;
    }
    const ms = done.ms + performance.now() - taken;
    // Named in traces (User Timing), where the bench times each picture from its first slice
    // to its bitmap; the entries themselves are not kept, or a long exercise would pile them up.
    performance.measure('mesh picture', { start: done.started });
    performance.clearMeasures('mesh picture');
    reply({ type: 'drawn', id: done.id, camera: done.camera, bitmap, ms }, [bitmap]);
  }

  return (message) => {
    switch (message.type) {
      case 'scene':
        scene = message.scene;
        dropWaiting();
        drop();
        return;
      case 'looks':
        if (scene !== undefined) scene = { ...scene, looks: message.looks };
        return;
      case 'positions':
        xy = message.xy;
        return;
      case 'cancel':
        dropWaiting();
        drop();
        return;
      case 'draw':
        if (job !== undefined && job.slices > 0 && sameCamera(job.camera, message.camera)) {
          dropWaiting();
          waiting = { id: message.id, camera: message.camera };
          return;
        }
        dropWaiting();
        start(message.id, message.camera);
    }
  };
}

function sameCamera(a: PictureCamera, b: PictureCamera): boolean {
  return (
    a.k === b.k &&
    a.x === b.x &&
    a.y === b.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.ratio === b.ratio &&
    a.r === b.r &&
    (a.margin ?? 0) === (b.margin ?? 0)
  );
}

function* none(): Generator<void, void, void> {
  // An empty picture: the background only.
}
