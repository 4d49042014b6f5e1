// The big-mesh graph in real Chromium: above WEBGL_MIN_NODES actors the test page's graph is
// drawn by sigma.js (WebGL) where a GPU runs WebGL, and where WebGL runs in software — as in
// this headless Chromium, SwiftShader — on a 2D canvas drawn in a Web Worker; the layout runs
// in a Web Worker for both. Both renderers are tested here (the page's `renderer` forces one)
// for the same interactions: keyboard focus from actor to actor with the name announced, Enter
// selects, Escape and a background click clear, a click on an actor selects it; the canvas
// graph also for its hover name and its picture. No timing is asserted.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibleName, stateLine } from '../../src/graph/diff.ts';
import { KIND_STYLE } from '../../src/graph/palette.ts';
import { WEBGL_MIN_NODES } from '../../src/graph/renderer.ts';
import { syntheticView } from '../../src/graph/synthetic.ts';
import { startBrowserHarness, type BrowserHarness, type OpenedPage } from '../helpers/browser.ts';

const NODES = WEBGL_MIN_NODES + 100;
const SEED = 3;
// Laid out to rest in the worker before the first drawing, so the test waits on few redraws.
const PAGE = `tests/browser/pages/graph.html?n=${NODES}&seed=${SEED}&warmup=300&table=0`;
type BigRenderer = 'webgl' | 'canvas';

interface PageGlobals {
  __graphPage: { selections: (string | null)[] };
}

