// The live mesh graph: an imperative SVG drawing wrapped as a factory { update, destroy }.
// d3-force lays it out in the layout worker (layoutWorker.ts, one tick per frame drawn, the
// positions streamed back as typed arrays), d3-zoom pans and zooms, d3-drag moves nodes (the
// dragged node pinned in the layout). Per frame only positions are written, as attributes on
// elements that already exist, and only for nodes that moved visibly; elements are created or
// removed only when the set of things changes.
// Links are batched into one path per channel (linkPaths.ts): at 500 actors one element per
// link costs more than the whole rest of the frame. While the layout moves, node shapes are
// batched too, one path per kind and state look (nodePaths.ts): a path of the nodes' points, the
// look drawn at each by an SVG marker, as the messages in transit are dots marked on one path
// of points (a frame writes a point a node or a message, not an outline or a transform). The
// focusable per-node elements (keyboard focus, names, rings, hit-testing) are moved only when
// they show something (hovered, focused, selected, dragged) and all at once when the layout
// rests, and the node under the pointer is found in a quadtree of the drawn positions
// meanwhile. While following the layout the camera zooms in steps and pans in between
// (followFit); it holds still while a node is dragged.
import { drag as d3Drag, type D3DragEvent } from 'd3-drag';
import { quadtree, type Quadtree } from 'd3-quadtree';
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { ACTOR_KINDS, CHANNELS, type ActorKind, type Channel } from '../core/vocabulary.ts';
import { localeOf, translate } from '../i18n/words.ts';
import { catalogWords } from './catalogWords.ts';
import { accessibleName, diffKeyed, linkKey, nodeChanges, labelLines, stateLine } from './diff.ts';
import {
  clearSpot,
  drawnBounds,
  closeFrames,
  easeFrame,
  fitTransform,
  padFrame,
  pointAlong,
  steppedFrame,
  zoomAbout,
  type Segment,
  type SpotSearch,
  type ZoomFrame,
} from './geometry.ts';
import { BIG_MESH, labelRoom, type Point } from './layout.ts';
import { startLayoutWorker } from './layoutWorker.ts';
import { linkPaths } from './linkPaths.ts';
import { STATE_LOOKS, lookPaths, markPath, nodeMarks } from './nodePaths.ts';
import { LOST_MARK_MS, lostOpacity, trackLost, travelSide, type LostMark } from './messages.ts';
import {
  CHANNEL_STYLE,
  KIND_STYLE,
  NODE_RADIUS,
  dashForZoom,
  dashZoomStep,
  shapePath,
  stateLook,
  type StateLook,
} from './palette.ts';
import { graphStylesheet } from './style.ts';
import type {
  GraphLink,
  GraphMeeting,
  GraphMessage,
  GraphNode,
  MeshGraph,
  MeshGraphOptions,
} from './types.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Radius of the selection and focus circles: clear of every shape and its ring. */
const HALO_RADIUS = NODE_RADIUS * 1.55 + 9;
const LABEL_Y = NODE_RADIUS * 1.3 + 17;
/** Below a node's centre: its name (up to two lines) and state line, plus descent. */
const LABEL_DEPTH = LABEL_Y + 34;
/** Screen pixels kept clear around the framed mesh. */
const FIT_PAD = 10;
const COMPACT_ZOOM = 0.9;
/** While the layout moves, how far (screen px) a node may lag where the layout has it. */
const SLACK_PX = 0.5;
/**
 * While the layout cools, a frame redraws the mesh only once a node lags where the layout has
 * it by this many screen pixels, or every COOL_FRAMES frames: a frame that redraws it rewrites
 * every batched shape and link path, and the raster workers draw every tile again.
 */
const COOL_LAG_PX = 2;
const COOL_FRAMES = 3;
/**
 * Names are drawn larger when zoomed out below this, so they stay at least 12.5 px on screen
 * (13 px × 0.96), legible from the back of a training room…
 */
const LABEL_FLOOR_ZOOM = 0.96;
/** …up to this much larger than at zoom 1 (the slack the layout keeps around a name). */
const LABEL_MAX_SCALE = 1.5;
const DOT_INSET = NODE_RADIUS + 8;
const DOT_SIDE = 3.5;
const HUB_HEIGHT = 22;
const SPOKE_DASH = '2 3';
/** While the layout moves, a hub that ends up over a node looks for a new spot this often. */
const HUB_SEARCH_FRAMES = 30;
/**
 * How far from a node's centre (layout units) the pointer finds it while the layout moves: the
 * farthest corner of any shape (the triangle's, 1.5 radii) and half its thickest ring.
 */
const HIT_RADIUS = NODE_RADIUS * 1.5 + 5;
/**
 * While the camera follows the layout, its zoom moves in steps of this factor (and pans in
 * between): every new zoom lays each shown text out again (names, meeting hubs).
 */
const FOLLOW_ZOOM_STEP = 1.1;
/** Graphs made in this page, so each one's marker ids are its own. */
let graphsMade = 0;
/** Within this fraction of its step, the zoom is set to the step (the rest of the glide pans). */
const ZOOM_SNAP = 0.02;

interface NodeRecord {
  datum: GraphNode;
  readonly el: SVGGElement;
  /** The drawn name and state, in the label layer. */
  readonly label: SVGGElement;
  readonly edge: SVGPathElement;
  readonly shape: SVGPathElement;
  readonly name: SVGTSpanElement;
  /** The second line of a long name (empty and hidden for a short one). */
  readonly name2: SVGTSpanElement;
  readonly status: SVGTSpanElement;
  readonly title: SVGTitleElement;
  /**
   * Last written position (rounded), what links, dots, hubs and the camera's fit are drawn
   * from; NaN until the layout has placed the node (it is not displayed until then).
   */
  x: number;
  y: number;
  /** Half the width of its name (labelRoom), for framing the mesh with its names. */
  radius: number;
  /** Where the label was last written: a hidden label (a big mesh zoomed out) waits. */
  lx: number;
  ly: number;
  /** Hovered or focused: its name shows even when the others are hidden. */
  lit: boolean;
  hover: boolean;
  focus: boolean;
  /**
   * Hovered, focused, selected or dragged: while the layout moves and shapes are drawn batched,
   * its own element still follows the node (rings, pointer, focus); the others wait for rest.
   */
  tracked: boolean;
  /** Where the node's own element was last moved (NaN: never). */
  ex: number;
  ey: number;
  /** What the batched shapes draw it as (nodePaths). */
  kind: ActorKind;
  look: StateLook;
}

interface LinkRecord {
  readonly datum: GraphLink;
  readonly channel: Channel;
  /** The end nodes' records, resolved whenever the set of nodes changes. */
  a: NodeRecord | undefined;
  b: NodeRecord | undefined;
  active: boolean;
}

