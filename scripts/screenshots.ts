// Saves PNGs of the web app's main views to docs/screenshots/ (linked from the README):
// `npm run screenshots`. Drives the real app in Debian's Chromium on a Vite dev server, on
// the default scenario, with fixed positions so the pictures only change when the app does:
// at a laptop's 1366×768, and the main views again on a tablet (768×1024, `*-tablet.png`) and
// in French on the French scenario (`*-fr.png`).
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, startDevServer } from '../tests/helpers/browser.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}docs/screenshots`;
const VIEWPORT = { width: 1366, height: 768 };
const TABLET = { width: 768, height: 1024 };

async function ready(page: Page): Promise<void> {
  await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 60_000 });
  await idle(page);
}

async function idle(page: Page): Promise<void> {
  await page.locator('.busy').waitFor({ state: 'detached', timeout: 60_000 });
  // let the layout settle and lost-message marks fade
  await page.waitForTimeout(3500);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, (page.viewportSize()?.height ?? VIEWPORT.height) - 1);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`docs/screenshots/${name}.png`);
}

async function select(page: Page, id: string): Promise<void> {
  await page.locator(`.pm-nodes g[data-id="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await page.locator('body').focus();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dev = await startDevServer();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${String(error)}`));
    await page.goto(dev.url, { waitUntil: 'load' });
    await ready(page);

    // 1. The main view: a few events into the first escort request, one actor inspected.
    await page.getByRole('button', { name: 'Go to MSEL 2' }).click();
    await idle(page);
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    const ids = await Promise.all(
      (await page.locator('.pm-nodes g[data-id]').all()).map(
        async (node) => (await node.getAttribute('data-id')) ?? '',
      ),
    );
    const actor = ids.find((id) => id.includes('ocha')) ?? ids[0];
    if (actor) await select(page, actor);
    await idle(page);
    await shoot(page, 'main');

    // 2. The table view of the same moment, the accessible alternative to the graph.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.waitForTimeout(300);
    await shoot(page, 'table');
    await page.getByRole('button', { name: 'Graph', exact: true }).click();

    // 3. A decision point: the run pauses and asks.
    await page.locator('.scrubber__mark--decision').first().click();
    await page.getByTestId('decision').waitFor({ timeout: 60_000 });
    await idle(page);
    await shoot(page, 'decision');

    // 4. Choose, step back before it, fork the other option, compare the branches.
    const options = page.getByTestId('decision').locator('.button--option');
    await options.nth(1).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    await idle(page);
    await shoot(page, 'decision-ahead');
    await page
      .getByRole('region', { name: 'Decision ahead' })
      .locator('.chip-button')
      .first()
      .click();
    await idle(page);
    await page.getByRole('button', { name: 'Compare outcomes' }).click();
    await page
      .getByRole('dialog', { name: 'Compare branches' })
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 180_000 });
    await page.waitForTimeout(300);
    await shoot(page, 'compare');
    await page
      .getByRole('dialog', { name: 'Compare branches' })
      .getByRole('button', { name: 'Close' })
      .click();

    // 4b. The exercise brief: summary, setting, objectives, metric definitions.
    await page.getByRole('button', { name: 'Brief', exact: true }).click();
    await page.waitForTimeout(300);
    await shoot(page, 'brief');
    await page.keyboard.press('Escape');

    // 4c. A log entry selected: shown whole in the inspector, the run where it was.
    await page.locator('.log-row').nth(2).click();
    await page.getByTestId('log-entry').waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'log-entry');

    // 5. An invalid scenario file: every problem, with its line and column.
    const bad = readFileSync(`${ROOT}tests/fixtures/invalid-schema.yaml`);
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'invalid-schema.yaml', mimeType: 'text/yaml', buffer: bad });
    await page.getByTestId('errors').waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'errors');
    await page.getByTestId('errors').getByRole('button', { name: 'Dismiss' }).click();

    // 6. The keyboard shortcuts.
    await page.locator('body').focus();
    await page.keyboard.press('?');
    await page.waitForTimeout(300);
    await shoot(page, 'shortcuts');
    await page.keyboard.press('Escape');

    // 7. Exercise control: a live inject pushed at the current time, then on the timeline.
    await page.getByRole('button', { name: 'Go to MSEL 3' }).click();
    await idle(page);
    await page.locator('body').focus();
    await page.keyboard.press('i');
    const inject = page.getByTestId('inject-dialog');
    await inject.waitFor();
    await inject.getByRole('button', { name: 'Incident', exact: true }).click();
    const areas = await inject.getByLabel('Area').locator('option').allTextContents();
    await inject.getByLabel('Area').selectOption({ label: areas[1] ?? '' });
    const people = await inject.getByLabel('Reported by').locator('option').allTextContents();
    await inject.getByLabel('Reported by').selectOption({
      label: people.find((n) => /CIMIC|community|liaison/i.test(n)) ?? people[1] ?? '',
    });
    await inject.getByLabel('Severity').selectOption('high');
    await inject
      .getByLabel('What happens')
      .fill('Shots fired near the IDP site; families fleeing towards the river');
    await inject
      .getByLabel('Inject text (MSEL)')
      .fill('Community alert network texts the CLA: shots near the IDP site, families fleeing.');
    await page.waitForTimeout(300);
    await shoot(page, 'inject');
    await inject.getByRole('button', { name: 'Push inject' }).click();
    await inject.waitFor({ state: 'detached' });
    await idle(page);

    // 8. Focus: the mesh takes the whole screen, for projecting.
    await page.getByRole('button', { name: 'Focus' }).click();
    await idle(page);
    await shoot(page, 'focus');
    await page.keyboard.press('Escape');

    // 9. Evaluation: an observation recorded on a log entry, then the hot wash with a rating.
    await page.getByRole('button', { name: 'Go to MSEL 9' }).click();
    await idle(page);
    await page.locator('.log-row', { hasText: 'MSEL 5' }).first().click();
    await idle(page);
    await page.locator('body').focus();
    await page.keyboard.press('o');
    const observe = page.getByRole('dialog', { name: 'Record an observation' });
    await observe
      .getByLabel('What was observed')
      .fill(
        'The CLA reported the attack at once, but the JOC acknowledged only the second report.',
      );
    await observe.getByText('Area for improvement').click();
    await observe.getByLabel('Objective').selectOption('lo-poc');
    await observe.getByLabel('Evaluator').fill('Evaluator A');
    await observe.getByRole('button', { name: 'Record observation' }).click();
    await observe.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Hot wash' }).click();
    const hotwash = page.getByRole('dialog', { name: /^Hot wash/ });
    await hotwash.getByRole('heading', { name: 'Objectives' }).waitFor({ timeout: 60_000 });
    await hotwash.getByLabel('Rating of lo-escort').selectOption('M');
    await hotwash
      .getByLabel('Rationale for lo-escort')
      .fill('A standing escort approved under donor pressure, with no exit plan.');
    await page.waitForTimeout(300);
    await shoot(page, 'hotwash');
    await hotwash.getByRole('button', { name: 'Close' }).click();
    await context.close();

    // 9. A tablet: the mesh first at full width, the panels below, no sideways scrolling.
    const tablet = await browser.newContext({ viewport: TABLET, deviceScaleFactor: 1 });
    const tab = await tablet.newPage();
    tab.on('pageerror', (error) => console.error(`page error: ${String(error)}`));
    await tab.goto(dev.url, { waitUntil: 'load' });
    await ready(tab);
    await tab.getByRole('button', { name: 'Go to MSEL 2' }).click();
    await idle(tab);
    await tab.evaluate('window.scrollTo(0, 0)');
    await shoot(tab, 'main-tablet');
    await tab.locator('.scrubber__mark--decision').first().click();
    await tab.getByTestId('decision').waitFor({ timeout: 60_000 });
    await idle(tab);
    await tab.evaluate('window.scrollTo(0, 0)');
    await shoot(tab, 'decision-tablet');
    await tab.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await tab.waitForTimeout(300);
    await shoot(tab, 'panels-tablet');
    await tablet.close();

    // 10. In French: the language picked in the header, the French scenario, the same views.
    const french = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const fr = await french.newPage();
    fr.on('pageerror', (error) => console.error(`page error: ${String(error)}`));
    await fr.goto(dev.url, { waitUntil: 'load' });
    await ready(fr);
    await fr.getByLabel('Language').selectOption('fr');
    await fr.locator('.header-controls select').first().selectOption('dilemme-escorte.yaml');
    await fr.getByRole('heading', { name: 'Le dilemme de l’escorte' }).waitFor();
    await ready(fr);
    await fr.getByRole('button', { name: 'Aller à la MSEL 2' }).click();
    await idle(fr);
    for (let i = 0; i < 6; i++) await fr.getByRole('button', { name: 'Pas en avant' }).click();
    await select(fr, 'ocha-east');
    await idle(fr);
    await shoot(fr, 'main-fr');
    await fr.locator('.log-row').nth(2).click();
    await fr.getByTestId('log-entry').waitFor();
    await fr.waitForTimeout(300);
    await shoot(fr, 'log-entry-fr');
    await fr.getByRole('button', { name: 'Présentation', exact: true }).click();
    await fr.waitForTimeout(300);
    await shoot(fr, 'brief-fr');
    await fr.keyboard.press('Escape');
    await fr.locator('.scrubber__mark--decision').first().click();
    await fr.getByTestId('decision').waitFor({ timeout: 60_000 });
    await idle(fr);
    await shoot(fr, 'decision-fr');
    await fr.getByTestId('file-input').setInputFiles({
      name: 'invalid-schema.yaml',
      mimeType: 'text/yaml',
      buffer: readFileSync(`${ROOT}tests/fixtures/invalid-schema.yaml`),
    });
    await fr.getByTestId('errors').waitFor();
    await fr.waitForTimeout(300);
    await shoot(fr, 'errors-fr');
    await french.close();
  } finally {
    await browser.close();
    await dev.close();
  }
}

await main();
