// The comparison view end to end in Chromium: open it from the header, run a small
// comparison in Web Workers, and check every number in its table against the CLI's JSON for
// the same inputs; cancel keeps a partial result; a run opens in the live view at its start.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { CompareResult } from '../../src/core/index.ts';
import { peacemesh } from '../cli/peacemesh.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { startBuiltAppHarness, type BrowserHarness, type OpenedPage } from '../helpers/browser.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const files = readdirSync(`${ROOT}/scenarios`)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const DEFAULT = files.includes('carana-three-bad-days.yaml')
  ? 'carana-three-bad-days.yaml'
  : files[0]!;
const SEEDS = 4;

async function openApp(harness: BrowserHarness): Promise<OpenedPage> {
  const opened = await harness.open('', { viewport: { width: 1600, height: 1000 } });
  await opened.page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 30_000 });
  await opened.page.locator('.busy').waitFor({ state: 'detached' });
  return opened;
}

async function openCompare(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Compare structures' }).click();
  await page.getByRole('button', { name: 'Run comparison' }).waitFor({ timeout: 30_000 });
}

async function runComparison(page: Page, seeds: number): Promise<void> {
  await page.locator('input[name="seeds"]').fill(String(seeds));
  await page.locator('input[name="workers"]').fill('2');
  await page.getByRole('button', { name: 'Run comparison' }).click();
}

// The tests run side by side, each in a page and a browser context of its own (nothing shared
// but the browser): a page of the app spends most of its time waiting on its renders, so one
// test's wait is another's work. Each asserts with its own `expect` (the test context's), so a
// failure is reported against the test it belongs to.
describe.concurrent('comparison view in Chromium', () => {
  let harness: BrowserHarness;
  let cli: CompareResult;

  beforeAll(async () => {
    const [h, r] = await Promise.all([
      startBuiltAppHarness(),
      peacemesh([
        'compare',
        `scenarios/${DEFAULT}`,
        '--seeds',
        String(SEEDS),
        '--workers',
        '1',
        '--format',
        'json',
      ]),
    ]);
    harness = h;
    if (r.code !== 0) throw new Error(`the CLI failed: ${r.stderr}`);
    cli = JSON.parse(r.stdout) as CompareResult;
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the same numbers as `peacemesh compare` for the same inputs', async ({ expect }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    await openCompare(page);
    await runComparison(page, SEEDS);
    const table = page.getByTestId('compare-summary');
    await table.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId('compare-summary-line').textContent())
      .toContain(
        `${cli.structures.length} structures × ${SEEDS} seeds — ${cli.planned} of ${cli.planned} runs, reference `,
      );

    // Every cell: the exact mean, difference and interval bounds, as numbers.
    const cells = await table.locator('tbody td').evaluateAll((tds) =>
      tds.map((node) => {
        // Typed by hand: the tests compile without the DOM library.
        type El = {
          getAttribute(name: string): string | null;
          closest(selector: string): El | null;
        };
        const td = node as unknown as El;
        return {
          metric: td.closest('tr')!.getAttribute('data-metric')!,
          structure: td.getAttribute('data-structure')!,
          mean: td.getAttribute('data-mean'),
          diff: td.getAttribute('data-diff'),
          low: td.getAttribute('data-low'),
          high: td.getAttribute('data-high'),
        };
      }),
    );
    expect(cells.length).toBeGreaterThan(10);
    const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
    let compared = 0;
    for (const cell of cells) {
      const s = cli.summaries.find(
        (x) => x.point === 0 && x.metric === cell.metric && x.structure === cell.structure,
      )!;
      expect(s, `${cell.metric} ${cell.structure}`).toBeDefined();
      if (cell.mean !== null) {
        expect(cell.mean, `${cell.metric} ${cell.structure} mean`).toBe(text(s.summary.mean));
        compared++;
      } else {
        expect(cell.diff, `${cell.metric} ${cell.structure} diff`).toBe(text(s.difference?.diff));
        expect(cell.low).toBe(text(s.difference?.low));
        expect(cell.high).toBe(text(s.difference?.high));
        compared++;
      }
    }
    expect(compared).toBe(cells.length);

    // Charts are drawn (Observable Plot SVGs), with structure names on their axes.
    expect(await page.locator('.compare-plot svg').count()).toBeGreaterThanOrEqual(2);
    const axisText = (await page.locator('.compare-plot svg').first().textContent()) ?? '';
    expect(axisText).not.toContain(cli.reference);
    // axe on the results: no serious finding (Plot's <g aria-label> used to be one).
    expect(await seriousViolations(page)).toEqual([]);
    // Closing and reopening the dialog keeps the settings and the results.
    await page.locator('dialog.compare-dialog').getByRole('button', { name: 'Close' }).click();
    await page.locator('dialog.compare-dialog[open]').waitFor({ state: 'detached' });
    await openCompare(page);
    expect(await page.locator('input[name="seeds"]').inputValue()).toBe(String(SEEDS));
    expect(await page.getByTestId('compare-summary').isVisible()).toBe(true);
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('cancels a long comparison and says the result is partial', async ({ expect }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    await openCompare(page);
    await runComparison(page, 2000);
    // thousands of runs: the view says how long they would take and asks first.
    const confirm = page.locator('.compare-confirm');
    await confirm.waitFor({ timeout: 60_000 });
    expect(await confirm.textContent()).toMatch(/[\d,]+ runs will take about \d/);
    await confirm.getByRole('button', { name: 'Start anyway' }).click();
    await page.getByRole('status').filter({ hasText: 'runs' }).waitFor();
    await expect
      .poll(
        async () =>
          Number((await page.locator('.compare-progress progress').getAttribute('value')) ?? 0),
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.getByTestId('compare-summary-line').textContent(), { timeout: 30_000 })
      .toContain('Partial');
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('opens a run in the live view at its start', async ({ expect }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    await openCompare(page);
    await runComparison(page, 2);
    await page.getByTestId('compare-summary').waitFor({ timeout: 60_000 });
    const structure = cli.structures.at(-1)!;
    await page.getByText(/^Every run/).click();
    // rows in plan order: the last "seed 2" row is the last structure's
    await page
      .getByRole('button', { name: /^Open .* seed 2$/ })
      .last()
      .click();
    await page.locator('dialog.compare-dialog[open]').waitFor({ state: 'detached' });
    const header = page.locator('.app-header');
    await expect
      .poll(() => header.getByRole('combobox', { name: /^Structure/ }).inputValue())
      .toBe(structure);
    await expect.poll(() => header.getByRole('textbox', { name: /^Seed/ }).inputValue()).toBe('2');
    expect(await page.getByTestId('clock').textContent()).toBe('T+00:00');
    // The comparison is still there when the dialog opens again.
    await openCompare(page);
    expect(await page.getByTestId('compare-summary').isVisible()).toBe(true);
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('refuses a sweep too big for a browser tab, saying what to do instead', async ({ expect }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    await openCompare(page);
    await runComparison(page, 10_000);
    await expect
      .poll(() => page.locator('.compare-error').textContent(), { timeout: 30_000 })
      .toContain('peacemesh compare');
    expect(await page.locator('.compare-progress').count()).toBe(0);
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });
});
