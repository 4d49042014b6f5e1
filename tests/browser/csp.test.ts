// The built app under its Content-Security-Policy (vite.config.ts), served by `vite preview`
// as a static host would: the main view plays and the comparison view runs its Web Workers
// and draws its charts without a single policy violation or console error. The build is also
// where the app's own words are precompiled and the first screen has no ICU parser
// (vite.config.ts): a French page and the pseudo-locale play from it too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtApp, launchChromium, type BuiltApp } from '../helpers/browser.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the built app under its Content-Security-Policy', () => {
  let app: BuiltApp;
  let outDir: string;
  let server: PreviewServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    app = await builtApp();
    outDir = app.dir;
    server = await preview({
      root: ROOT,
      configFile: `${ROOT}/vite.config.ts`,
      logLevel: 'error',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    url = server.resolvedUrls?.local[0] ?? '';
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    app?.close();
  });

  it('carries the policy in the page and in the preview header', async () => {
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;;/,
    );
    const response = await fetch(url);
    expect(response.headers.get('content-security-policy')).toMatch(
      /script-src 'self';.*frame-ancestors 'none'/,
    );
  });

  it('plays the main view and runs a comparison with no violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // A string: this file is type-checked without the DOM library.
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))",
    );
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 60_000 });
    await page.locator('.busy').waitFor({ state: 'detached', timeout: 60_000 });
    // Plays until the clock has moved on, then pauses.
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('clock').textContent()).not.toBe('T+00:00');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Compare structures' }).click();
    await page.getByRole('button', { name: 'Run comparison' }).waitFor({ timeout: 30_000 });
    await page.locator('input[name="seeds"]').fill('2');
    await page.locator('input[name="workers"]').fill('2');
    await page.getByRole('button', { name: 'Run comparison' }).click();
    await page.getByText(/2 seeds — \d+ of \d+ runs/).waitFor({ timeout: 120_000 });
    await page.locator('figure svg, svg[class^="plot"]').first().waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  // The build's first screen formats the app's words from precompiled ASTs; the log's words,
  // which come with the engine, are text parsed then. Both, in French and in the pseudo-locale.
  // A page fetches the catalogs of its own language only (a French page none of the English
  // words, on its first screen or with the engine), and another's when the reader switches.
  const WORDS: Readonly<Record<string, readonly [string, RegExp]>> = {
    en: ['Event log', /chaired by/],
    fr: ['Journal des événements', /présidée par/],
    'en-XA': ['⟦Évéñt lög⟧', /çhåîréd bý/],
  };
  it.each([
    ['fr', /\/(app-)?en-[\w-]+\.js$/, ['en', 'fr']],
    ['en-XA', /\/(app-)?fr-[\w-]+\.js$/, ['fr', 'en']],
  ] as const)(
    'plays a page in %s with every word in it, and switches language both ways',
    async (lang, notFetched, switches) => {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      const problems: string[] = [];
      const scripts: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => {
        if (r.url().endsWith('.js')) scripts.push(r.url());
      });
      await page.goto(`${url}?lang=${lang}`, { waitUntil: 'load' });
      await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 60_000 });
      await page.locator('.busy').waitFor({ state: 'detached', timeout: 60_000 });
      const [logTitle, logWords] = WORDS[lang]!;
      // Plays until the log holds the engine's words, then pauses.
      await page.keyboard.press('Space');
      await expect
        .poll(async () => (await page.locator('.event-log').textContent()) ?? '')
        .toMatch(logWords);
      await page.keyboard.press('Space');
      const text = (await page.locator('body').textContent()) ?? '';
      expect(text).toContain(logTitle);
      expect(text).toMatch(logWords);
      expect(scripts.filter((s) => notFetched.test(s))).toEqual([]);
      for (const next of switches) {
        await page.locator('.field--lang select').first().selectOption(next);
        const [title, words] = WORDS[next]!;
        await page.getByText(title).first().waitFor({ timeout: 30_000 });
        expect(await page.evaluate('document.documentElement.lang')).toBe(next);
        expect((await page.locator('body').textContent()) ?? '').toMatch(words);
      }
      expect(problems).toEqual([]);
      await context.close();
    },
    240_000,
  );
});
