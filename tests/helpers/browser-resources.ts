// Vitest global set-up for the browser tests: what every browser test file used to start for
// itself — a Vite dev server of the app, a Chromium, a production build of the app and a
// `vite preview` server of that build (`startBuiltAppHarness()`) — started
// once per `vitest run` in vitest's own process and shared by every file. It runs only when
// the run holds browser files (a run of unit tests alone starts none of this). The dev server
// and Chromium start at once; so does the build when a file of the run serves the built app
// (tests/helpers/build-wanted.ts; else on a file's request: a run of files that only use the dev
// server never builds). Files reach them through a small HTTP endpoint on 127.0.0.1 whose
// address they get as `inject('browserResources')`. tests/helpers/browser.ts asks it
// (`startBrowserHarness()`, `launchChromium()`, `builtApp()`); each file still opens its own
// browser contexts and pages, so no storage or page is shared between tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/report/pdf';
import { markTimeline } from '../../scripts/test-timeline.ts';
import { startDevServer, startPreviewServer, type DevServer } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared browser resources (tests/helpers/browser-resources.ts). */
    browserResources: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * What a file asks for: `GET /dev` → `{ url }`, `GET /chromium` → `{ wsEndpoint }`, `GET /app` →
 * `{ dir }`, `GET /preview` → `{ url }` (the build served by `vite preview`).
 */
export type ResourceName = 'dev' | 'chromium' | 'app' | 'preview';

/**
 * Started on first use, then the same answer (or the same failure) for every file. Its start and
 * end are noted for the run's timeline (scripts/test-timeline.ts).
 */
function once<T>(
  name: string,
  start: () => Promise<T>,
): { get(): Promise<T>; started(): Promise<T> | null } {
  let promise: Promise<T> | null = null;
  const timed = async () => {
    markTimeline(`${name}: asked for`);
    try {
      return await start();
    } finally {
      markTimeline(`${name}: ready (or failed)`);
    }
  };
  return { get: () => (promise ??= timed()), started: () => promise };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const appDir = mkdtempSync(join(tmpdir(), 'peacemesh-test-app-'));
  const dev = once<DevServer>('dev server', startDevServer);
  const browser = once<BrowserServer>('Chromium', () =>
    chromium.launchServer({
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS],
      host: '127.0.0.1',
    }),
  );
  // Built afresh (never the dist/ of `npm ci`, which may be older than the source) into a
  // folder of this run; files serve it read-only through the exercise host or `vite preview`.
  const app = once('production build', async () => {
    await build({
      root: ROOT,
      configFile: `${ROOT}vite.config.ts`,
      logLevel: 'error',
      build: { outDir: appDir, emptyOutDir: true },
    });
    return appDir;
  });
  // The build served as a static host would (`startBuiltAppHarness()`), once the build is done.
  const served = once('preview server', async () => startPreviewServer(await app.get()));

  const answer: Record<ResourceName, () => Promise<unknown>> = {
    dev: async () => ({ url: (await dev.get()).url }),
    chromium: async () => ({ wsEndpoint: (await browser.get()).wsEndpoint() }),
    app: async () => ({ dir: await app.get() }),
    preview: async () => ({ url: (await served.get()).url }),
  };

  const server: Server = createServer((request, response) => {
    const name = request.url?.slice(1) as ResourceName;
    if (!Object.hasOwn(answer, name)) {
      response.writeHead(404).end();
      return;
    }
    answer[name]().then(
      (body) =>
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      (error: unknown) =>
        response
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
  });
  // A build on a loaded machine can take minutes: no socket timeout on our side.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  server.timeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('no port for the browser resources');
  project.provide('browserResources', `http://127.0.0.1:${address.port}`);
  // The dev server (its dependency pre-bundling) and Chromium start now, while the other
  // projects' tests run, rather than when the first browser file asks: nearly every browser
  // file uses both. A failure is reported to the files that ask, not here.
  dev.get().catch(() => {});
  browser.get().catch(() => {});
  // The build too when a file of the run serves it (tests/helpers/build-wanted.ts, from the
  // run's own list of files): the first such file otherwise waited for the whole build (16 s at
  // load 25) in its beforeAll, while the first files' pages mostly wait on their renders and
  // leave a core free.
  if (project.getProvidedContext().browserBuildWanted) app.get().catch(() => {});

  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const settle = async <T>(started: Promise<T> | null, stop: (value: T) => Promise<void>) => {
      if (started === null) return;
      const value = await started.catch(() => null);
      if (value !== null) await stop(value);
    };
    await Promise.all([
      settle(dev.started(), (d) => d.close()),
      settle(browser.started(), (b) => b.close()),
      settle(served.started(), (p) => p.close()),
      settle(app.started(), async () => {}),
    ]);
    rmSync(appDir, { recursive: true, force: true });
  };
}