describe.each<BigRenderer>(['webgl', 'canvas'])('big-mesh graph (%s)', (renderer) => {
  let harness: BrowserHarness;
  const opened: OpenedPage[] = [];
  const view = syntheticView(NODES, SEED);

  const graphSelector = `[data-renderer="${renderer}"]`;
  const open = async () => {
    const p = await harness.open(`${PAGE}&renderer=${renderer}`);
    opened.push(p);
    await p.page.setViewportSize({ width: 1280, height: 800 });
    await p.page.waitForSelector(`${graphSelector}[data-layout="settled"] canvas`, {
      state: 'attached',
      timeout: 240_000,
    });
    // The canvas graph's picture comes from its worker: wait for the first one.
    if (renderer === 'canvas')
      await p.page.waitForSelector(`${graphSelector}[data-drawn]`, { timeout: 240_000 });
    return p;
  };
  const selections = (p: OpenedPage) =>
    p.page.evaluate(() => (globalThis as unknown as PageGlobals).__graphPage.selections.slice());

  beforeAll(async () => {
    harness = await startBrowserHarness();
  });

  afterEach(async () => {
    for (const p of opened.splice(0)) {
      expect(p.errors()).toEqual([]);
      await p.close();
    }
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('draws a big mesh with its renderer, not SVG, and describes it for assistive technology', async () => {
    const p = await open();
    expect(await p.page.locator('svg.pm-graph').count()).toBe(0);
    const graph = p.page.locator(graphSelector);
    expect(await graph.getAttribute('role')).toBe('group');
    expect(await graph.getAttribute('tabindex')).toBe('0');
    const desc = await p.page
      .locator(`#${(await graph.getAttribute('aria-describedby')) ?? 'none'}`)
      .textContent();
    expect(desc).toContain(`${NODES.toLocaleString('en')} actors`);
    expect(desc).toContain('N and P');
    expect(desc).toContain(renderer === 'webgl' ? 'WebGL' : 'canvas');
  }, 300_000);

  it('moves a keyboard focus from actor to actor, says its name, selects with Enter, clears with Escape', async () => {
    const p = await open();
    const graph = p.page.locator(graphSelector);
    await graph.focus();
    await p.page.keyboard.press('n');
    const first = view.nodes[0]!;
    const name = accessibleName(
      first.label,
      first.role,
      KIND_STYLE[first.kind].name,
      stateLine(first),
    );
    await expect
      .poll(() => p.page.locator('.pm-webgl__live').textContent(), { timeout: 60_000 })
      .toBe(name);
    await p.page.keyboard.press('n');
    const second = view.nodes[1]!;
    await expect
      .poll(() => p.page.locator('.pm-webgl__live').textContent(), { timeout: 60_000 })
      .toContain(second.label);
    await p.page.keyboard.press('p');
    await p.page.keyboard.press('Enter');
    await expect.poll(() => selections(p), { timeout: 60_000 }).toEqual([first.id]);
    await p.page.keyboard.press('Escape');
    await expect.poll(() => selections(p), { timeout: 60_000 }).toEqual([first.id, null]);
  }, 300_000);

  it('selects the actor under a click and clears the selection on a background click', async () => {
    const p = await open();
    const graph = p.page.locator(graphSelector);
    await graph.focus();
    // The focused actor is brought to the middle of the view.
    await p.page.keyboard.press('n');
    await p.page.waitForTimeout(1500);
    const box = (await graph.boundingBox())!;
    await p.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => selections(p), { timeout: 60_000 }).toEqual([view.nodes[0]!.id]);
    // Apart from the first click, or the two would make a double click (which zooms).
    await p.page.waitForTimeout(1000);
    await p.page.mouse.click(box.x + 8, box.y + box.height - 8);
    await expect.poll(() => selections(p), { timeout: 60_000 }).toEqual([view.nodes[0]!.id, null]);
  }, 300_000);

  it('selects the actor under a click made right after the camera moved, before the mesh is drawn again', async () => {
    const p = await open();
    const graph = p.page.locator(graphSelector);
    await graph.focus();
    await p.page.keyboard.press('n');
    await p.page.waitForTimeout(1500);
    const box = (await graph.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // A wheel zoom about the middle of the view leaves the focused actor where it is; the
    // click comes at once, while the last picture is still being moved with the camera.
    await p.page.mouse.move(cx, cy);
    await p.page.mouse.wheel(0, -120);
    await p.page.mouse.click(cx, cy);
    await expect.poll(() => selections(p), { timeout: 60_000 }).toEqual([view.nodes[0]!.id]);
    await p.page.keyboard.press('Escape');
    await expect.poll(() => selections(p), { timeout: 60_000 }).toEqual([view.nodes[0]!.id, null]);
    // A drag pans the camera (held still before the release, so it does not glide on); a click
    // on the same actor at its new place at once selects it: neither ignored nor taken with
    // the drag's release for a double click.
    await p.page.waitForTimeout(1000);
    await p.page.mouse.down();
    await p.page.mouse.move(cx + 40, cy + 30, { steps: 4 });
    await p.page.waitForTimeout(300);
    await p.page.mouse.up();
    await p.page.mouse.click(cx + 40, cy + 30);
    await expect
      .poll(() => selections(p), { timeout: 60_000 })
      .toEqual([view.nodes[0]!.id, null, view.nodes[0]!.id]);
  }, 300_000);
});

describe('big-mesh graph drawn on a canvas where WebGL runs in software', () => {
  let harness: BrowserHarness;
  const opened: OpenedPage[] = [];
  const view = syntheticView(NODES, SEED);
  const graphSelector = '[data-renderer="canvas"]';

  const open = async (query = '&renderer=canvas') => {
    const p = await harness.open(`${PAGE}${query}`);
    opened.push(p);
    await p.page.setViewportSize({ width: 1280, height: 800 });
    await p.page.waitForSelector('[data-renderer][data-layout="settled"] canvas', {
      state: 'attached',
      timeout: 240_000,
    });
    return p;
  };
  const drawnCount = async (p: OpenedPage) =>
    Number(await p.page.locator(graphSelector).getAttribute('data-drawn'));
  /** Waits until the picture on screen is drawn for the camera of now (not moved). */
  const settledPicture = async (p: OpenedPage, after: number) => {
    await expect.poll(() => drawnCount(p), { timeout: 60_000 }).toBeGreaterThan(after);
    await expect
      .poll(() => p.page.locator('.pm-canvas__picture').getAttribute('style'), {
        timeout: 60_000,
      })
      .not.toMatch(/transform:\s*matrix/);
  };

  beforeAll(async () => {
    harness = await startBrowserHarness();
  });

  afterEach(async () => {
    for (const p of opened.splice(0)) {
      expect(p.errors()).toEqual([]);
      await p.close();
    }
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('is the renderer this browser gets when its WebGL is a software renderer', async () => {
    const p = await open('');
    // Strings: this file type-checks without the DOM's types.
    const glRenderer = (await p.page.evaluate(`(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    })()`)) as string;
    const chosen = await p.page.locator('[data-renderer]').getAttribute('data-renderer');
    expect(chosen).toBe(/swiftshader|llvmpipe|softpipe/i.test(glRenderer) ? 'canvas' : 'webgl');
  }, 300_000);

  it('draws every actor kind in its colour in the worker-drawn picture', async () => {
    const p = await open();
    await settledPicture(p, 0);
    // Every pixel's colour in the picture on screen, counted.
    const colours = (await p.page.evaluate(`(() => {
      const source = document.querySelector('.pm-canvas__picture');
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const ctx = copy.getContext('2d');
      ctx.drawImage(source, 0, 0);
      const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
      const seen = {};
      for (let i = 0; i < data.length; i += 4) {
        const hex = '#' + [data[i], data[i + 1], data[i + 2]]
          .map((v) => v.toString(16).padStart(2, '0'))
          .join('')
          .toUpperCase();
        seen[hex] = (seen[hex] || 0) + 1;
      }
      return seen;
    })()`)) as Record<string, number>;
    for (const kind of new Set(view.nodes.map((n) => n.kind)))
      expect(colours[KIND_STYLE[kind].colour.toUpperCase()] ?? 0).toBeGreaterThan(10);
  }, 300_000);

  it('names the actor under the pointer, and draws the picture again once the camera stops', async () => {
    const p = await open();
    const graph = p.page.locator(graphSelector);
    await settledPicture(p, 0);
    await graph.focus();
    const before = await drawnCount(p);
    // N centres and zooms in on the first actor; the picture follows once the camera stops.
    await p.page.keyboard.press('n');
    await settledPicture(p, before);
    const box = (await graph.boundingBox())!;
    await p.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const first = view.nodes[0]!;
    await expect
      .poll(() => p.page.locator('.pm-canvas__picture').getAttribute('title'), {
        timeout: 60_000,
      })
      .toBe(accessibleName(first.label, first.role, KIND_STYLE[first.kind].name, stateLine(first)));
    // Zooming out by a key: the picture is moved at once, drawn anew when the camera stops.
    const zoomed = await drawnCount(p);
    await p.page.keyboard.press('-');
    await settledPicture(p, zoomed);
  }, 300_000);
});
