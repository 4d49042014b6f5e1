// The app's initial JavaScript: every script the first screen waits for, found by loading a
// production build in headless Chromium, not from a hand-kept list. A chunk counts when the
// page cannot paint its first screen without it:
//   - the entry script and its static imports (what index.html preloads): a module cannot run
//     before every module it imports statically;
//   - each chunk the entry awaits before its first render (today the renderer and the app's
//     words in the page's language), with its own static imports.
// An English page and a French page (`?lang=fr`) are each measured so, on their own.
// The page is served from the build folder by request interception, and every script outside
// the set found so far is held back (never answered). When the page is stuck — no first screen,
// nothing new requested, the main thread answering — the earliest held-back request is what it
// waits for: it joins the set (with its static imports, from Vite's build manifest) and the
// page loads again. Anything fetched in the background (the engine, the mesh graph, workers)
// stays held back and is listed apart as loaded on demand.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Route } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../tests/helpers/browser.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** A made-up origin: Chromium asks it for every file and the bench answers from the build. */
const ORIGIN = 'http://peacemesh.bench';
/** The first screen: the header and the mesh panel of the app drawn (not a loading fallback). */
const FIRST_SCREEN = `!!document.querySelector('#root header') && !!document.getElementById('mesh')`;
/** Nothing requested for this long, the page answering, no first screen: the page is stuck. */
const QUIET_MS = 1000;
/** One page load should not take longer than this, even on a loaded machine. */
const LOAD_TIMEOUT_MS = 120_000;

export interface ChunkSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
  /** How the first screen gets it: the entry or its static imports, or awaited by the entry. */
  readonly how: 'entry' | 'preload' | 'awaited';
}

export interface BundleSize {
  /** What an English page's first screen waits for (the budget). */
  readonly initial: ChunkSize[];
  readonly initialGzip: number;
  /** What a French page's (`?lang=fr`) first screen waits for (the same budget). */
  readonly french: ChunkSize[];
  readonly frenchGzip: number;
  /** Of those, what a French page waits for and an English page does not, and the reverse. */
  readonly frenchExtra: ChunkSize[];
  readonly englishOnly: ChunkSize[];
  readonly lazyGzip: number;
  readonly lazyFiles: number;
}

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly isEntry?: boolean;
}

export async function measureBundle(): Promise<BundleSize> {
  const out = mkdtempSync(join(tmpdir(), 'peacemesh-bundle-'));
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true, manifest: true },
    });
    const manifest = JSON.parse(
      readFileSync(join(out, '.vite', 'manifest.json'), 'utf8'),
    ) as Record<string, ManifestChunk>;
    const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));
    /** A chunk with the chunks it imports statically, recursively (files relative to `out`). */
    const closure = (file: string): string[] => {
      const seen = new Set<string>();
      const visit = (f: string) => {
        if (seen.has(f)) return;
        seen.add(f);
        for (const key of byFile.get(f)?.imports ?? []) visit(manifest[key]!.file);
      };
      visit(file);
      return [...seen];
    };
    const entry = Object.values(manifest).find((c) => c.isEntry && c.file.endsWith('.js'));
    if (entry === undefined) throw new Error('the build manifest names no entry script');

    const size = (file: string, how: ChunkSize['how']): ChunkSize => {
      const bytes = readFileSync(join(out, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, how };
    };
    const browser = await launchChromium();
    try {
      const english = await firstScreenScripts(browser, out, '', closure);
      const french = await firstScreenScripts(browser, out, '?lang=fr', closure);
      const preloaded = new Set(closure(entry.file));
      const how = (file: string): ChunkSize['how'] =>
        file === entry.file ? 'entry' : preloaded.has(file) ? 'preload' : 'awaited';
      const initial = english.map((f) => size(f, how(f)));
      const frenchSizes = french.map((f) => size(f, how(f)));
      const frenchExtra = frenchSizes.filter((f) => !english.includes(f.file));
      const englishOnly = initial.filter((f) => !french.includes(f.file));
      const all = listJs(out).map((f) => f.slice(out.length + 1));
      const lazy = all
        .filter((f) => !english.includes(f) && !french.includes(f))
        .map((f) => size(f, 'awaited'));
      const sum = (files: readonly ChunkSize[]) => files.reduce((n, f) => n + f.gzip, 0);
      return {
        initial,
        initialGzip: sum(initial),
        french: frenchSizes,
        frenchGzip: sum(frenchSizes),
        frenchExtra,
        englishOnly,
        lazyGzip: sum(lazy),
        lazyFiles: lazy.length,
      };
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The scripts (files relative to the build folder, in the order found) the page at `search`
 * cannot draw its first screen without: loads it again, one script more each time, until it
 * draws.
 */
async function firstScreenScripts(
  browser: Browser,
  out: string,
  search: string,
  closure: (file: string) => string[],
): Promise<string[]> {
  const allowed: string[] = [];
  for (let round = 0; round < 50; round++) {
    const stuckOn = await loadOnce(browser, out, search, new Set(allowed));
    if (stuckOn === null) return allowed;
    for (const f of closure(stuckOn)) if (!allowed.includes(f)) allowed.push(f);
  }
  throw new Error(`the page${search} still waits after 50 scripts`);
}

/** One page load with only `allowed` scripts answered: null when the first screen is drawn,
 * else the earliest script held back. */
async function loadOnce(
  browser: Browser,
  out: string,
  search: string,
  allowed: ReadonlySet<string>,
): Promise<string | null> {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    const held: string[] = [];
    let lastRequest = Date.now();
    await page.route(`${ORIGIN}/**`, (route: Route) => {
      lastRequest = Date.now();
      const file = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^\//, '');
      const path = join(out, file === '' ? 'index.html' : file);
      if (file.endsWith('.js') && !allowed.has(file)) {
        if (!held.includes(file)) held.push(file);
        return; // held back: never answered
      }
      let body: Buffer;
      try {
        body = readFileSync(path);
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
      return route.fulfill({
        status: 200,
        body,
        contentType: TYPES[extname(path)] ?? 'application/octet-stream',
      });
    });
    void page.goto(`${ORIGIN}/${search}`).catch(() => undefined);
    const started = Date.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Answered by the page's main thread: while it runs scripts, this waits.
      const drawn = (await page.evaluate(FIRST_SCREEN).catch(() => false)) as boolean;
      if (drawn) return null;
      if (held.length > 0 && Date.now() - lastRequest > QUIET_MS) return held[0]!;
      if (Date.now() - started > LOAD_TIMEOUT_MS)
        throw new Error(`the page${search} neither drew its first screen nor asked for a script`);
    }
  } finally {
    await context.close();
  }
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

function listJs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJs(path);
    return name.endsWith('.js') ? [path] : [];
  });
}
