// While the camera of the big-mesh graph moves (keyboard pans and zooms, wheel, drag), sigma's
// last drawn frame is moved and scaled with a CSS transform — work the compositor does on a
// bitmap it already holds — and the mesh is drawn again once the camera has been still for
// SETTLE_MS. Where WebGL runs in software (no GPU), a full redraw of 5,000 actors and 7,000
// links takes most of a second and a redraw per camera frame made every frame of a pan that
// long; where a GPU draws it, the redraw per frame was cheap, and this costs one redraw late.
// The settled look is sigma's full drawing, links and names included.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** Quiet time after the camera's last move before the mesh is drawn again, ms. */
export const SETTLE_MS = 180;

/** An affine map of the plane: (x, y) → (a·x + c·y + e, b·x + d·y + f), CSS's `matrix()`. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

interface Point {
  x: number;
  y: number;
}

/**
 * The map from where a point of the graph was on screen when the frame was drawn to where it is
 * now: `drawnToGraph` reads a screen point with the camera of the drawn frame, `graphToNow`
 * places a graph point with the camera of now. Both are affine, so three points decide it.
 */
export function snapshotTransform(
  drawnToGraph: (p: Point) => Point,
  graphToNow: (p: Point) => Point,
): Affine {
  const o = graphToNow(drawnToGraph({ x: 0, y: 0 }));
  const ex = graphToNow(drawnToGraph({ x: 1, y: 0 }));
  const ey = graphToNow(drawnToGraph({ x: 0, y: 1 }));
  return { a: ex.x - o.x, b: ex.y - o.y, c: ey.x - o.x, d: ey.y - o.y, e: o.x, f: o.y };
}

export function cssMatrix(m: Affine): string {
  const n = (v: number) => (Math.abs(v) < 1e-9 ? 0 : Number(v.toFixed(6)));
  return `matrix(${n(m.a)}, ${n(m.b)}, ${n(m.c)}, ${n(m.d)}, ${n(m.e)}, ${n(m.f)})`;
}

export interface MovingSnapshot {
  /** The map from the drawn frame to the screen now, or undefined when the frame is current. */
  transform(): Affine | undefined;
  /** The camera the frame on screen was drawn with. */
  drawnCamera(): CameraState;
  /**
   * The camera has moved since the frame on screen was drawn, moved on screen or not yet:
   * what sigma picks a node from under the pointer is that frame's.
   */
  stale(): boolean;
  /** The camera has moved within SETTLE_MS, or the frame on screen is moved with it. */
  moving(): boolean;
  destroy(): void;
}

/**
 * Takes over sigma's render scheduling: renders asked for while the camera moves wait until it
 * settles, and meanwhile the stage canvas — and `along`, layers drawn over it for the same
 * camera — are transformed to follow the camera. Renders sigma makes directly (a refresh that
 * is not scheduled) still happen at once.
 */
export function moveSnapshotWhileCameraMoves<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  win: Window,
  along: readonly HTMLElement[],
): MovingSnapshot {
  const camera = sigma.getCamera();
  const moved = [sigma.getStageCanvas(), ...along];
  for (const element of moved) element.style.transformOrigin = '0 0';
  const place = (transform: string) => {
    for (const element of moved) element.style.transform = transform;
  };
  let drawn: CameraState = camera.getState();
  let current: Affine | undefined;
  let frame = 0;
  let settle = 0;
  let wanted = false;
  let destroyed = false;

  const original = sigma.scheduleRender.bind(sigma);
  // Every render sigma schedules comes through here (camera moves, graph and state changes).
  sigma.scheduleRender = function scheduleRender() {
    wanted = true;
    if (frame === 0 && !destroyed) frame = win.requestAnimationFrame(flush);
    return this;
  };

  function cameraMoved(): boolean {
    const now = camera.getState();
    return (
      now.x !== drawn.x ||
      now.y !== drawn.y ||
      now.ratio !== drawn.ratio ||
      now.angle !== drawn.angle
    );
  }

  function flush(): void {
    frame = 0;
    if (destroyed || !wanted) return;
    if (settle !== 0 && cameraMoved()) {
      const options = { cameraState: drawn };
      current = snapshotTransform(
        (p) => sigma.viewportToFramedGraph(p, options),
        (p) => sigma.framedGraphToViewport(p),
      );
      place(cssMatrix(current));
      return;
    }
    wanted = false;
    drawNow(sigma);
  }

  const onCamera = () => {
    if (destroyed) return;
    if (settle !== 0) win.clearTimeout(settle);
    settle = win.setTimeout(() => {
      settle = 0;
      sigma.scheduleRender();
    }, SETTLE_MS);
  };
  camera.on('updated', onCamera);

  const onBeforeRender = () => {
    drawn = camera.getState();
    if (current !== undefined) {
      current = undefined;
      place('');
    }
  };
  sigma.on('beforeRender', onBeforeRender);

  return {
    transform: () => current,
    drawnCamera: () => drawn,
    stale: () => !destroyed && cameraMoved(),
    moving: () => settle !== 0 || current !== undefined,
    destroy() {
      destroyed = true;
      if (frame !== 0) win.cancelAnimationFrame(frame);
      if (settle !== 0) win.clearTimeout(settle);
      camera.removeListener('updated', onCamera);
      sigma.removeListener('beforeRender', onBeforeRender);
      sigma.scheduleRender = original;
    },
  };
}

/**
 * Draws the mesh at once with no reprocessing of its data: sigma's public form of its own
 * render (a partial refresh naming no node or link).
 */
export function drawNow<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): void {
  sigma.refresh({ partialGraph: {}, skipIndexation: true });
}
