// The app as trainers, students and planners use it, in real Chromium: the layout at a laptop,
// a projector and a tablet (no sideways scrolling, the mesh at least half the workspace, names
// legible, nothing cut in the header); focus mode on a laptop; nothing lost when a new seed
// replaces a run; a log entry shown without rewinding; branches compared over many seeds;
// and the keyboard (skip links, graph pan and zoom, the table view kept across a reload).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  atRest,
  startBuiltAppHarness,
  type BrowserHarness,
  type OpenedPage,
} from '../helpers/browser.ts';

const LAPTOP = { name: 'laptop', width: 1366, height: 768 } as const;
// The narrowest first: the page opens at it, as the app opened on a tablet, then is resized up.
const SIZES = [
  { name: 'tablet', width: 768, height: 1024 },
  LAPTOP,
  { name: 'projector', width: 1920, height: 1080 },
] as const;

/** The app in a fresh page opened at `size`, its mesh drawn. */
async function open(
  harness: BrowserHarness,
  size: { width: number; height: number } = LAPTOP,
): Promise<OpenedPage> {
  const opened = await harness.open('', { viewport: { width: size.width, height: size.height } });
  await ready(opened.page);
  return opened;
}

async function ready(page: Page): Promise<void> {
  await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 30_000 });
  await page.locator('.busy').waitFor({ state: 'detached', timeout: 30_000 });
}

const clock = (page: Page) => page.getByTestId('clock').textContent();

/** Geometry read in the page (the tests compile without the DOM library: a string script). */
interface Layout {
  scrollWidth: number;
  viewport: number;
  workspace: number;
  mesh: number;
  /** Smallest on-screen size of a drawn actor name, px. */
  label: number;
  /** Header controls whose content is wider than their box. */
  cut: string[];
}

const MEASURE = `(() => {
  const area = (r) => r.width * r.height;
  const ws = document.querySelector('.workspace').getBoundingClientRect();
  const top = Math.max(ws.top, 0);
  const visible = ws.width * (Math.min(ws.bottom, innerHeight) - top);
  const mesh = document.querySelector('.graph-area').getBoundingClientRect();
  const names = [...document.querySelectorAll('.pm-label__name')];
  const label = Math.min(...names.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a));
  const ctx = document.createElement('canvas').getContext('2d');
  const cut = [];
  for (const el of document.querySelectorAll('.app-header button, .app-header summary, .app-header select, .app-header h1')) {
    if (el.scrollWidth > el.clientWidth + 1) cut.push(el.textContent.trim().slice(0, 30));
    if (el.tagName === 'SELECT') {
      ctx.font = getComputedStyle(el).font;
      const text = el.selectedOptions[0]?.textContent ?? '';
      // room for the text: the box less its padding and the arrow
      if (ctx.measureText(text).width > el.clientWidth - 28) cut.push(text);
    }
  }
  const r = document.querySelector('.app-header').getBoundingClientRect();
  if (r.right > innerWidth + 1) cut.push('header wider than the window');
  return {
    scrollWidth: document.documentElement.scrollWidth,
    viewport: innerWidth,
    workspace: Math.min(area(ws), visible),
    mesh: area(mesh),
    label,
    cut,
  };
})()`;

