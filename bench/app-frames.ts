// The app playing the default scenario at top speed in headless Chromium: frame times while the
// clock runs (the engine, the store, React panels, the graph and the log all at work), and
// whether the simulation keeps pace with the clock, and the page's CPU per frame from a trace. Budget (docs/BENCHMARKS.md): frame p95
// ≤ 16.7 ms with the simulation keeping pace. The app is the production build (what users
// run: React's development build alone costs several times more per commit), built into a
// temporary folder and served by `vite preview`. Run from bench/main.ts (section `app`);
// alone: `npx tsx bench/app-frames.ts`. The frame intervals are those of requestAnimationFrame's
// timestamps (when each frame began), so the idle page reads one vsync (16.6–16.8 ms, the
// timers' 0.1 ms coarsening); beside them, the same intervals in display periods and Chrome's
// own presented / dropped count from the trace (bench/frame-pacing.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { percentile } from '../src/core/index.ts';
import { SPEEDS } from '../src/store/appStore.ts';
import { launchChromium, openPage } from '../tests/helpers/browser.ts';
import { traceCpuPerFrame } from './trace-cpu.ts';
import { chromeFrames, countVsyncs, type ChromeFrames, type VsyncCount } from './frame-pacing.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface AppFrameResult {
  /** Simulated minutes per wall second. */
  speed: number;
  p50: number;
  p95: number;
  max: number;
  frames: number;
  /** Frames over 1.5 vsyncs (25 ms). */
  dropped: number;
  /** Simulated time advanced ÷ what the clock asked for (speed × wall time): 1 keeps pace. */
  pace: number;
  /** Log entries written while measured. */
  entries: number;
  /** p95 on the same page while paused: the floor of this measure on this machine now. */
  idleP95: number;
  /** The played frames' intervals in display periods: on time, late, vsyncs missed. */
  vsyncs?: VsyncCount;
  /** The paused page's, the same way. */
  idleVsyncs?: VsyncCount;
  /** Chrome's own count of the played frames in the trace: presented, partial, dropped. */
  chrome?: ChromeFrames;
  /**
   * Renderer main-thread CPU per frame while playing (script, style, layout, paint), ms, from a
   * trace of the same window: what the page asks of a core, which moves far less with the
   * machine's load than frame times do.
   */
  mainCpu?: number;
  /** Raster-worker CPU per frame over the same window, ms. */
  rasterCpu?: number;
}

/** At most this long of playback is measured (the run may stop sooner at a decision point). */
const PLAY_MS = 6000;
const TOP_SPEED = Math.max(...SPEEDS);

export async function benchAppFrames(): Promise<AppFrameResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'peacemesh-bench-app-'));
  const configFile = join(ROOT, 'vite.config.ts');
  await build({ root: ROOT, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  try {
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('vite preview reported no local URL');
    const opened = await openPage(browser, url);
    const { page } = opened;
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 120_000 });
    await page.locator('.busy').waitFor({ state: 'detached', timeout: 120_000 });
    // As source text: a function passed from Node would carry the transpiler's helpers along.
    const record = () =>
      page.evaluate(`(() => {
        const g = globalThis;
        g.__frames = [];
        g.__recording = true;
        const tick = (now) => {
          if (!g.__recording) return;
          g.__frames.push(now);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })()`);
    const stop = () =>
      page.evaluate(
        `(() => { globalThis.__recording = false; return globalThis.__frames; })()`,
      ) as Promise<number[]>;
    const deltas = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

    await record();
    await page.waitForTimeout(2000);
    const idle = deltas(await stop());

    await page.getByLabel('Speed').selectOption(String(TOP_SPEED));
    const minutes = async () => parseClock((await page.getByTestId('clock').textContent()) ?? '');
    const count = async () =>
      Number(
        ((await page.getByTestId('log-count').textContent()) ?? '').match(/(\d+) entries/)?.[1],
      );
    const startClock = await minutes();
    const startCount = await count();
    const play = page.getByRole('button', { name: 'Play' });
    await play.hover();
    await browser.startTracing(page, { categories: ['toplevel', 'cc'] });
    await record();
    await play.click();
    // Until the run stops by itself (a decision point, the end) or PLAY_MS have passed. Polled
    // with one cheap query: a Playwright locator would compute accessible names in the page
    // while it is measured.
    const stopped = `document.querySelector('.button--play')?.getAttribute('aria-label') === 'Play'`;
    for (let waited = 0; waited < PLAY_MS; waited += 250) {
      await page.waitForTimeout(250);
      if (await page.evaluate(stopped)) break;
    }
    const times = await stop();
    const trace = await browser.stopTracing();
    const cpu = traceCpuPerFrame(trace, Math.max(times.length - 1, 1));
    const endClock = await minutes();
    const endCount = await count();
    const played = deltas(times);
    const wall = (times.at(-1)! - times[0]!) / 1000;
    if (opened.errors().length > 0)
      throw new Error(`app page errors: ${opened.errors().join('; ')}`);
    await opened.close();
    return {
      speed: TOP_SPEED,
      p50: round(percentile(played, 0.5) ?? NaN),
      p95: round(percentile(played, 0.95) ?? NaN),
      max: round(Math.max(...played)),
      frames: played.length,
      dropped: played.filter((d) => d > 25).length,
      pace: Math.round(((endClock - startClock) / (TOP_SPEED * wall)) * 100) / 100,
      entries: endCount - startCount,
      idleP95: round(percentile(idle, 0.95) ?? NaN),
      vsyncs: countVsyncs(played),
      idleVsyncs: countVsyncs(idle),
      chrome: chromeFrames(trace),
      ...cpu,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

function parseClock(text: string): number {
  const m = text.match(/(?:(\d+)d\s*)?(\d+):(\d+)/);
  if (m === null) return NaN;
  return Number(m[1] ?? 0) * 1440 + Number(m[2]) * 60 + Number(m[3]);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchAppFrames();
  console.log(JSON.stringify(r, null, 2));
}
