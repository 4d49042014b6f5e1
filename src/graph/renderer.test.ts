// Which renderer a big mesh gets: WebGL where a GPU runs it, the worker's canvas where WebGL
// runs in software (told by its renderer's name or by a context refused for its performance
// caveat), SVG for small meshes and where neither big renderer can run.
import { describe, expect, it } from 'vitest';
import { rendererFor, webglKind, WEBGL_MIN_NODES } from './renderer.ts';

const UNMASKED = 0x9246;

function page(options: {
  gl?: string | null;
  refusedWithCaveat?: boolean;
  worker?: boolean;
  offscreen?: boolean;
}) {
  const { gl = 'ANGLE (NVIDIA GeForce)', refusedWithCaveat = false } = options;
  const context = (caveat: boolean) =>
    gl === null || (caveat && refusedWithCaveat)
      ? null
      : {
          getExtension: (name: string) =>
            name === 'WEBGL_debug_renderer_info'
              ? { UNMASKED_RENDERER_WEBGL: UNMASKED }
              : { loseContext: () => undefined },
          getParameter: (name: number) => (name === UNMASKED ? gl : null),
        };
  return {
    defaultView: {
      ...(options.worker === false ? {} : { Worker: function Worker() {} }),
      ...(options.offscreen === false ? {} : { OffscreenCanvas: function OffscreenCanvas() {} }),
    },
    createElement: () => ({
      getContext: (_kind: 'webgl2', attrs?: { failIfMajorPerformanceCaveat?: boolean }) =>
        context(attrs?.failIfMajorPerformanceCaveat === true),
    }),
  };
}

const BIG = WEBGL_MIN_NODES + 1;

describe('rendererFor', () => {
  it('draws small meshes with SVG whatever the browser', () => {
    expect(rendererFor(WEBGL_MIN_NODES, page({}))).toBe('svg');
  });

  it('draws big meshes with WebGL on a GPU', () => {
    expect(webglKind(page({}))).toBe('gpu');
    expect(rendererFor(BIG, page({}))).toBe('webgl');
  });

  it("draws big meshes on the worker's canvas where WebGL runs in software", () => {
    const swiftshader = page({
      gl: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    });
    expect(webglKind(swiftshader)).toBe('software');
    expect(rendererFor(BIG, swiftshader)).toBe('canvas');
    expect(rendererFor(BIG, page({ gl: 'llvmpipe (LLVM 15.0.6, 256 bits)' }))).toBe('canvas');
    // A browser that hides its renderer's name but refuses a context for its caveat.
    const hidden = page({ gl: 'WebKit WebGL', refusedWithCaveat: true });
    expect(webglKind(hidden)).toBe('software');
    expect(rendererFor(BIG, hidden)).toBe('canvas');
  });

  it('keeps software WebGL where no canvas can be drawn in a worker, SVG where neither runs', () => {
    expect(rendererFor(BIG, page({ gl: 'SwiftShader', offscreen: false }))).toBe('webgl');
    expect(rendererFor(BIG, page({ gl: null }))).toBe('canvas');
    expect(rendererFor(BIG, page({ gl: null, offscreen: false }))).toBe('svg');
    expect(rendererFor(BIG, page({ worker: false }))).toBe('svg');
  });
});