describe('the app as a finished tool, in Chromium', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBuiltAppHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  // One page, opened at the narrowest size (the app's first layout and framing of the mesh at a
  // tablet's width), then resized from one window size to the next, as a trainer's window is
  // moved from a laptop to a projector: each size measured once the layout and the mesh's
  // framing are at rest.
  describe('at three window sizes, in one page', () => {
    let opened: OpenedPage;

    beforeAll(async () => {
      opened = await open(harness, SIZES[0]);
    });

    afterAll(async () => {
      await opened?.close();
    });

    for (const size of SIZES) {
      it(`lays out for a ${size.name} (${size.width}×${size.height})`, async () => {
        const { page } = opened;
        await page.setViewportSize({ width: size.width, height: size.height });
        await ready(page);
        await atRest(page);
        const m = (await page.evaluate(MEASURE)) as Layout;
        expect(m.viewport, 'the window is at this size').toBe(size.width);
        expect(m.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(m.viewport);
        expect(m.mesh / m.workspace, 'the mesh takes half the workspace').toBeGreaterThanOrEqual(
          0.5,
        );
        expect(m.cut, 'nothing cut in the header').toEqual([]);
        if (size.name === 'laptop') expect(m.label, 'names legible').toBeGreaterThanOrEqual(12);
        // everything is reachable: the inspector, the metrics and the log are on the page
        for (const name of ['Inspector', 'Metrics so far', 'Event log', 'MSEL timeline']) {
          const box = await page.getByRole('heading', { name, exact: true }).boundingBox();
          expect(box, name).not.toBeNull();
          expect(box!.x + box!.width, name).toBeLessThanOrEqual(size.width);
        }
        expect(opened.errors()).toEqual([]);
      });
    }
  });

  // The tests below run side by side, each in a page and a browser context of its own (nothing
  // shared but the browser): a page of the app spends most of its time waiting on its renders,
  // so one test's wait is another's work. Each asserts with its own `expect` (the test
  // context's), so a failure is reported against the test it belongs to.
  it.concurrent(
    'on a laptop, focus mode gives the mesh the whole workspace',
    async ({ expect }) => {
      const opened = await open(harness);
      const { page } = opened;
      await page.getByRole('button', { name: 'Focus' }).click();
      await expect
        .poll(() => page.getByRole('region', { name: 'Event log' }).isVisible())
        .toBe(false);
      const ws = (await page.locator('.workspace').boundingBox())!;
      const stage = (await page.locator('.graph-area').boundingBox())!;
      expect(stage.width).toBeGreaterThan(ws.width * 0.95);
      expect(opened.errors()).toEqual([]);
      await opened.close();
    },
  );

  it.concurrent(
    'keeps a run a new seed replaced: Undo brings back its live inject, branches and position',
    async ({ expect }) => {
      const opened = await open(harness);
      const { page } = opened;
      await page.getByRole('button', { name: 'Go to MSEL 2' }).click();
      await ready(page);
      await page.locator('body').focus();
      await page.keyboard.press('i');
      const dialog = page.getByRole('dialog', { name: 'Push a live inject' });
      await dialog.waitFor();
      const people = await dialog.getByLabel('From').locator('option').allTextContents();
      await dialog.getByLabel('From').selectOption({ label: people[1]! });
      await dialog.getByRole('checkbox').first().check();
      await dialog.getByLabel('What it says').fill('Road to Tokono blocked');
      await dialog.getByLabel('Inject text (MSEL)').fill('EXCON: the road to Tokono is blocked.');
      await dialog.getByRole('button', { name: 'Push inject' }).click();
      await dialog.waitFor({ state: 'detached' });
      await ready(page);
      const before = await clock(page);
      expect(await page.getByTestId('live-inject').count()).toBe(1);

      // one digit in Seed, then leave the field: a new run, the old one kept, with Undo
      const seed = page.locator('.app-header').getByRole('textbox', { name: /^Seed/ });
      await seed.fill('12');
      await seed.blur();
      await expect.poll(() => clock(page)).toBe('T+00:00');
      expect(await page.getByTestId('live-inject').count()).toBe(0);
      const notice = page.locator('.notice');
      await expect.poll(() => notice.textContent()).toContain('Recent runs');
      await expect
        .poll(() => page.locator('.save-status').getAttribute('data-status'))
        .toBe('saved');
      await notice.getByRole('button', { name: 'Undo' }).click();
      await ready(page);
      await expect.poll(() => clock(page), { timeout: 20_000 }).toBe(before);
      expect(await page.getByTestId('live-inject').count()).toBe(1);

      // the seed-12 run went to Recent runs in its turn (it was at its start: nothing to keep),
      // and after a reload the recent list is still there
      await page.locator('.menu > summary').click();
      expect(await page.locator('.recent-list li').count()).toBe(0);
      await page
        .locator('.app-header')
        .getByRole('combobox', { name: /^Structure/ })
        .selectOption({
          index: 1,
        });
      await ready(page);
      await page.reload({ waitUntil: 'load' });
      await ready(page);
      await page.locator('.menu > summary').click();
      const kept = page.locator('.recent-list button');
      await expect.poll(() => kept.count()).toBe(1);
      expect(await kept.textContent()).toContain('1 live inject');
      await kept.click();
      await ready(page);
      await expect.poll(() => clock(page), { timeout: 20_000 }).toBe(before);
      expect(opened.errors()).toEqual([]);
      await opened.close();
    },
  );

  it.concurrent(
    'shows a clicked log entry in the inspector without rewinding; "Go to this moment" does',
    async ({ expect }) => {
      const opened = await open(harness);
      const { page } = opened;
      await page.getByRole('button', { name: 'Go to MSEL 3' }).click();
      await ready(page);
      const at = await clock(page);
      const rows = page.locator('.log-row');
      const count = await rows.count();
      const entries = await page.getByTestId('log-count').textContent();
      const older = rows.nth(count - 1); // the oldest entry in the page (the log is virtualised)
      const time = await older.locator('.log-row__time').textContent();
      await older.click();
      const card = page.getByTestId('log-entry');
      await card.waitFor();
      expect(await card.textContent()).toContain(time!);
      expect(await clock(page)).toBe(at);
      // nothing rewound: the log holds the same entries
      expect(await page.getByTestId('log-count').textContent()).toBe(entries);
      // the clicked row is marked as the one shown (found again: the virtualised list re-renders)
      expect(await page.locator('.log-row[aria-current="true"] .log-row__time').textContent()).toBe(
        time,
      );
      // names, not ids
      expect(await card.textContent()).not.toMatch(/\b(hc|ocha-east|coy-tokono)\b/);
      await card.getByRole('button', { name: 'Go to this moment' }).click();
      await expect.poll(() => clock(page)).toBe(time);
      expect(opened.errors()).toEqual([]);
      await opened.close();
    },
  );

  it.concurrent('compares branches over many seeds, with 95% intervals', async ({ expect }) => {
    const opened = await open(harness, { width: 1600, height: 900 });
    const { page } = opened;
    await page.locator('.scrubber__mark--decision').first().click();
    const card = page.getByTestId('decision');
    await card.waitFor({ timeout: 30_000 });
    await card.locator('.button--option').nth(1).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    await page
      .getByRole('region', { name: 'Decision ahead' })
      .locator('.chip-button')
      .first()
      .click();
    await ready(page);
    await page.getByRole('button', { name: 'Compare outcomes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare branches' });
    const table = dialog.getByTestId('branch-comparison');
    await table.waitFor({ timeout: 120_000 });
    expect(await dialog.textContent()).toMatch(/over 30 seeds/);
    // each branch's mean with its spread; the second with its difference and interval
    const cell = table.locator('tbody tr').first().locator('td').nth(1);
    expect(await cell.textContent()).toMatch(/\[.*–.*\].*\(.* to .*\)/);
    // a time the decision cannot change is never called worse by chance
    const verdicts = await table
      .locator('tr[data-metric="incidentToJocMean"] td')
      .evaluateAll((tds) =>
        tds.map((td) => (td as unknown as { dataset: { verdict: string } }).dataset.verdict),
      );
    expect(verdicts).not.toContain('worse');
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it.concurrent(
    'works by keyboard: skip links, the graph panned and zoomed, the table view kept',
    async ({ expect }) => {
      const opened = await open(harness);
      const { page } = opened;
      const active = () =>
        page.evaluate(
          `(() => { const a = document.activeElement; return (a.getAttribute('class') ?? '') + '|' + (a.getAttribute('aria-label') ?? a.textContent.trim()); })()`,
        ) as Promise<string>;
      await page.keyboard.press('Tab');
      expect(await active()).toContain('Skip to playback');
      await page.keyboard.press('Enter');
      expect(await active()).toContain('Play');
      await page.getByRole('link', { name: 'Skip to the mesh' }).focus();
      await page.keyboard.press('Enter');
      expect(await active()).toMatch(/^pm-node /);
      // the node layer itself is never a tab stop
      const stops: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        stops.push(await active());
      }
      expect(stops.some((s) => s.startsWith('pm-nodes'))).toBe(false);
      // arrows pan and + zooms the graph (and do not step the run)
      await page.locator('.pm-node').first().focus();
      const transform = () => page.locator('.pm-viewport').getAttribute('transform');
      const t0 = await transform();
      const at = await clock(page);
      await page.keyboard.press('ArrowRight');
      await expect.poll(transform).not.toBe(t0);
      expect(await clock(page)).toBe(at);
      const t1 = await transform();
      await page.keyboard.press('+');
      await expect.poll(transform).not.toBe(t1);
      // the table view survives a reload
      await page.locator('body').focus();
      await page.keyboard.press('t');
      await page.locator('.graph-area__table').waitFor();
      await expect
        .poll(() => page.locator('.save-status').getAttribute('data-status'))
        .toBe('saved');
      await page.reload({ waitUntil: 'load' });
      await page.locator('.graph-area__table').waitFor({ timeout: 30_000 });
      expect(opened.errors()).toEqual([]);
      await opened.close();
    },
  );
});
