// Which renderer draws a mesh: SVG (meshGraph.ts) for the meshes of a tabletop exercise, where
// every actor is a tab stop with its name drawn; WebGL (webglGraph.ts, loaded only when needed)
// above WEBGL_MIN_NODES actors, where thousands of SVG elements cost more than a frame.

/** Meshes with more actors than this are drawn with WebGL when the browser can. */
export const WEBGL_MIN_NODES = 1000;

/** The little of a DOM document this needs (the module is also imported by Node-side tests). */
interface PageDocument {
  readonly defaultView: { readonly Worker?: unknown } | null;
  createElement(tag: 'canvas'): { getContext(kind: 'webgl2'): unknown };
}

/** Whether this browser can draw the big-mesh graph (WebGL 2 and module Web Workers). */
export function webglAvailable(doc: PageDocument): boolean {
  const win = doc.defaultView;
  if (win === null || typeof win.Worker !== 'function') return false;
  try {
    return doc.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export type Renderer = 'svg' | 'webgl';

export function rendererFor(nodeCount: number, doc: PageDocument): Renderer {
  return nodeCount > WEBGL_MIN_NODES && webglAvailable(doc) ? 'webgl' : 'svg';
}
