// `peacemesh compare FILE`: the scenario under several structures × many seeds (× sweep
// points), in parallel on worker threads, summarised as a table, CSV or JSON. A progress bar
// goes to stderr when it is a terminal; Ctrl-C stops and prints what finished, marked partial.
import { writeFile } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  CompareError,
  formatTime,
  loadScenarioBytes,
  METRIC_KEYS,
  parseSample,
  parseSweep,
  planComparison,
  RunLimitError,
  summarizeComparison,
  SweepError,
  type MetricKey,
  type RunResult,
  type RunStore,
  type SampleSpec,
  type SweepSpec,
  visible,
} from '../core';
import { parseQueueUrl, QueueError } from '../jobqueue/url';
import { defaultWorkers, runPlanOnNode, StartedWorkers } from '../workers/node-pool';
import { workersForPlan } from '../workers/worker-count';
import {
  ANNOUNCE_RUNS,
  largeSweepProblem,
  MAX_RUNS,
  MAX_SEEDS,
  runCountProblem,
  seedRangeProblem,
  workerCap,
} from './compare-limits';
import { takeThreadsAhead } from './compare-ahead';
import type { QueueArgs } from './compare-queue';
import { formatData, formatTable, ROWS, tableMetrics, type Rows } from './compare-report';
import { EXIT, type CliIo, type ExitCode } from './io';
import { parseSeed } from './run';
import { describeReadError, located } from './scenario-file';
import { translate, type Locale } from '../i18n';
import { translator } from '../i18n/translator';
import { openRunStream, type RunStream } from './run-stream';
import { painter } from './style';
import { describeProblem } from '../i18n';
import { formatEta } from './progress-eta';

/** Stopped by Ctrl-C: what finished was printed, marked partial (128 + SIGINT, as shells do). */
export const EXIT_INTERRUPTED = 130;

