// The live mesh graph in real Chromium: the test page (tests/browser/pages/graph.html, code in
// src/ui/graph/GraphTestPage.tsx) mounts MeshGraphView under StrictMode with a sample mesh.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibleName, stateLine } from '../../src/graph/diff.ts';
import { KIND_STYLE } from '../../src/graph/palette.ts';
import { sampleView } from '../../src/graph/synthetic.ts';
import { startBrowserHarness, type BrowserHarness, type OpenedPage } from '../helpers/browser.ts';

const PAGE = 'tests/browser/pages/graph.html';

/**
 * Page script: reads where a node is drawn now (through its element, focused so it follows
 * the layout), takes the focus away so the element waits again, and in the same task sends
 * pointer events there (a mousemove 60 px to the right): a node must then be found from the
 * drawn positions, not from its element. Returns whether its name showed after each event.
 */
const AT_NODE = `(id, events) => {
  const el = document.querySelector('.pm-nodes g[data-id="' + id + '"]');
  el.focus();
  const m = el.getScreenCTM();
  el.blur();
  const hidden = getComputedStyle(el.querySelector('.pm-shape')).visibility;
  const bg = document.querySelector('.pm-bg');
  const at = { clientX: m.e, clientY: m.f, bubbles: true, view: window, button: 0 };
  const lit = [];
  for (const type of events.split(' ')) {
    const event = type.startsWith('pointer')
      ? new PointerEvent(type, at)
      : new MouseEvent(type, type === 'mousemove' ? { ...at, clientX: m.e + 60 } : at);
    (type === 'mousemove' || type === 'mouseup' ? window : bg).dispatchEvent(event);
    lit.push(document.querySelector('.pm-labels g[data-for="' + id + '"]').classList.contains('pm-nodelabel--lit'));
  }
  return { hidden, lit, x: m.e, y: m.f };
}`;

/** The page's getComputedStyle, for the properties read here. */
interface ComputedStyles {
  getComputedStyle(el: unknown): { pointerEvents: string; visibility: string };
}

/** What the test page puts on `window` (see GraphTestPageHandle). */
interface PageGlobals {
  __graphPage: { selections: (string | null)[] };
}

