// `npm run bench`: the performance budgets measured in one run, each budget a ratio of
// variants timed side by side (interleaved round by round, the garbage collector settled before
// each, medians with their min–max) or a whole-process time, with the machine's load noted.
//
//   npm run bench -- --quick         small workloads, under a minute: a check, not the record
//   npm run bench -- --only startup,batch   some sections only
//   npm run -s bench -- --json       the results as JSON on stdout instead of Markdown
//   npm run bench -- --write         also write docs/BENCHMARKS.md and docs/benchmarks.json
//   npm run bench -- --against docs/benchmarks.json   say which figures reproduce an earlier run
//
// `npx tsx bench/main.ts …` takes the same options (bin/bench.js imports this module).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measureBatch, type BatchSpeed } from './batch';
import { measureBundle, type BundleSize } from './bundle';
import { measureHostBroadcast, type HostBroadcast } from './host-broadcast';
import { measureThroughput, type Throughput } from './engine-throughput';
import { measureQueue, type QueueSpeed } from './queue';
import { renderReport, summariseReproduction, type Report } from './report';
import { reproduce, type Comparison } from './reproduce';
import { measureScaling, type Scaling } from './scaling';
import { measureStartup, type Startup } from './startup';
import { measureOverhead, measureStepBack, type StepBack } from './step-back';
import { syntheticMesh } from './synthetic-mesh';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_SCENARIO = 'scenarios/carana-three-bad-days.yaml';
const SECTIONS = [
  'engine',
  'scaling',
  'stepback',
  'startup',
  'batch',
  'queue',
  'bundle',
  'graph',
  'app',
  'host',
] as const;
type Section = (typeof SECTIONS)[number];
/** Slow and about the app, not the engine: left out of --quick unless asked for by --only. */
const NOT_QUICK: readonly Section[] = ['bundle', 'graph', 'app'];

/** Workload sizes: the full run is the record; quick keeps the bench under a minute (28 s at load 1–3). */
const SIZES = {
  full: {
    mesh: 1000,
    // Rounds: the second run's median lands within the first's min–max of n rounds, when nothing
    // changed at all, with probability 60% at 3 rounds, 83% at 5, 93% at 7, 98% at 11
    // (bench/reproduce.ts `chanceWithin`): the reproducibility check needs 7 or more.
    engineRounds: 7,
    scaling: [10, 100, 1000, 10000],
    scalingRounds: 7,
    stepBack: [200, 500, 1000, 2000],
    stepBackSamples: 60,
    stepBackRounds: 3,
    /** Rounds of the checkpoint overhead, every interval against one plain run per round. */
    stepBackOverheadRounds: 11,
    // A round is four processes, ≈ 1.4 s at load 3.
    startupRounds: 11,
    startupFromSource: true,
    batchSeeds: 200,
    // A round is ≈ 8 s at load 3 (three variants, four processes).
    batchRounds: 7,
  },
  quick: {
    mesh: 200,
    // The engine's seven variants are the quick run's heaviest section (≈ 5 s of CPU a
    // round, half of it xstate's own transitions): 3 rounds keep --quick a check.
    engineRounds: 3,
    scaling: [10, 100, 300],
    scalingRounds: 5,
    stepBack: [200],
    stepBackSamples: 20,
    stepBackRounds: 2,
    // Runs of ≈ 50 ms here: more rounds for the same steadiness, still ≈ 2 s.
    stepBackOverheadRounds: 12,
    startupRounds: 5,
    startupFromSource: false,
    batchSeeds: 20,
    // ≈ 6 s of CPU a round over both cores; two rounds made a min–max of nothing.
    batchRounds: 3,
  },
};

