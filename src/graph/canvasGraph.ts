// The live mesh graph for big meshes where WebGL runs in software (renderer.ts): the settled
// picture — links, actors, state rings, names — is drawn on a 2D canvas in a Web Worker
// (pictureWorker.ts, meshPicture.ts) and shown as a bitmap; while the camera moves, the last
// picture is moved and scaled by a CSS transform, and the next one is asked for once the
// camera has been still for SETTLE_MS (a picture under way is dropped as soon as the camera
// moves again), so the page's own frames never wait for a redraw. The picture reaches
// PICTURE_MARGIN beyond the view, so a pan shows drawn mesh, not a blank edge, and a short pan
// needs no new picture. A 2D
// canvas in the page draws over it what is small and changes often — messages in transit,
// lost-message crosses, the selected actor's links, the selection, focus and hover — for the
// picture's camera, and is moved with it: a camera move changes no canvas, only two
// transforms the compositor applies (a redrawn 1280 × 800 overlay is a 4 MB copy per frame in
// software compositing). Same contract,
// interactions, words and look as the WebGL graph (webglGraph.ts): { update, fit, destroy },
// selection out through onSelect.
//
// Interactions: click an actor to select it (hit-tested with a d3 quadtree), click the
// background to clear; hover shows its name; wheel, drag and double-click zoom and pan
// (d3-zoom). Keyboard, once the graph has focus: N / P move a focus ring from actor to actor
// (in the table's order) and say its name, Enter or Space selects it, arrows pan, + and −
// zoom, 0 frames the mesh, Esc clears the selection.
import { quadtree, type Quadtree } from 'd3-quadtree';
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { ACTOR_KINDS, CHANNELS } from '../core/vocabulary.ts';
import { translate, localeOf } from '../i18n/words.ts';
import { catalogWords } from './catalogWords.ts';
import { accessibleName, diffKeyed, stateLine, type KeyedDiff } from './diff.ts';
import { bounds, easeFrame, fitTransform, padFrame, type ZoomFrame } from './geometry.ts';
import { initialPositions } from './layout.ts';
import { startLayoutWorker, type LayoutClient } from './layoutWorker.ts';
import {
  LOOKS,
  NAME_FONT,
  nodeRadius,
  traceShape,
  type PictureCamera,
  type PictureScene,
} from './meshPicture.ts';
import { trackLost, type LostMark } from './messages.ts';
import { drawMarks } from './overlayMarks.ts';
import { onGraphKey } from './graphKeys.ts';
import { cssMatrix, SETTLE_MS } from './movingSnapshot.ts';
import { KIND_STYLE, SELECTED_COLOUR, STATE_STYLE, stateLook } from './palette.ts';
import { startPictureWorker } from './pictureWorker.ts';
import type { PictureDrawn } from './picturePainter.ts';
import type { GraphLink, GraphNode, GraphView, MeshGraph, MeshGraphOptions } from './types.ts';

const PAN_STEP = 60;
/** Zoom factor of one + or − (sigma's default, so both big-mesh graphs step alike). */
const ZOOM_STEP = 1.7;
/** How far N / P zoom in on the actor they focus, relative to the fitted mesh (readable). */
const FOCUS_ZOOM = 12.5;
/** The camera's zoom range relative to the fitted mesh, as the WebGL graph's. */
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 100;
const STAGE_PADDING = 20;
const HIGHLIGHT = 1.6;
/**
 * CSS pixels of mesh drawn beyond each edge of the view: a pan or a zoom out moves drawn mesh
 * into view instead of a blank edge, and a pan by whole pixels that stays within it needs no
 * new picture (two arrow-key steps either way). A picture this much larger costs the worker
 * about 1.6 times the pixels of one the view's size at 1280 × 800.
 */
const PICTURE_MARGIN = 128;

