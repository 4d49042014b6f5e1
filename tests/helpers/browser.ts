// Browser-test harness: a Vite dev server for the app plus Debian's Chromium driven by
// playwright-core (a test tool's own browser download fails on these machines).
// Typical use: `const h = await startBrowserHarness()` in beforeAll, `await h.close()` in afterAll.
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/report/pdf';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export { CHROMIUM_ARGS };

export interface DevServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  readonly server: ViteDevServer;
  close(): Promise<void>;
}

/** Starts the app's Vite dev server (vite.config.ts) on a free port of 127.0.0.1. */
export async function startDevServer(): Promise<DevServer> {
  const server = await createServer({
    root: ROOT,
    configFile: `${ROOT}/vite.config.ts`,
    logLevel: 'warn',
    clearScreen: false,
    // No file watching or HMR: tests load a fixed tree, and watchers outlive a failed test.
    server: { host: '127.0.0.1', port: 0, strictPort: false, watch: null, hmr: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await server.close();
    throw new Error('Vite dev server started but reported no local URL');
  }
  return { url, server, close: () => server.close() };
}

/** Launches headless Chromium; `CHROMIUM_PATH` overrides the Debian default `/usr/bin/chromium`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

export interface OpenedPage {
  readonly page: Page;
  /** `console.error` messages, in order. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page, in order. */
  readonly pageErrors: string[];
  /** Both of the above, for a one-line "the page is clean" assertion. */
  errors(): string[];
  /** Closes the page and its browser context. */
  close(): Promise<void>;
}

/**
 * Opens a fresh page (own context, so no shared storage between tests) that records console
 * errors and page errors, then navigates to `url` and waits for the load event.
 */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    consoleErrors,
    pageErrors,
    errors: () => [...pageErrors, ...consoleErrors],
    close: () => context.close(),
  };
}

export interface BrowserHarness {
  readonly url: string;
  readonly browser: Browser;
  /** Opens `path` (relative to the dev server's base URL, default the app) in a fresh page. */
  open(path?: string): Promise<OpenedPage>;
  /** Closes the browser (with every page still open) and the dev server. Safe to call twice. */
  close(): Promise<void>;
}

/** Dev server + Chromium together. */
export async function startBrowserHarness(): Promise<BrowserHarness> {
  const dev = await startDevServer();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await dev.close();
    throw error;
  }
  let closed = false;
  return {
    url: dev.url,
    browser,
    open: (path = '') => openPage(browser, new URL(path, dev.url).href),
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().finally(() => dev.close());
    },
  };
}
