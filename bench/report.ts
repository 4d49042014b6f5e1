// The benchmark report as Markdown: the budgets first (met or not), then each measurement.
import type { BatchSpeed } from './batch';
import type { BundleSize } from './bundle';
import type { Throughput } from './engine-throughput';
import type { HostBroadcast } from './host-broadcast';
import type { Machine } from './main';
import type { StepBack } from './step-back';
import { fmt } from './timing';

export interface Report {
  readonly date: string;
  readonly machine: Machine;
  readonly quick: boolean;
  readonly seconds: number;
  readonly throughput: Throughput;
  readonly scaling: ReadonlyArray<{ actors: number; steps: number; usPerStep: number; ms: number }>;
  readonly stepBack: readonly StepBack[];
  readonly batch: BatchSpeed | string;
  readonly bundle: BundleSize | string;
  readonly graph:
    | ReadonlyArray<{ nodes: number; p50: number; p95: number; frames: number; max?: number }>
    | string;
  readonly host: HostBroadcast | string;
}

const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const yes = (ok: boolean) => (ok ? '**met**' : '**not met**');
const table = (head: readonly string[], rows: ReadonlyArray<readonly string[]>) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

export function renderReport(r: Report): string {
  const t = r.throughput;
  const perSec = (ms: number) => (t.steps / ms) * 1000;
  const vsSend = t.sendMs / t.engineMs;
  const vsReducer = t.engineMs / t.reducerMs;
  // The interval the app uses (src/store/controller.ts).
  const app = r.stepBack.find((s) => s.every === 1000) ?? r.stepBack[0]!;
  const best = r.stepBack.find((s) => s.p95 <= 50 && s.overhead <= 0.05);
  const first = r.scaling[0]!;
  const thousand = r.scaling.find((s) => s.actors === 1000) ?? first;
  const last = r.scaling.at(-1)!;
  const g500 = typeof r.graph === 'string' ? undefined : r.graph.find((g) => g.nodes === 500);

  const budgets: string[][] = [
    [
      `Engine throughput, ${t.actors}-actor mesh, vs a raw \`actor.send\` loop`,
      '≥ 0.9×',
      `${fmt(vsSend, 2)}×`,
      yes(vsSend >= 0.9),
    ],
    [
      '… vs a plain-reducer engine (the floor)',
      'report (≈ 20× today, aim < 5×)',
      `reducers ${fmt(vsReducer, 1)}× faster`,
      vsReducer < 5 ? 'aim met' : 'above the aim',
    ],
    typeof r.batch === 'string'
      ? ['Batch compare, 2 workers vs 1', '≥ 1.8×, identical', r.batch, '—']
      : [
          `Batch compare, 2 workers vs 1 (${r.batch.runs} runs)`,
          '≥ 1.8×, identical, 1 message per batch',
          `${fmt(r.batch.computeSpeedup, 2)}× once workers are up (${fmt(r.batch.speedup, 2)}× counting start-up), ` +
            `${r.batch.identical ? 'identical' : 'DIFFERENT'}, ${r.batch.messages} messages for ${r.batch.runs} runs`,
          yes(r.batch.computeSpeedup >= 1.8 && r.batch.identical),
        ],
    [
      `Step back, ${t.actors} actors, checkpoint every ${app.every} (the app's setting)`,
      'p95 ≤ 50 ms',
      `p95 ${fmt(app.p95)} ms`,
      yes(app.p95 <= 50),
    ],
    [
      `Checkpoints every ${app.every}`,
      '≤ 5% of run time',
      `${fmt(app.overhead * 100, 0)}%`,
      yes(app.overhead <= 0.05),
    ],
    [
      'Step back and checkpoints together, best interval measured',
      'both',
      best
        ? `every ${best.every}: p95 ${fmt(best.p95)} ms, ${fmt(best.overhead * 100, 0)}%`
        : 'no interval meets both',
      yes(best !== undefined),
    ],
    [
      `Cost per step, ${first.actors} → ${last.actors} actors`,
      'flat',
      `${fmt(first.usPerStep)} → ${fmt(last.usPerStep)} µs (last ÷ ${thousand.actors.toLocaleString('en-GB')}-actor cost: ${fmt(last.usPerStep / thousand.usPerStep, 2)}×)`,
      last.usPerStep / thousand.usPerStep <= 1.5 ? '**flat**' : '**grows**',
    ],
    g500
      ? [
          'Live graph frame, 500 nodes (SVG, headless Chromium)',
          'p95 ≤ 16.7 ms',
          `p95 ${fmt(g500.p95)} ms`,
          yes(g500.p95 <= 16.7),
        ]
      : [
          'Live graph frame, 500 nodes',
          'p95 ≤ 16.7 ms',
          typeof r.graph === 'string' ? r.graph : 'no 500-node result',
          '—',
        ],
    typeof r.host === 'string'
      ? ['Exercise host, 40 seats, broadcast per step', 'p95 ≤ 50 ms', r.host, '—']
      : [
          `Exercise host, ${r.host.seats} seats, broadcast per step (${r.host.steps} steps)`,
          'p95 ≤ 50 ms',
          `p50 ${fmt(r.host.p50)} ms, p95 ${fmt(r.host.p95)} ms, host CPU ${fmt(r.host.cpu * 100, 0)}%`,
          yes(r.host.p95 <= 50),
        ],
    typeof r.bundle === 'string'
      ? ['Initial app JavaScript', '≤ 150 KB gzipped', r.bundle, '—']
      : [
          'Initial app JavaScript',
          '≤ 150 KB gzipped',
          kb(r.bundle.initialGzip),
          yes(r.bundle.initialGzip <= 150 * 1024),
        ],
  ];

  const out: string[] = [];
  out.push('# Benchmarks');
  out.push('');
  out.push(
    `Generated by \`npm run bench\` on ${r.date} at commit ${r.machine.commit}${r.quick ? ' (quick mode: small workloads)' : ''}, in ${fmt(r.seconds, 0)} s.`,
  );
  out.push('');
  out.push(
    `Machine: ${r.machine.cpu}, \`nproc\` ${r.machine.nproc}, Node ${r.machine.node}; load average at the start ${r.machine.load}. ` +
      'The machine is shared: absolute times move from run to run, so each budget is a ratio of ' +
      'variants measured in the same run, interleaved round by round, medians compared.',
  );
  out.push('');
  out.push('## Budgets (DESIGN.md)');
  out.push('');
  out.push(table(['What', 'Budget', 'Measured', ''], budgets));
  out.push('');

  out.push(`## Engine throughput — ${t.actors}-actor synthetic mesh`);
  out.push('');
  out.push(
    `The same recorded workload (${t.steps.toLocaleString('en-GB')} machine steps: instances started and events ` +
      `delivered; ${t.logLength.toLocaleString('en-GB')} log entries) driven five ways; medians of ${t.rounds} interleaved rounds.`,
  );
  out.push('');
  out.push(
    table(
      ['Variant', 'ms', 'steps/s', 'µs/step', 'vs engine'],
      [
        ['Engine (`Simulation.run()`: agenda, routing, RNG, log, pure transitions)', t.engineMs, 1],
        [
          'Raw `actor.send` loop over the same machines (no routing, no log)',
          t.sendMs,
          t.engineMs / t.sendMs,
        ],
        [
          'Plain-reducer engine (same agenda and log, hand-written reducers)',
          t.reducerMs,
          t.engineMs / t.reducerMs,
        ],
        [
          "Pure transitions alone, xstate's `transition()`",
          t.xstateTransitionMs,
          t.engineMs / t.xstateTransitionMs,
        ],
        [
          'Pure transitions alone, cached scope (`src/core/engine/pure.ts`)',
          t.cachedTransitionMs,
          t.engineMs / t.cachedTransitionMs,
        ],
      ].map(([name, ms, ratio]) => [
        String(name),
        fmt(Number(ms), 0),
        fmt(perSec(Number(ms)), 0),
        fmt((Number(ms) * 1000) / t.steps, 1),
        `${fmt(Number(ratio), 2)}×`,
      ]),
    ),
  );
  out.push('');
  out.push(
    `"vs engine" is how many times faster than the engine each variant runs. The cached scope makes a pure ` +
      `transition ${fmt(t.xstateTransitionMs / t.cachedTransitionMs, 1)}× cheaper than xstate's \`transition()\`.`,
  );
  out.push('');

  out.push('## Scaling — engine cost per machine step');
  out.push('');
  out.push(
    'Synthetic missions of each size, the same traffic per actor (each sector of 100 talks within itself).',
  );
  out.push('');
  out.push(
    table(
      ['Actors', 'Steps', 'Run (ms)', 'µs/step'],
      r.scaling.map((s) => [
        s.actors.toLocaleString('en-GB'),
        s.steps.toLocaleString('en-GB'),
        fmt(s.ms, 0),
        fmt(s.usPerStep, 1),
      ]),
    ),
  );
  out.push('');

  out.push(`## Step back and checkpoints — ${t.actors} actors`);
  out.push('');
  out.push(
    'One step back (`seek(step − 1)`) from random positions of a full run: restore the nearest checkpoint, replay. ' +
      'Overhead: run time with checkpoints ÷ without, − 1.',
  );
  out.push('');
  out.push(
    table(
      [
        'Checkpoint every',
        'Checkpoints',
        'Size (JSON)',
        'p50 (ms)',
        'p95 (ms)',
        'max (ms)',
        'Run overhead',
      ],
      r.stepBack.map((s) => [
        String(s.every),
        String(s.checkpoints),
        kb(s.checkpointChars),
        fmt(s.p50),
        fmt(s.p95),
        fmt(s.max),
        `${fmt(s.overhead * 100, 0)}%`,
      ]),
    ),
  );
  out.push('');

  out.push('## Batch compare on worker threads');
  out.push('');
  if (typeof r.batch === 'string') out.push(r.batch);
  else {
    out.push(
      table(
        [
          'Runs',
          '1 worker (s)',
          '2 workers (s)',
          'Speed-up',
          'Without start-up',
          'Results',
          'Messages (2 workers)',
          'Worker start-up (s)',
        ],
        [
          [
            String(r.batch.runs),
            fmt(r.batch.oneMs / 1000, 2),
            fmt(r.batch.twoMs / 1000, 2),
            `${fmt(r.batch.speedup, 2)}×`,
            `${fmt(r.batch.computeSpeedup, 2)}×`,
            r.batch.identical ? 'identical' : 'DIFFERENT',
            `${r.batch.messages} each way`,
            fmt(r.batch.startupMs / 1000, 2),
          ],
        ],
      ),
    );
    out.push('');
    out.push(
      `Default scenario (${'`scenarios/carana-three-bad-days.yaml`'}), every structure. Start-up: one worker thread loading the TypeScript core through tsx and doing one run.`,
    );
  }
  out.push('');

  out.push('## Initial app JavaScript');
  out.push('');
  if (typeof r.bundle === 'string') out.push(r.bundle);
  else {
    out.push(
      table(
        ['File', 'Bytes', 'Gzipped'],
        r.bundle.initial.map((f) => [`\`${f.file}\``, kb(f.bytes), kb(f.gzip)]),
      ),
    );
    out.push('');
    out.push(
      `Entry script and the chunks index.html preloads: ${kb(r.bundle.initialGzip)} gzipped. ` +
        `Loaded on demand (lazy views, workers): ${r.bundle.lazyFiles} files, ${kb(r.bundle.lazyGzip)} gzipped.`,
    );
  }
  out.push('');

  out.push('## Live graph frames');
  out.push('');
  if (typeof r.graph === 'string') out.push(r.graph);
  else {
    out.push(
      table(
        ['Nodes', 'Frames', 'p50 (ms)', 'p95 (ms)', 'max (ms)'],
        r.graph.map((g) => [
          String(g.nodes),
          String(g.frames),
          fmt(g.p50),
          fmt(g.p95),
          g.max === undefined ? '—' : fmt(g.max),
        ]),
      ),
    );
  }
  out.push('');
  return `${out.join('\n')}\n`;
}
