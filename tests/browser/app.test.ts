// The web app end to end in real Chromium against the Vite dev server: the default scenario
// loads, the mesh shows every actor, playback and stepping are exact, decisions fork, bad
// files are reported with their places, a reload returns to the same point, and axe finds
// no serious accessibility problem. Every test also checks the page logged no errors.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { loadScenario, formatTime, type Scenario } from '../../src/core/index.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { startBrowserHarness, type BrowserHarness, type OpenedPage } from '../helpers/browser.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The scenario the app opens first: the named default, else the first file alphabetically. */
function defaultScenario(): { file: string; scenario: Scenario } {
  const files = readdirSync(`${ROOT}/scenarios`)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const file = files.includes('carana-three-bad-days.yaml')
    ? 'carana-three-bad-days.yaml'
    : files[0];
  if (!file) throw new Error('scenarios/ is empty');
  const loaded = loadScenario(readFileSync(`${ROOT}/scenarios/${file}`, 'utf8'), file);
  if (!loaded.ok)
    throw new Error(`${file} does not load: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return { file, scenario: loaded.scenario };
}

const { scenario } = defaultScenario();

async function openApp(harness: BrowserHarness): Promise<OpenedPage> {
  const opened = await harness.open('', { viewport: { width: 1600, height: 900 } });
  await ready(opened.page);
  return opened;
}

async function ready(page: Page): Promise<void> {
  await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 30_000 });
  await page.locator('.busy').waitFor({ state: 'detached' });
}

async function nodeIds(page: Page): Promise<string[]> {
  const nodes = await page.locator('.pm-nodes g[data-id]').all();
  return Promise.all(nodes.map(async (node) => (await node.getAttribute('data-id')) ?? ''));
}

const clock = (page: Page) => page.getByTestId('clock').textContent();
const logCount = (page: Page) => page.getByTestId('log-count').textContent();
const inspector = (page: Page) => page.getByTestId('inspector').innerText();

/** What a student sees of a position. */
async function seen(page: Page) {
  return { clock: await clock(page), log: await logCount(page), inspector: await inspector(page) };
}

async function selectNode(page: Page, id: string): Promise<void> {
  const node = page.locator(`.pm-nodes g[data-id="${id}"]`);
  await node.focus();
  await page.keyboard.press('Enter');
}

// The tests run side by side, each in a page and a browser context of its own (nothing shared
// but the browser): a page of the app spends most of its time waiting on its renders, so one
// test's wait is another's work. Each asserts with its own `expect` (the test context's), so a
// failure is reported against the test it belongs to.
describe.concurrent('PeaceMesh app in Chromium', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBrowserHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('opens the default scenario with one graph node per actor', async ({ expect }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    await expect.poll(() => page.locator('h1').textContent()).toBe(scenario.title);
    const ids = await nodeIds(page);
    expect([...ids].sort()).toEqual(scenario.actors.map((a) => a.id).sort());
    expect(await clock(page)).toBe('T+00:00');
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('plays: the clock and the log move on', async ({ expect }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    const before = await logCount(page);
    await page.getByLabel('Speed').selectOption('120');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => clock(page), { timeout: 10_000 }).not.toBe('T+00:00');
    await expect.poll(() => logCount(page), { timeout: 10_000 }).not.toBe(before);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await clock(page);
    await page.waitForTimeout(400);
    expect(await clock(page)).toBe(paused);
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('selecting a node fills the inspector; step back returns to exactly the same state', async ({
    expect,
  }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    const actor = scenario.actors[0]!;
    expect(await inspector(page)).toMatch(/Select an actor/);
    await selectNode(page, actor.id);
    await expect.poll(() => inspector(page)).toContain(actor.name);
    expect(await inspector(page)).toMatch(/Time per task/);

    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    const before = await seen(page);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(() => logCount(page)).not.toBe(before.log);
    const after = await seen(page);
    await page.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(() => seen(page)).toEqual(before);
    // and forward again lands on the same event
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => seen(page)).toEqual(after);
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('pauses at a decision point; a choice is recorded, and another choice forks a branch', async ({
    expect,
  }) => {
    const decision = scenario.decisions[0];
    expect(decision, 'the default scenario has a decision point').toBeDefined();
    const opened = await openApp(harness);
    const { page } = opened;
    await page.locator('.scrubber__mark--decision').first().click();
    const card = page.getByTestId('decision');
    await card.waitFor({ timeout: 30_000 });
    expect(await clock(page)).toBe(formatTime(decision!.at));
    expect(await page.getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
    const [first, second] = decision!.options;
    await card.getByRole('button', { name: second!.label }).click();
    await card.waitFor({ state: 'detached' });
    expect(await page.getByText(`Decision recorded: ${second!.label}`).count()).toBe(1);

    // back before the decision: the branch will choose the same, unless told otherwise
    await page.getByRole('button', { name: 'Step back' }).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    const banner = page.getByRole('region', { name: 'Decision ahead' });
    await expect.poll(() => banner.textContent()).toContain(second!.label);
    await banner.getByRole('button', { name: first!.label }).click();
    await page.locator('.busy').waitFor({ state: 'detached' });
    const branches = page.locator('.branch');
    await expect.poll(() => branches.count()).toBe(2);
    expect(await branches.nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await branches.nth(1).textContent()).toContain(first!.label);
    expect(await clock(page)).toBe(formatTime(decision!.at));

    // both branches are kept: switch back and compare
    await branches.nth(0).click();
    await expect.poll(() => branches.nth(0).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Compare outcomes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare branches' });
    await dialog.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await dialog.locator('thead th').count()).toBe(3);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('shows every error of an invalid file with its line and column, and keeps the run', async ({
    expect,
  }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    await page.getByRole('button', { name: 'Step forward' }).click();
    const before = await seen(page);
    const bad = ['version: 1', 'id: Not An Id', 'title: 3', 'colour: blue', 'actors: []', ''].join(
      '\n',
    );
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'bad.yaml', mimeType: 'text/yaml', buffer: Buffer.from(bad) });
    const panel = page.getByTestId('errors');
    await panel.waitFor();
    const items = await panel.locator('li').allTextContents();
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) expect(item).toMatch(/^bad\.yaml:\d+:\d+/);
    expect(await seen(page)).toEqual(before);
    expect(await page.locator('h1').textContent()).toBe(scenario.title);
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('opens a dropped-in scenario file with the button, as a new run', async ({ expect }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    const drill = readFileSync(`${ROOT}/tests/fixtures/app-decision-drill.yaml`);
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'drill.yaml', mimeType: 'text/yaml', buffer: drill });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Decision drill');
    await expect.poll(() => page.locator('.pm-nodes g[data-id]').count()).toBe(5);
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('autosaves: a reload returns to the same point', async ({ expect }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    const actor = scenario.actors[1]!;
    await selectNode(page, actor.id);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    const stepped = await clock(page);
    const slider = page.getByRole('slider', { name: 'Exercise time' });
    await slider.focus();
    await page.keyboard.press('ArrowRight'); // one simulated minute later, between events
    await expect.poll(() => clock(page)).not.toBe(stepped);
    await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
    const before = await seen(page);
    expect(before.inspector).toContain(actor.name);
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await expect.poll(() => seen(page), { timeout: 20_000 }).toEqual(before);
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('has no serious or critical accessibility violations on the main view (axe-core)', async ({
    expect,
  }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    await selectNode(page, scenario.actors[0]!.id);
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(JSON.stringify(await seriousViolations(page), null, 1)).toBe('[]');
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('exercise control: a live inject pushed from the dialog is logged and on the timeline, and survives a reload', async ({
    expect,
  }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    const [from, to] = scenario.actors;
    await page.getByRole('button', { name: 'Go to MSEL 2' }).click();
    await page.locator('.busy').waitFor({ state: 'detached' });
    const slider = page.getByRole('slider', { name: 'Exercise time' });
    await slider.focus();
    await page.keyboard.press('ArrowRight'); // a minute later, between events
    await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
    const when = await clock(page);

    await slider.blur(); // shortcuts are ignored while a field has the keyboard
    await page.keyboard.press('i');
    const dialog = page.getByRole('dialog', { name: 'Push a live inject' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`Happens at ${when}`);
    await dialog.getByRole('button', { name: 'Push inject' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/check the 4 fields/);
    expect(JSON.stringify(await seriousViolations(page), null, 1)).toBe('[]');

    await dialog.getByLabel('From').selectOption({ label: from!.name });
    await dialog.getByRole('checkbox', { name: to!.name }).check();
    await dialog.getByLabel('What it says').fill('Armed group seen on the Tokono road');
    await dialog
      .getByLabel('Inject text (MSEL)')
      .fill('Radio call to EXCON: armed group seen on the Tokono road.');
    await dialog.getByRole('button', { name: 'Push inject' }).click();
    await dialog.waitFor({ state: 'detached' });

    const logRow = page.locator('.log-row', { hasText: 'live inject: Radio call to EXCON' });
    await expect.poll(() => logRow.count()).toBe(1);
    expect(await logRow.locator('.log-row__time').textContent()).toBe(when);
    expect(await logRow.locator('.tag').textContent()).toBe('Live inject');
    const live = page.getByTestId('live-inject');
    expect(await live.count()).toBe(1);
    expect(await live.locator('.tl-time').textContent()).toBe(when);
    expect(await live.textContent()).toContain('Radio call to EXCON');
    expect(await live.textContent()).toContain(`${from!.name} → ${to!.name}`);
    expect(await page.locator('.scrubber__mark--live').count()).toBe(1);

    await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
    const before = { clock: await clock(page), log: await logCount(page) };
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await expect
      .poll(async () => ({ clock: await clock(page), log: await logCount(page) }), {
        timeout: 20_000,
      })
      .toEqual(before);
    expect(
      await page.locator('.log-row', { hasText: 'live inject: Radio call to EXCON' }).count(),
    ).toBe(1);
    expect(await page.getByTestId('live-inject').locator('.tl-time').textContent()).toBe(when);
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });

  it('Focus gives the mesh the whole workspace and frames it larger; Escape brings the panels back', async ({
    expect,
  }) => {
    const opened = await openApp(harness);
    const { page } = opened;
    const stage = () => page.locator('.graph-area__stage').boundingBox();
    const scale = async () =>
      Number(
        /scale\(([-\d.e]+)\)/.exec(
          (await page.locator('.pm-viewport').getAttribute('transform')) ?? '',
        )?.[1],
      );
    const small = (await stage())!;
    const fitted = await scale();
    await page.getByRole('button', { name: 'Focus' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Event log' }).isVisible())
      .toBe(false);
    expect(await page.getByText('MSEL timeline').isVisible()).toBe(false);
    const big = (await stage())!;
    // The mesh already has the workspace's full height beside the side columns; focus gives
    // it the full width too.
    expect(big.width).toBeGreaterThan(small.width * 1.4);
    expect(big.height).toBeGreaterThanOrEqual(small.height - 1);
    await expect.poll(scale).toBeGreaterThanOrEqual(fitted);
    expect(await page.getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
    await page.locator('body').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: 'Event log' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Focus' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(opened.errors()).toEqual([]);
    await opened.close();
  });
});
