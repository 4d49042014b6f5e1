// The live mesh graph for big meshes (above WEBGL_MIN_NODES actors): sigma.js draws nodes and
// links with WebGL from a graphology graph, the force layout runs in a Web Worker
// (layoutWorker.ts), and a 2D canvas on top draws what changes every frame — messages in
// transit, lost-message crosses, state rings, the selection and keyboard-focus halos — so
// moving dots never make sigma re-index thousands of nodes. Same contract as the SVG graph
// (createMeshGraph): { update, fit, destroy }, selection out through onSelect.
//
// Interactions: click an actor to select it, click the background to clear; hover shows its
// name; wheel and drag zoom and pan. Keyboard, once the graph has focus: N / P move a focus
// ring from actor to actor (in the table's order) and say its name, Enter or Space selects
// it, arrows pan, + and − zoom, 0 frames the mesh, Esc clears the selection.
import Graph from 'graphology';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { layerFill, sdfCircle, sdfDiamond, sdfSquare, sdfTriangle } from 'sigma/rendering';
import type { SDFShape } from 'sigma/rendering';
import { translate, localeOf } from '../i18n/words.ts';
import { catalogWords } from './catalogWords.ts';
import { accessibleName, diffKeyed, stateLine, type KeyedDiff } from './diff.ts';
import { initialPositions } from './layout.ts';
import { startLayoutWorker, type LayoutClient } from './layoutWorker.ts';
import { trackLost, type LostMark } from './messages.ts';
import { drawMarks } from './overlayMarks.ts';
import { onGraphKey } from './graphKeys.ts';
import { moveSnapshotWhileCameraMoves, drawNow } from './movingSnapshot.ts';
import { CHANNEL_STYLE, KIND_STYLE, SELECTED_COLOUR, STATE_STYLE, stateLook } from './palette.ts';
import type { GraphLink, GraphNode, GraphView, MeshGraph, MeshGraphOptions } from './types.ts';

/** Node radius on screen at the default zoom, px (the SVG graph's shapes are 13). */
const NODE_SIZE = 6;
const PAN_STEP = 60;
/** Where the next keyboard-focused actor is centred, as a camera ratio (zoomed in enough to read). */
const FOCUS_RATIO = 0.08;

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  shape: string;
  label: string;
}

interface EdgeAttributes {
  size: number;
  color: string;
}

/** sigma has no hexagon: the host-state police's shape, as a signed distance like its own. */
function sdfHexagon(): SDFShape {
  return {
    name: 'hexagon',
    // Inigo Quilez's regular hexagon, pointy left and right like the SVG graph's.
    glsl: /* glsl */ `
float sdf_hexagon(vec2 uv, float size) {
  const vec3 k = vec3(-0.866025404, 0.5, 0.577350269);
  vec2 p = abs(uv.yx);
  p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
  float r = size * 0.866025404;
  p -= vec2(clamp(p.x, -k.z * r, k.z * r), r);
  return length(p) * sign(p.y);
}
`,
    uniforms: [],
    inradiusFactor: 0.866025404,
  };
}

