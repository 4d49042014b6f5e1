// The mesh picture's painter: keeps the scene and positions the page sends, draws the picture
// on an OffscreenCanvas when asked and hands back the bitmap. Runs in the picture worker
// (meshPicture.worker.ts), or in the page where the worker could not start.
import { drawMeshPicture, type PictureCamera, type PictureScene } from './meshPicture.ts';

/** Page → painter, in order: a draw uses the scene and positions sent before it. */
export type ToPainter =
  | { readonly type: 'scene'; readonly scene: PictureScene }
  | { readonly type: 'looks'; readonly looks: Uint8Array }
  | { readonly type: 'positions'; readonly xy: Float64Array }
  | { readonly type: 'draw'; readonly id: number; readonly camera: PictureCamera };

/** Painter → page: the picture for draw `id`, drawn with `camera`, and its drawing time. */
export interface PictureDrawn {
  readonly type: 'drawn';
  readonly id: number;
  readonly camera: PictureCamera;
  readonly bitmap: ImageBitmap;
  readonly ms: number;
}

/**
 * Painter → page: draw `id` gave no picture (no 2D context, or the drawing threw). Always sent
 * in its place, so the page never waits for a picture that will not come.
 */
export interface PictureFailed {
  readonly type: 'failed';
  readonly id: number;
}

export type FromPainter = PictureDrawn | PictureFailed;

export function createPicturePainter(
  reply: (message: FromPainter, transfer: Transferable[]) => void,
): (message: ToPainter) => void {
  let scene: PictureScene | undefined;
  let xy: Float64Array = new Float64Array(0);
  let canvas: OffscreenCanvas | undefined;
  return (message) => {
    switch (message.type) {
      case 'scene':
        scene = message.scene;
        return;
      case 'looks':
        if (scene !== undefined) scene = { ...scene, looks: message.looks };
        return;
      case 'positions':
        xy = message.xy;
        return;
      case 'draw': {
        const started = performance.now();
        const { camera, id } = message;
        let bitmap: ImageBitmap;
        try {
          const w = Math.max(1, Math.round(camera.width * camera.ratio));
          const h = Math.max(1, Math.round(camera.height * camera.ratio));
          if (canvas === undefined) canvas = new OffscreenCanvas(w, h);
          if (canvas.width !== w) canvas.width = w;
          if (canvas.height !== h) canvas.height = h;
          const ctx = canvas.getContext('2d', { alpha: false });
          if (ctx === null) {
            reply({ type: 'failed', id }, []);
            return;
          }
          if (scene !== undefined) drawMeshPicture(ctx, scene, xy, camera);
          // Taking the bitmap rasterises what was recorded: the drawing's real cost is here.
          bitmap = canvas.transferToImageBitmap();
        } catch {
          reply({ type: 'failed', id }, []);
          return;
        }
        // Named in traces (User Timing), where the bench times each picture; the entry itself
        // is not kept, or a long exercise would pile them up.
        performance.measure('mesh picture', { start: started });
        performance.clearMeasures('mesh picture');
        reply({ type: 'drawn', id, camera, bitmap, ms: performance.now() - started }, [bitmap]);
      }
    }
  };
}
