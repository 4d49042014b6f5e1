// The graph's stylesheet, generated from the palette so the legend and the drawing share one
// source. Injected once per graph inside its <svg>; every class is prefixed `pm-`.
// Themeable through CSS custom properties on any ancestor: --pm-graph-bg, --pm-graph-ink,
// --pm-graph-muted, --pm-graph-focus.
import { ACTOR_KINDS, CHANNELS } from '../core/vocabulary.ts';
import {
  CHANNEL_STYLE,
  KIND_STYLE,
  LOST_COLOUR,
  MESSAGE_COLOUR,
  RIM_COLOUR,
  RIM_WIDTH,
  STATE_STYLE,
  type StateLook,
} from './palette.ts';
import { STATE_LOOKS } from './nodePaths.ts';

const BG = 'var(--pm-graph-bg, #ffffff)';
const INK = 'var(--pm-graph-ink, #1a1a1a)';
const MUTED = 'var(--pm-graph-muted, #4a4a4a)';
const FOCUS = 'var(--pm-graph-focus, #0072B2)';

export function graphStylesheet(): string {
  const rules: string[] = [
    `.pm-graph { display: block; width: 100%; height: 100%; touch-action: none; user-select: none; -webkit-user-select: none;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }`,
    `.pm-graph:focus { outline: none; }`,
    `.pm-bg { fill: ${BG}; cursor: grab; }`,
    `.pm-graph.pm-graph--panning .pm-bg { cursor: grabbing; }`,
    // Nodes: the shape's stroke is the state ring; the edge path behind gives bright rings a dark rim.
    `.pm-node { cursor: pointer; outline: none; }`,
    `.pm-shape, .pm-edge { stroke-linejoin: round; paint-order: stroke; }`,
    `.pm-shape { stroke: ${STATE_STYLE.available.ring}; stroke-width: ${STATE_STYLE.available.width}px; }`,
    `.pm-edge { fill: none; stroke: ${RIM_COLOUR}; stroke-width: ${RIM_WIDTH}px; display: none; }`,
    stateRule('busy'),
    stateRule('overloaded'),
    stateRule('other'),
    `.pm-batch .pm-shape { stroke: none; }`,
    ...STATE_LOOKS.map(batchRule),
    `.pm-select, .pm-focus { fill: none; display: none; }`,
    `.pm-select { stroke: ${INK}; stroke-width: 3px; }`,
    // A solid, thick focus ring with a light rim, visible on any fill and from a distance.
    `.pm-focus { stroke: ${FOCUS}; stroke-width: 4px; paint-order: stroke; filter: drop-shadow(0 0 1.5px ${BG}) drop-shadow(0 0 1.5px ${BG}); }`,
    `.pm-nodes:focus { outline: none; }`,
    `.pm-node--selected .pm-select { display: inline; }`,
    `.pm-node:focus-visible .pm-focus { display: inline; }`,
    // Zoomed out a little, names grow back toward a legible size (--pm-label-scale, set
    // from the zoom by the graph), within the room the layout keeps around each name.
    `.pm-label { font-size: calc(13px * var(--pm-label-scale, 1)); fill: ${INK}; text-anchor: middle;
      paint-order: stroke; stroke: ${BG}; stroke-width: 4px; stroke-linejoin: round; pointer-events: none; }`,
    `.pm-label__state { font-size: calc(11px * var(--pm-label-scale, 1)); fill: ${MUTED}; }`,
    `.pm-nodelabel--selected .pm-label__name { font-weight: 700; }`,
    // Big meshes zoomed out: names only where the eye is (selection, focus, hover).
    `.pm-graph--compact .pm-label { display: none; }`,
    `.pm-graph--compact .pm-nodelabel--selected .pm-label,
      .pm-graph--compact .pm-nodelabel--lit .pm-label { display: inline; }`,
    `.pm-graph--moving .pm-viewport { shape-rendering: optimizeSpeed; }`,
    // While the layout moves, shapes are drawn batched (.pm-shapes, one path per kind and state
    // look) and only the tracked nodes' own elements (hovered, focused, selected, dragged)
    // follow: the others draw nothing and let the pointer through, yet stay focusable.
    `.pm-shapes { pointer-events: none; }`,
    `.pm-batch__rim { fill: ${RIM_COLOUR}; }`,
    `.pm-graph:not(.pm-graph--batched) .pm-shapes { display: none; }`,
    `.pm-graph--batched .pm-node:not(.pm-node--tracked) { pointer-events: none; }`,
    `.pm-graph--batched .pm-node:not(.pm-node--tracked) > * { visibility: hidden; }`,
    // Links: one <g> per channel (and one per channel for the selected actor's links).
    `.pm-link { fill: none; pointer-events: none; }`,
    `.pm-link__inner { stroke: ${BG}; }`,
    `.pm-link.pm-link--active .pm-link__outer { stroke: ${INK}; opacity: 1; }`,
    `.pm-graph--has-selection .pm-link:not(.pm-link--active) { opacity: 0.4; }`,
    // Messages, lost markers, meetings.
    // The dots on a composited layer of their own (meshGraph.ts says why). Opacity rather than
    // transform: a layer promoted for a transform keeps the raster scale it started with
    // through the camera's zooms, and measured more raster per frame at rest.
    `.pm-messages { will-change: opacity; }`,
    `.pm-msg { fill: ${MESSAGE_COLOUR}; stroke: ${BG}; stroke-width: 1.5px; pointer-events: none; }`,
    `.pm-lost { pointer-events: none; }`,
    `.pm-lost__halo { stroke: ${BG}; stroke-width: 7px; stroke-linecap: round; fill: none; }`,
    `.pm-lost__cross { stroke: ${LOST_COLOUR}; stroke-width: 3.5px; stroke-linecap: round; fill: none; }`,
    `.pm-spokes { fill: none; stroke: ${INK}; stroke-width: 1px; stroke-dasharray: 2 3; opacity: 0.55; pointer-events: none; }`,
    `.pm-hub rect { fill: ${BG}; stroke: ${INK}; stroke-width: 1.5px; }`,
    `.pm-hub text { font-size: 11.5px; font-weight: 600; fill: ${INK}; text-anchor: middle; dominant-baseline: central; }`,
  ];
  for (const kind of ACTOR_KINDS) {
    // Also the batched shapes' groups (.pm-batch), which carry the same kind and state classes.
    rules.push(`.pm-node--${kind} .pm-shape { fill: ${KIND_STYLE[kind].colour}; }`);
  }
  for (const channel of CHANNELS) {
    // Dashes are drawn as geometry (linkPaths.ts), so every link path is a plain stroke.
    const s = CHANNEL_STYLE[channel];
    const opacity = s.opacity === 1 ? '' : ` opacity: ${s.opacity};`;
    rules.push(
      `.pm-link--${channel} .pm-link__outer { stroke: ${s.colour}; stroke-width: ${s.width}px;${opacity} }`,
    );
    if (s.double)
      rules.push(
        `.pm-link--${channel} .pm-link__inner { stroke-width: ${Math.max(s.width - 3.2, 1)}px; }`,
      );
  }
  return rules.join('\n');
}

/** A state look in the batched shapes (nodePaths.ts): its ring is a filled outline under the shape. */
function batchRule(look: StateLook): string {
  return `.pm-batch.pm-state--${look} .pm-batch__ring { fill: ${STATE_STYLE[look].ring}; }`;
}

function stateRule(look: StateLook): string {
  const s = STATE_STYLE[look];
  const dash = s.dash === '' ? '' : ` stroke-dasharray: ${s.dash};`;
  const own = `.pm-state--${look} .pm-shape { stroke: ${s.ring}; stroke-width: ${s.width}px;${dash} }`;
  return s.rim ? `${own}\n.pm-state--${look} .pm-edge { display: inline; }` : own;
}