export async function main(argv: readonly string[] = []): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        only: { type: 'string' },
        against: { type: 'string' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const only = args.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: no section ${unknown.join(', ')}; sections are ${SECTIONS.join(', ')}\n`,
    );
    return 2;
  }
  if (args.write && only) {
    process.stderr.write('bench: --write records a run of every section; leave out --only\n');
    return 2;
  }
  const quick = args.quick;
  const wanted = (s: Section) => (only ? only.includes(s) : !(quick && NOT_QUICK.includes(s)));
  const size = quick ? SIZES.quick : SIZES.full;

  const started = Date.now();
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const loadsAtEnd: Record<string, string> = {};
  const machine = { ...describeMachine(), loadsAtEnd };
  log(
    `PeaceMesh benchmarks on ${machine.cpu} × ${machine.cores} (node ${machine.node}, load ${machine.loadBefore})${quick ? ' — quick' : ''}`,
  );
  const skipped = () =>
    `not measured in this run (${only ? 'not in --only' : 'left out of --quick'})`;
  const attempt = async <T>(section: Section, what: string, fn: () => Promise<T>) => {
    if (!wanted(section)) return skipped();
    machine.loads[section] = loadavg()[0]!.toFixed(1);
    log(`${what}… (load ${loadNow()})`);
    const t0 = performance.now();
    try {
      return await fn();
    } catch (error) {
      return `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    } finally {
      const seconds = (performance.now() - t0) / 1000;
      machine.sectionSeconds[section] = Math.round(seconds * 10) / 10;
      loadsAtEnd[section] = loadavg()[0]!.toFixed(1);
      log(`  ${section}: ${seconds.toFixed(1)} s`);
    }
  };

  const mesh = syntheticMesh(size.mesh);
  const throughput: Throughput | string = await attempt(
    'engine',
    `engine throughput: ${size.mesh}-actor synthetic mesh`,
    () => measureThroughput(mesh, size.engineRounds),
  );
  const scaling: Scaling[] | string = await attempt(
    'scaling',
    'scaling: cost per step by mission size',
    // 0.6 reports per actor over the day (the throughput mesh has 2): at 10,000 actors that
    // keeps the run under one run's log limit (250,000 entries), the same traffic at every size.
    async () =>
      measureScaling(size.scaling, (n) => syntheticMesh(n, { perActor: 0.6 }), size.scalingRounds),
  );
  const stepBack: StepBack[] | string = await attempt(
    'stepback',
    'step back and checkpoints',
    async () => {
      const out: StepBack[] = [];
      const overheads = await measureOverhead(mesh, size.stepBack, size.stepBackOverheadRounds);
      for (const every of size.stepBack) {
        out.push(
          await measureStepBack(
            mesh,
            every,
            size.stepBackSamples,
            size.stepBackRounds,
            overheads.get(every),
          ),
        );
      }
      return out;
    },
  );
  const startup: Startup | string = await attempt('startup', 'start-up, whole processes', () =>
    measureStartup(DEFAULT_SCENARIO, size.startupRounds, size.startupFromSource),
  );
  const batch: BatchSpeed | string = await attempt(
    'batch',
    `batch compare: ${size.batchSeeds} seeds, 1 worker vs 2 vs two processes`,
    () => measureBatch(DEFAULT_SCENARIO, size.batchSeeds, size.batchRounds),
  );
  const queue: QueueSpeed | string = await attempt(
    'queue',
    `job queue: ${size.batchSeeds} seeds, 1 and 2 worker processes vs worker threads`,
    () => {
      const text = readFileSync(new URL(`../${DEFAULT_SCENARIO}`, import.meta.url), 'utf8');
      return measureQueue(DEFAULT_SCENARIO, text, size.batchSeeds);
    },
  );
  const bundle: BundleSize | string = await attempt(
    'bundle',
    'initial app bundle (vite build)',
    measureBundle,
  );
  const graph: Report['graph'] = await attempt(
    'graph',
    'graph frames in headless Chromium',
    async () => {
      const mod = await import('./graph-frames.ts');
      return mod.benchGraphFrames();
    },
  );

  const app: Report['app'] = await attempt(
    'app',
    'the app playing the default scenario at top speed in headless Chromium',
    async () => {
      const mod = await import('./app-frames.ts');
      return mod.benchAppFrames();
    },
  );

  const host: HostBroadcast | string = await attempt(
    'host',
    'exercise host: 40 seats, broadcast per step',
    () => measureHostBroadcast(40, quick ? 100 : 1000),
  );

  const report: Report = {
    date: new Date().toISOString().slice(0, 10),
    machine: { ...machine, loadAfter: loadNow() },
    quick,
    seconds: (Date.now() - started) / 1000,
    throughput,
    scaling,
    stepBack,
    startup,
    batch,
    queue,
    bundle,
    graph,
    app,
    host,
  };
  let reproduced: Comparison | undefined;
  if (args.against) {
    try {
      reproduced = reproduce(report, JSON.parse(readFileSync(args.against, 'utf8')) as Report);
      // On the terminal too, whatever the output format: which figures are outside, by how much.
      log(summariseReproduction(reproduced));
    } catch (error) {
      log(`--against ${args.against}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const text = renderReport(report, reproduced);
  const json = `${JSON.stringify(reproduced ? { ...report, reproduced } : report, null, 2)}\n`;
  process.stdout.write(args.json ? json : text);
  if (args.write) {
    writeFileSync(new URL('../docs/BENCHMARKS.md', import.meta.url), mergeIntoDoc(text));
    writeFileSync(new URL('../docs/benchmarks.json', import.meta.url), json);
    log('wrote docs/BENCHMARKS.md and docs/benchmarks.json');
  }
  log(`done in ${Math.round(report.seconds)} s (load ${report.machine.loadAfter})`);
  return 0;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly nproc: string;
  readonly node: string;
  /** Load average (1 / 5 / 15 minutes) when the bench started, and when it ended. */
  readonly loadBefore: string;
  readonly loadAfter?: string;
  /** Load average (1 minute) as each section started. */
  readonly loads: Record<string, string>;
  /**
   * The same as each section ended (absent in results written before it was kept): a long
   * section can start at one load and end at another.
   */
  readonly loadsAtEnd?: Record<string, string>;
  /** Wall seconds each section took. */
  readonly sectionSeconds: Record<string, number>;
  readonly commit: string;
}

const loadNow = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

function describeMachine(): Machine {
  const sh = (cmd: string) => {
    try {
      return execSync(cmd, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return '?';
    }
  };
  return {
    cpu: cpus()[0]?.model.trim() ?? '?',
    cores: availableParallelism(),
    nproc: sh('nproc'),
    node: process.versions.node,
    loadBefore: loadNow(),
    loads: {},
    sectionSeconds: {},
    commit: sh('git rev-parse --short HEAD'),
  };
}

/** Replaces the generated part of docs/BENCHMARKS.md, keeping the hand-written analysis after it. */
function mergeIntoDoc(generated: string): string {
  const path = new URL('../docs/BENCHMARKS.md', import.meta.url);
  const END = '<!-- end of generated results -->';
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const at = existing.indexOf(END);
  const rest = at >= 0 ? existing.slice(at + END.length) : '\n';
  return `${generated}\n${END}${rest}`;
}

// Started as a script (`npx tsx bench/main.ts --only startup`) rather than imported by bin/bench.js.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