describe('mesh graph', () => {
  let harness: BrowserHarness;
  const opened: OpenedPage[] = [];

  const open = async (query = '') => {
    const page = await harness.open(`${PAGE}${query}`, { viewport: { width: 1280, height: 800 } });
    opened.push(page);
    await page.page.waitForSelector('svg.pm-graph .pm-node');
    return page;
  };

  const selections = (p: OpenedPage) =>
    p.page.evaluate(() => (globalThis as unknown as PageGlobals).__graphPage.selections.slice());

  const nodePositions = (p: OpenedPage) =>
    p.page.$$eval('.pm-node', (els) =>
      els.map((el) => [el.getAttribute('data-id'), el.getAttribute('transform')]),
    );

  beforeAll(async () => {
    harness = await startBrowserHarness();
  });

  afterEach(async () => {
    // Every test also asserts a clean console: no errors, no uncaught exceptions.
    for (const page of opened.splice(0)) {
      expect(page.errors()).toEqual([]);
      await page.close();
    }
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('draws one node per actor with its kind’s shape, one edge per link, messages and meetings', async () => {
    const view = sampleView();
    const p = await open();
    const nodes = await p.page.$$eval('.pm-node', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-id'),
        cls: el.getAttribute('class'),
        shape: el.querySelector('.pm-shape')?.getAttribute('class'),
        role: el.getAttribute('role'),
        tabindex: el.getAttribute('tabindex'),
        label: el.getAttribute('aria-label'),
      })),
    );
    expect(nodes.map((n) => n.id)).toEqual(view.nodes.map((n) => n.id));
    for (const actor of view.nodes) {
      const drawn = nodes.find((n) => n.id === actor.id);
      expect(drawn?.cls).toContain(`pm-node--${actor.kind}`);
      expect(drawn?.shape).toContain(`pm-shape--${KIND_STYLE[actor.kind].shape}`);
      expect(drawn).toMatchObject({ role: 'button', tabindex: '0' });
      expect(drawn?.label).toBe(
        accessibleName(actor.label, actor.role, KIND_STYLE[actor.kind].name, stateLine(actor)),
      );
    }
    expect(await p.page.locator('.pm-node.pm-state--overloaded').count()).toBe(1);

    // Links are batched into one path per channel: count the segments drawn for each.
    const drawn = await p.page.$$eval('.pm-links > .pm-link', (els) =>
      els.map((el) => ({
        channel: el.getAttribute('data-channel'),
        count: Number(el.getAttribute('data-count')),
        segments:
          (el.querySelector('.pm-link__outer')?.getAttribute('d') ?? '').split('M').length - 1,
      })),
    );
    for (const channel of ['radio', 'liaison', 'report', 'meeting-only'] as const) {
      const expected = view.links.filter((l) => l.channel === channel).length;
      const mine = drawn.filter((d) => d.channel === channel);
      const segments = mine.reduce((n, d) => n + d.segments, 0);
      expect(mine.reduce((n, d) => n + d.count, 0)).toBe(expected);
      // Solid channels draw one segment per link; dashed ones several dashes per link.
      if (channel === 'radio' || channel === 'liaison') expect(segments).toBe(expected);
      else expect(segments).toBeGreaterThan(expected * 3);
    }
    expect(await p.page.locator('.pm-link--liaison .pm-link__inner').count()).toBeGreaterThan(0);

    // Messages in transit are one path of points, a dot marked at each but the repeated first
    // and last (marker-mid).
    const inTransit = view.messages.filter((m) => m.lost !== true).length;
    expect(Number(await p.page.locator('.pm-messages').getAttribute('data-count'))).toBe(inTransit);
    expect(((await p.page.locator('.pm-msgs').getAttribute('d')) ?? '').split('M').length - 3).toBe(
      inTransit,
    );
    expect(await p.page.locator('.pm-lost').count()).toBe(1);
    expect(await p.page.locator('.pm-hub').count()).toBe(1);
    expect(
      ((await p.page.locator('.pm-spokes').getAttribute('d')) ?? '').split('M').length - 1,
    ).toBe(4);

    const svg = p.page.locator('svg.pm-graph');
    expect(await svg.getAttribute('role')).toBe('group');
    expect(await svg.getAttribute('aria-label')).toBe('Coordination mesh');
    expect(await svg.locator('desc').textContent()).toContain('16 actors and 21 links');
  });

  it('opens the same way twice with the same seed, even while animating the layout', async () => {
    const query = '?n=40&seed=3&warmup=120&table=0';
    const first = await open(query);
    // The layout animates frame by frame: slow when the machine is loaded.
    await first.page.waitForSelector('svg.pm-graph[data-layout="settled"]', { timeout: 60_000 });
    const second = await open(query);
    await second.page.waitForSelector('svg.pm-graph[data-layout="settled"]', { timeout: 60_000 });
    const a = await nodePositions(first);
    expect(a).toHaveLength(40);
    expect(new Set(a.map(([, t]) => t)).size).toBe(40);
    expect(await nodePositions(second)).toEqual(a);
  });

  it('selects by click, Enter and the table, and deselects on the background and Escape', async () => {
    const p = await open();
    await p.page.click('.pm-node[data-id="ocha"]');
    await expect.poll(() => selections(p)).toEqual(['ocha']);
    await expect
      .poll(() => p.page.locator('.pm-node--selected').getAttribute('data-id'))
      .toBe('ocha');
    expect(await p.page.locator('.pm-node[data-id="ocha"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    const active = await p.page.$$eval('.pm-link--active', (els) =>
      els.reduce((n, el) => n + Number(el.getAttribute('data-count')), 0),
    );
    expect(active).toBe(5);

    const box = await p.page.locator('svg.pm-graph').boundingBox();
    if (box === null) throw new Error('graph not laid out');
    await p.page.mouse.click(box.x + 8, box.y + box.height - 8);
    await expect.poll(() => selections(p)).toEqual(['ocha', null]);
    await expect.poll(() => p.page.locator('.pm-node--selected').count()).toBe(0);

    await p.page.focus('.pm-node[data-id="joc"]');
    await p.page.keyboard.press('Enter');
    await expect.poll(() => selections(p)).toEqual(['ocha', null, 'joc']);
    await p.page.keyboard.press('Escape');
    await expect.poll(() => selections(p)).toEqual(['ocha', null, 'joc', null]);

    await p.page.getByRole('button', { name: 'WFP', exact: true }).click();
    await expect
      .poll(() => p.page.locator('.pm-node--selected').getAttribute('data-id'))
      .toBe('wfp');
  });

  it('zooms with the wheel, pans by dragging the background, and fits again on request', async () => {
    const p = await open();
    const viewport = p.page.locator('.pm-viewport');
    const scale = async () =>
      Number(/scale\(([-\d.e]+)\)/.exec((await viewport.getAttribute('transform')) ?? '')?.[1]);
    // The mesh is framed once laid out; let the fit glide to its end before reading it.
    const still = async () => {
      const before = await scale();
      await p.page.waitForTimeout(150);
      return Math.abs((await scale()) - before);
    };
    await expect.poll(still).toBeLessThan(1e-4);
    const fitted = await scale();
    expect(fitted).toBeGreaterThan(0);

    const box = await p.page.locator('svg.pm-graph').boundingBox();
    if (box === null) throw new Error('graph not laid out');
    await p.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await p.page.mouse.wheel(0, -400);
    await expect.poll(scale).toBeGreaterThan(fitted * 1.3);

    const before = await viewport.getAttribute('transform');
    await p.page.mouse.move(box.x + 10, box.y + 10);
    await p.page.mouse.down();
    await p.page.mouse.move(box.x + 120, box.y + 90, { steps: 5 });
    await p.page.mouse.up();
    expect(await viewport.getAttribute('transform')).not.toBe(before);
    expect(await selections(p)).toEqual([]);

    await p.page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(async () => Math.abs((await scale()) - fitted)).toBeLessThan(0.01);
  });

  it('drags a node without selecting it, held under the pointer while the layout moves', async () => {
    const p = await open();
    const node = p.page.locator('.pm-node[data-id="wfp"]');
    const start = await node.getAttribute('transform');
    const box = await node.locator('.pm-shape').boundingBox();
    if (box === null) throw new Error('node not laid out');
    await p.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await p.page.mouse.down();
    await p.page.mouse.move(box.x - 80, box.y + 60, { steps: 8 });
    // Pinned in the layout (which the drag warmed up): it stays where the pointer put it.
    const centre = async () => {
      const b = await node.locator('.pm-shape').boundingBox();
      if (b === null) return NaN;
      return Math.hypot(b.x + b.width / 2 - (box.x - 80), b.y + b.height / 2 - (box.y + 60));
    };
    await expect.poll(centre).toBeLessThan(1.5);
    expect(await p.page.getAttribute('svg.pm-graph', 'data-layout')).toBe('live');
    await p.page.waitForTimeout(400);
    expect(await centre()).toBeLessThan(1.5);
    await p.page.mouse.up();
    await expect.poll(() => node.getAttribute('transform')).not.toBe(start);
    expect(await selections(p)).toEqual([]);
  });

  it('keeps the camera still while a node is held, and follows the layout again once it is let go', async () => {
    const p = await open();
    const viewport = p.page.locator('.pm-viewport');
    const transform = () => viewport.getAttribute('transform');
    /**
     * The camera's glide has ended: a glide moves the camera every frame it runs, so its
     * transform the same over 5 frames drawn in a row is a camera at rest.
     * (Page scripts are evaluated as strings: these tests are typed without the DOM's names.)
     */
    const cameraStill = () =>
      p.page.evaluate(`new Promise((done) => {
        const read = () => document.querySelector('.pm-viewport').getAttribute('transform');
        let last = read();
        let same = 0;
        const next = () => {
          const now = read();
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 5) done();
          else requestAnimationFrame(next);
        };
        requestAnimationFrame(next);
      })`);
    // The mesh is framed once laid out; let the fit glide to its end first.
    await cameraStill();
    const fitted = await transform();
    const svgBox = await p.page.locator('svg.pm-graph').boundingBox();
    const box = await p.page.locator('.pm-node[data-id="wfp"] .pm-shape').boundingBox();
    if (svgBox === null || box === null) throw new Error('graph not laid out');
    // Held in the graph's far corner, outside the framed mesh: the camera does not move under
    // the pointer while the node is held…
    await p.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await p.page.mouse.down();
    await p.page.mouse.move(svgBox.x + 12, svgBox.y + svgBox.height - 12, { steps: 8 });
    // The layout, warm while the node is held, draws the mesh moving (the batched shapes
    // rewritten); a camera following it would move in the same frames. Ten such frames drawn,
    // whatever time they take, and the camera has not moved.
    await p.page.evaluate(`new Promise((done) => {
      let frames = 0;
      const shapes = document.querySelector('.pm-shapes');
      const observer = new MutationObserver(() => {
        if (++frames < 10) return;
        observer.disconnect();
        done();
      });
      observer.observe(shapes, { attributes: true, attributeFilter: ['d'], subtree: true });
    })`);
    expect(await transform()).toBe(fitted);
    // …and once let go, it follows the layout again (which pulls the node back in) and frames
    // the mesh where it comes to rest, the node with it.
    await p.page.mouse.up();
    await expect.poll(transform, { timeout: 20_000 }).not.toBe(fitted);
    await p.page.waitForSelector('svg.pm-graph[data-layout="settled"]', { timeout: 60_000 });
    await cameraStill();
    const node = await p.page.locator('.pm-node[data-id="wfp"] .pm-shape').boundingBox();
    expect(node).not.toBeNull();
    expect(node!.x).toBeGreaterThanOrEqual(svgBox.x);
    expect(node!.y + node!.height).toBeLessThanOrEqual(svgBox.y + svgBox.height);
    expect(await selections(p)).toEqual([]);
  });

  it('while the layout moves, draws shapes batched and still finds, names, selects and drags the actor under the pointer', async () => {
    // Animated from a cold start: 300 ticks, one a frame, so it moves for seconds.
    const p = await open('?n=300&seed=2&warmup=0&table=0');
    const svg = p.page.locator('svg.pm-graph');
    await expect.poll(() => svg.getAttribute('class')).toContain('pm-graph--batched');
    expect(await svg.getAttribute('data-layout')).toBe('live');
    // One path of points per kind and state look, its look marked at each but the repeated
    // first and last (marker-mid).
    const batchedShapes = () =>
      p.page.$$eval('.pm-shapes .pm-batch__marks', (els) =>
        els.reduce((n, el) => {
          const points = (el.getAttribute('d') ?? '').match(/M/g)?.length ?? 0;
          return n + (points === 0 ? 0 : points - 2);
        }, 0),
      );
    expect(await batchedShapes()).toBe(300);
    // The nodes' own elements draw nothing and let the pointer through, yet stay tab stops.
    const nodeStyle = (id: string) =>
      p.page.$eval(`.pm-nodes g[data-id="${id}"]`, (el) => {
        const style = (globalThis as unknown as ComputedStyles).getComputedStyle;
        return [style(el).pointerEvents, style(el.querySelector('.pm-shape')!).visibility];
      });
    const ids = await p.page.$$eval('.pm-nodes g[data-id]', (els) =>
      els.map((el) => el.getAttribute('data-id') ?? ''),
    );
    const [a, b] = [ids[40]!, ids[41]!];
    expect(await nodeStyle(a)).toEqual(['none', 'hidden']);
    expect(await p.page.locator(`.pm-nodes g[data-id="${a}"]`).getAttribute('tabindex')).toBe('0');

    // Focused, a node's own element follows the layout (its focus ring with it).
    const own = p.page.locator(`.pm-nodes g[data-id="${a}"]`);
    await own.focus();
    expect(await nodeStyle(a)).toEqual(['auto', 'visible']);
    const t0 = await own.getAttribute('transform');
    await expect.poll(() => own.getAttribute('transform')).not.toBe(t0);

    const atNode = (id: string, events: string) =>
      p.page.evaluate<{ hidden: string; lit: boolean[]; x: number; y: number }>(
        `(${AT_NODE})(${JSON.stringify(id)}, ${JSON.stringify(events)})`,
      );
    const hovered = await atNode(a, 'pointermove click');
    expect(hovered.hidden).toBe('hidden');
    // Hovered: its name shows (names of this zoomed-out mesh are hidden), and it is selected.
    expect(hovered.lit).toEqual([true, true]);
    await expect.poll(() => selections(p)).toEqual([a]);
    expect(await nodeStyle(a)).toEqual(['auto', 'visible']);

    // Pressed and dragged from where it is drawn: held 60 px to the right of it.
    await p.page.mouse.move(2, 2); // the real pointer out of the way
    const dragged = await atNode(b, 'mousedown mousemove');
    const centre = async () => {
      const m = await p.page.$eval(`.pm-nodes g[data-id="${b}"]`, (el) => {
        const ctm = (el as unknown as { getScreenCTM(): { e: number; f: number } }).getScreenCTM();
        return [ctm.e, ctm.f];
      });
      return Math.hypot(m[0]! - (dragged.x + 60), m[1]! - dragged.y);
    };
    await expect.poll(centre).toBeLessThan(1.5);
    expect(await nodeStyle(b)).toEqual(['auto', 'visible']);
    await p.page.evaluate(
      "window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window }))",
    );
    expect(await selections(p)).toEqual([a]);

    // At rest: every node's own element stands where it is drawn, and the batch is gone.
    await p.page.waitForSelector('svg.pm-graph[data-layout="settled"]', { timeout: 120_000 });
    expect(await svg.getAttribute('class')).not.toContain('pm-graph--batched');
    expect(await batchedShapes()).toBe(0);
    expect(await nodeStyle(ids[7]!)).toEqual(['auto', 'visible']);
    const transforms = (await nodePositions(p)).map(([, t]) => t);
    expect(transforms.every((t) => t !== null && /^translate\(/.test(t))).toBe(true);
    expect(new Set(transforms).size).toBe(300);
  });

  it('shows the name of a hovered actor on a big zoomed-out mesh, where names are hidden', async () => {
    // The layout at rest, so the actor stays under the pointer.
    const p = await open('?n=300&seed=2&warmup=400&table=0');
    await expect.poll(() => p.page.getAttribute('svg.pm-graph', 'class')).toContain('compact');
    const node = p.page.locator('.pm-nodes g[data-id]').nth(120);
    const id = await node.getAttribute('data-id');
    const label = p.page.locator(`.pm-labels g[data-for="${id}"]`);
    await expect.poll(() => label.locator('.pm-label').isVisible()).toBe(false);
    await node.hover();
    await expect.poll(() => label.locator('.pm-label').isVisible()).toBe(true);
    // Hidden labels are moved only when they show: this one now stands on its actor.
    expect(await label.getAttribute('transform')).toBe(await node.getAttribute('transform'));
    await p.page.mouse.move(2, 2);
    await expect.poll(() => label.locator('.pm-label').isVisible()).toBe(false);
  });
});
