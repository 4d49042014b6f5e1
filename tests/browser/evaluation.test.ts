// Evaluation end to end in Chromium: a trainer records an observation tied to a log entry,
// finds it again after a reload, opens the hot wash, rates an objective, fills in the
// improvement plan, and downloads the report and the run; the report and the run file hold
// what was entered. Every test also checks the page logged no errors.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debriefFromRunText } from '../../src/cli/report.ts';
import { renderMarkdown } from '../../src/report/index.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { downloadText, startBuiltAppHarness, type BrowserHarness } from '../helpers/browser.ts';

async function ready(page: Page): Promise<void> {
  await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 30_000 });
  await page.locator('.busy').waitFor({ state: 'detached' });
}

/** An element's geometry, read in the page (the tests compile without the DOM library). */
interface Box {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Whether the widest option of the rating select fits its box (less padding and arrow). */
const RATING_FITS = `(() => {
  const el = document.querySelector('select[aria-label="Rating of lo-poc"]');
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = getComputedStyle(el).font;
  const widest = Math.max(...[...el.options].map((o) => ctx.measureText(o.textContent).width));
  return widest <= el.clientWidth - 28;
})()`;

const OBSERVED = 'The JOC relayed the JMAC warning to the battalion without delay.';

describe('evaluation in the app (Chromium)', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBuiltAppHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('records an observation, rates an objective, opens the hot wash and exports the report and the run', async () => {
    const opened = await harness.open('', { viewport: { width: 1600, height: 900 } });
    const { page } = opened;
    await ready(page);

    await page.getByRole('button', { name: 'Go to MSEL 2' }).click();
    await page.locator('.busy').waitFor({ state: 'detached' });
    const row = page.locator('.log-row', { hasText: 'MSEL 2' }).first();
    await row.click();
    await page.locator('.busy').waitFor({ state: 'detached' });

    await page.locator('body').focus();
    await page.keyboard.press('o');
    const observe = page.getByRole('dialog', { name: 'Record an observation' });
    await observe.waitFor();
    expect(await observe.textContent()).toMatch(/log entry #\d+/);
    // The objectives' long texts must not widen the form past the dialog: every field in view.
    expect(
      await observe.evaluate(
        (el) => (el as unknown as Box).scrollWidth - (el as unknown as Box).clientWidth,
      ),
    ).toBeLessThanOrEqual(1);
    const box = (await observe.boundingBox())!;
    for (const label of ['What was observed', 'Objective', 'Actor', 'Evaluator']) {
      const field = (await observe.getByLabel(label).boundingBox())!;
      expect(field.x + field.width, label).toBeLessThanOrEqual(box.x + box.width);
    }
    await observe.getByRole('button', { name: 'Record observation' }).click();
    await expect
      .poll(() => observe.getByRole('alert').textContent())
      .toBe('Write what you observed.');
    await observe.getByLabel('What was observed').fill(OBSERVED);
    await observe.getByLabel('Objective').selectOption('lo-poc');
    await observe.getByLabel('Evaluator').fill('Evaluator A');
    await observe.getByRole('button', { name: 'Record observation' }).click();
    await observe.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');

    await page.reload({ waitUntil: 'load' });
    await ready(page);

    await page.getByRole('button', { name: 'Hot wash' }).click();
    const hotwash = page.getByRole('dialog', { name: /^Hot wash/ });
    await hotwash.getByRole('heading', { name: 'Objectives' }).waitFor({ timeout: 30_000 });
    const observation = hotwash.locator('.hotwash__observations li');
    expect(await observation.count()).toBe(1);
    expect(await observation.textContent()).toContain(OBSERVED);
    expect(await observation.textContent()).toContain('lo-poc');
    expect(await observation.textContent()).toMatch(/^T\+03:00 Strength/);
    // Decisions beside the doctrine-only run, and metrics against it.
    expect(
      await hotwash
        .getByRole('heading', { name: 'Decisions beside the doctrinal baseline' })
        .count(),
    ).toBe(1);
    expect(await hotwash.locator('.hotwash__metrics tbody tr').count()).toBeGreaterThan(3);

    await hotwash.getByLabel('Rating of lo-poc').selectOption('S');
    expect(await page.evaluate(RATING_FITS), 'every rating reads whole').toBe(true);
    const why = hotwash.getByLabel('Rationale for lo-poc');
    await why.fill(
      'Warning relayed quickly; responders late on site. The CLA had no radio of her own and waited two hours for the company base to pass the report on to the JOC.',
    );
    await why.blur();
    // The whole rationale stays readable, on screen and (below) on paper.
    const wholeText = () =>
      why.evaluate((el) => {
        const b = el as unknown as Box;
        return b.scrollWidth <= b.clientWidth + 1 && b.scrollHeight <= b.clientHeight + 1;
      });
    expect(await wholeText()).toBe(true);
    await hotwash.getByRole('button', { name: 'Add a corrective action' }).click();
    await hotwash
      .getByLabel('Corrective action (a1)')
      .fill('Drill the CLA-to-JOC reporting chain monthly.');
    await hotwash.getByLabel('Owner (a1)').fill('Chief JOC');
    await hotwash.getByLabel('Owner (a1)').blur();
    await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
    expect(JSON.stringify(await seriousViolations(page), null, 1)).toBe('[]');

    const [report] = await Promise.all([
      page.waitForEvent('download'),
      hotwash.getByRole('button', { name: 'Report (HTML)' }).click(),
    ]);
    expect(report.suggestedFilename()).toMatch(/^carana-three-bad-days-.*-aar\.html$/);
    const html = await downloadText(report);
    expect(html).toContain(OBSERVED);
    expect(html).toContain('Warning relayed quickly; responders late on site.');
    expect(html).toContain('Drill the CLA-to-JOC reporting chain monthly.');
    expect(html).toContain('Decision record');
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      hotwash.getByRole('button', { name: 'Report (Markdown)' }).click(),
    ]);
    expect(markdown.suggestedFilename()).toMatch(/^carana-three-bad-days-.*-aar\.md$/);
    const md0 = await downloadText(markdown);
    expect(md0).toContain('## Improvement plan');
    expect(md0).toContain('Drill the CLA-to-JOC reporting chain monthly.');

    // Print: the print stylesheet leaves the hot wash alone on paper, without its buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.playback').isVisible()).toBe(false);
    expect(await hotwash.getByRole('button', { name: 'Report (HTML)' }).isVisible()).toBe(false);
    expect(await hotwash.getByRole('heading', { name: 'Improvement plan' }).isVisible()).toBe(true);
    expect(await wholeText()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await hotwash.getByRole('button', { name: 'Close' }).click();
    const [run] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export run' }).click(),
    ]);
    const runText = await downloadText(run);
    const saved = JSON.parse(runText);
    expect(saved.evaluation.observations[0].text).toBe(OBSERVED);
    expect(saved.evaluation.ratings[0]).toMatchObject({ objective: 'lo-poc', rating: 'S' });
    expect(saved.evaluation.plan[0]).toMatchObject({ owner: 'Chief JOC' });
    // The command line reports the exported run as the app did.
    const built = debriefFromRunText(runText, 'run.json');
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const md = renderMarkdown(built.debrief);
    expect(md).toContain(OBSERVED);
    expect(md).toContain('**Rating: S — Performed with some challenges.**');

    expect(opened.errors()).toEqual([]);
    await opened.close();
  });
});