export const FORMATS = ['table', 'csv', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export interface CompareArgs {
  readonly file: string;
  readonly structures?: readonly string[] | undefined;
  readonly seeds: number;
  readonly seedStart: number;
  readonly sweeps: readonly SweepSpec[];
  /** Worker threads; left out, the plan's size chooses (`workersForPlan`). */
  readonly workers?: number | undefined;
  readonly format: Format;
  readonly out?: string | undefined;
  readonly metrics?: readonly MetricKey[] | undefined;
  /** Sample the sweeps (Latin hypercube or random) instead of the full grid. */
  readonly sample?: SampleSpec | undefined;
  /** For csv and json: summaries (default), every run, or the sensitivity. */
  readonly rows?: Rows | undefined;
  /** Run on the job queue instead of local threads. */
  readonly queue?: QueueArgs | undefined;
  /** Most runs held run by run (MAX_RUNS; tests lower it to reach a large sweep's path). */
  readonly maxRuns?: number | undefined;
}

/** The terminal features compare needs beyond the shared io. */
export interface CompareIo extends CliIo {
  /** Whether stderr is a terminal (the progress bar is drawn only then). */
  readonly stderrIsTTY: boolean;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** Calls `handler` on Ctrl-C until the returned function is called. */
  readonly onInterrupt: (handler: () => void) => () => void;
}

export function nodeCompareIo(io: CliIo): CompareIo {
  return {
    ...io,
    stderrIsTTY: process.stderr.isTTY === true,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
  };
}

export async function compareCommand(args: CompareArgs, io: CompareIo): Promise<number> {
  const locale = io.locale ?? 'en';
  const t = translator(locale);
  if (args.format === 'table' && (args.rows ?? 'summary') !== 'summary') {
    io.stderr(`${t('cli.compare.rows-table', { rows: args.rows ?? '' })}\n`);
    return EXIT.usage;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(args.file);
  } catch (err) {
    const why = describeReadError(err, locale);
    io.stderr(`${t('cli.file-problem', { file: visible(args.file), why })}\n`);
    return EXIT.invalid;
  }
  // The worker threads started as the command line began (compare-ahead.ts), or now if it
  // did not (called in-process), load the engine while this thread reads and checks the
  // scenario; whatever way the command ends, the threads the plan did not take are ended.
  // Without --workers only the first starts now: the others only if the plan turns out large
  // enough to repay their warm-up (`workersForPlan`).
  const early = args.queue
    ? undefined
    : (takeThreadsAhead() ?? new StartedWorkers(Math.min(args.workers ?? 1, workerCap())));
  try {
    return await compareBytes(args, io, bytes, early);
  } finally {
    await early?.end();
  }
}

async function compareBytes(
  args: CompareArgs,
  io: CompareIo,
  bytes: Uint8Array,
  early: StartedWorkers | undefined,
): Promise<number> {
  const locale = io.locale ?? 'en';
  const t = translator(locale);
  const loaded = loadScenarioBytes(bytes, args.file, {
    language: locale,
    describe: (p) => describeProblem(p, locale),
  });
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`${visible(located(e, locale))}\n`);
    return EXIT.invalid;
  }
  const scenario = loaded.scenario;
  // Checked before planning: a plan builds every sweep point's scenario up front.
  const structureCount = args.structures?.length || scenario.structures.length;
  const pointCount =
    args.sample?.count ?? args.sweeps.reduce((n, sweep) => n * sweep.values.length, 1);
  const per = t('cli.compare.size', {
    structures: structureCount,
    seeds: args.seeds,
    points: pointCount,
    sampled: args.sample !== undefined,
  });
  const planned = structureCount * args.seeds * pointCount;
  const cap = args.maxRuns ?? MAX_RUNS;
  // A queued sweep past the local cap keeps summaries only; its runs stream to --out.
  const large = args.queue !== undefined && planned > cap;
  const refused =
    seedRangeProblem(args.seedStart, args.seeds, locale) ??
    runCountProblem(planned, per, args.queue !== undefined, cap, locale) ??
    (args.queue
      ? largeSweepProblem(planned, args.format, args.rows ?? 'summary', args.out, cap, locale)
      : undefined);
  if (refused !== undefined) {
    io.stderr(`${t('cli.error', { message: refused })}\n`);
    return EXIT.invalid;
  }

  let plan;
  try {
    plan = planComparison(scenario, {
      ...(args.structures ? { structures: args.structures } : {}),
      seeds: args.seeds,
      seedStart: args.seedStart,
      sweeps: args.sweeps,
      ...(args.sample ? { sample: args.sample } : {}),
      ...(args.metrics ? { metrics: args.metrics } : {}),
      describe: (p) => describeProblem(p, locale),
      language: locale,
      // The sweep paths apply to the file as written, before defaults and units.
      source: { text: new TextDecoder().decode(bytes), file: args.file },
    });
  } catch (err) {
    // A swept value the scenario cannot hold is located in the file, as the loader's problems
    // are: a line for each of its problems, each at its own place.
    if (err instanceof SweepError && err.at) {
      for (const { problem, at } of err.problems) {
        const message = describeProblem(problem, locale);
        io.stderr(
          `${visible(at ? located({ ...at, message }, locale) : t('cli.error', { message }))}\n`,
        );
      }
      return EXIT.invalid;
    }
    if (err instanceof CompareError || err instanceof SweepError) {
      io.stderr(`${t('cli.error', { message: visible(describeProblem(err.problem, locale)) })}\n`);
      return EXIT.invalid;
    }
    throw err;
  }

  const total = plan.runs.length;
  let workers = args.workers ?? workersForPlan(plan, defaultWorkers());
  // With --queue the workers are other processes, each with its own --concurrency.
  if (!args.queue && workers > workerCap()) {
    io.stderr(`${t('cli.compare.workers-note', { asked: workers, cap: workerCap() })}\n`);
    workers = workerCap();
  }
  // Listening before the announcement: from the moment it says Ctrl-C stops, Ctrl-C must stop.
  const controller = new AbortController();
  let interrupts = 0;
  const stopListening = io.onInterrupt(() => {
    interrupts++;
    if (interrupts > 1) process.exit(EXIT_INTERRUPTED);
    controller.abort();
  });
  if (total >= ANNOUNCE_RUNS) {
    io.stderr(
      `${t('cli.compare.comparing', {
        size: per,
        total,
        queue: args.queue !== undefined,
        workers: Math.min(workers, total),
      })}\n`,
    );
  }
  const bar = io.stderrIsTTY
    ? new SingleBar({
        format: t('cli.compare.progress'),
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        formatTime: formatEta,
      })
    : undefined;
  // JSON Lines to a file: each run is appended as it finishes, so a stop loses nothing.
  let stream: RunStream | undefined;
  if (args.format === 'jsonl' && args.out !== undefined) {
    try {
      stream = await openRunStream(args.out, plan.points);
    } catch (err) {
      stopListening();
      const why = err instanceof Error ? err.message : String(err);
      io.stderr(`${t('cli.cannot-write', { file: visible(args.out), why: visible(why) })}\n`);
      return EXIT.invalid;
    }
  }
  const started = performance.now();
  let outcome: {
    results: RunResult[];
    store?: RunStore;
    aborted: boolean;
    workers: number;
  };
  try {
    if (args.queue) {
      // Loaded only when asked for: BullMQ and the Redis client would slow every start-up.
      const { runComparisonOnQueue } = await import('./compare-queue');
      const queued = await runComparisonOnQueue(
        plan,
        {
          file: args.file,
          text: new TextDecoder().decode(bytes),
          structures: args.structures,
          seeds: args.seeds,
          seedStart: args.seedStart,
          sweeps: args.sweeps,
          sample: args.sample,
          metrics: args.metrics,
        },
        args.queue,
        io,
        {
          signal: controller.signal,
          keepResults: !large,
          ...(stream ? { onResults: stream.append } : {}),
        },
      );
      if (!queued) return EXIT.invalid;
      outcome = queued;
    } else {
      bar?.start(total, 0);
      outcome = await runPlanOnNode(plan, {
        workers,
        signal: controller.signal,
        ...(early ? { started: early } : {}),
        onProgress: (done) => bar?.update(done),
        ...(stream ? { onResults: (rs: readonly RunResult[]) => void stream.append(rs) } : {}),
      });
    }
  } catch (err) {
    // A run too big to finish, in a worker thread: the sentence `run` says, in the CLI's language.
    if (!(err instanceof RunLimitError)) throw err;
    const at = formatTime(err.time);
    io.stderr(
      `${visible(args.file)}: ${t('cli.run.limit', { limit: err.limit, at, size: err.size })}\n`,
    );
    return EXIT.invalid;
  } finally {
    bar?.stop();
    stopListening();
    await stream?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const finished = outcome.store?.completed ?? outcome.results.length;
  if (outcome.aborted) io.stderr(`${t('cli.compare.stopped', { finished, total })}\n`);

  const result = outcome.store
    ? outcome.store.summarize(outcome.results)
    : summarizeComparison(plan, outcome.results);
  if (large && args.format === 'jsonl') {
    // The runs are in the file already, in the order they finished: there is nothing held to
    // write them again in plan order.
    io.stderr(
      `${t('cli.compare.wrote-stream', {
        file: visible(args.out ?? ''),
        runs: finished,
        partial: outcome.aborted,
      })}\n`,
    );
    return outcome.aborted ? EXIT_INTERRUPTED : EXIT.ok;
  }
  let text: string;
  switch (args.format) {
    case 'json':
    case 'csv':
    case 'jsonl':
      text = formatData(result, args.format, args.rows ?? 'summary');
      break;
    case 'table': {
      const metrics = tableMetrics(result, scenario.metrics, args.metrics !== undefined);
      const toTerminal = args.out === undefined;
      text = formatTable(result, {
        metrics,
        paint: painter(toTerminal && io.colour),
        seconds,
        workers: outcome.workers,
        locale,
      });
      break;
    }
  }
  if (args.out !== undefined) {
    try {
      await io.writeFile(args.out, text);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      io.stderr(`${t('cli.cannot-write', { file: visible(args.out), why: visible(why) })}\n`);
      return EXIT.invalid;
    }
    io.stderr(
      `${t('cli.compare.wrote', {
        file: visible(args.out),
        runs: result.completed,
        partial: result.partial,
      })}\n`,
    );
  } else {
    io.stdout(text);
  }
  return outcome.aborted ? EXIT_INTERRUPTED : EXIT.ok;
}

