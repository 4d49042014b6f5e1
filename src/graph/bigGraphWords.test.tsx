// The big-mesh graphs name an actor in the page's language when the page gives them no words
// (as the SVG graph does): a French page hears "Police des Nations Unies", not "UN police".
// Their workers, canvases and sigma.js (WebGL) are stood in for: only the words are checked here; the
// drawing is checked in Chromium (tests/browser/graph-webgl.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n/index.ts';
import type { GraphView, MeshGraph, MeshGraphOptions } from './types.ts';

vi.mock('./layoutWorker.ts', () => ({
  startLayoutWorker: () => ({ setGraph() {}, pin() {}, release() {}, destroy() {} }),
}));
// Whatever sigma.js is asked, it answers with something that takes any further question (and
// reads as 0 as a number).
const { anything } = vi.hoisted(() => {
  const anything: unknown = new Proxy(function () {}, {
    get: (_target, key) =>
      key === 'then' ? undefined : key === Symbol.toPrimitive ? () => 0 : anything,
    apply: () => anything,
    construct: () => anything as object,
  });
  return { anything };
});
vi.mock('sigma', () => ({ default: anything, DEFAULT_STYLES: anything }));
vi.mock('sigma/rendering', () => ({
  layerFill: anything,
  sdfCircle: anything,
  sdfDiamond: anything,
  sdfSquare: anything,
  sdfTriangle: anything,
}));
vi.mock('./pictureWorker.ts', () => ({
  startPictureWorker: () => ({
    setScene() {},
    setLooks() {},
    setPositions() {},
    draw: () => 1,
    cancel() {},
    busy: () => false,
    destroy() {},
  }),
}));

const VIEW: GraphView = {
  nodes: [
    { id: 'a', label: 'UNPOL', role: '', kind: 'police', state: 'busy', workload: 1, capacity: 4 },
    {
      id: 'b',
      label: 'JOC',
      role: '',
      kind: 'civilian',
      state: 'available',
      workload: 0,
      capacity: 4,
    },
  ],
  links: [],
  messages: [],
  meetings: [],
  selected: null,
};

const OPTIONS: MeshGraphOptions = { seed: 1, onSelect() {} };

let graph: MeshGraph | undefined;
beforeEach(() => {
  // jsdom draws nothing: a canvas context that takes every call and does nothing with it.
  const context = new Proxy({}, { get: () => () => ({ width: 0 }) });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => context as unknown as RenderingContext,
  );
});
afterEach(() => {
  graph?.destroy();
  graph = undefined;
  document.documentElement.lang = '';
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

type Renderer = 'canvas' | 'webgl';

async function nameSaid(renderer: Renderer, lang: string): Promise<string | null> {
  document.documentElement.lang = lang;
  const container = document.createElement('div');
  document.body.appendChild(container);
  graph =
    renderer === 'canvas'
      ? (await import('./canvasGraph.ts')).createCanvasGraph(container, OPTIONS)
      : (await import('./webglGraph.ts')).createWebglGraph(container, OPTIONS);
  graph.update(VIEW);
  container.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
  return container.querySelector('.pm-webgl__live')!.textContent;
}

describe.each<Renderer>(['canvas', 'webgl'])(
  'the %s big-mesh graph without words from its page',
  (renderer) => {
    it('says an actor’s kind and state in the page’s language', async () => {
      const fr = await nameSaid(renderer, 'fr');
      expect(fr).toContain('Police des Nations Unies');
      expect(fr).toContain('occupé');
      expect(fr).not.toContain('UN police');
    });

    it('says them in English on an English page', async () => {
      const en = await nameSaid(renderer, 'en');
      expect(en).toContain('UN police');
      expect(en).toContain('busy');
    });
  },
);
