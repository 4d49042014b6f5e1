// Checks the harness itself (dev server + Chromium + error capture) before the app exists;
// to be superseded by real app tests in tests/browser/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from '../helpers/browser.ts';

describe('browser harness', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBrowserHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('serves index.html from the Vite dev server to Chromium', async () => {
    const opened = await harness.open();
    expect(await opened.page.title()).toBe('PeaceMesh');
    expect(await opened.page.locator('#root').count()).toBe(1);
    await opened.close();
  });

  it('records uncaught page errors and console errors', async () => {
    const opened = await harness.open();
    await opened.page.evaluate(() => {
      console.error('probe console error');
      setTimeout(() => {
        throw new Error('probe page error');
      });
    });
    await expect.poll(() => opened.pageErrors.length).toBeGreaterThan(0);
    expect(opened.pageErrors.join('\n')).toContain('probe page error');
    expect(opened.consoleErrors).toContain('probe console error');
    await opened.close();
  });
});