export function createWebglGraph(container: HTMLElement, options: MeshGraphOptions): MeshGraph {
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  const locale = localeOf(doc.documentElement.lang);
  const label = options.label ?? translate(locale, 'webgl.label');
  // A page that gives no words gets the catalogs' in its language, as the SVG graph does.
  const words = options.words ?? catalogWords(locale);
  // Replaced by a filled copy whenever the set of actors or links changes: sigma indexes a
  // whole graph at once, where thousands of single additions would each cost a pass.
  let graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: true });

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
  container.classList.add('pm-webgl');
  container.setAttribute('role', 'group');
  container.setAttribute('aria-label', label);
  container.setAttribute('tabindex', '0');
  container.setAttribute('data-renderer', 'webgl');
  const desc = el('p', 'pm-webgl__desc');
  desc.id = `pm-webgl-desc-${Math.random().toString(36).slice(2)}`;
  container.setAttribute('aria-describedby', desc.id);
  const announce = el('p', 'pm-webgl__live');
  announce.setAttribute('aria-live', 'polite');
  const stage = el('div', 'pm-webgl__stage');
  const overlay = el('canvas', 'pm-webgl__overlay');
  overlay.setAttribute('aria-hidden', 'true');
  const ctx = overlay.getContext('2d');

  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, stage, {
    primitives: {
      nodes: {
        shapes: [sdfCircle(), sdfSquare(), sdfDiamond(), sdfTriangle(), sdfHexagon()],
        layers: [layerFill()],
      },
    },
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        { shape: { attribute: 'shape' } },
        {
          whenState: 'isHighlighted',
          then: { labelVisibility: 'visible', depth: 'topNodes', size: NODE_SIZE * 1.6 },
        },
      ],
      edges: [
        DEFAULT_STYLES.edges,
        {
          whenState: 'isHighlighted',
          then: { color: SELECTED_COLOUR, size: 2, depth: 'topEdges' },
        },
      ],
    },
    settings: {
      // Names of a zoomed-out big mesh would cover it; they show when zoomed in or hovered.
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.5,
      zoomToSizeRatioFunction: Math.sqrt,
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
      stagePadding: 20,
      // Where WebGL runs in software (no GPU: SwiftShader on the CPU), a redraw of 5,000 actors
      // and 7,000 links took 0.7–1.2 s, two thirds of it the links. While the camera moves
      // nothing is redrawn (movingSnapshot.ts moves the last frame), so links and names stay
      // in the picture; links are drawn without anti-aliasing (hairlines at this size; a third
      // less raster work). docs/BENCHMARKS.md has the figures.
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
      antialiasEdges: false,
    },
  });

  // ---- state ------------------------------------------------------------------------------
  const nodes = new Map<string, GraphNode>();
  const links = new Map<string, GraphLink>();
  let order: string[] = [];
  let view: GraphView | undefined;
  let selected: string | null = null;
  let focused: string | null = null;
  let lost: ReadonlyMap<string, LostMark> = new Map();
  let destroyed = false;
  let raf = 0;
  let live = true;
  let positioned = false;

  let index = new Map<string, number>();
  let indexedFor: readonly string[] = [];
  const layout: LayoutClient = startLayoutWorker((ids, xy, moving, taken) => {
    if (indexedFor !== ids) {
      indexedFor = ids;
      index = new Map(ids.map((id, i) => [id, i]));
    }
    graph.updateEachNodeAttributes(
      (id, attrs) => {
        const i = index.get(id);
        if (i === undefined) return attrs;
        attrs.x = xy[i * 2]!;
        attrs.y = xy[i * 2 + 1]!;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
    positioned = true;
    setLive(moving);
    schedule();
    // Asked for after sigma's own frame callback, so the next batch comes once this is drawn.
    if (win === null) taken();
    else win.requestAnimationFrame(() => taken());
  });

  function setLive(next: boolean): void {
    if (next === live) return;
    live = next;
    container.setAttribute('data-layout', live ? 'live' : 'settled');
  }
  container.setAttribute('data-layout', 'live');

  // ---- pointer: select, hover ------------------------------------------------------------
  sigma.on('clickNode', ({ node }) => options.onSelect(node));
  sigma.on('clickStage', () => options.onSelect(null));
  // The last frame follows the camera while it moves, the overlay drawn over it with it.
  const snapshot = win === null ? undefined : moveSnapshotWhileCameraMoves(sigma, win, [overlay]);
  // Sigma picks the node under a press and a release from the frame drawn last: when the camera
  // has moved since (the frame moved on screen, or not even that yet), draw it for the camera
  // of now first, or a click right after a pan or zoom selects what was there before.
  // Sigma also counts a drag's release as a click towards a double click, so a click right
  // after a drag zoomed in instead of selecting: a pair of which either release ended a drag is
  // not a double click, and its second release, if no drag, is the click it is.
  let releaseDragged = false;
  let releaseBeforeDragged = false;
  /** A press began on the graph: only its release is the graph's (not a click elsewhere). */
  let pressed = false;
  const onPress = () => {
    pressed = true;
    if (snapshot?.stale() === true) drawNow(sigma);
  };
  // Before sigma's own release handler (on the document, bubbling), with its count of the
  // drag's moves still there: a drag by sigma's own measure.
  const onRelease = () => {
    if (!pressed) return;
    pressed = false;
    releaseBeforeDragged = releaseDragged;
    releaseDragged =
      sigma.getMouseCaptor().draggedEvents >= sigma.getSetting('draggedEventsTolerance');
    if (snapshot?.stale() === true) drawNow(sigma);
  };
  const notDoubleClick = (event: { preventSigmaDefault(): void }, node: string | null) => {
    if (!releaseDragged && !releaseBeforeDragged) return;
    event.preventSigmaDefault();
    if (!releaseDragged) options.onSelect(node);
  };
  sigma.on('doubleClickNode', (event) => notDoubleClick(event, event.node));
  sigma.on('doubleClickStage', (event) => notDoubleClick(event, null));
  container.addEventListener('pointerdown', onPress, true);
  doc.addEventListener('pointerup', onRelease, true);
  sigma.on('enterNode', ({ node }) => {
    // Hover is read off the drawn frame, stale while it is moved: named again once redrawn.
    if (snapshot?.transform() !== undefined) return;
    const n = nodes.get(node);
    if (n !== undefined) stage.title = nodeName(n);
  });
  sigma.on('leaveNode', () => {
    stage.removeAttribute('title');
  });
  // The page says what is on screen (tests wait on it, not on a time): `data-drawn` counts the
  // frames drawn, `data-frame` is "moving" while the camera moves (the last frame moved with it)
  // and "rest" once a frame is drawn for the camera at rest.
  let framesDrawn = 0;
  const setFrame = (state: 'moving' | 'rest') => {
    if (container.getAttribute('data-frame') !== state) container.setAttribute('data-frame', state);
  };
  sigma.on('afterRender', () => {
    drawOverlay();
    framesDrawn += 1;
    container.setAttribute('data-drawn', String(framesDrawn));
    setFrame(sigma.getCamera().isAnimating() || snapshot?.moving() === true ? 'moving' : 'rest');
  });
  const onCameraMoved = () => setFrame('moving');
  sigma.getCamera().on('updated', onCameraMoved);

  // ---- keyboard -------------------------------------------------------------------------
  const onKey = (event: KeyboardEvent) => {
    const camera = sigma.getCamera();
    onGraphKey(event, {
      selected,
      focused,
      count: order.length,
      at: (i) => order[i],
      indexOf: (id) => order.indexOf(id),
      select: (id) => options.onSelect(id),
      focus: setFocused,
      look: (dx, dy) => {
        const { width, height } = sigma.getDimensions();
        const to = sigma.viewportToFramedGraph({
          x: width / 2 + dx * PAN_STEP,
          y: height / 2 + dy * PAN_STEP,
        });
        void camera.animate({ x: to.x, y: to.y }, { duration: 120 });
      },
      zoom: (direction) =>
        void (direction === 'in'
          ? camera.zoomIn({ duration: 150 })
          : camera.zoomOut({ duration: 150 })),
      fit: () => void camera.reset({ duration: 200 }),
    });
    // Said at once, not at the glide's first step: what is on screen is about to move.
    if (camera.isAnimating()) setFrame('moving');
  };
  container.addEventListener('keydown', onKey);

  function setFocused(id: string | null): void {
    if (focused !== null && focused !== selected && graph.hasNode(focused))
      sigma.setNodeState(focused, { isHighlighted: false });
    focused = id;
    if (id === null || !graph.hasNode(id)) return;
    sigma.setNodeState(id, { isHighlighted: true });
    const n = nodes.get(id);
    if (n !== undefined) announce.textContent = nodeName(n);
    const display = sigma.getNodeDisplayData(id);
    if (display !== undefined) {
      void sigma
        .getCamera()
        .animate(
          { x: display.x, y: display.y, ratio: Math.min(sigma.getCamera().ratio, FOCUS_RATIO) },
          { duration: 250 },
        );
    }
    schedule();
  }

  const resize =
    win && 'ResizeObserver' in win ? new win.ResizeObserver(() => schedule()) : undefined;
  resize?.observe(container);

  // ---- drawing what moves every frame -----------------------------------------------------
  /** Redraws the overlay on the next frame; sigma redraws itself when the graph changes. */
  function schedule(): void {
    if (raf !== 0 || destroyed || win === null) return;
    raf = win.requestAnimationFrame(() => {
      raf = 0;
      if (!destroyed) drawOverlay();
    });
  }

  function fitOverlay(): { width: number; height: number } | undefined {
    if (ctx === null) return undefined;
    const { width, height } = sigma.getDimensions();
    const ratio = win?.devicePixelRatio ?? 1;
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (overlay.width !== w || overlay.height !== h) {
      overlay.width = w;
      overlay.height = h;
      overlay.style.width = `${width}px`;
      overlay.style.height = `${height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    return { width, height };
  }

  /**
   * Graph → screen for this frame: one affine map instead of a conversion per node. While the
   * camera moves the overlay is moved with the last drawn frame, so it is drawn for the camera
   * of that frame.
   */
  let toScreen = { x0: 0, y0: 0, xx: 1, xy: 0, yx: 0, yy: 1, r: NODE_SIZE };
  function frameTransform(): void {
    const drawn = snapshot?.transform() === undefined ? undefined : snapshot.drawnCamera();
    const at = drawn === undefined ? undefined : { cameraState: drawn };
    const o = sigma.graphToViewport({ x: 0, y: 0 }, at);
    const ex = sigma.graphToViewport({ x: 1, y: 0 }, at);
    const ey = sigma.graphToViewport({ x: 0, y: 1 }, at);
    toScreen = {
      x0: o.x,
      y0: o.y,
      xx: ex.x - o.x,
      xy: ex.y - o.y,
      yx: ey.x - o.x,
      yy: ey.y - o.y,
      r: sigma.scaleSize(NODE_SIZE, drawn?.ratio),
    };
  }

  /** Screen position and radius of a node, or undefined when it is not drawn. */
  function screenOf(id: string): { x: number; y: number; r: number } | undefined {
    if (!graph.hasNode(id)) return undefined;
    const a = graph.getNodeAttributes(id);
    const t = toScreen;
    const r = id === selected || id === focused ? t.r * 1.6 : t.r;
    return { x: t.x0 + a.x * t.xx + a.y * t.yx, y: t.y0 + a.x * t.xy + a.y * t.yy, r };
  }

  function drawOverlay(): void {
    const box = fitOverlay();
    if (ctx === null || box === undefined || !positioned) return;
    frameTransform();
    const inside = (p: { x: number; y: number }) =>
      p.x > -20 && p.y > -20 && p.x < box.width + 20 && p.y < box.height + 20;
    // State rings: busy and overloaded actors stand out as on the SVG graph.
    for (const n of nodes.values()) {
      const look = stateLook(n.state);
      if (look === 'available') continue;
      const s = screenOf(n.id);
      if (s === undefined || !inside(s)) continue;
      const style = STATE_STYLE[look];
      ctx.beginPath();
      ctx.arc(s.x, s.y, s.r + 2.5, 0, 2 * Math.PI);
      ctx.lineWidth = look === 'other' ? 1 : 2.5;
      ctx.setLineDash(style.dash === '' ? [] : [3, 2]);
      ctx.strokeStyle = style.ring;
      ctx.stroke();
    }
    ctx.setLineDash([]);
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
    if (fading) schedule();
  }

  // ---- joins ------------------------------------------------------------------------------
  // Named in the page's words (the catalogs' when it gives none), as the SVG graph names them.
  function nodeName(n: GraphNode): string {
    return accessibleName(n.label, n.role, words.kind(n.kind), stateLine(n, words.state(n.state)));
  }

  function syncNodes(next: readonly GraphNode[], diff: KeyedDiff<GraphNode>): void {
    // Where the worker's layout starts too, so the mesh shows spread out (not every actor on
    // one point) until its first positions arrive.
    const start = diff.entered.length > 0 ? initialPositions(next) : undefined;
    for (const id of diff.exited) {
      nodes.delete(id);
      if (graph.hasNode(id)) graph.dropNode(id);
    }
    for (const n of next) {
      const before = nodes.get(n.id);
      nodes.set(n.id, n);
      if (before === undefined) {
        const style = KIND_STYLE[n.kind];
        const p = start?.get(n.id);
        graph.addNode(n.id, {
          x: p?.x ?? 0,
          y: p?.y ?? 0,
          size: NODE_SIZE,
          color: style.colour,
          shape: style.shape,
          label: n.label,
        });
      } else if (before.kind !== n.kind || before.label !== n.label) {
        const style = KIND_STYLE[n.kind];
        graph.mergeNodeAttributes(n.id, {
          color: style.colour,
          shape: style.shape,
          label: n.label,
        });
      }
    }
    if (!diff.same) order = next.map((n) => n.id);
  }

  function syncLinks(next: readonly GraphLink[], diff: KeyedDiff<GraphLink>): void {
    for (const id of diff.exited) {
      links.delete(id);
      if (graph.hasEdge(id)) graph.dropEdge(id);
    }
    for (const l of next) {
      if (links.has(l.id)) continue;
      links.set(l.id, l);
      if (!graph.hasNode(l.source) || !graph.hasNode(l.target) || l.source === l.target) continue;
      const style = CHANNEL_STYLE[l.channel];
      graph.addEdgeWithKey(l.id, l.source, l.target, {
        size: Math.max(0.5, style.width / 2.5),
        color: style.opacity < 1 ? '#b3b3b3' : style.double ? '#333333' : '#8a8a8a',
      });
    }
  }

  function syncSelected(next: string | null): void {
    if (next === selected) return;
    for (const [id, on] of [
      [selected, false],
      [next, true],
    ] as const) {
      if (id === null || !graph.hasNode(id)) continue;
      if (!(id === focused && !on)) sigma.setNodeState(id, { isHighlighted: on });
      sigma.setEdgesState(graph.edges(id), { isHighlighted: on });
    }
    selected = next;
  }

  function describe(): void {
    desc.textContent = translate(locale, 'webgl.description', {
      actors: nodes.size,
      links: links.size,
    });
  }

  return {
    update(next) {
      if (destroyed) return;
      view = next;
      // Each set diffed once: the sync below reads the same diff.
      const nodeDiff = diffKeyed(nodes, next.nodes, (n) => n.id);
      const linkDiff = diffKeyed(links, next.links, (l) => l.id);
      const setChanged = !nodeDiff.same || !linkDiff.same;
      if (setChanged) {
        graph = graph.copy();
        // The highlight states belong to the old graph: set again below.
        selected = null;
        focused = null;
      }
      syncNodes(next.nodes, nodeDiff);
      syncLinks(next.links, linkDiff);
      if (setChanged) sigma.setGraph(graph);
      if (setChanged) {
        layout.setGraph({
          seed: options.seed,
          nodes: next.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label })),
          links: next.links,
          ...(options.warmupTicks === undefined ? {} : { warmupTicks: options.warmupTicks }),
        });
        describe();
      }
      syncSelected(next.selected);
      const marks = trackLost(lost, next.messages, win?.performance.now() ?? 0);
      lost = marks;
      schedule();
    },
    fit() {
      void sigma.getCamera().reset({ duration: 200 });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (raf !== 0) win?.cancelAnimationFrame(raf);
      layout.destroy();
      resize?.disconnect();
      snapshot?.destroy();
      container.removeEventListener('keydown', onKey);
      container.removeEventListener('pointerdown', onPress, true);
      doc.removeEventListener('pointerup', onRelease, true);
      sigma.getCamera().removeListener('updated', onCameraMoved);
      sigma.kill();
      for (const e of created) e.remove();
      container.classList.remove('pm-webgl');
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
