// Where a frame of playback goes: the production app playing the default scenario at top
// speed in headless Chromium, with a Chrome trace (main-thread time by kind: script, style,
// layout, paint, …) and a JavaScript CPU profile (self time by function). A tool for finding
// what to fix, not a budget: `npx tsx bench/app-profile.ts [--graph N] [--trace file.json]` prints both summaries
// (and keeps the trace for chrome://tracing or DevTools).
// `--graph N [--warmup TICKS]` profiles the graph test page with a synthetic mesh of N actors
// instead (messages moving every frame; the layout live unless warmed up). `--webgl N` opens a
// settled big mesh of N actors with the renderer the browser gets (`--renderer webgl|canvas`
// forces one), pans and zooms it (keyboard taps, a held arrow key, the wheel), and prints the
// frame times — all, while the last frame was moved with the camera, the others, and how many
// took over 33 ms —, each redraw (WebGL: the page's wait for the read-back; canvas: the
// worker's picture, its slices and the pictures dropped unfinished), and where the wall time
// went in every process (the GPU process included); add `--chromium gpu` to let Chromium
// composite in its GPU process instead of `--disable-gpu`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { SPEEDS } from '../src/store/appStore.ts';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/report/pdf.ts';
import {
  launchChromium,
  openPage,
  startBrowserHarness,
  startDevServer,
} from '../tests/helpers/browser.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLAY_MS = 5000;

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const { values } = parseArgs({
  options: {
    graph: { type: 'string' },
    webgl: { type: 'string' },
    warmup: { type: 'string', default: '0' },
    trace: { type: 'string' },
    chromium: { type: 'string', default: 'bench' },
    renderer: { type: 'string' },
  },
});

async function profile(browser: Browser, page: Page, run: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, {
    categories: [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink',
      ...(process.env['PROFILE_INVALIDATIONS']
        ? ['disabled-by-default-devtools.timeline.invalidationTracking']
        : []),
    ],
  });
  await cdp.send('Profiler.start');
  const t0 = performance.now();
  await run();
  const wall = performance.now() - t0;
  const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const raw = await browser.stopTracing();
  if (values.trace !== undefined) writeFileSync(values.trace, raw);
  const trace = JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] };
  summariseTrace(trace.traceEvents, wall);
  summariseProfile(cpu);
}

