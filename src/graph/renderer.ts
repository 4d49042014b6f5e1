// Which renderer draws a mesh: SVG (meshGraph.ts) for the meshes of a tabletop exercise, where
// every actor is a tab stop with its name drawn; above WEBGL_MIN_NODES actors, where thousands
// of SVG elements cost more than a frame, WebGL (webglGraph.ts) when a GPU runs it, and a 2D
// canvas drawn in a Web Worker (canvasGraph.ts) when WebGL runs in software: there one WebGL
// redraw of 5,000 actors took about a second of the page's time, the worker's canvas a tenth
// of that and none of the page's (docs/BENCHMARKS.md, "5,000-node graph"). Both big renderers
// are loaded only when needed.

/** Meshes with more actors than this are drawn with WebGL or the worker's canvas. */
export const WEBGL_MIN_NODES = 1000;

interface PageCanvas {
  getContext(kind: 'webgl2', options?: { failIfMajorPerformanceCaveat?: boolean }): unknown;
}

/** The little of a DOM document this needs (the module is also imported by Node-side tests). */
interface PageDocument {
  readonly defaultView: { readonly Worker?: unknown; readonly OffscreenCanvas?: unknown } | null;
  createElement(tag: 'canvas'): PageCanvas;
}

/** The WebGL calls read here, typed loosely: `getContext` is `unknown` for Node-side tests. */
interface GL {
  getExtension(name: 'WEBGL_debug_renderer_info'): { UNMASKED_RENDERER_WEBGL: number } | null;
  getParameter(name: number): unknown;
  getExtension(name: 'WEBGL_lose_context'): { loseContext(): void } | null;
}

/** Renderers that run WebGL on the CPU: Chromium's SwiftShader, Mesa's llvmpipe and softpipe. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

function context(doc: PageDocument, caveat: boolean): GL | null {
  try {
    const gl = doc
      .createElement('canvas')
      .getContext('webgl2', caveat ? { failIfMajorPerformanceCaveat: true } : undefined);
    return gl === null || gl === undefined ? null : (gl as GL);
  } catch {
    return null;
  }
}

/** A probe context is let go at once: browsers keep only a few live WebGL contexts. */
function release(gl: GL): void {
  gl.getExtension('WEBGL_lose_context')?.loseContext();
}

/**
 * How this browser runs WebGL 2: 'none' (no context, or no module Web Workers for the layout),
 * 'software' (the browser says so — a context refused with `failIfMajorPerformanceCaveat` —
 * or its renderer is a known CPU rasteriser), else 'gpu'.
 */
export function webglKind(doc: PageDocument): 'none' | 'software' | 'gpu' {
  const win = doc.defaultView;
  if (win === null || typeof win.Worker !== 'function') return 'none';
  const gl = context(doc, false);
  if (gl === null) return 'none';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = info === null ? '' : String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
  release(gl);
  if (SOFTWARE_GL.test(name)) return 'software';
  const strict = context(doc, true);
  if (strict === null) return 'software';
  release(strict);
  return 'gpu';
}

/** Whether this browser can draw the big mesh on a canvas in a Web Worker. */
export function workerCanvasAvailable(doc: PageDocument): boolean {
  const win = doc.defaultView;
  return (
    win !== null && typeof win.Worker === 'function' && typeof win.OffscreenCanvas === 'function'
  );
}

export type Renderer = 'svg' | 'webgl' | 'canvas';

export function rendererFor(nodeCount: number, doc: PageDocument): Renderer {
  if (nodeCount <= WEBGL_MIN_NODES) return 'svg';
  const gl = webglKind(doc);
  if (gl === 'gpu') return 'webgl';
  if (workerCanvasAvailable(doc)) return 'canvas';
  return gl === 'software' ? 'webgl' : 'svg';
}
