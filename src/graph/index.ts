// The live mesh graph: d3-force layout and SVG drawing as a plain factory, no React inside.
// The store imports the types (GraphView …); src/ui/graph mounts createMeshGraph in an effect.
// Everything else here is pure (palette, layout, geometry, diffing) and tested in Node.
export type {
  GraphLink,
  GraphMeeting,
  GraphMessage,
  GraphNode,
  GraphView,
  MeshGraph,
  MeshGraphOptions,
} from './types.ts';
export { createMeshGraph } from './meshGraph.ts';
export {
  CHANNEL_STYLE,
  KIND_STYLE,
  LOST_COLOUR,
  MESSAGE_COLOUR,
  STATE_STYLE,
  shapePath,
  stateLook,
} from './palette.ts';
export { progressAt } from './geometry.ts';
export { stateLine } from './diff.ts';
export { sampleView, syntheticView, createTraffic } from './synthetic.ts';
