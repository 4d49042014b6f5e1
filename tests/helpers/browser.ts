// Browser-test harness: a Vite dev server for the app plus Debian's Chromium driven by
// playwright-core (a test tool's own browser download fails on these machines).
// Typical use: `const h = await startBrowserHarness()` in beforeAll, `await h.close()` in afterAll.
// Under `vitest run`, the dev server, Chromium and the built app are the run's shared ones
// (tests/helpers/browser-resources.ts): started once, not once per file. Outside vitest (the
// bench, scripts) each call starts its own, as before. A test reads a download with
// `downloadText()` (or `download.saveAs()`): `download.path()` is not available on a browser
// reached through a connection, as the shared Chromium is.
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { build, createServer, preview, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/report/pdf';
import type { startTestHost, TestHost } from '../../src/server/testing';
import type { ResourceName } from './browser-resources';

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

/**
 * The run's shared resource `name` when this file runs under vitest with the browser set-up,
 * else null. Asked over HTTP with no time limit of our own: the first ask starts it (a build
 * takes minutes on a loaded machine), the test's hook timeout bounds the wait.
 */
async function shared<T>(name: ResourceName): Promise<T | null> {
  if (!process.env['VITEST']) return null;
  const { inject } = await import('vitest');
  const base = inject('browserResources');
  if (!base) return null;
  return new Promise<T>((resolve, reject) => {
    get(`${base}/${name}`, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        if (response.statusCode === 200) resolve(JSON.parse(body) as T);
        else reject(new Error(`the run's shared ${name} did not start:\n${body}`));
      });
      response.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * Headless Chromium; `CHROMIUM_PATH` overrides the Debian default `/usr/bin/chromium`. Under
 * vitest, a connection to the run's one Chromium: `close()` ends the connection and the
 * contexts opened through it, not the browser the other files use.
 */
export async function launchChromium(): Promise<Browser> {
  const server = await shared<{ wsEndpoint: string }>('chromium');
  if (server) return chromium.connect(server.wsEndpoint);
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** A download's content as UTF-8 text, from a shared or a local browser alike. */
export async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface BuiltApp {
  /** Folder of the production build (index.html and assets), to serve read-only. */
  readonly dir: string;
  /** Removes the folder if this call built it; the run's shared build stays for other files. */
  close(): void;
}

/**
 * The app built for production (`vite build`) from the source as it is, never a stale dist/.
 * Under vitest, the run's one build, made on the first file's request.
 */
export async function builtApp(): Promise<BuiltApp> {
  const app = await shared<{ dir: string }>('app');
  if (app) return { dir: app.dir, close: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'peacemesh-app-'));
  await build({
    root: ROOT,
    configFile: `${ROOT}/vite.config.ts`,
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, close: () => rmSync(dir, { recursive: true, force: true }) };
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

/** How a page opens. */
export interface PageOptions {
  /** The window's size from the start (the browser's default 1280×720 otherwise). */
  readonly viewport?: { readonly width: number; readonly height: number };
}

/**
 * Opens a fresh page (own context, so no shared storage between tests) that records console
 * errors and page errors, then navigates to `url` and waits for the load event. A page opened at
 * the size its test needs lays the app out once, rather than at the default size and again
 * when resized.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: PageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext(
    options.viewport ? { viewport: { ...options.viewport } } : {},
  );
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
  /** Opens `path` (relative to the app server's base URL, default the app) in a fresh page. */
  open(path?: string, options?: PageOptions): Promise<OpenedPage>;
  /** Closes the browser (with every page still open) and the app server. Safe to call twice. */
  close(): Promise<void>;
}

/** A server of the app over HTTP: its base URL (trailing slash) and how to stop it. */
interface AppServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a production build of the app (`builtApp()`'s folder) with `vite preview`, as a static
 * host would, with the preview's Content-Security-Policy header, on a free port of 127.0.0.1.
 */
export async function startPreviewServer(outDir: string): Promise<AppServer> {
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}/vite.config.ts`,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await server.close();
    throw new Error('vite preview started but reported no local URL');
  }
  return { url, close: () => server.close() };
}

/**
 * Dev server + Chromium together. Under vitest, the run's shared ones (`close()` then closes
 * this file's pages and connection only); elsewhere, started for this harness alone.
 */
export async function startBrowserHarness(): Promise<BrowserHarness> {
  const sharedDev = await shared<{ url: string }>('dev');
  const dev = sharedDev ? { url: sharedDev.url, close: async () => {} } : await startDevServer();
  return harnessOn(dev);
}

/**
 * The production build of the app (`builtApp()`) served by `vite preview`, + Chromium: what a
 * user's browser runs. Opening a page of it costs Chromium about a third less CPU than the dev
 * server's (one bundle instead of hundreds of modules, React's production build), so a file
 * whose checks are of what the user sees uses this one; a file that needs dev mode (the test
 * pages of tests/browser/pages/, React's development checks) uses `startBrowserHarness()`.
 * Under vitest, the run's shared build and preview server.
 */
export async function startBuiltAppHarness(): Promise<BrowserHarness> {
  const sharedPreview = await shared<{ url: string }>('preview');
  if (sharedPreview) return harnessOn({ url: sharedPreview.url, close: async () => {} });
  const app = await builtApp();
  let server: AppServer;
  try {
    server = await startPreviewServer(app.dir);
  } catch (error) {
    app.close();
    throw error;
  }
  return harnessOn({ url: server.url, close: () => server.close().finally(() => app.close()) });
}

async function harnessOn(dev: AppServer): Promise<BrowserHarness> {
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
    open: (path = '', options = {}) => openPage(browser, new URL(path, dev.url).href, options),
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().finally(() => dev.close());
    },
  };
}

export interface HostHarness {
  /** The exercise host, serving the built app, with one exercise of the default scenario. */
  readonly t: TestHost;
  /** The host's HTTP base URL (no trailing slash). */
  readonly base: string;
  readonly browser: Browser;
  /** The built app the host serves (for a host restarted on the same journal). */
  readonly appDir: string;
  /** Opens `path` (from the host's base URL) in a fresh page, closed with the harness. */
  open(path: string, options?: PageOptions): Promise<OpenedPage>;
  /** Closes the pages, the browser and the host; removes the journal and the built app. */
  close(): Promise<void>;
}

/**
 * A hosted exercise for browser tests: the built app (`builtApp()`), served by an exercise host as
 * `peacemesh serve` serves it, and Chromium. Call in beforeAll (allow a few minutes on a loaded
 * machine), `close()` in afterAll.
 */
export async function startHostHarness(
  options: Omit<Parameters<typeof startTestHost>[0] & object, 'appDir'> = {},
): Promise<HostHarness> {
  // Loaded here: the host (SQLite, Fastify) is only for the tests that host an exercise.
  const { startTestHost: start } = await import('../../src/server/testing');
  const app = await builtApp();
  let t: TestHost | undefined;
  let browser: Browser | undefined;
  try {
    t = await start({ ...options, appDir: app.dir });
    browser = await launchChromium();
  } catch (error) {
    await t?.host.close();
    if (t) rmSync(t.dataDir, { recursive: true, force: true });
    app.close();
    throw error;
  }
  const host = t;
  const chromium = browser;
  const base = host.url.replace(/^ws/, 'http');
  const pages: OpenedPage[] = [];
  let closed = false;
  return {
    t: host,
    base,
    browser: chromium,
    appDir: app.dir,
    async open(path, options = {}) {
      const page = await openPage(chromium, `${base}${path}`, options);
      pages.push(page);
      return page;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const p of pages) await p.close().catch(() => {});
      await chromium.close().catch(() => {});
      // A test may have stopped the host already (a restart on the same journal).
      await host.host.close().catch(() => {});
      rmSync(host.dataDir, { recursive: true, force: true });
      app.close();
    },
  };
}

/**
 * Waits until what `selectors` match has come to rest: for `frames` animation frames in a row,
 * their number, boxes and `transform` attributes (the SVG graph's camera is the `transform` of
 * `.pm-viewport`) stayed the same, with any SVG graph's layout settled. A wait on the page's
 * frames, not on the clock: however slowly a loaded machine draws, a glide or a reflow still
 * changes something from one frame to the next until it is over. The page's code runs as a
 * string: the tests compile without the DOM's types.
 */
export async function atRest(
  page: Page,
  selectors = '.pm-viewport, .workspace, .app-header, .panel',
  options: { frames?: number; timeout?: number } = {},
): Promise<void> {
  const frames = options.frames ?? 5;
  const timeout = options.timeout ?? 60_000;
  await page.evaluate(`new Promise((resolve, reject) => {
    const look = () => {
      const graphs = [...document.querySelectorAll('svg.pm-graph')];
      if (graphs.some((g) => g.getAttribute('data-layout') !== 'settled')) return null;
      return JSON.stringify(
        [...document.querySelectorAll(${JSON.stringify(selectors)})].map((e) => {
          const r = e.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height, e.getAttribute('transform')];
        }),
      );
    };
    // A guard against a page that never rests, so the test fails with a reason, not a hang.
    const guard = setTimeout(
      () => reject(new Error('still moving after ${timeout} ms: ' + ${JSON.stringify(selectors)})),
      ${timeout},
    );
    let last = look();
    let same = 0;
    const next = () => {
      const now = look();
      same = now !== null && now === last ? same + 1 : 0;
      last = now;
      if (same < ${frames}) return requestAnimationFrame(next);
      clearTimeout(guard);
      resolve(true);
    };
    requestAnimationFrame(next);
  })`);
}
