// The timeline of a whole `vitest run`: when each test file began (its environment, set-up file
// and imports), when its first test started (after its `beforeAll` hooks: for a browser file,
// the wait for the run's dev server, Chromium or production build), when it ended, with the
// shared browser resources' own events (tests/helpers/browser-resources.ts) on the same clock.
// It shows what waits on what, where a core sits idle, and which file starts too late.
//
// As a reporter, beside the usual one (prints the timeline at the end and writes it as JSON to
// $TEST_TIMELINE, default test-timeline.json):
//   npx vitest run --reporter=default --reporter=./scripts/test-timeline.ts
// To print a saved one again, or the JSON of vitest's own reporter (`--reporter=json
// --outputFile=tests.json`, which only knows each file's first test start and last test end):
//   npx tsx scripts/test-timeline.ts test-timeline.json
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Reporter, TestModule } from 'vitest/node';
import { experimental_getRunnerTask } from 'vitest/node';

/** One test file on the run's clock (Unix ms). */
export interface TimelineFile {
  readonly project: string;
  readonly file: string;
  /** Its worker started on it: environment, set-up file and imports follow. Unknown from vitest's JSON. */
  readonly began: number | null;
  /** Its tests' suite began to run: `beforeAll` hooks follow. */
  readonly ran: number;
  /** Its first test started. */
  readonly firstTest: number;
  readonly ended: number;
  readonly tests: number;
  /** Sum of its tests' durations (hooks excluded), ms. */
  readonly testMs: number;
  readonly failed: number;
}

export interface Timeline {
  readonly start: number;
  readonly end: number;
  readonly files: readonly TimelineFile[];
  /** Events of the run's own process: the shared dev server, Chromium and build. */
  readonly events: readonly TimelineEvent[];
}

export interface TimelineEvent {
  readonly what: string;
  readonly at: number;
}

// Kept on the global object under a registered symbol: the global set-up and this reporter run
// in vitest's own process but are loaded by different module loaders.
const EVENTS = Symbol.for('peacemesh.test-timeline.events');
type WithEvents = { [EVENTS]?: TimelineEvent[] };

/** Notes an event of the run's own process (the global set-up) for the timeline. */
export function markTimeline(what: string): void {
  const holder = globalThis as WithEvents;
  (holder[EVENTS] ??= []).push({ what, at: Date.now() });
}

function fromModule(module: TestModule, root: string): TimelineFile {
  const task = experimental_getRunnerTask(module);
  const d = module.diagnostic();
  const ran = task.result?.startTime ?? 0;
  const cases = [...module.children.allTests()];
  const starts = cases.map((c) => c.diagnostic()?.startTime).filter((t) => t !== undefined);
  const ends = cases
    .map((c) => c.diagnostic())
    .filter((x) => x !== undefined)
    .map((x) => x.startTime + x.duration);
  const before =
    d.environmentSetupDuration + d.prepareDuration + d.setupDuration + d.collectDuration;
  return {
    project: module.project.name,
    file: relative(root, module.moduleId),
    began: ran === 0 ? null : Math.round(ran - before),
    ran,
    firstTest: starts.length > 0 ? Math.min(...starts) : ran,
    ended: Math.max(ran + (task.result?.duration ?? 0), ...ends),
    tests: cases.length,
    testMs: cases.reduce((sum, c) => sum + (c.diagnostic()?.duration ?? 0), 0),
    failed: cases.filter((c) => c.result().state === 'failed').length,
  };
}

/** vitest's JSON reporter: each file's first test start and last test end, no project. */
interface VitestJson {
  startTime: number;
  testResults: {
    name: string;
    startTime: number;
    endTime: number;
    assertionResults: { duration?: number | null; status: string }[];
  }[];
}

function fromVitestJson(json: VitestJson, root: string): Timeline {
  const files = json.testResults.map((r): TimelineFile => {
    const file = relative(root, r.name);
    return {
      project: file.startsWith('tests/browser/')
        ? 'browser'
        : file.endsWith('.tsx')
          ? 'ui'
          : 'node',
      file,
      began: null,
      ran: r.startTime,
      firstTest: r.startTime,
      ended: r.endTime,
      tests: r.assertionResults.length,
      testMs: r.assertionResults.reduce((s, a) => s + (a.duration ?? 0), 0),
      failed: r.assertionResults.filter((a) => a.status === 'failed').length,
    };
  });
  return {
    start: json.startTime,
    end: Math.max(json.startTime, ...files.map((f) => f.ended)),
    files,
    events: [],
  };
}

const s = (ms: number) => (ms / 1000).toFixed(1).padStart(6);

