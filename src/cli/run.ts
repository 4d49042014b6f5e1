// `peacemesh run FILE`: one simulation run, told as a timeline a trainer can read, or as one
// JSON document (`--json`) for tools. Same file, structure and seed ⇒ the same output.
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  computeMetrics,
  formatTime,
  isStoryEntry,
  parseTimePoint,
  RunLimitError,
  Simulation,
  visible,
} from '../core';
import { translate, type Locale } from '../i18n';
import { translator } from '../i18n/translator';
import { EXIT, type CliIo, type ExitCode } from './io';
import { explainDecision } from './explain';
import { hashLog, writeRunJson } from './run-json';
import { parseDecide, readInputsFile, runInputs, type Decide } from './run-inputs';
import { readScenarioFile } from './scenario-file';
import { painter } from './style';
import { formatMetricsSummary, formatTimeline } from './timeline';

export interface RunArgs {
  readonly file: string;
  /** Structure id; the scenario's default when absent. */
  readonly structure?: string | undefined;
  /** The seed; the inputs file's, else 1, when absent. */
  readonly seed?: number | undefined;
  /** Stop after this time (minutes); run to the end when absent. */
  readonly until?: number | undefined;
  readonly json: boolean;
  readonly verbose: boolean;
  /** `--decide ID=OPTION`, in the order given (a later one wins). */
  readonly decide?: readonly Decide[] | undefined;
  /** `--inputs FILE`: decisions and live injects to replay. */
  readonly inputs?: string | undefined;
  /** Print why the decision on this process went as it did, instead of the timeline. */
  readonly explain?: string | undefined;
}

export async function run(args: RunArgs, io: CliIo): Promise<ExitCode> {
  const locale = io.locale ?? 'en';
  const loaded = await readScenarioFile(args.file, io);
  if (!loaded.ok) {
    for (const line of loaded.problems) io.stderr(`${visible(line)}\n`);
    return EXIT.invalid;
  }
  const scenario = loaded.scenario;
  // Likely mistakes go to stderr: stdout stays the timeline (or the JSON document).
  for (const line of loaded.warnings) io.stderr(`${visible(line)}\n`);

  const file = args.inputs === undefined ? undefined : await readInputsFile(args.inputs, io);
  if (file && !file.ok) {
    for (const line of file.problems) io.stderr(`${visible(line)}\n`);
    return EXIT.invalid;
  }
  const from = file?.value;
  const inputs = runInputs(scenario, args.file, from, args.decide ?? [], locale);
  if (!inputs.ok) {
    for (const line of inputs.problems) io.stderr(`${visible(line)}\n`);
    return EXIT.invalid;
  }
  // What the command line says wins; then what the inputs were recorded under.
  const structure = args.structure ?? from?.structure;
  const seed = args.seed ?? from?.seed ?? 1;

  if (structure !== undefined && !scenario.structures.some((s) => s.id === structure)) {
    const names = scenario.structures.map((s) => s.id).join(', ');
    const message = translate(locale, 'cli.run.no-structure', {
      structure: visible(structure),
      names,
    });
    io.stderr(`${translate(locale, 'cli.error', { message })}\n`);
    return EXIT.invalid;
  }

  const sim = new Simulation(scenario, {
    ...(structure !== undefined ? { structure } : {}),
    seed,
    inputs: inputs.value,
  });
  try {
    if (args.until === undefined) sim.run();
    else sim.runUntil(args.until);
  } catch (err) {
    // Too big to finish: a sentence naming the limit, not an out-of-memory crash.
    if (!(err instanceof RunLimitError)) throw err;
    const message = translate(locale, 'cli.run.limit', {
      limit: err.limit,
      at: formatTime(err.time),
      size: err.size,
    });
    io.stderr(`${visible(args.file)}: ${message}\n`);
    return EXIT.invalid;
  }
  const log = sim.log;
  const metrics = computeMetrics(log, scenario, sim.structure);
  const until = args.until === undefined ? null : formatTime(args.until);

  if (args.json) {
    const doc = {
      scenario: scenario.id,
      title: scenario.title,
      structure: sim.structure.id,
      seed: sim.seed,
      until,
      log,
      metrics,
    };
    writeRunJson(doc, io.stdout);
    return EXIT.ok;
  }
  if (args.explain !== undefined) {
    const explained = explainDecision(log, args.explain, locale);
    if (!explained.ok) {
      io.stderr(`${translate(locale, 'cli.error', { message: explained.message })}\n`);
      return EXIT.invalid;
    }
    io.stdout(`${explained.lines.join('\n')}\n`);
    return EXIT.ok;
  }
  const hash = hashLog(log);

  const paint = painter(io.colour);
  const shown = args.verbose ? log.length : log.filter(isStoryEntry).length;
  const lines = [
    paint(
      'bold',
      translate(locale, 'cli.run.header', {
        title: visible(scenario.title),
        structure: sim.structure.id,
        name: visible(sim.structure.name),
        seed: sim.seed,
        has_until: until ? 'yes' : 'no',
        until: until ?? '',
      }),
    ),
    '',
    ...formatTimeline(log, { verbose: args.verbose, paint, locale }),
    '',
    paint('bold', translate(locale, 'cli.run.metrics')),
    ...formatMetricsSummary(metrics, scenario.metrics, locale),
    '',
    translate(locale, 'cli.run.hash', {
      hash,
      entries: log.length,
      shown,
      verbose: args.verbose,
    }),
  ];
  // In pieces: a long timeline joined into one string could exceed what V8 allows.
  for (let i = 0; i < lines.length; i += 1000)
    io.stdout(`${lines.slice(i, i + 1000).join('\n')}\n`);
  return EXIT.ok;
}