// ── options ─────────────────────────────────────────────────────────────────────────────

const wholeNumber =
  (locale: Locale, option: string, min: number, max?: number) =>
  (text: string): number => {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || n < min || !Number.isSafeInteger(n)) {
      throw new InvalidArgumentError(
        translate(locale, 'cli.option.whole', {
          option,
          min,
          max: max ?? 0,
          has_max: max === undefined ? 'no' : 'yes',
          example: min === 0 ? 0 : 4,
        }),
      );
    }
    if (max !== undefined && n > max)
      throw new InvalidArgumentError(
        translate(locale, 'cli.option.at-most', { option, max, got: text.trim() }),
      );
    return n;
  };

const list = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function parseMetrics(locale: Locale, text: string): MetricKey[] {
  const asked = list(text);
  const unknown = asked.filter((m) => !METRIC_KEYS.includes(m as MetricKey));
  if (unknown.length > 0 || asked.length === 0) {
    throw new InvalidArgumentError(
      translate(locale, 'cli.compare.unknown-metric', {
        names: unknown.map((m) => `"${m}"`).join(', '),
        metrics: METRIC_KEYS.join(', '),
      }),
    );
  }
  return asked as MetricKey[];
}

function queueUrl(locale: Locale, text: string): string {
  try {
    return parseQueueUrl(text, locale);
  } catch (err) {
    if (err instanceof QueueError) throw new InvalidArgumentError(`${err.message}.`);
    throw err;
  }
}