/** Main-thread time by event kind, counting each kind's outermost events only. */
function summariseTrace(events: TraceEvent[], wall: number): void {
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = events.filter(
    (e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  const frames = main.filter((e) => e.name === 'WebFrameWidgetImpl::BeginMainFrame').length;
  console.log(`trace: ${(wall / 1000).toFixed(1)} s, ${frames} frames drawn`);
  const totals = new Map<string, { ms: number; n: number }>();
  for (const e of main) {
    const t = totals.get(e.name) ?? { ms: 0, n: 0 };
    t.ms += (e.dur ?? 0) / 1000;
    t.n++;
    totals.set(e.name, t);
  }
  const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
  for (const [name, t] of rows)
    console.log(
      `  ${name.padEnd(48)} ${t.ms.toFixed(0).padStart(7)} ms  ${String(t.n).padStart(6)}×`,
    );
  // Self time: each event's duration less its children's, by name (what the work really is).
  const selfTotals = new Map<string, number>();
  const sorted = [...main].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { end: number; name: string }[] = [];
  for (const e of sorted) {
    const dur = e.dur ?? 0;
    while (stack.length > 0 && stack.at(-1)!.end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) selfTotals.set(parent.name, (selfTotals.get(parent.name) ?? 0) - dur);
    selfTotals.set(e.name, (selfTotals.get(e.name) ?? 0) + dur);
    stack.push({ end: e.ts + dur, name: e.name });
  }
  const busy = [...selfTotals.values()].reduce((a, b) => a + b, 0) / 1000;
  console.log(`main thread busy ${busy.toFixed(0)} ms; self time by event:`);
  for (const [name, us] of [...selfTotals].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${name.padEnd(48)} ${(us / 1000).toFixed(0).padStart(7)} ms`);
}

/** Self time by function (top 40) and by script. */
function summariseProfile(p: {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}): void {
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  let total = 0;
  for (const n of p.nodes) {
    const us = self.get(n.id) ?? 0;
    total += us;
    const url = n.callFrame.url.replace(/^.*\//, '');
    const key = `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
  }
  // Inclusive time by function: a component's render with everything it calls.
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<number, number>();
  const sum = (id: number): number => {
    const n = byId.get(id)!;
    let us = self.get(id) ?? 0;
    for (const c of n.children ?? []) us += sum(c);
    inclusive.set(id, us);
    return us;
  };
  for (const n of p.nodes) if (!inclusive.has(n.id)) sum(n.id);
  const incByFn = new Map<string, number>();
  for (const n of p.nodes) {
    const name = n.callFrame.functionName;
    if (!/^[A-Z]/.test(name) && !/^(publish|tick|buildGraphView|update|frame)$/.test(name))
      continue;
    incByFn.set(name, (incByFn.get(name) ?? 0) + (inclusive.get(n.id) ?? 0));
  }
  console.log('inclusive time, components and the frame path:');
  for (const [k, us] of [...incByFn].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  console.log(`profile: ${(total / 1000).toFixed(0)} ms sampled`);
  for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(
      `  ${(us / 1000).toFixed(0).padStart(6)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`,
    );
}

if (values.webgl !== undefined) {
  // `--chromium gpu` drops the bench's `--disable-gpu`: the GPU process then composites too
  // (through SwiftShader, the CPU, on this machine), as a browser with a GPU would, so the
  // WebGL canvas is handed over as a texture instead of read back on every frame.
  const args =
    values.chromium === 'gpu'
      ? [
          ...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'),
          '--use-angle=swiftshader',
          '--enable-unsafe-swiftshader',
        ]
      : [...CHROMIUM_ARGS];
  const dev = await startDevServer();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args });
  try {
    const opened = await openPage(
      browser,
      new URL(
        `tests/browser/pages/graph.html?n=${values.webgl}&seed=3&warmup=300&table=0${
          values.renderer === undefined ? '' : `&renderer=${values.renderer}`
        }`,
        dev.url,
      ).href,
    );
    const { page } = opened;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForSelector('[data-renderer][data-layout="settled"] canvas', {
      timeout: 600_000,
    });
    const renderer = await page.getAttribute('[data-renderer]', 'data-renderer');
    // The canvas graph's first picture comes from its worker after the layout settles.
    if (renderer === 'canvas')
      await page.waitForSelector('[data-renderer][data-drawn]', { timeout: 600_000 });
    await page.waitForTimeout(2000);
    console.log(
      `chromium ${args.join(' ')}\ngraph drawn with: ${renderer}\nWebGL renderer: ${await page.evaluate(`(() => {
        const gl = document.createElement('canvas').getContext('webgl2');
        const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
        return gl && info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'none';
      })()`)}`,
    );
    await page.focus('[data-renderer]');
    await browser.startTracing(page, {
      categories: [
        'toplevel',
        'gpu',
        'cc',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
      ],
    });
    // Each frame's time since the one before, and whether the mesh on screen was the last
    // drawn frame moved with the camera (a transform on sigma's canvas, or on the canvas
    // graph's picture) or a frame drawn anew.
    await page.evaluate(`(() => {
      const g = globalThis;
      const stage = document.querySelector('.sigma-stage, .pm-canvas__picture');
      g.__frames = [];
      g.__recording = true;
      const tick = (now) => {
        if (!g.__recording) return;
        g.__frames.push([now, stage.style.transform !== '']);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    // Keyboard taps, a pause after each (the mesh is drawn again between them) ...
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i % 2 === 1 ? 'ArrowLeft' : 'ArrowRight');
      await page.waitForTimeout(400);
      await page.keyboard.press(i % 2 === 1 ? '-' : '+');
      await page.waitForTimeout(400);
    }
    // ... an arrow key held down (auto-repeat, every 50 ms for 1.5 s) ...
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press(i < 15 ? 'ArrowDown' : 'ArrowUp');
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(1000);
    // ... and a wheel zoom, in and back out, over the middle of the mesh.
    await page.mouse.move(640, 400);
    for (let i = 0; i < 16; i++) {
      await page.mouse.wheel(0, i < 8 ? -120 : 120);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(1500);
    const frames = (await page.evaluate(
      `(() => { globalThis.__recording = false; return globalThis.__frames; })()`,
    )) as [number, boolean][];
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const summary = (what: string, deltas: number[]) => {
      const sorted = [...deltas].sort((a, b) => a - b);
      const at = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]?.toFixed(0);
      console.log(
        `  ${what.padEnd(34)} ${String(sorted.length).padStart(4)} frames; p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`,
      );
    };
    const deltas = frames.slice(1).map(([t, moved], i) => ({ ms: t - frames[i]![0], moved }));
    console.log(`${values.webgl} actors:`);
    summary(
      'every frame',
      deltas.map((d) => d.ms),
    );
    summary(
      'camera moving (last frame moved)',
      deltas.filter((d) => d.moved).map((d) => d.ms),
    );
    summary(
      'camera still (drawn anew, or idle)',
      deltas.filter((d) => !d.moved).map((d) => d.ms),
    );
    const slow = deltas.filter((d) => d.ms > 33.4);
    console.log(
      `  over 33 ms: ${slow.length} frames, ${(slow.reduce((a, d) => a + d.ms, 0) / 1000).toFixed(1)} s of ${((frames.at(-1)![0] - frames[0]![0]) / 1000).toFixed(1)} s`,
    );
    const names = new Map<string, string>();
    for (const e of trace.traceEvents)
      if (e.ph === 'M' && (e.name === 'thread_name' || e.name === 'process_name'))
        names.set(e.name === 'thread_name' ? `${e.pid}:${e.tid}` : `${e.pid}`, e.args?.name ?? '');
    const wall = new Map<string, number>();
    for (const e of trace.traceEvents) {
      if (e.ph !== 'X') continue;
      const key = `${names.get(`${e.pid}`)} / ${names.get(`${e.pid}:${e.tid}`)}: ${e.name}`;
      wall.set(key, (wall.get(key) ?? 0) + (e.dur ?? 0) / 1000);
    }
    // With software compositing the page's main thread waits for each WebGL frame to be read
    // back: the long waits are the mesh's redraws, timed one by one.
    const waits = trace.traceEvents
      .filter((e) => e.ph === 'X' && e.name === 'GLES2::ReadPixels' && (e.dur ?? 0) > 50_000)
      .map((e) => (e.dur ?? 0) / 1000);
    summary('redraws (read-back waits > 50 ms)', waits);
    // The canvas graph's pictures, drawn in its worker (User Timing measures named there).
    const begun = new Map<string, number>();
    const pictures: number[] = [];
    for (const e of [...trace.traceEvents].sort((a, b) => a.ts - b.ts)) {
      if (e.name !== 'mesh picture') continue;
      // One worker draws one picture at a time: its begin and end follow each other.
      const id = String(e.pid);
      if (e.ph === 'b') begun.set(id, e.ts);
      else if (e.ph === 'e' && begun.has(id)) {
        pictures.push((e.ts - begun.get(id)!) / 1000);
        begun.delete(id);
      }
    }
    if (pictures.length > 0) summary('pictures drawn in the worker', pictures);
    // Each picture is drawn in slices, the worker given back between them; a picture whose
    // camera is left behind is dropped unfinished.
    const sliceBegun = new Map<string, number>();
    const slices: number[] = [];
    let dropped = 0;
    for (const e of [...trace.traceEvents].sort((a, b) => a.ts - b.ts)) {
      if (e.name === 'mesh picture dropped' && e.ph !== 'e') dropped += 1;
      if (e.name !== 'mesh picture slice') continue;
      const id = String(e.pid);
      if (e.ph === 'b') sliceBegun.set(id, e.ts);
      else if (e.ph === 'e' && sliceBegun.has(id)) {
        slices.push((e.ts - sliceBegun.get(id)!) / 1000);
        sliceBegun.delete(id);
      }
    }
    if (slices.length > 0) {
      summary('picture slices in the worker', slices);
      console.log(
        `  pictures dropped unfinished: ${dropped}; worker time in slices: ${(slices.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`,
      );
    }
    console.log('wall time by event (nested events count in their parents too):');
    for (const [k, ms] of [...wall].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${k}`);
    await opened.close();
  } finally {
    await browser.close();
    await dev.close();
  }
} else if (values.graph !== undefined) {
  const harness = await startBrowserHarness();
  try {
    const opened = await harness.open(
      `tests/browser/pages/graph.html?n=${values.graph}&seed=1&warmup=${values.warmup}&table=0&traffic=1`,
    );
    await opened.page.setViewportSize({ width: 1280, height: 800 });
    await opened.page.waitForSelector('.pm-graph-view', { state: 'attached' });
    await opened.page.waitForTimeout(3000);
    await profile(harness.browser, opened.page, () => opened.page.waitForTimeout(PLAY_MS));
    await opened.close();
  } finally {
    await harness.close();
  }
} else {
  const outDir = mkdtempSync(join(tmpdir(), 'peacemesh-profile-app-'));
  const configFile = join(ROOT, 'vite.config.ts');
  // Unminified, so the profile names the functions; React is its production build either way.
  await build({
    root: ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false },
  });
  const server = await preview({
    root: ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const browser = await launchChromium();
  try {
    const opened = await openPage(browser, server.resolvedUrls!.local[0]!);
    const { page } = opened;
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 120_000 });
    await page.locator('.busy').waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByLabel('Speed').selectOption(String(Math.max(...SPEEDS)));
    await profile(browser, page, async () => {
      await page.getByRole('button', { name: 'Play' }).click();
      // A plain wait: polling the page for the Play button would add its own work to the trace.
      await page.waitForTimeout(PLAY_MS);
    });
    console.log(`clock at the end: ${await page.getByTestId('clock').textContent()}`);
    await opened.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