/** --seed: a whole number the engine's 32-bit generator takes as it is. */
export function parseSeed(text: string, locale: Locale = 'en'): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 2 ** 31 - 1) {
    throw new InvalidArgumentError(translate(locale, 'cli.seed.invalid'));
  }
  return n;
}

/** --until: a time point of the exercise. */
export function parseUntil(text: string, locale: Locale = 'en'): number {
  const t = parseTimePoint(text);
  if (t === undefined) throw new InvalidArgumentError(translate(locale, 'cli.until.invalid'));
  return t;
}

interface RunOptions {
  structure?: string;
  seed: number;
  until?: number;
  json?: boolean;
  verbose?: boolean;
  decide?: Decide[];
  inputs?: string;
  explain?: string;
}

export function registerRun(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  const locale = io.locale ?? 'en';
  const t = translator(locale);
  program
    .command('run')
    .description(t('cli.run.description'))
    .argument('<file>', t('cli.run.file'))
    .option('-s, --structure <name>', t('cli.run.structure'))
    .addOption(
      new Option('--seed <n>', t('cli.run.seed'))
        .argParser((text) => parseSeed(text, locale))
        .default(1),
    )
    .addOption(
      new Option('--until <T+hh:mm>', t('cli.run.until')).argParser((text) =>
        parseUntil(text, locale),
      ),
    )
    .addOption(
      new Option('--decide <ID=OPTION>', t('cli.run.decide')).argParser(
        (text, previous: Decide[] | undefined) => parseDecide(text, previous ?? [], locale),
      ),
    )
    .option('--inputs <file>', t('cli.run.inputs'))
    .option('--json', t('cli.run.json'))
    .option('-v, --verbose', t('cli.run.verbose'))
    .option('--explain <id>', t('cli.run.explain'))
    .addHelpText('after', t('cli.run.epilogue'))
    .action(async (file: string, options: RunOptions, command: Command) =>
      exit(
        await run(
          {
            file,
            structure: options.structure,
            // The default seed gives way to the one the inputs were recorded with.
            seed: command.getOptionValueSource('seed') === 'default' ? undefined : options.seed,
            until: options.until,
            json: options.json ?? false,
            verbose: options.verbose ?? false,
            decide: options.decide,
            inputs: options.inputs,
            explain: options.explain,
          },
          io,
        ),
      ),
    );
}
