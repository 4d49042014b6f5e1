import { startBrowserHarness } from '../tests/helpers/browser.ts';
const h = await startBrowserHarness();
try {
  const o = await h.open('');
  const { page } = o;
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 120_000 });
  await page.locator('.busy').waitFor({ state: 'detached', timeout: 120_000 });
  await page.getByLabel('Speed').selectOption('360');
  await page.evaluate(`(() => {
    const seen = (globalThis.__sizes = []);
    const sel = ['.pm-graph-view__svg', '.graph-area__stage', '.playback', '.graph-area', '.area-centre', '.graph-area__legend', '.clock'];
    const tick = () => {
      seen.push(sel.map((s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return r ? r.width.toFixed(1) + 'x' + r.height.toFixed(1) : '-'; }).join(' | '));
      if (seen.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(4000);
  const sizes = (await page.evaluate('globalThis.__sizes')) as string[];
  const c = new Map<string, number>();
  for (const s of sizes) c.set(s, (c.get(s) ?? 0) + 1);
  for (const [k, v] of c) console.log(v, k);
  await o.close();
} finally {
  await h.close();
}
