// `peacemesh replay PACKAGE`: an exported exercise folded again from its journal, told as a
// timeline like `peacemesh run`, with a check that the log is the one the exercise reached.
import type { Command } from 'commander';
import { computeMetrics, isStoryEntry } from '../core';
import { EXIT, type CliIo, type ExitCode } from './io';
import { describeReadError } from './scenario-file';
import { painter } from './style';
import { formatMetricsSummary, formatTimeline } from './timeline';

export interface ReplayArgs {
  readonly file: string;
  readonly json: boolean;
  readonly verbose: boolean;
}

export async function replay(args: ReplayArgs, io: CliIo): Promise<ExitCode> {
  const { readPackage, replayPackage } = await import('../server/package.ts');
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(args.file));
  } catch (err) {
    io.stderr(`${args.file}: ${describeReadError(err)}\n`);
    return EXIT.invalid;
  }
  const read = readPackage(text, args.file);
  if (!read.ok) {
    io.stderr(`${read.problem}\n`);
    return EXIT.invalid;
  }
  const pkg = read.pkg;
  let exercise;
  try {
    exercise = replayPackage(pkg);
  } catch (err) {
    io.stderr(
      `${args.file}: the journal does not replay: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return EXIT.invalid;
  }
  const log = exercise.sim.log;
  const hash = exercise.hash;
  const same = hash === pkg.hash;
  const metrics = computeMetrics(log, exercise.scenario, exercise.sim.structure);
  if (args.json) {
    io.stdout(
      `${JSON.stringify({ exercise: pkg.exercise, structure: pkg.structure, seed: pkg.seed, log, metrics, hash, expected: pkg.hash, identical: same })}\n`,
    );
  } else {
    const paint = painter(io.colour);
    const shown = args.verbose ? log.length : log.filter(isStoryEntry).length;
    io.stdout(
      [
        paint(
          'bold',
          `${pkg.title} — exercise ${pkg.exercise}, structure ${pkg.structure}, seed ${pkg.seed}`,
        ),
        '',
        ...formatTimeline(log, { verbose: args.verbose, paint, locale: io.locale ?? 'en' }),
        '',
        paint('bold', 'Metrics'),
        ...formatMetricsSummary(metrics, exercise.scenario.metrics, io.locale ?? 'en'),
        '',
        `log hash ${hash} (${log.length} entries, ${shown} shown)`,
        same
          ? `identical to the exercise's log (hash ${pkg.hash})`
          : `DIFFERS from the exercise's log (hash ${pkg.hash})`,
      ].join('\n') + '\n',
    );
  }
  if (!same) io.stderr(`error: the replay's log hash ${hash} is not the exercise's ${pkg.hash}\n`);
  return same ? EXIT.ok : EXIT.invalid;
}

export function registerReplay(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  program
    .command('replay')
    .description("replay an exported exercise package and check it gives the exercise's log")
    .argument('<package>', 'exercise package (.peacemesh.json) exported from the host')
    .option(
      '--json',
      'print one JSON document { exercise, structure, seed, log, metrics, hash, expected, identical }',
    )
    .option('-v, --verbose', 'show every log entry')
    .addHelpText(
      'after',
      `
Exit code: 0 when the replayed log hash is the exercise's, 1 when it differs or the package
cannot be read.

Example:
  $ peacemesh replay carana-three-bad-days-1.peacemesh.json
`,
    )
    .action(async (file: string, options: { json?: boolean; verbose?: boolean }) =>
      exit(
        await replay({ file, json: options.json ?? false, verbose: options.verbose ?? false }, io),
      ),
    );
}
