// The big-mesh graph in real Chromium: above WEBGL_MIN_NODES actors the test page's graph is
// drawn by sigma.js (WebGL) with the layout in a Web Worker. Its interactions: keyboard focus
// from actor to actor with the name announced, Enter selects, Escape and a background click
// clear, a click on an actor selects it. No timing is asserted (WebGL runs in software here).
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

interface PageGlobals {
  __graphPage: { selections: (string | null)[] };
}

describe('big-mesh graph (WebGL)', () => {
  let harness: BrowserHarness;
  const opened: OpenedPage[] = [];
  const view = syntheticView(NODES, SEED);

  const open = async () => {
    const p = await harness.open(PAGE);
    opened.push(p);
    await p.page.setViewportSize({ width: 1280, height: 800 });
    await p.page.waitForSelector('[data-renderer="webgl"][data-layout="settled"] canvas', {
      state: 'attached',
      timeout: 240_000,
    });
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

  it('draws a big mesh with WebGL, not SVG, and describes it for assistive technology', async () => {
    const p = await open();
    expect(await p.page.locator('svg.pm-graph').count()).toBe(0);
    const graph = p.page.locator('[data-renderer="webgl"]');
    expect(await graph.getAttribute('role')).toBe('group');
    expect(await graph.getAttribute('tabindex')).toBe('0');
    const desc = await p.page
      .locator(`#${(await graph.getAttribute('aria-describedby')) ?? 'none'}`)
      .textContent();
    expect(desc).toContain(`${NODES.toLocaleString('en')} actors`);
    expect(desc).toContain('N and P');
  }, 300_000);

  it('moves a keyboard focus from actor to actor, says its name, selects with Enter, clears with Escape', async () => {
    const p = await open();
    const graph = p.page.locator('[data-renderer="webgl"]');
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
    const graph = p.page.locator('[data-renderer="webgl"]');
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
});