/** Seconds of the run during which 0, 1, 2, … files were in flight (from `began`, else `ran`). */
function inFlight(t: Timeline): Map<number, number> {
  const edges: [number, number][] = [];
  for (const f of t.files) {
    edges.push([f.began ?? f.ran, +1], [f.ended, -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const spent = new Map<number, number>();
  let at = t.start;
  let n = 0;
  for (const [time, step] of edges) {
    spent.set(n, (spent.get(n) ?? 0) + Math.max(0, time - at));
    at = Math.max(at, time);
    n += step;
  }
  spent.set(n, (spent.get(n) ?? 0) + Math.max(0, t.end - at));
  return spent;
}

/** The timeline as text: a line per file in the order they began, with a bar on the run's span. */
export function formatTimeline(t: Timeline, width = 60): string {
  const span = Math.max(1, t.end - t.start);
  const col = (at: number) =>
    Math.min(width - 1, Math.max(0, Math.floor(((at - t.start) / span) * width)));
  const bar = (f: TimelineFile) => {
    const cells = Array.from({ length: width }, () => ' ');
    const fill = (from: number, to: number, ch: string) => {
      for (let i = col(from); i <= col(to); i++) cells[i] = ch;
    };
    if (f.began !== null) fill(f.began, f.ran, '.');
    fill(f.ran, f.firstTest, 'h');
    fill(f.firstTest, f.ended, '=');
    return cells.join('');
  };
  const files = [...t.files].sort((a, b) => (a.began ?? a.ran) - (b.began ?? b.ran));
  const lines = [
    `Run: ${s(span).trim()} s. Columns: began (set-up, imports) · ran (beforeAll hooks) · first test · ended, s from the start; tests' own time; bar: . imports  h hooks  = tests`,
    `${'began'.padStart(6)} ${'ran'.padStart(6)} ${'first'.padStart(6)} ${'ended'.padStart(6)} ${'tests'.padStart(6)}  ${'|'.padEnd(width + 1, ' ')}| project file`,
  ];
  for (const f of files) {
    lines.push(
      `${f.began === null ? '     –' : s(f.began - t.start)} ${s(f.ran - t.start)} ${s(f.firstTest - t.start)} ${s(f.ended - t.start)} ${s(f.testMs)}  |${bar(f)}| ${f.project} ${f.file}${f.failed > 0 ? ` (${f.failed} failed)` : ''}`,
    );
  }
  if (t.events.length > 0) {
    lines.push('', 'The run’s own process:');
    for (const e of [...t.events].sort((a, b) => a.at - b.at))
      lines.push(`${s(e.at - t.start)}  ${e.what}`);
  }
  lines.push('', 'Per project: files, first began → last ended (s), tests’ own time summed (s):');
  const projects = new Map<string, TimelineFile[]>();
  for (const f of files) projects.set(f.project, [...(projects.get(f.project) ?? []), f]);
  for (const [name, list] of projects) {
    const first = Math.min(...list.map((f) => f.began ?? f.ran));
    const last = Math.max(...list.map((f) => f.ended));
    const tests = list.reduce((sum, f) => sum + f.testMs, 0);
    lines.push(
      `  ${name.padEnd(14)} ${String(list.length).padStart(4)} files ${s(first - t.start)} → ${s(last - t.start)}   ${s(tests)}`,
    );
  }
  lines.push('', 'Files in flight, seconds of the run:');
  for (const [n, ms] of [...inFlight(t)].sort((a, b) => a[0] - b[0]))
    if (ms > 0) lines.push(`  ${String(n).padStart(2)}: ${s(ms)}`);
  return lines.join('\n');
}

/** The vitest reporter: `--reporter=./scripts/test-timeline.ts`. */
export default class TimelineReporter implements Reporter {
  private start = Date.now();
  private root = process.cwd();

  onInit(vitest: { config: { root: string } }): void {
    this.start = Date.now();
    this.root = vitest.config.root;
  }

  onTestRunEnd(modules: readonly TestModule[]): void {
    const files = modules.map((m) => fromModule(m, this.root));
    const timeline: Timeline = {
      start: this.start,
      end: Math.max(Date.now(), ...files.map((f) => f.ended)),
      files,
      events: (globalThis as WithEvents)[EVENTS] ?? [],
    };
    const out = process.env['TEST_TIMELINE'] ?? 'test-timeline.json';
    writeFileSync(out, `${JSON.stringify(timeline, null, 1)}\n`);
    process.stdout.write(`\n${formatTimeline(timeline)}\n\nTimeline written to ${out}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = process.argv[2];
  if (path === undefined) {
    process.stderr.write(
      'usage: npx tsx scripts/test-timeline.ts <timeline or vitest JSON file>\n',
    );
    process.exit(2);
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const json = JSON.parse(readFileSync(path, 'utf8')) as Timeline | VitestJson;
  const timeline = 'testResults' in json ? fromVitestJson(json, root) : json;
  process.stdout.write(`${formatTimeline(timeline)}\n`);
}