interface ChannelEls {
  readonly group: SVGGElement;
  readonly paths: SVGPathElement[];
  d: string;
  count: number;
}

/** The batched shapes of a kind of actor in a state look: its nodes' points, marked (nodePaths). */
interface ShapeEls {
  readonly path: SVGPathElement;
  d: string;
}

interface MeetingRecord {
  datum: GraphMeeting;
  readonly hub: SVGGElement;
  readonly width: number;
  /** Where the hub sits relative to its attendees' centroid. */
  offset?: Point;
  searched: number;
  /** The transform last written (see setOnce). */
  at: string;
}

export function createMeshGraph(svg: SVGSVGElement, options: MeshGraphOptions): MeshGraph {
  const doc = svg.ownerDocument;
  const win = doc.defaultView;
  // A page that gives no words or name gets the catalogs' in its language (its <html lang>):
  // first-screen words, there before the rest of the catalog loads.
  const locale = localeOf(doc.documentElement.lang);
  const label = options.label ?? translate(locale, 'app.mesh.label');
  const words = options.words ?? catalogWords(locale);

  // ---- skeleton -------------------------------------------------------------------------
  const created: Element[] = [];
  const make = <K extends keyof SVGElementTagNameMap>(
    tag: K,
    parent: Element,
    attrs: Record<string, string | number> = {},
  ): SVGElementTagNameMap[K] => {
    const el = doc.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
    parent.appendChild(el);
    return el;
  };
  const own = <E extends Element>(el: E): E => {
    created.push(el);
    return el;
  };

  const previousAttrs = ['class', 'role', 'aria-label', 'data-layout'].map(
    (name) => [name, svg.getAttribute(name)] as const,
  );
  svg.classList.add('pm-graph');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', label);
  own(make('title', svg)).textContent = label;
  const descEl = own(make('desc', svg));
  own(make('style', svg)).textContent = graphStylesheet();
  const background = own(make('rect', svg, { class: 'pm-bg', width: '100%', height: '100%' }));
  const viewport = own(make('g', svg, { class: 'pm-viewport' }));
  // What the batched shapes and the message dots draw at each point of their paths (SVG
  // markers). In the viewport, so the marks inherit its looks (no anti-aliasing while a big
  // mesh moves); a marker is drawn where it is used, not where it stands.
  const defs = make('defs', viewport);
  graphsMade += 1;
  const markerId = (name: string) => `pm-${graphsMade}-${name}`;
  const marker = (name: string): SVGMarkerElement =>
    make('marker', defs, {
      id: markerId(name),
      markerUnits: 'userSpaceOnUse',
      overflow: 'visible',
      'aria-hidden': 'true',
    });
  const marked = (parent: Element, name: string, attrs: Record<string, string>) =>
    make('path', parent, { ...attrs, 'marker-mid': `url(#${markerId(name)})` });
  const spokes = make('path', viewport, { class: 'pm-spokes' });
  const linkLayer = make('g', viewport, { class: 'pm-links' });
  const hubLayer = make('g', viewport, { class: 'pm-hubs' });
  // The node shapes drawn batched while the layout moves (hidden at rest), under the nodes'
  // own elements so a hovered, focused or selected one is drawn on top with its rings.
  const shapeLayer = make('g', viewport, { class: 'pm-shapes', 'aria-hidden': 'true' });
  const shapeEls = Object.fromEntries(
    ACTOR_KINDS.map((kind): [ActorKind, Record<StateLook, ShapeEls>] => [
      kind,
      Object.fromEntries(
        STATE_LOOKS.map((look): [StateLook, ShapeEls] => {
          // The look drawn at each point: the classes the nodes' own elements have, so the
          // same rules colour it.
          const name = `${kind}-${look}`;
          const group = make('g', marker(name), {
            class: `pm-batch pm-node--${kind} pm-state--${look}`,
          });
          const d = lookPaths(kind, look);
          if (d.rim !== '') make('path', group, { class: 'pm-batch__rim', d: d.rim });
          make('path', group, { class: 'pm-batch__ring', d: d.ring });
          make('path', group, {
            class: `pm-shape pm-shape--${KIND_STYLE[kind].shape}`,
            d: d.shape,
          });
          const path = marked(shapeLayer, name, {
            class: 'pm-batch__marks',
            'data-kind': kind,
            'data-look': look,
          });
          return [look, { path, d: '' }];
        }),
      ) as Record<StateLook, ShapeEls>,
    ]),
  ) as Record<ActorKind, Record<StateLook, ShapeEls>>;
  // tabindex −1: Chromium would otherwise stop on the layer itself when tabbing into the
  // graph and outline it; only the nodes are tab stops.
  const nodeLayer = make('g', viewport, { class: 'pm-nodes', tabindex: -1 });
  // Messages in transit: one path of their points, a dot marked at each (nodePaths.markPath).
  // Over the nodes, under their names, on a layer of its own (style.ts): the dots move every
  // frame, the mesh only while the layout does, so a frame of moving dots rasterises the dots
  // and not every tile of the mesh under them. Over the nodes, because whatever is drawn over
  // that layer the compositor keeps apart from it, element by element, every frame; the names
  // stay over the dots, legible (hidden on a big mesh zoomed out, so free there).
  const messageLayer = make('g', viewport, { class: 'pm-messages', 'data-count': 0 });
  make('circle', marker('msg'), { class: 'pm-msg', r: 5 });
  const messagePath = marked(messageLayer, 'msg', { class: 'pm-msgs' });
  let messagesD = '';
  let messageCount = 0;
  // Names and states are drawn in their own layer, outside the focusable node: each node's
  // aria-label says them (accessibleName), so the drawing is hidden from assistive technology.
  const labelLayer = make('g', viewport, { class: 'pm-labels', 'aria-hidden': 'true' });
  const lostLayer = make('g', viewport, { class: 'pm-lost-layer' });

  /** Per channel: the ordinary links, then (above them) the selected actor's links. */
  const channelEls = (active: boolean) =>
    Object.fromEntries(
      CHANNELS.map((channel): [Channel, ChannelEls] => {
        const group = make('g', linkLayer, {
          class: `pm-link pm-link--${channel}${active ? ' pm-link--active' : ''}`,
          'data-channel': channel,
          'data-count': 0,
        });
        const paths = [make('path', group, { class: 'pm-link__outer' })];
        if (CHANNEL_STYLE[channel].double)
          paths.push(make('path', group, { class: 'pm-link__inner' }));
        return [channel, { group, paths, d: '', count: 0 }];
      }),
    ) as Record<Channel, ChannelEls>;
  const normalLinks = channelEls(false);
  const activeLinks = channelEls(true);

  // ---- state ----------------------------------------------------------------------------
  const nodes = new Map<string, NodeRecord>();
  const links = new Map<string, LinkRecord>(); // keyed by linkKey
  const messages = new Map<string, GraphMessage>();
  const lostEls = new Map<string, SVGGElement>();
  let lost: ReadonlyMap<string, LostMark> = new Map();
  const meetings = new Map<string, MeetingRecord>();
  let lastNodes: readonly GraphNode[] | undefined;
  let lastLinks: readonly GraphLink[] | undefined;
  let selected: string | null = null;
  let destroyed = false;
  let raf = 0;
  let frameNumber = 0;
  let positionsDirty = false;
  let linksDirty = false;
  let messagesDirty = false;
  let meetingsDirty = false;
  let lostDirty = false;
  let autoFit = true;
  let fitted = false;
  let fitting = false;
  let transform: ZoomTransform = zoomIdentity;
  let size = measure();
  let compact = false;
  /** The zoom step the link dashes are drawn for (dashZoomStep). */
  let dashStep = NaN;
  let labelScale = 1;
  /** The spokes' path data last written. */
  let spokesD = '';
  /** What data-layout says: the layout at rest (undefined before the first set of nodes). */
  let settled: boolean | undefined;
  /** Node shapes drawn batched (the layout moves); the nodes' own elements wait. */
  let batched = false;
  let shapesDirty = false;
  /** The node under the pointer (hovered). */
  let hot: NodeRecord | undefined;
  /** Where the pointer is over the graph (SVG pixels), to find the node under it as nodes move. */
  let pointerAt: [number, number] | undefined;
  /** The drawn positions indexed for the pointer, built again when a node has moved. */
  let tree: Quadtree<NodeRecord> | undefined;

  // ---- layout, in the layout worker ---------------------------------------------------------
  interface Batch {
    readonly ids: readonly string[];
    readonly xy: Float64Array;
    readonly live: boolean;
    readonly taken: () => void;
  }
  /** The latest positions from the layout, not drawn yet. */
  let batch: Batch | undefined;
  /** Live batches left undrawn in a row while the layout cools (cooling). */
  let framesHeld = 0;
  /** The ids of the latest batch received. */
  let batchIds: readonly string[] | undefined;
  /** The node records in the order of `recsFor`, resolved again when either changes. */
  let recs: (NodeRecord | undefined)[] = [];
  let recsFor: readonly string[] | undefined;
  /** The layout still moves, as of the last batch drawn. */
  let layoutLive = false;
  /** A new set of nodes went to the layout and its first positions are not back yet… */
  let awaiting = false;
  /** …which they are once a batch comes with ids other than these. */
  let staleIds: readonly string[] | undefined;
  const layout = startLayoutWorker((ids, xy, live, taken) => {
    // A batch for the previous set, superseded before it was drawn: handed back at once.
    batch?.taken();
    batchIds = ids;
    if (awaiting && ids !== staleIds) awaiting = false;
    batch = { ids, xy, live, taken };
    schedule();
  });

  // ---- zoom and pan ---------------------------------------------------------------------
  const svgSel = select(svg);
  const zoom = d3Zoom<SVGSVGElement, unknown>()
    // d3's default extent reads the SVG's size on every call, forcing a layout each frame.
    .extent(() => [
      [0, 0],
      [size.width, size.height],
    ])
    .scaleExtent([0.03, 8])
    .clickDistance(4)
    // d3's own filter, and a press on a node is the node drag's (see drag below), not a pan.
    .filter((event: MouseEvent | TouchEvent | WheelEvent) => {
      if (event.ctrlKey && event.type !== 'wheel') return false;
      if ('button' in event && event.button !== 0) return false;
      return !(
        (event.type === 'mousedown' || event.type === 'touchstart') &&
        nodeAt(event) !== undefined
      );
    })
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent != null) svg.classList.add('pm-graph--panning');
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = event.transform;
      viewport.setAttribute('transform', transform.toString());
      // The user took the camera: stop following the layout until asked to fit again.
      if (event.sourceEvent != null) {
        autoFit = false;
        fitting = false;
      }
      applyZoomStyles();
    })
    // Only when set: even an unchanged class attribute queues a mutation, frame after frame
    // while the camera follows the layout.
    .on('end', () => {
      if (svg.classList.contains('pm-graph--panning')) svg.classList.remove('pm-graph--panning');
    });
  svgSel.call(zoom);
  applyZoomStyles();

  const setZoom = (frame: ZoomFrame) => {
    svgSel.call(zoom.transform, zoomIdentity.translate(frame.x, frame.y).scale(frame.k));
  };

  // ---- drag ------------------------------------------------------------------------------
  const nodeOf = (target: EventTarget | null): NodeRecord | undefined => {
    const el = target instanceof Element ? target.closest('.pm-node') : null;
    const id = el?.getAttribute('data-id');
    return id == null ? undefined : nodes.get(id);
  };
  // One drag behaviour on the whole drawing; the subject is the node under the pointer (its own
  // element at rest, the quadtree of drawn positions while shapes are drawn batched), and a
  // press elsewhere is left to the zoom's pan. The layout is only woken once the pointer really
  // moves, so a click does not stir the mesh. The dragged node is pinned in the layout and
  // drawn where the pointer is, at once: batches from the layout that were under way before the
  // pin cannot pull it back.
  interface DragSubject {
    readonly id: string;
    x: number;
    y: number;
  }
  type DragEvent = D3DragEvent<SVGSVGElement, unknown, DragSubject | null>;
  let dragFrom: Point | undefined;
  let dragging = false;
  /** The node being dragged: batches leave it where the pointer has it. */
  let draggedId: string | null = null;
  /** Where the pointer took a node, to be drawn in the next frame. */
  let dragTo: { rec: NodeRecord; x: number; y: number } | undefined;
  const drag = d3Drag<SVGSVGElement, unknown, DragSubject | null>()
    // Pointer positions in layout units, as the nodes are placed.
    .container(() => viewport)
    .clickDistance(4)
    .subject((event: DragEvent) => {
      const rec =
        nodeOf((event.sourceEvent as Event | null)?.target ?? null) ??
        (batched ? findNode(event.x, event.y) : undefined);
      return rec === undefined || Number.isNaN(rec.x)
        ? null
        : { id: rec.datum.id, x: rec.x, y: rec.y };
    })
    .on('start', ({ subject, x, y }: DragEvent) => {
      dragFrom = subject === null ? undefined : { x, y };
      dragging = false;
    })
    .on('drag', ({ subject, x, y }: DragEvent) => {
      if (subject === null || dragFrom === undefined) return;
      if (!dragging) {
        if (Math.hypot(x - dragFrom.x, y - dragFrom.y) * transform.k < 3) return;
        // Moving a node is not taking the camera: it holds still while the node is held (so
        // the node stays under the pointer) and, if it followed the layout, follows it again
        // once the node is let go.
        dragging = true;
        fitting = false;
      }
      const rec = nodes.get(subject.id);
      if (rec === undefined) return;
      if (draggedId !== subject.id) {
        draggedId = subject.id;
        retrack(rec);
      }
      dragTo = { rec, x, y };
      layout.pin(subject.id, x, y);
      schedule();
    })
    .on('end', ({ subject }: DragEvent) => {
      dragFrom = undefined;
      if (subject === null || !dragging) return;
      dragging = false;
      draggedId = null;
      const rec = nodes.get(subject.id);
      if (rec !== undefined) retrack(rec);
      layout.release(subject.id);
      if (autoFit) fitting = true;
      schedule();
    });
  svgSel.call(drag);

  // ---- selection by pointer and keyboard ---------------------------------------------------
  // A click on a node selects it, one on the background deselects (a link, a hub or a message
  // leaves the selection as it is).
  const onClick = (event: MouseEvent) => {
    const rec = nodeAt(event);
    if (rec !== undefined) options.onSelect(rec.datum.id);
    else if (event.target === background) options.onSelect(null);
  };
  const onNodeKey = (event: KeyboardEvent) => {
    const rec = nodeOf(event.target);
    if (rec === undefined) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      options.onSelect(rec.datum.id);
    }
  };
  // Keyboard camera, while focus is in the graph: arrows pan, + and − zoom, 0 frames the mesh.
  // Each key is used up (preventDefault), so the page's own shortcuts do not also act on it.
  const PAN_STEP = 60;
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape' && selected !== null) {
      event.preventDefault(); // used up: the page does not also act on this Escape
      options.onSelect(null);
      return;
    }
    const pan: Readonly<Record<string, readonly [number, number]>> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = pan[event.key];
    const zoomBy =
      event.key === '+' || event.key === '='
        ? 1.25
        : event.key === '-' || event.key === '_'
          ? 0.8
          : 0;
    if (move === undefined && zoomBy === 0 && event.key !== '0') return;
    event.preventDefault();
    if (event.key === '0') {
      autoFit = true;
      fitting = true;
      schedule();
      return;
    }
    autoFit = false;
    fitting = false;
    if (move !== undefined)
      svgSel.call(zoom.translateBy, move[0] / transform.k, move[1] / transform.k);
    else svgSel.call(zoom.scaleBy, zoomBy);
  };
  // Hovered or focused nodes show their name even when a big mesh hides the others. Hover is
  // found from the pointer's position, not from mouseover: while the shapes are drawn batched,
  // the nodes' own elements stand where the layout last rested.
  const onFocus = (on: boolean) => (event: Event) => {
    const rec = nodeOf(event.target);
    if (rec === undefined) return;
    rec.focus = on;
    relight(rec);
  };
  const focusIn = onFocus(true);
  const focusOut = onFocus(false);
  const onPointerMove = (event: PointerEvent) => {
    pointerAt = localPoint(event);
    // A node held by the pointer stays the hovered one.
    if (dragFrom === undefined) setHot(nodeAt(event));
  };
  const onPointerLeave = () => {
    pointerAt = undefined;
    if (dragFrom === undefined) setHot(undefined);
  };
  nodeLayer.addEventListener('focusin', focusIn);
  nodeLayer.addEventListener('focusout', focusOut);
  svg.addEventListener('pointermove', onPointerMove);
  svg.addEventListener('pointerleave', onPointerLeave);
  svg.addEventListener('click', onClick);
  nodeLayer.addEventListener('keydown', onNodeKey);
  svg.addEventListener('keydown', onKey);

  const resize =
    win && 'ResizeObserver' in win
      ? new win.ResizeObserver(() => {
          size = measure();
          if (autoFit) fitting = true;
          schedule();
        })
      : undefined;
  resize?.observe(svg);

  // ---- joins (only when the set of elements changes) ---------------------------------------
  function enterNode(datum: GraphNode): NodeRecord {
    // Not displayed until the layout has placed it (its first positions are on their way).
    const el = make('g', nodeLayer, {
      'data-id': datum.id,
      tabindex: 0,
      role: 'button',
      display: 'none',
    });
    const title = make('title', el);
    make('circle', el, { class: 'pm-select', r: HALO_RADIUS });
    make('circle', el, { class: 'pm-focus', r: HALO_RADIUS + 4 });
    const edge = make('path', el, { class: 'pm-edge' });
    const shape = make('path', el);
    const label = make('g', labelLayer, { 'data-for': datum.id, display: 'none' });
    const text = make('text', label, { class: 'pm-label', y: LABEL_Y });
    const name = make('tspan', text, { class: 'pm-label__name', x: 0 });
    const name2 = make('tspan', text, { class: 'pm-label__name', x: 0, dy: '1.15em' });
    const status = make('tspan', text, { class: 'pm-label__state', x: 0, dy: '1.25em' });
    const rec: NodeRecord = {
      datum,
      el,
      label,
      edge,
      shape,
      name,
      name2,
      status,
      title,
      x: NaN,
      y: NaN,
      radius: labelRoom(datum.label),
      lx: NaN,
      ly: NaN,
      lit: false,
      hover: false,
      focus: false,
      tracked: false,
      ex: NaN,
      ey: NaN,
      kind: datum.kind,
      look: stateLook(datum.state),
    };
    drawNode(rec, ['kind', 'label', 'state', 'load', 'role']);
    return rec;
  }

  function drawNode(rec: NodeRecord, changes: readonly string[]): void {
    const d = rec.datum;
    const style = KIND_STYLE[d.kind];
    if (changes.includes('kind')) {
      const path = shapePath(style.shape, NODE_RADIUS);
      rec.shape.setAttribute('d', path);
      rec.shape.setAttribute('class', `pm-shape pm-shape--${style.shape}`);
      rec.edge.setAttribute('d', path);
    }
    if (changes.includes('label')) {
      const [first, second] = labelLines(d.label);
      rec.name.textContent = first;
      rec.name2.textContent = second;
      // An empty line takes no room (its dy would otherwise push the state line down).
      rec.name2.style.display = second === '' ? 'none' : '';
      rec.radius = labelRoom(d.label);
    }
    if (changes.includes('state') || changes.includes('load'))
      rec.status.textContent = stateLine(d, words.state(d.state));
    const look = stateLook(d.state);
    if (look !== rec.look || d.kind !== rec.kind) {
      rec.look = look;
      rec.kind = d.kind;
      shapesDirty = true;
    }
    rec.tracked = isTracked(rec);
    rec.el.setAttribute('class', nodeClass(d, d.id === selected, rec.tracked));
    if (rec.tracked || !batched) placeNode(rec);
    rec.label.setAttribute(
      'class',
      `pm-nodelabel${d.id === selected ? ' pm-nodelabel--selected' : ''}${rec.lit ? ' pm-nodelabel--lit' : ''}`,
    );
    placeLabel(rec);
    const name = accessibleName(
      d.label,
      d.role,
      words.kind(d.kind),
      stateLine(d, words.state(d.state)),
    );
    rec.el.setAttribute('aria-label', name);
    rec.el.setAttribute('aria-pressed', String(d.id === selected));
    rec.title.textContent = name;
  }

  /** Returns whether the set of nodes changed (which moves the layout). */
  function syncNodes(next: readonly GraphNode[]): boolean {
    // Views are immutable: the same array means the same nodes (the common case at frame rate).
    if (next === lastNodes) return false;
    lastNodes = next;
    const diff = diffKeyed(nodes, next, (n) => n.id);
    for (const id of diff.exited) {
      nodes.get(id)?.el.remove();
      nodes.get(id)?.label.remove();
      if (hot === nodes.get(id)) hot = undefined;
      nodes.delete(id);
    }
    tree = undefined;
    shapesDirty = true;
    for (const datum of diff.items) {
      const rec = nodes.get(datum.id);
      if (rec === undefined) continue;
      const changes = nodeChanges(rec.datum, datum);
      rec.datum = datum;
      if (changes.length > 0) drawNode(rec, changes);
    }
    if (diff.same) return false;
    recsFor = undefined;
    for (const datum of diff.entered) nodes.set(datum.id, enterNode(datum));
    // Keep DOM (and so Tab) order equal to view order.
    let index = 0;
    for (const datum of diff.items) {
      const el = nodes.get(datum.id)?.el;
      if (el !== undefined && nodeLayer.children[index] !== el)
        nodeLayer.insertBefore(el, nodeLayer.children[index] ?? null);
      index += 1;
    }
    return true;
  }

  function syncLinks(next: readonly GraphLink[]): boolean {
    if (next === lastLinks) return false;
    lastLinks = next;
    const diff = diffKeyed(links, next, linkKey);
    if (diff.same) return false;
    for (const key of diff.exited) links.delete(key);
    for (const datum of diff.entered)
      links.set(linkKey(datum), {
        datum,
        channel: datum.channel,
        a: undefined,
        b: undefined,
        active: false,
      });
    return true;
  }

  function syncMessages(next: readonly GraphMessage[]): void {
    messages.clear();
    for (const m of next) if (m.lost !== true) messages.set(m.id, m);
    const marks = trackLost(lost, next, now());
    if (marks !== lost) syncLost(marks);
    messagesDirty = true;
    lostDirty = true;
  }

  function syncLost(marks: ReadonlyMap<string, LostMark>): void {
    lost = marks;
    for (const [id, el] of lostEls) {
      if (!marks.has(id)) {
        el.remove();
        lostEls.delete(id);
      }
    }
    for (const id of marks.keys()) {
      if (lostEls.has(id)) continue;
      const g = make('g', lostLayer, { class: 'pm-lost', 'data-id': id });
      const cross = 'M-5,-5L5,5M5,-5L-5,5';
      make('path', g, { class: 'pm-lost__halo', d: cross });
      make('path', g, { class: 'pm-lost__cross', d: cross });
      lostEls.set(id, g);
    }
  }

  function syncMeetings(next: readonly GraphMeeting[]): void {
    const diff = diffKeyed(meetings, next, (m) => m.id);
    let changed = !diff.same;
    for (const id of diff.exited) {
      meetings.get(id)?.hub.remove();
      meetings.delete(id);
    }
    for (const datum of diff.items) {
      const rec = meetings.get(datum.id);
      if (rec !== undefined && (rec.datum === datum || sameMeeting(rec.datum, datum))) {
        rec.datum = datum;
        continue;
      }
      rec?.hub.remove();
      meetings.set(datum.id, enterMeeting(datum));
      changed = true;
    }
    if (changed) meetingsDirty = true;
  }

  function enterMeeting(datum: GraphMeeting): MeetingRecord {
    const hub = make('g', hubLayer, { class: 'pm-hub', 'data-id': datum.id });
    const names = datum.attendees.map((id) => nodes.get(id)?.datum.label ?? id);
    make('title', hub).textContent = words.meeting(datum.label, names);
    const width = Math.round(datum.label.length * 7 + 22);
    make('rect', hub, { x: -width / 2, y: -HUB_HEIGHT / 2, width, height: HUB_HEIGHT, rx: 6 });
    make('text', hub).textContent = datum.label;
    return { datum, hub, width, searched: -Infinity, at: '' };
  }

  function syncSelected(next: string | null): void {
    if (next === selected) return;
    const before = selected;
    selected = next;
    for (const id of [before, next]) {
      const rec = id === null ? undefined : nodes.get(id);
      if (rec !== undefined) drawNode(rec, []);
    }
    markActiveLinks();
  }

  function markActiveLinks(): void {
    svg.classList.toggle('pm-graph--has-selection', selected !== null && nodes.has(selected));
    for (const rec of links.values()) {
      rec.active =
        selected !== null && (rec.datum.source === selected || rec.datum.target === selected);
    }
    linksDirty = true;
  }

  // ---- per frame -------------------------------------------------------------------------
  /** The layout still moves (an empty mesh never does). */
  function isLive(): boolean {
    return nodes.size > 0 && (awaiting || layoutLive);
  }

  function schedule(): void {
    if (raf !== 0 || destroyed || win === null) return;
    raf = win.requestAnimationFrame(frame);
  }

  function frame(): void {
    raf = 0;
    if (destroyed) return;
    frameNumber += 1;
    const drawn = batch;
    batch = undefined;
    let moved = false;
    if (drawn !== undefined) layoutLive = drawn.live;
    const nowSettled = !isLive();
    // Before the nodes move: the first frame of a move does not write every node's element.
    setBatched(!nowSettled);
    if (drawn !== undefined && drawn.live && cooling(drawn)) {
      // Cooling: this frame leaves the mesh where it is drawn (the layout ticks on; the next
      // batch has the newer positions).
      framesHeld += 1;
    } else if (drawn !== undefined) {
      framesHeld = 0;
      positionsDirty = true;
      // While the layout moves, a node is redrawn once it has moved half a pixel on screen;
      // the batch the layout comes to rest with writes every node where it ends.
      moved = writeBatch(drawn, drawn.live ? SLACK_PX / transform.k : 0);
    }
    if (dragTo !== undefined) {
      moved = moveNode(dragTo.rec, dragTo.x, dragTo.y, 0) || moved;
      dragTo = undefined;
      positionsDirty = true;
    }
    if (moved) tree = undefined;
    // The pointer stays, the nodes move under it: what it hovers is found again.
    if (moved && batched && pointerAt !== undefined && dragFrom === undefined)
      setHot(findAt(pointerAt));
    if (batched && (moved || shapesDirty)) writeShapes();
    if (moved || linksDirty) writeLinks();
    if (moved || messagesDirty) writeMessages();
    // Hubs look for their best spot when they appear and once the layout comes to rest.
    if (positionsDirty || meetingsDirty)
      writeMeetings(meetingsDirty || nowSettled ? 'full' : 'keep');
    const fading = writeLost(positionsDirty || lostDirty);
    if (autoFit && !dragging && (positionsDirty || fitting)) followFit();
    positionsDirty = linksDirty = messagesDirty = meetingsDirty = lostDirty = false;
    markLayout(nowSettled);
    // Drawn: the next positions are asked for once this frame is rendered (a task after the
    // animation frame), so the worker thread that wakes up to tick does not take a core from
    // this frame's style, layout and paint on a busy machine.
    if (drawn !== undefined) win?.setTimeout(drawn.taken, 0);
    if (fading || fitting) schedule();
  }

  function markLayout(nowSettled: boolean): void {
    if (nowSettled === settled) return;
    settled = nowSettled;
    svg.setAttribute('data-layout', settled ? 'settled' : 'live');
    // A big mesh in motion is drawn without anti-aliasing (half the raster work); crisp again at rest.
    svg.classList.toggle('pm-graph--moving', !settled && nodes.size > BIG_MESH);
  }

  /** Everything at once, outside the animation loop (after the set of things changed). */
  function drawAll(): void {
    const drawn = batch;
    batch = undefined;
    if (drawn !== undefined) layoutLive = drawn.live;
    setBatched(isLive());
    if (drawn !== undefined) writeBatch(drawn, 0);
    tree = undefined;
    if (batched) writeShapes();
    writeLinks();
    writeMessages();
    writeMeetings('full');
    writeLost(true);
    if (autoFit && !dragging) followFit();
    positionsDirty = linksDirty = messagesDirty = meetingsDirty = lostDirty = false;
    markLayout(!isLive());
    drawn?.taken();
  }

  /**
   * Whether a live batch may wait: the shapes are batched, no node is held, the mesh was drawn
   * less than COOL_FRAMES frames ago, and no node lags where the batch has it by COOL_LAG_PX on
   * screen.
   */
  function cooling(drawn: Batch): boolean {
    if (!batched || draggedId !== null || framesHeld >= COOL_FRAMES - 1) return false;
    if (recsFor !== drawn.ids) return false;
    const lag = COOL_LAG_PX / transform.k;
    const xy = drawn.xy;
    for (let i = 0; i < recs.length; i += 1) {
      const rec = recs[i];
      if (rec === undefined || Number.isNaN(rec.x)) continue;
      if (Math.abs(xy[i * 2]! - rec.x) >= lag || Math.abs(xy[i * 2 + 1]! - rec.y) >= lag)
        return false;
    }
    return true;
  }

  /**
   * Moves each node drawn more than `slack` (layout units) away from where the batch has it;
   * true when any moved. On a cooling mesh of hundreds, most nodes drift by less than a pixel
   * a frame: each write is a transform restyled and repainted for nothing to see. The node
   * being dragged stays where the pointer has it.
   */
  function writeBatch(drawn: Batch, slack: number): boolean {
    if (recsFor !== drawn.ids) {
      recsFor = drawn.ids;
      recs = drawn.ids.map((id) => nodes.get(id));
    }
    const xy = drawn.xy;
    let moved = false;
    for (let i = 0; i < recs.length; i += 1) {
      const rec = recs[i];
      if (rec === undefined || rec.datum.id === draggedId) continue;
      if (moveNode(rec, xy[i * 2]!, xy[i * 2 + 1]!, slack)) moved = true;
    }
    return moved;
  }

  function moveNode(rec: NodeRecord, px: number, py: number, slack: number): boolean {
    if (Math.abs(px - rec.x) < slack && Math.abs(py - rec.y) < slack) return false;
    const x = round1(px);
    const y = round1(py);
    if (x === rec.x && y === rec.y) return false;
    if (Number.isNaN(rec.x)) {
      // First placed: displayed from now on.
      rec.el.removeAttribute('display');
      rec.label.removeAttribute('display');
    }
    rec.x = x;
    rec.y = y;
    if (rec.tracked || !batched) placeNode(rec);
    placeLabel(rec);
    return true;
  }

  /** Moves the node's own element (focus, rings, hit-testing) to where the node is drawn. */
  function placeNode(rec: NodeRecord): void {
    if ((rec.ex === rec.x && rec.ey === rec.y) || Number.isNaN(rec.x)) return;
    rec.ex = rec.x;
    rec.ey = rec.y;
    rec.el.setAttribute('transform', `translate(${rec.x},${rec.y})`);
  }

  /**
   * Shapes batched (the layout moves) or each node's own element (at rest). Switching to rest
   * moves every node's element to where it is drawn, once.
   */
  function setBatched(on: boolean): void {
    if (on === batched) return;
    batched = on;
    if (on) {
      shapesDirty = true;
    } else {
      for (const rec of nodes.values()) placeNode(rec);
      writeShapes();
    }
    svg.classList.toggle('pm-graph--batched', on);
  }

  /** The batched shapes where the nodes are now (empty at rest). */
  function writeShapes(): void {
    shapesDirty = false;
    const marks = batched ? nodeMarks(nodes.values()) : undefined;
    for (const kind of ACTOR_KINDS) {
      for (const look of STATE_LOOKS) {
        const els = shapeEls[kind][look];
        const d = marks?.[kind][look] ?? '';
        if (d === els.d) continue;
        els.d = d;
        els.path.setAttribute('d', d);
      }
    }
  }

  function isTracked(rec: NodeRecord): boolean {
    return rec.hover || rec.focus || rec.datum.id === selected || rec.datum.id === draggedId;
  }

  /** After a change of hover, focus, selection or drag: the element follows the node or waits. */
  function retrack(rec: NodeRecord): void {
    const on = isTracked(rec);
    if (on !== rec.tracked) {
      rec.tracked = on;
      rec.el.classList.toggle('pm-node--tracked', on);
    }
    if (on || !batched) placeNode(rec);
  }

  function relight(rec: NodeRecord): void {
    const lit = rec.hover || rec.focus;
    if (lit !== rec.lit) {
      rec.lit = lit;
      rec.label.classList.toggle('pm-nodelabel--lit', lit);
    }
    retrack(rec);
    placeLabel(rec);
  }

  function setHot(rec: NodeRecord | undefined): void {
    if (rec === hot) return;
    const before = hot;
    hot = rec;
    if (before !== undefined) {
      before.hover = false;
      relight(before);
    }
    if (rec !== undefined) {
      rec.hover = true;
      relight(rec);
    }
  }

  /**
   * The node under a pointer event: its own element's at rest (exact shapes); while shapes are
   * drawn batched, the nearest drawn node within reach (the elements of the others wait where
   * they were, out of the pointer's way).
   */
  function nodeAt(event: Event): NodeRecord | undefined {
    const rec = nodeOf(event.target);
    if (rec !== undefined || !batched) return rec;
    const at = localPoint(event);
    return at === undefined ? undefined : findAt(at);
  }

  /** The node drawn nearest a point of the SVG (pixels), within reach of its shape. */
  function findAt([sx, sy]: readonly [number, number]): NodeRecord | undefined {
    const [x, y] = transform.invert([sx, sy]);
    return findNode(x, y);
  }

  /** The node drawn nearest a point of the layout, within reach of its shape. */
  function findNode(x: number, y: number): NodeRecord | undefined {
    tree ??= quadtree<NodeRecord>()
      .x((rec) => rec.x)
      .y((rec) => rec.y)
      .addAll([...placedNodes()]);
    return tree.find(x, y, HIT_RADIUS);
  }

  /** A mouse, pointer or touch event's position in the SVG, in pixels. */
  function localPoint(event: Event): [number, number] | undefined {
    const at =
      'changedTouches' in event
        ? (event as TouchEvent).changedTouches[0]
        : 'clientX' in event
          ? (event as MouseEvent)
          : undefined;
    if (at === undefined) return undefined;
    const box = svg.getBoundingClientRect();
    return [at.clientX - box.left, at.clientY - box.top];
  }

  /** The nodes the layout has placed (a node that just joined waits for its first position). */
  function* placedNodes(): Generator<NodeRecord> {
    for (const rec of nodes.values()) if (!Number.isNaN(rec.x)) yield rec;
  }

  /**
   * Moves a node's label to the node, unless the label is hidden (names of a big mesh zoomed
   * out, bar the selected and the hovered one): on a mesh of hundreds in motion, half of the
   * transforms written and restyled per frame would be labels nobody sees. Hidden labels catch
   * up when they show (applyZoomStyles, drawNode, relight).
   */
  function placeLabel(rec: NodeRecord): void {
    if ((rec.lx === rec.x && rec.ly === rec.y) || Number.isNaN(rec.x)) return;
    if (compact && !rec.lit && rec.datum.id !== selected) return;
    rec.lx = rec.x;
    rec.ly = rec.y;
    rec.label.setAttribute('transform', `translate(${rec.x},${rec.y})`);
  }

  function writeLinks(): void {
    // A big mesh in motion is drawn with solid lines: thousands of dashes crawling along
    // moving lines say nothing, and cost half the frame. They return when the layout rests.
    const moving = nodes.size > BIG_MESH && isLive();
    const paths = linkPaths(
      links.values(),
      moving ? 0 : 1 / Math.min(Number.isNaN(dashStep) ? 1 : dashStep, 1),
    );
    for (const channel of CHANNELS) {
      const p = paths[channel];
      writeChannel(normalLinks[channel], p.normal, p.normalCount);
      writeChannel(activeLinks[channel], p.active, p.activeCount);
    }
  }

  function writeChannel(els: ChannelEls, d: string, count: number): void {
    if (els.d !== d) {
      els.d = d;
      for (const path of els.paths) path.setAttribute('d', d);
    }
    if (els.count !== count) {
      els.count = count;
      els.group.setAttribute('data-count', String(count));
    }
  }

  /** The dots of the messages in transit whose ends are placed, one path (see messagePath). */
  function writeMessages(): void {
    const points: string[] = [];
    for (const datum of messages.values()) {
      const a = nodes.get(datum.from);
      const b = nodes.get(datum.to);
      if (a === undefined || b === undefined || Number.isNaN(a.x) || Number.isNaN(b.x)) continue;
      const p = pointAlong(
        a,
        b,
        datum.progress,
        DOT_INSET,
        DOT_SIDE * travelSide(datum.from, datum.to),
      );
      points.push(`M${round1(p.x)},${round1(p.y)}`);
    }
    messagesD = setOnce(messagePath, 'd', markPath(points), messagesD);
    if (points.length !== messageCount) {
      messageCount = points.length;
      messageLayer.setAttribute('data-count', String(messageCount));
    }
  }

  /** Places the lost markers; true while one is fading out and needs more frames. */
  function writeLost(force: boolean): boolean {
    if (lost.size === 0) return false;
    const t = now();
    const marks = trackLost(lost, undefined, t);
    if (marks !== lost) syncLost(marks);
    let fading = false;
    for (const mark of lost.values()) {
      const el = lostEls.get(mark.id);
      const a = nodes.get(mark.from);
      const b = nodes.get(mark.to);
      if (el === undefined || a === undefined || b === undefined) continue;
      if (Number.isNaN(a.x) || Number.isNaN(b.x)) continue;
      if (mark.gone !== undefined) {
        fading = true;
        el.setAttribute(
          'opacity',
          String(Math.round(lostOpacity(mark, t, LOST_MARK_MS) * 100) / 100),
        );
      } else if (!force) {
        continue;
      }
      const p = pointAlong(
        a,
        b,
        mark.progress,
        DOT_INSET,
        DOT_SIDE * travelSide(mark.from, mark.to),
      );
      el.setAttribute('transform', `translate(${round1(p.x)},${round1(p.y)})`);
    }
    return fading;
  }

  /** `search`: 'keep' while the layout moves (cheap), 'full' once it settles or meetings change. */
  function writeMeetings(search: SpotSearch): void {
    if (meetings.size === 0) {
      if (spokesD !== '') spokes.removeAttribute('d');
      spokesD = '';
      return;
    }
    const segments: Segment[] = [];
    const obstacles = [...placedNodes()];
    if (search === 'full') {
      for (const rec of links.values())
        if (rec.a !== undefined && rec.b !== undefined) segments.push({ a: rec.a, b: rec.b });
    }
    let d = '';
    for (const rec of meetings.values()) {
      const present = rec.datum.attendees
        .map((id) => nodes.get(id))
        .filter((n): n is NodeRecord => n !== undefined && !Number.isNaN(n.x));
      if (present.length === 0) {
        rec.hub.setAttribute('visibility', 'hidden');
        continue;
      }
      rec.hub.removeAttribute('visibility');
      let mx = 0;
      let my = 0;
      for (const p of present) {
        mx += p.x / present.length;
        my += p.y / present.length;
      }
      // Near the attendees' centroid, on a spot that covers no actor and few links. While the
      // layout moves, a hub keeps its spot and looks again now and then, not every frame.
      if (
        search === 'full' ||
        rec.offset === undefined ||
        frameNumber - rec.searched >= HUB_SEARCH_FRAMES
      ) {
        const offset = clearSpot(
          { x: mx, y: my },
          rec.width,
          HUB_HEIGHT,
          obstacles,
          rec.offset,
          segments,
          search,
        );
        if (offset !== rec.offset) rec.searched = frameNumber;
        rec.offset = offset;
      }
      const cx = round1(mx + rec.offset.x);
      const cy = round1(my + rec.offset.y);
      rec.at = setOnce(rec.hub, 'transform', `translate(${cx},${cy})`, rec.at);
      for (const p of present) d += `M${cx},${cy}L${p.x},${p.y}`;
    }
    spokesD = setOnce(spokes, 'd', d, spokesD);
  }

  function followFit(): void {
    // Names are hidden on a big mesh zoomed out: frame the shapes and halos only then.
    const names = nodes.size <= BIG_MESH;
    const box = drawnBounds(
      placedNodes(),
      HALO_RADIUS,
      names ? LABEL_DEPTH : HALO_RADIUS,
      HALO_RADIUS,
      names,
    );
    if (box === undefined || size.width === 0 || size.height === 0) {
      fitting = false;
      return;
    }
    const exact = padFrame((w, h) => fitTransform(box, w, h), size.width, size.height, FIT_PAD);
    // While the layout moves, the zoom in steps: each new zoom lays out every shown text again
    // (names, meeting hubs), where a pan only moves what is drawn. At rest, the exact fit.
    const target = isLive()
      ? steppedFrame(exact, size.width, size.height, FOLLOW_ZOOM_STEP)
      : exact;
    const current = { k: transform.k, x: transform.x, y: transform.y };
    if (!fitted || closeFrames(current, target)) {
      fitted = true;
      fitting = false;
      setZoom(target);
      return;
    }
    fitting = true;
    const next = easeFrame(current, target, 0.2);
    // The end of a glide's zoom is a jump too small to see, then only the pan glides on.
    setZoom(
      Math.abs(next.k / target.k - 1) < ZOOM_SNAP
        ? zoomAbout(next, target.k, size.width / 2, size.height / 2)
        : next,
    );
  }

  /** Zoom-dependent looks: names hidden on big zoomed-out meshes, dash patterns kept legible. */
  function applyZoomStyles(): void {
    const nextCompact = nodes.size > BIG_MESH && transform.k < COMPACT_ZOOM;
    if (nextCompact !== compact) {
      compact = nextCompact;
      svg.classList.toggle('pm-graph--compact', compact);
      if (!compact) for (const rec of nodes.values()) placeLabel(rec);
    }
    // Quantised, so a smooth zoom restyles the names a few times, not every frame.
    const scale =
      nodes.size > BIG_MESH
        ? 1
        : // rounded up, so the quantised size never falls below the floor
          Math.ceil(Math.min(LABEL_MAX_SCALE, Math.max(1, LABEL_FLOOR_ZOOM / transform.k)) * 20) /
          20;
    if (scale !== labelScale) {
      labelScale = scale;
      svg.style.setProperty('--pm-label-scale', String(scale));
    }
    const step = dashZoomStep(transform.k);
    if (step === dashStep) return;
    dashStep = step;
    spokes.style.strokeDasharray = dashForZoom(SPOKE_DASH, step);
    // Link dashes are geometry: redraw the links at the new dash size.
    linksDirty = true;
    if (links.size > 0) schedule();
  }

  function measure(): { width: number; height: number } {
    const rect = svg.getBoundingClientRect();
    return { width: rect.width, height: rect.height };
  }

  function now(): number {
    return win?.performance.now() ?? 0;
  }

  function describe(): void {
    descEl.textContent = words.describe(nodes.size, links.size);
  }

  // ---- the contract ----------------------------------------------------------------------
  return {
    update(view) {
      if (destroyed) return;
      const nodesChanged = syncNodes(view.nodes);
      const linksChanged = syncLinks(view.links);
      if (nodesChanged || linksChanged) {
        // The layout places new nodes and moves on (a first set warmed up, see
        // defaultWarmupTicks); until its positions for this set come back it counts as moving.
        awaiting = true;
        staleIds = batchIds;
        layout.setGraph({
          seed: options.seed,
          pace: 'frame',
          nodes: view.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label })),
          links: view.links.map((l) => ({
            id: l.id,
            source: l.source,
            target: l.target,
            channel: l.channel,
          })),
          ...(options.warmupTicks === undefined ? {} : { warmupTicks: options.warmupTicks }),
        });
        for (const rec of links.values()) {
          rec.a = nodes.get(rec.datum.source);
          rec.b = nodes.get(rec.datum.target);
        }
        positionsDirty = true;
        markActiveLinks();
        applyZoomStyles();
        describe();
      }
      syncSelected(view.selected);
      syncMessages(view.messages);
      syncMeetings(view.meetings);
      // After a change of the set of things, draw at once so the next paint is complete.
      if (positionsDirty) drawAll();
      schedule();
    },
    fit() {
      autoFit = true;
      fitting = true;
      schedule();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (raf !== 0) win?.cancelAnimationFrame(raf);
      layout.destroy();
      resize?.disconnect();
      svgSel.on('.zoom', null);
      svgSel.on('.drag', null);
      nodeLayer.removeEventListener('focusin', focusIn);
      nodeLayer.removeEventListener('focusout', focusOut);
      svg.removeEventListener('pointermove', onPointerMove);
      svg.removeEventListener('pointerleave', onPointerLeave);
      svg.removeEventListener('click', onClick);
      nodeLayer.removeEventListener('keydown', onNodeKey);
      svg.removeEventListener('keydown', onKey);
      for (const el of created) el.remove();
      svg.style.removeProperty('--pm-label-scale');
      for (const [name, value] of previousAttrs) {
        if (value === null) svg.removeAttribute(name);
        else svg.setAttribute(name, value);
      }
      delete (svg as SVGSVGElement & { __zoom?: unknown }).__zoom;
    },
  };
}

function nodeClass(node: GraphNode, isSelected: boolean, tracked: boolean): string {
  return `pm-node pm-node--${node.kind} pm-state--${stateLook(node.state)}${isSelected ? ' pm-node--selected' : ''}${tracked ? ' pm-node--tracked' : ''}`;
}

function sameMeeting(a: GraphMeeting, b: GraphMeeting): boolean {
  return (
    a.label === b.label &&
    a.attendees.length === b.attendees.length &&
    a.attendees.every((id, i) => b.attendees[i] === id)
  );
}

/**
 * Writes an attribute only when its value changes, and returns the value: the browser restyles
 * and lays out an element again (a hub: its text too) even when it is given the same value.
 */
function setOnce(el: Element, name: string, value: string, last: string): string {
  if (value !== last) el.setAttribute(name, value);
  return value;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
