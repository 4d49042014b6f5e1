// `peacemesh run FILE`: one simulation run, told as a timeline a trainer can read, or as one
// JSON document (`--json`) for tools. Same file, structure and seed ⇒ the same output.
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  computeMetrics,
  formatTime,
  isStoryEntry,
  parseTimePoint,
  RunLimitError,
  quote,
  Simulation,
  visible,
} from '../core';
import { EXIT, type CliIo, type ExitCode } from './io';
import { hashLog, writeRunJson } from './run-json';
import { readScenarioFile } from './scenario-file';
import { painter } from './style';
import { formatMetricsSummary, formatTimeline } from './timeline';

export interface RunArgs {
  readonly file: string;
  /** Structure id; the scenario's default when absent. */
  readonly structure?: string | undefined;
  readonly seed: number;
  /** Stop after this time (minutes); run to the end when absent. */
  readonly until?: number | undefined;
  readonly json: boolean;
  readonly verbose: boolean;
}

export async function run(args: RunArgs, io: CliIo): Promise<ExitCode> {
  const loaded = await readScenarioFile(args.file, io);
  if (!loaded.ok) {
    for (const line of loaded.problems) io.stderr(`${visible(line)}\n`);
    return EXIT.invalid;
  }
  const scenario = loaded.scenario;
  if (args.structure !== undefined && !scenario.structures.some((s) => s.id === args.structure)) {
    const names = scenario.structures.map((s) => s.id).join(', ');
    io.stderr(`error: no structure ${quote(args.structure)}; this scenario has: ${names}\n`);
    return EXIT.invalid;
  }

  const sim = new Simulation(scenario, {
    ...(args.structure !== undefined ? { structure: args.structure } : {}),
    seed: args.seed,
  });
  try {
    if (args.until === undefined) sim.run();
    else sim.runUntil(args.until);
  } catch (err) {
    // Too big to finish: a sentence naming the limit, not an out-of-memory crash.
    if (!(err instanceof RunLimitError)) throw err;
    io.stderr(`${visible(args.file)}: ${err.message}\n`);
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
  const hash = hashLog(log);

  const paint = painter(io.colour);
  const shown = args.verbose ? log.length : log.filter(isStoryEntry).length;
  const lines = [
    paint(
      'bold',
      `${visible(scenario.title)} — structure ${sim.structure.id} (${visible(sim.structure.name)}), seed ${sim.seed}` +
        (until ? `, until ${until}` : ''),
    ),
    '',
    ...formatTimeline(log, { verbose: args.verbose, paint }),
    '',
    paint('bold', 'Metrics'),
    ...formatMetricsSummary(metrics, scenario.metrics),
    '',
    `log hash ${hash} (${log.length} entries, ${shown} shown${args.verbose ? '' : '; --verbose shows all'})`,
  ];
  // In pieces: a long timeline joined into one string could exceed what V8 allows.
  for (let i = 0; i < lines.length; i += 1000)
    io.stdout(`${lines.slice(i, i + 1000).join('\n')}\n`);
  return EXIT.ok;
}

/** --seed: a whole number the engine's 32-bit generator takes as it is. */
export function parseSeed(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 2 ** 31 - 1) {
    throw new InvalidArgumentError('Expected a whole number from 0 to 2147483647, like 1 or 42.');
  }
  return n;
}

/** --until: a time point of the exercise. */
export function parseUntil(text: string): number {
  const t = parseTimePoint(text);
  if (t === undefined)
    throw new InvalidArgumentError(
      'Expected an exercise time written T+hh:mm, like T+06:30 or T+49:15.',
    );
  return t;
}

interface RunOptions {
  structure?: string;
  seed: number;
  until?: number;
  json?: boolean;
  verbose?: boolean;
}

export function registerRun(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  program
    .command('run')
    .description('run a scenario once and print its timeline and metrics')
    .argument('<file>', 'scenario file (YAML)')
    .option('-s, --structure <name>', "coordination structure id (default: the scenario's default)")
    .addOption(
      new Option('--seed <n>', 'random seed: same seed, same run').argParser(parseSeed).default(1),
    )
    .addOption(
      new Option('--until <T+hh:mm>', 'stop the run after this exercise time').argParser(
        parseUntil,
      ),
    )
    .option(
      '--json',
      'print one JSON document { scenario, title, structure, seed, until, log, metrics, hash }',
    )
    .option('-v, --verbose', 'show every log entry, including tasks taken up and messages relayed')
    .addHelpText(
      'after',
      `
The timeline has one line per event: exercise time, actor, what happened. Injects, escort
requests and decisions, meetings, handovers, incidents and lost messages are shown; desks
taking up and finishing tasks only with --verbose. A metrics summary and the log hash
(equal hashes mean identical runs) follow. Exit code: 0 ok, 1 invalid scenario or unknown
structure, 2 usage error.

Examples:
  $ peacemesh run scenarios/convoy-escort-dilemma.yaml
  $ peacemesh run scenarios/convoy-escort-dilemma.yaml --structure liaison-mesh --seed 7
  $ peacemesh run scenarios/carana-three-bad-days.yaml --until T+12:00 --verbose
  $ peacemesh run scenarios/carana-three-bad-days.yaml --json > run.json
`,
    )
    .action(async (file: string, options: RunOptions) =>
      exit(
        await run(
          {
            file,
            structure: options.structure,
            seed: options.seed,
            until: options.until,
            json: options.json ?? false,
            verbose: options.verbose ?? false,
          },
          io,
        ),
      ),
    );
}
