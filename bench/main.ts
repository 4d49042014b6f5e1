// `npm run bench`: the performance budgets (docs/BENCHMARKS.md, "Budgets") measured in one run, as ratios where
// a ratio is what the budget says, with the machine noted. Prints the report and writes it to
// docs/BENCHMARKS.md. `--quick` uses smaller workloads (a smoke test, not for the record);
// `--no-write` only prints.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadScenario, type Scenario } from '../src/core';
import { measureBatch, type BatchSpeed } from './batch';
import { measureBundle, type BundleSize } from './bundle';
import { measureScaling, measureThroughput, type Throughput } from './engine-throughput';
import { renderReport, type Report } from './report';
import { measureStepBack, type StepBack } from './step-back';
import { syntheticMesh } from './synthetic-mesh';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_SCENARIO = 'scenarios/carana-three-bad-days.yaml';

export async function main(argv: readonly string[] = []): Promise<number> {
  const quick = argv.includes('--quick');
  const write = !argv.includes('--no-write');
  const started = Date.now();
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const machine = describeMachine();
  log(
    `PeaceMesh benchmarks on ${machine.cpu} × ${machine.cores} (node ${machine.node}, load ${machine.load})${quick ? ' — quick' : ''}`,
  );

  const meshSize = quick ? 200 : 1000;
  const mesh = syntheticMesh(meshSize);

  log(`engine throughput: ${meshSize}-actor synthetic mesh…`);
  const throughput: Throughput = measureThroughput(mesh, quick ? 2 : 5);

  log('scaling: cost per step by mission size…');
  const scaling = measureScaling(quick ? [10, 100, 300] : [10, 100, 1000, 10000], (n) =>
    syntheticMesh(n),
  );

  log('step back and checkpoints…');
  const stepBack: StepBack[] = (quick ? [200] : [200, 500, 1000, 2000]).map((every) =>
    measureStepBack(mesh, every, quick ? 15 : 60, quick ? 1 : 3),
  );

  log('batch compare: 1 worker vs 2…');
  let batch: BatchSpeed | string;
  try {
    batch = await measureBatch(readScenario(DEFAULT_SCENARIO), quick ? 4 : 100);
  } catch (error) {
    batch = `not measured: ${error instanceof Error ? error.message : String(error)}`;
  }

  log('initial app bundle (vite build)…');
  let bundle: BundleSize | string;
  try {
    bundle = await measureBundle();
  } catch (error) {
    bundle = `not measured: the build failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }

  let graph: Report['graph'] = 'not measured: bench/graph-frames.ts is missing';
  if (existsSync(new URL('./graph-frames.ts', import.meta.url))) {
    log('graph frames in headless Chromium…');
    try {
      const mod = (await import('./graph-frames.ts')) as {
        benchGraphFrames: () => Promise<Report['graph']>;
      };
      graph = await mod.benchGraphFrames();
    } catch (error) {
      graph = `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
  }

  const report: Report = {
    date: new Date().toISOString().slice(0, 10),
    machine,
    quick,
    seconds: (Date.now() - started) / 1000,
    throughput,
    scaling,
    stepBack,
    batch,
    bundle,
    graph,
  };
  const text = renderReport(report);
  process.stdout.write(text);
  if (write && !quick) {
    writeFileSync(new URL('../docs/BENCHMARKS.md', import.meta.url), mergeIntoDoc(text));
    log('wrote docs/BENCHMARKS.md');
  }
  return 0;
}

function readScenario(path: string): Scenario {
  const loaded = loadScenario(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), path);
  if (!loaded.ok) throw new Error(`${path} does not load: ${loaded.errors[0]?.message ?? ''}`);
  return loaded.scenario;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly nproc: string;
  readonly node: string;
  readonly load: string;
  readonly commit: string;
}

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
    load: loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
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