function collectSweep(locale: Locale, text: string, previous: SweepSpec[]): SweepSpec[] {
  try {
    return [...previous, parseSweep(text)];
  } catch (err) {
    if (err instanceof SweepError)
      throw new InvalidArgumentError(`${describeProblem(err.problem, locale)}.`);
    throw err;
  }
}

interface CompareOptions {
  sample?: string;
  sampleSeed: number;
  rows: Rows;
  queue?: string;
  runId?: string;
  structures?: string[];
  seeds: number;
  seedStart: number;
  sweep: SweepSpec[];
  workers?: number;
  format: Format;
  out?: string;
  metrics?: MetricKey[];
}

export function registerCompare(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  const locale = io.locale ?? 'en';
  const t = translator(locale);
  program
    .command('compare')
    .description(t('cli.compare.description'))
    .argument('<file>', t('cli.run.file'))
    .addOption(new Option('--structures <ids>', t('cli.compare.structures')).argParser(list))
    .addOption(
      new Option('--seeds <n>', t('cli.compare.seeds'))
        .argParser(wholeNumber(locale, '--seeds', 1, MAX_SEEDS))
        .default(30),
    )
    .addOption(
      new Option('--seed-start <s>', t('cli.compare.seed-start'))
        .argParser((s) => parseSeed(s, locale))
        .default(1),
    )
    .addOption(
      new Option('--sweep <path=v1,v2,...>', t('cli.compare.sweep'))
        .argParser((text, previous: SweepSpec[]) => collectSweep(locale, text, previous))
        .default([]),
    )
    .addOption(
      // No default value: left out, the plan's size chooses (`workersForPlan`).
      new Option('--workers <k>', t('cli.compare.workers')).argParser(
        wholeNumber(locale, '--workers', 1),
      ),
    )
    .option('--sample <kind:n>', t('cli.compare.sample'))
    .addOption(
      new Option('--sample-seed <s>', t('cli.compare.sample-seed'))
        .argParser((text) => parseSeed(text, locale))
        .default(1),
    )
    .addOption(
      new Option('--format <format>', t('cli.compare.format')).choices(FORMATS).default('table'),
    )
    .addOption(new Option('--rows <rows>', t('cli.compare.rows')).choices(ROWS).default('summary'))
    .addOption(
      new Option('--queue <redis-url>', t('cli.compare.queue')).argParser((text) =>
        queueUrl(locale, text),
      ),
    )
    .option('--run-id <id>', t('cli.compare.run-id'))
    .option('--out <file>', t('cli.compare.out'))
    .addOption(
      new Option('--metrics <m1,m2>', t('cli.compare.metrics')).argParser((text) =>
        parseMetrics(locale, text),
      ),
    )
    .addHelpText('after', t('cli.compare.epilogue'))
    .action(async (file: string, options: CompareOptions) => {
      if (options.runId !== undefined && options.queue === undefined) {
        io.stderr(`${t('cli.compare.run-id-alone')}\n`);
        return exit(EXIT.usage);
      }
      let sample: SampleSpec | undefined;
      try {
        sample = options.sample ? parseSample(options.sample, options.sampleSeed) : undefined;
      } catch (err) {
        if (!(err instanceof SweepError)) throw err;
        io.stderr(
          `${t('cli.compare.sample-error', { why: describeProblem(err.problem, locale) })}\n`,
        );
        return exit(EXIT.usage);
      }
      exit(
        (await compareCommand(
          {
            file,
            structures: options.structures,
            seeds: options.seeds,
            seedStart: options.seedStart,
            sweeps: options.sweep,
            workers: options.workers,
            format: options.format,
            out: options.out,
            metrics: options.metrics,
            sample,
            rows: options.rows,
            queue: options.queue ? { url: options.queue, runId: options.runId } : undefined,
          },
          nodeCompareIo(io),
        )) as ExitCode,
      );
    });
}