export function createCanvasGraph(container: HTMLElement, options: MeshGraphOptions): MeshGraph {
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  const locale = localeOf(doc.documentElement.lang);
  const label = options.label ?? translate(locale, 'webgl.label');
  // A page that gives no words gets the catalogs' in its language, as the SVG graph does.
  const words = options.words ?? catalogWords(locale);

  // ---- the accessible shell: a focusable group with a description and a live region -------
  const created: Element[] = [];
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
    const e = doc.createElement(tag);
    e.className = className;
    container.appendChild(e);
    created.push(e);
    return e;
  };
  const previousAttrs = ['role', 'aria-label', 'aria-describedby', 'tabindex', 'data-layout'].map(
    (name) => [name, container.getAttribute(name)] as const,
  );
  container.classList.add('pm-webgl', 'pm-canvas');
  container.setAttribute('role', 'group');
  container.setAttribute('aria-label', label);
  container.setAttribute('tabindex', '0');
  container.setAttribute('data-renderer', 'canvas');
  container.setAttribute('data-layout', 'live');
  const desc = el('p', 'pm-webgl__desc');
  desc.id = `pm-canvas-desc-${Math.random().toString(36).slice(2)}`;
  container.setAttribute('aria-describedby', desc.id);
  const announce = el('p', 'pm-webgl__live');
  announce.setAttribute('aria-live', 'polite');
  const picture = el('canvas', 'pm-webgl__stage pm-canvas__picture');
  // The picture reaches PICTURE_MARGIN beyond each edge of the view; it is moved about the
  // view's corner, so the picture and the overlay share each transform.
  picture.style.inset = `${-PICTURE_MARGIN}px`;
  picture.style.width = `calc(100% + ${2 * PICTURE_MARGIN}px)`;
  picture.style.height = `calc(100% + ${2 * PICTURE_MARGIN}px)`;
  picture.style.transformOrigin = `${PICTURE_MARGIN}px ${PICTURE_MARGIN}px`;
  const shown = picture.getContext('bitmaprenderer');
  const overlay = el('canvas', 'pm-webgl__overlay');
  overlay.setAttribute('aria-hidden', 'true');
  // The overlay reaches as far as the picture, placed the same way: a pan that keeps the picture
  // moves the overlay with it, and what it shows (messages, the selection, focus, hover) must
  // cover the strip the pan brought into view too.
  overlay.style.inset = `${-PICTURE_MARGIN}px`;
  overlay.style.width = `calc(100% + ${2 * PICTURE_MARGIN}px)`;
  overlay.style.height = `calc(100% + ${2 * PICTURE_MARGIN}px)`;
  overlay.style.transformOrigin = `${PICTURE_MARGIN}px ${PICTURE_MARGIN}px`;
  const ctx = overlay.getContext('2d');

  // ---- state ------------------------------------------------------------------------------
  const nodes = new Map<string, GraphNode>();
  const links = new Map<string, GraphLink>();
  /** Actors in the view's order: the table's order for N / P, and the picture's indices. */
  let ids: string[] = [];
  let index = new Map<string, number>();
  /** x, y per actor in `ids` order, graph units. */
  let xy = new Float64Array(0);
  let neighbours = new Map<string, string[]>();
  let tree: Quadtree<number> | undefined;
  let view: GraphView | undefined;
  let selected: string | null = null;
  let focused: string | null = null;
  let hovered: string | null = null;
  let lost: ReadonlyMap<string, LostMark> = new Map();
  let destroyed = false;
  let raf = 0;
  let size = { width: 0, height: 0 };
  let transform: ZoomTransform = zoomIdentity;
  /** The zoom that frames the whole mesh: node sizes and the zoom range are relative to it. */
  let fitK = 1;
  /** The camera follows the layout until the user moves it; Fit and 0 follow again. */
  let follow = true;
  /** The camera the picture on screen was drawn with, once one is. */
  let drawn: PictureCamera | undefined;
  /**
   * What the picture shows besides the camera — scene, looks, positions, size — changes this
   * count; `drawnContent` is the count the picture on screen was drawn for (-1: not known), so
   * a camera that only panned within the picture's margin needs no new picture unless this
   * changed meanwhile.
   */
  let content = 0;
  let drawnContent = -1;
  let asked: { readonly id: number; readonly content: number } | undefined;

  // ---- the picture, drawn in its worker ----------------------------------------------------
  const painter = startPictureWorker(onDrawn);
  function onDrawn(result: PictureDrawn): void {
    if (destroyed) {
      result.bitmap.close();
      return;
    }
    if (shown === null) result.bitmap.close();
    else shown.transferFromImageBitmap(result.bitmap);
    drawn = result.camera;
    drawnContent = asked?.id === result.id ? asked.content : -1;
    // A glide's steps are transforms of the picture before: the new one is placed at its end.
    if (glide !== undefined) stopAnimation();
    // The overlay now, not at the next frame: it is drawn for the picture's camera, and the
    // two must change together.
    if (raf !== 0) win?.cancelAnimationFrame(raf);
    raf = 0;
    drawOverlay();
    placePicture();
    container.setAttribute('data-drawn', String(Number(container.getAttribute('data-drawn')) + 1));
    noteRest();
  }

  // The page says what is on screen (tests wait on it, not on a time): `data-drawn` counts the
  // pictures shown, `data-frame` is "moving" while the camera moves (the picture moved with
  // it) and "rest" once the picture on screen shows the view of the camera at rest.
  const setFrame = (state: 'moving' | 'rest') => {
    if (container.getAttribute('data-frame') !== state) container.setAttribute('data-frame', state);
  };
  function noteRest(): void {
    if (settle === 0 && glide === undefined && pictureCovers()) setFrame('rest');
  }

  function camera(): PictureCamera {
    return {
      k: transform.k,
      x: transform.x,
      y: transform.y,
      width: size.width,
      height: size.height,
      ratio: win?.devicePixelRatio ?? 1,
      r: nodeRadius(transform.k, fitK),
      margin: PICTURE_MARGIN,
    };
  }

  /**
   * The picture on screen already shows the view of now: nothing but the camera changed since
   * it was drawn, and the camera only panned, by whole device pixels (no resampling), within
   * the picture's margin.
   */
  function pictureCovers(): boolean {
    if (drawn === undefined || drawnContent !== content) return false;
    const now = camera();
    if (
      now.k !== drawn.k ||
      now.r !== drawn.r ||
      now.width !== drawn.width ||
      now.height !== drawn.height ||
      now.ratio !== drawn.ratio
    )
      return false;
    const m = drawn.margin ?? 0;
    const whole = (d: number) =>
      Math.abs(d) <= m && Math.abs(d * now.ratio - Math.round(d * now.ratio)) < 1e-6;
    return whole(now.x - drawn.x) && whole(now.y - drawn.y);
  }

  /**
   * Asks for a picture for the camera of now, unless the camera is still moving. `changed`:
   * something besides the camera changed (see `content`).
   */
  function redraw(changed = true): void {
    if (changed) content += 1;
    if (settle !== 0) return;
    if (ids.length === 0) {
      // No actors: no picture either, rather than the last mesh's left on screen.
      shown?.transferFromImageBitmap(null);
      drawn = undefined;
      return;
    }
    if (size.width === 0 || size.height === 0) return;
    if (pictureCovers()) {
      noteRest();
      return;
    }
    asked = { id: painter.draw(camera()), content };
  }

  /**
   * Pending while the camera moves: the next picture is asked for once it fires. A picture
   * under way for a camera left behind is dropped: the one on screen is moved meanwhile, and
   * the worker's time goes to the page's frames instead.
   */
  let settle = 0;
  function cameraMoving(): void {
    if (win === null) return;
    setFrame('moving');
    painter.cancel();
    if (settle !== 0) win.clearTimeout(settle);
    settle = win.setTimeout(() => {
      settle = 0;
      redraw(false);
    }, SETTLE_MS);
  }

  /** The camera the picture and the overlay are placed for on screen (their style's transform). */
  let placedFor: ZoomFrame | undefined;
  /**
   * Moves the picture and the overlay on screen from the camera they were drawn with to the
   * camera of now.
   */
  function placePicture(): void {
    if (drawn === undefined) return;
    const now = { k: transform.k, x: transform.x, y: transform.y };
    placedFor = now;
    const moved = now.k !== drawn.k || now.x !== drawn.x || now.y !== drawn.y;
    const matrix = moved ? matrixFor(drawn, now) : '';
    if (picture.style.transform !== matrix) {
      picture.style.transform = matrix;
      overlay.style.transform = matrix;
    }
  }

  // ---- layout, in the layout worker ---------------------------------------------------------
  let layoutFor: readonly string[] = [];
  let layoutToMine = new Int32Array(0);
  const layout: LayoutClient = startLayoutWorker((layoutIds, batch, moving, taken) => {
    if (layoutFor !== layoutIds) {
      layoutFor = layoutIds;
      layoutToMine = Int32Array.from(layoutIds, (id) => index.get(id) ?? -1);
    }
    for (let j = 0; j < layoutToMine.length; j++) {
      const i = layoutToMine[j]!;
      if (i < 0 || i * 2 + 1 >= xy.length) continue;
      xy[i * 2] = batch[j * 2]!;
      xy[i * 2 + 1] = batch[j * 2 + 1]!;
    }
    positionsChanged();
    container.setAttribute('data-layout', moving ? 'live' : 'settled');
    // Asked for after this frame, so the next batch comes once this one is shown.
    if (win === null) taken();
    else win.requestAnimationFrame(() => taken());
  });

  function positionsChanged(): void {
    tree = undefined;
    painter.setPositions(xy);
    refit();
    if (follow) setCamera(fitFrame(), true);
    redraw();
    schedule();
  }

  // ---- camera: d3-zoom for wheel, drag and double-click; keys glide it (see animateTo) ------
  const sel = select<HTMLElement, unknown>(container);
  const zoom = d3Zoom<HTMLElement, unknown>()
    .extent(() => [
      [0, 0],
      [size.width, size.height],
    ])
    .clickDistance(4)
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      transform = event.transform;
      // The user took the camera: stop following the layout until asked to fit again. The
      // wheel and a drag move the picture by one transform an event: glided on the compositor
      // as the keys are, a wheel gesture cost the page's main thread 5–13 times more in its
      // frames (docs/BENCHMARKS.md, "5,000-node graph").
      if (event.sourceEvent != null) {
        follow = false;
        stopAnimation();
      } else if (glide !== undefined) {
        // Moved otherwise (the layout followed): the glide's path no longer leads there.
        stopAnimation();
      }
      if (jumping) {
        redraw();
      } else {
        cameraMoving();
      }
      placePicture();
      // Before the first picture the overlay follows the camera itself.
      if (drawn === undefined) schedule();
    });
  sel.call(zoom);

  function fitFrame(): ZoomFrame {
    const box = bounds(points());
    if (box === undefined) return { k: 1, x: size.width / 2, y: size.height / 2 };
    return padFrame(
      (w, h) => fitTransform(box, w, h, Infinity, 1e-6),
      size.width,
      size.height,
      STAGE_PADDING,
    );
  }

  function* points(): Generator<{ x: number; y: number }> {
    for (let i = 0; i * 2 + 1 < xy.length; i++) yield { x: xy[i * 2]!, y: xy[i * 2 + 1]! };
  }

  function refit(): void {
    if (size.width === 0 || size.height === 0) return;
    fitK = fitFrame().k;
    zoom.scaleExtent([fitK * MIN_ZOOM, fitK * MAX_ZOOM]);
  }

  /** Camera changes the user makes wait for the camera to settle; a jump is drawn at once. */
  let jumping = false;
  function setCamera(frame: ZoomFrame, jump = false): void {
    jumping = jump;
    sel.call(zoom.transform, zoomIdentity.translate(frame.x, frame.y).scale(frame.k));
    jumping = false;
  }

  let animation = 0;
  /**
   * A glide of the keys (N / P, arrows, + / −, 0, Fit) under way as a compositor animation:
   * the camera is set to where the glide ends at once, and the picture and the overlay are
   * moved there by Web Animations on their transform, with no main-thread frame per step (a
   * transform set from JavaScript each frame made every frame of a glide a main-thread frame
   * and a commit, most of the page's time under load).
   */
  let glide:
    | {
        readonly animations: readonly Animation[];
        /** The camera at each keyframe: GLIDE_STEPS + 1 of them, evenly spaced in time. */
        readonly frames: readonly ZoomFrame[];
        readonly duration: number;
      }
    | undefined;
  const ease = (t: number) => t * t * (3 - 2 * t);
  /**
   * The camera on screen now: where a glide has got to by its animation's own clock (the
   * compositor's), else where the picture is placed, else the camera. Between two keyframes
   * the compositor interpolates the scale and the translation linearly, and so the camera.
   */
  function shownCamera(): ZoomFrame {
    if (glide === undefined)
      return drawn !== undefined && placedFor !== undefined
        ? placedFor
        : { k: transform.k, x: transform.x, y: transform.y };
    const time = glide.animations[0]?.currentTime;
    const t = typeof time === 'number' ? Math.min(1, Math.max(0, time / glide.duration)) : 1;
    const step = Math.min(GLIDE_STEPS - 1, Math.floor(t * GLIDE_STEPS));
    const u = t * GLIDE_STEPS - step;
    const a = glide.frames[step]!;
    const b = glide.frames[step + 1]!;
    return { k: a.k + (b.k - a.k) * u, x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u };
  }
  const canGlide = () =>
    win !== null && drawn !== undefined && typeof picture.animate === 'function';
  function stopAnimation(): void {
    if (animation !== 0) win?.cancelAnimationFrame(animation);
    animation = 0;
    if (glide !== undefined) for (const a of glide.animations) a.cancel();
    glide = undefined;
  }
  /**
   * The CSS transform that shows a picture drawn with camera `at` for the camera `frame`, about
   * the view's corner (the overlay's origin, and the picture's transform-origin).
   */
  function matrixFor(at: ZoomFrame, frame: ZoomFrame): string {
    const s = frame.k / at.k;
    return cssMatrix({ a: s, b: 0, c: 0, d: s, e: frame.x - s * at.x, f: frame.y - s * at.y });
  }
  /** Glide steps given to the compositor: the path is the JavaScript glide's, sampled. */
  const GLIDE_STEPS = 8;
  /**
   * Glides the picture and the overlay on the compositor from camera `from` on screen to the
   * camera of now, where their transform is placed for the glide's end.
   */
  function glidePicture(from: ZoomFrame, duration: number): void {
    const at = drawn;
    if (at === undefined) return;
    placePicture();
    const to = placedFor ?? from;
    const frames = Array.from({ length: GLIDE_STEPS + 1 }, (_, i) =>
      easeFrame(from, to, ease(i / GLIDE_STEPS)),
    );
    const keyframes = frames.map((f) => ({ transform: matrixFor(at, f) }));
    glide = {
      animations: [picture, overlay].map((e) => e.animate(keyframes, { duration })),
      frames,
      duration,
    };
    const mine = glide;
    void mine.animations[0]?.finished.then(
      () => {
        if (glide === mine) glide = undefined;
      },
      () => undefined,
    );
  }

  function animateTo(to: ZoomFrame, duration: number): void {
    const from = shownCamera();
    stopAnimation();
    if (win === null) {
      setCamera(to);
      return;
    }
    if (canGlide()) {
      setCamera(to);
      // The next picture once the glide has ended and the camera stayed still.
      if (settle !== 0) win.clearTimeout(settle);
      settle = win.setTimeout(() => {
        settle = 0;
        redraw(false);
      }, duration + SETTLE_MS);
      glidePicture(from, duration);
      return;
    }
    const start = win.performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      setCamera(easeFrame(from, to, ease(t)));
      animation = t < 1 ? win.requestAnimationFrame(step) : 0;
    };
    animation = win.requestAnimationFrame(step);
  }

  /** The frame with the view's centre at graph point (gx, gy) and zoom k, within range. */
  function centred(gx: number, gy: number, k: number): ZoomFrame {
    const kk = Math.min(fitK * MAX_ZOOM, Math.max(fitK * MIN_ZOOM, k));
    return { k: kk, x: size.width / 2 - kk * gx, y: size.height / 2 - kk * gy };
  }

  function measure(): void {
    const box = container.getBoundingClientRect();
    const next = { width: Math.round(box.width), height: Math.round(box.height) };
    if (next.width === size.width && next.height === size.height) return;
    size = next;
    refit();
    if (follow) setCamera(fitFrame(), true);
    redraw();
    schedule();
  }
  const resize = win && 'ResizeObserver' in win ? new win.ResizeObserver(measure) : undefined;
  resize?.observe(container);
  measure();

  // ---- pointer: hit-testing, hover, select -------------------------------------------------
  function hit(clientX: number, clientY: number): string | null {
    if (ids.length === 0) return null;
    if (tree === undefined) {
      tree = quadtree<number>()
        .x((i) => xy[i * 2]!)
        .y((i) => xy[i * 2 + 1]!)
        .addAll(Array.from(ids, (_, i) => i));
    }
    // Against the camera on screen: mid-glide, where the glide has got to.
    const at = shownCamera();
    const box = container.getBoundingClientRect();
    const gx = (clientX - box.left - at.x) / at.k;
    const gy = (clientY - box.top - at.y) / at.k;
    const r = nodeRadius(at.k, fitK);
    const found = tree.find(gx, gy, (r * 1.3 + 2) / at.k);
    return found === undefined ? null : (ids[found] ?? null);
  }

  const onMove = (event: PointerEvent) => {
    if (event.buttons !== 0) return;
    const id = hit(event.clientX, event.clientY);
    if (id === hovered) return;
    hovered = id;
    const n = id === null ? undefined : nodes.get(id);
    if (n === undefined) picture.removeAttribute('title');
    else picture.title = nodeName(n);
    container.classList.toggle('pm-canvas--over-actor', id !== null);
    schedule();
  };
  const onLeave = () => {
    if (hovered === null) return;
    hovered = null;
    picture.removeAttribute('title');
    container.classList.remove('pm-canvas--over-actor');
    schedule();
  };
  const onClick = (event: MouseEvent) => {
    options.onSelect(hit(event.clientX, event.clientY));
  };
  container.addEventListener('pointermove', onMove);
  container.addEventListener('pointerleave', onLeave);
  container.addEventListener('click', onClick);

  // ---- keyboard -------------------------------------------------------------------------
  const onKey = (event: KeyboardEvent) => {
    const t = transform;
    const zoomBy = (f: number) => {
      follow = false;
      const [gx, gy] = t.invert([size.width / 2, size.height / 2]);
      animateTo(centred(gx, gy, t.k * f), 150);
    };
    onGraphKey(event, {
      selected,
      focused,
      count: ids.length,
      at: (i) => ids[i],
      indexOf: (id) => index.get(id) ?? -1,
      select: (id) => options.onSelect(id),
      focus: setFocused,
      look: (dx, dy) => {
        follow = false;
        animateTo({ k: t.k, x: t.x - dx * PAN_STEP, y: t.y - dy * PAN_STEP }, 120);
      },
      zoom: (direction) => zoomBy(direction === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP),
      fit,
    });
  };
  container.addEventListener('keydown', onKey);

  function setFocused(id: string | null): void {
    focused = id;
    const i = id === null ? undefined : index.get(id);
    if (id === null || i === undefined) return;
    const n = nodes.get(id);
    if (n !== undefined) announce.textContent = nodeName(n);
    follow = false;
    animateTo(centred(xy[i * 2]!, xy[i * 2 + 1]!, Math.max(transform.k, fitK * FOCUS_ZOOM)), 250);
    schedule();
  }

  function fit(): void {
    follow = true;
    refit();
    animateTo(fitFrame(), 200);
  }

  // ---- drawing what moves every frame -----------------------------------------------------
  function schedule(): void {
    if (raf !== 0 || destroyed || win === null) return;
    raf = win.requestAnimationFrame(() => {
      raf = 0;
      if (!destroyed) drawOverlay();
    });
  }

  /**
   * Screen position of an actor with the camera the overlay is drawn for (the picture's, once
   * there is one), or undefined when it is not drawn.
   */
  function screenOf(id: string): { x: number; y: number; r: number } | undefined {
    const i = index.get(id);
    if (i === undefined) return undefined;
    const at = drawn ?? camera();
    return {
      x: xy[i * 2]! * at.k + at.x,
      y: xy[i * 2 + 1]! * at.k + at.y,
      r: id === selected || id === focused ? at.r * HIGHLIGHT : at.r,
    };
  }

  function drawOverlay(): void {
    if (ctx === null) return;
    const { width, height } = size;
    const ratio = win?.devicePixelRatio ?? 1;
    const m = PICTURE_MARGIN;
    const w = Math.round((width + 2 * m) * ratio);
    const h = Math.round((height + 2 * m) * ratio);
    if (overlay.width !== w || overlay.height !== h) {
      overlay.width = w;
      overlay.height = h;
    }
    // Drawn in the view's coordinates, the canvas's corner `m` beyond the view's.
    ctx.setTransform(ratio, 0, 0, ratio, m * ratio, m * ratio);
    ctx.clearRect(-m, -m, width + 2 * m, height + 2 * m);
    if (ids.length === 0) return;
    const inside = (p: { x: number; y: number }) =>
      p.x > -m - 20 && p.y > -m - 20 && p.x < width + m + 20 && p.y < height + m + 20;

    // The selected actor's links, over the picture's.
    const chosen = selected === null ? undefined : screenOf(selected);
    if (selected !== null && chosen !== undefined) {
      ctx.beginPath();
      for (const other of neighbours.get(selected) ?? []) {
        const b = screenOf(other);
        if (b === undefined) continue;
        ctx.moveTo(chosen.x, chosen.y);
        ctx.lineTo(b.x, b.y);
      }
      ctx.lineWidth = 2;
      ctx.strokeStyle = SELECTED_COLOUR;
      ctx.stroke();
    }
    // The selected and focused actors drawn larger, in their shape and colour.
    for (const id of new Set([selected, focused])) {
      const s = id === null ? undefined : screenOf(id);
      const n = id === null ? undefined : nodes.get(id);
      if (s === undefined || n === undefined) continue;
      const look = stateLook(n.state);
      if (look !== 'available') {
        ctx.beginPath();
        ctx.arc(s.x, s.y, s.r + 2.5, 0, 2 * Math.PI);
        ctx.lineWidth = look === 'other' ? 1 : 2.5;
        ctx.setLineDash(STATE_STYLE[look].dash === '' ? [] : [3, 2]);
        ctx.strokeStyle = STATE_STYLE[look].ring;
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.beginPath();
      traceShape(ctx, KIND_STYLE[n.kind].shape, s.x, s.y, s.r);
      ctx.fillStyle = KIND_STYLE[n.kind].colour;
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = STATE_STYLE.available.ring;
      ctx.stroke();
    }
    const drawn = drawMarks(ctx, {
      messages: view?.messages,
      lost,
      now: win?.performance.now() ?? 0,
      selected,
      focused,
      screenOf,
      inside,
    });
    lost = drawn.lost;
    const fading = drawn.fading;
    // Names of the actors the eye is on: hovered, focused, selected.
    ctx.font = NAME_FONT;
    ctx.textBaseline = 'middle';
    for (const id of new Set([hovered, focused, selected])) {
      const s = id === null ? undefined : screenOf(id);
      const n = id === null ? undefined : nodes.get(id);
      if (s === undefined || n === undefined) continue;
      const x = s.x + s.r + 9;
      const textWidth = ctx.measureText(n.label).width;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(x - 3, s.y - 9, textWidth + 6, 18);
      ctx.lineWidth = 1;
      ctx.strokeStyle = STATE_STYLE.available.ring;
      ctx.strokeRect(x - 3, s.y - 9, textWidth + 6, 18);
      ctx.fillStyle = '#1a1a1a';
      ctx.fillText(n.label, x, s.y);
    }
    if (fading) schedule();
  }

  // ---- joins ------------------------------------------------------------------------------
  // Named in the page's words (the catalogs' when it gives none), as the SVG graph names them.
  function nodeName(n: GraphNode): string {
    return accessibleName(n.label, n.role, words.kind(n.kind), stateLine(n, words.state(n.state)));
  }

  function looks(): Uint8Array {
    return Uint8Array.from(ids, (id) => {
      const n = nodes.get(id);
      return n === undefined ? 0 : LOOKS.indexOf(stateLook(n.state));
    });
  }

  /** The picture's scene for the actors and links of now, in `ids` order. */
  function scene(): PictureScene {
    const ends: number[] = [];
    const channels: number[] = [];
    for (const l of links.values()) {
      const a = index.get(l.source);
      const b = index.get(l.target);
      if (a === undefined || b === undefined || a === b) continue;
      ends.push(a, b);
      channels.push(CHANNELS.indexOf(l.channel));
    }
    return {
      kinds: Uint8Array.from(ids, (id) => ACTOR_KINDS.indexOf(nodes.get(id)!.kind)),
      looks: looks(),
      labels: ids.map((id) => nodes.get(id)!.label),
      ends: Uint32Array.from(ends),
      channels: Uint8Array.from(channels),
    };
  }

  /** A new set of actors: new indices, positions kept for those already laid out. */
  function syncNodes(next: readonly GraphNode[], diff: KeyedDiff<GraphNode>): void {
    const start = diff.entered.length > 0 ? initialPositions(next) : undefined;
    const before = index;
    const beforeXy = xy;
    nodes.clear();
    for (const n of next) nodes.set(n.id, n);
    ids = next.map((n) => n.id);
    index = new Map(ids.map((id, i) => [id, i]));
    xy = new Float64Array(ids.length * 2);
    ids.forEach((id, i) => {
      const was = before.get(id);
      const p = was === undefined ? start?.get(id) : undefined;
      xy[i * 2] = was === undefined ? (p?.x ?? 0) : beforeXy[was * 2]!;
      xy[i * 2 + 1] = was === undefined ? (p?.y ?? 0) : beforeXy[was * 2 + 1]!;
    });
    layoutFor = [];
  }

  function syncLinks(next: readonly GraphLink[]): void {
    links.clear();
    neighbours = new Map();
    for (const l of next) {
      links.set(l.id, l);
      if (l.source === l.target) continue;
      for (const [a, b] of [
        [l.source, l.target],
        [l.target, l.source],
      ] as const) {
        const list = neighbours.get(a);
        if (list === undefined) neighbours.set(a, [b]);
        else list.push(b);
      }
    }
  }

  function describe(): void {
    desc.textContent = translate(locale, 'webgl.description-canvas', {
      actors: nodes.size,
      links: links.size,
    });
  }

  return {
    update(next) {
      if (destroyed) return;
      view = next;
      const nodeDiff = diffKeyed(nodes, next.nodes, (n) => n.id);
      const linkDiff = diffKeyed(links, next.links, (l) => l.id);
      if (!nodeDiff.same || !linkDiff.same) {
        syncNodes(next.nodes, nodeDiff);
        syncLinks(next.links);
        if (focused !== null && !nodes.has(focused)) focused = null;
        if (hovered !== null && !nodes.has(hovered)) hovered = null;
        tree = undefined;
        painter.setScene(scene());
        painter.setPositions(xy);
        refit();
        if (follow) setCamera(fitFrame(), true);
        layout.setGraph({
          seed: options.seed,
          nodes: next.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label })),
          links: next.links,
          ...(options.warmupTicks === undefined ? {} : { warmupTicks: options.warmupTicks }),
        });
        describe();
        redraw();
      } else {
        // The same actors: a new name or kind redraws the scene, a new state only the rings.
        let names = false;
        let states = false;
        for (const n of next.nodes) {
          const was = nodes.get(n.id);
          if (was === n) continue;
          nodes.set(n.id, n);
          if (was === undefined) continue;
          if (was.kind !== n.kind || was.label !== n.label) names = true;
          if (stateLook(was.state) !== stateLook(n.state)) states = true;
        }
        if (names) painter.setScene(scene());
        else if (states) painter.setLooks(looks());
        if (names || states) redraw();
      }
      selected = next.selected !== null && nodes.has(next.selected) ? next.selected : null;
      lost = trackLost(lost, next.messages, win?.performance.now() ?? 0);
      schedule();
    },
    fit,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (raf !== 0) win?.cancelAnimationFrame(raf);
      if (settle !== 0) win?.clearTimeout(settle);
      stopAnimation();
      layout.destroy();
      painter.destroy();
      resize?.disconnect();
      sel.on('.zoom', null);
      container.removeEventListener('keydown', onKey);
      container.removeEventListener('pointermove', onMove);
      container.removeEventListener('pointerleave', onLeave);
      container.removeEventListener('click', onClick);
      for (const e of created) e.remove();
      container.classList.remove('pm-webgl', 'pm-canvas', 'pm-canvas--over-actor');
      container.removeAttribute('data-renderer');
      container.removeAttribute('data-drawn');
      container.removeAttribute('data-frame');
      for (const [name, value] of previousAttrs) {
        if (value === null) container.removeAttribute(name);
        else container.setAttribute(name, value);
      }
    },
  };
}
