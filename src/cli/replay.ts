// `peacemesh replay PACKAGE`: an exported exercise folded again from its journal, told as a
// timeline like `peacemesh run`, with a check that the log is the one the exercise reached.
import type { Command } from 'commander';
import { computeMetrics, isStoryEntry } from '../core';
import { translator } from '../i18n/translator';
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
  const locale = io.locale ?? 'en';
  const t = translator(locale);
  const { readPackage, replayPackage } = await import('../server/package.ts');
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(args.file));
  } catch (err) {
    const why = describeReadError(err, locale);
    io.stderr(`${t('cli.file-problem', { file: args.file, why })}\n`);
    return EXIT.invalid;
  }
  const read = readPackage(text, args.file, locale);
  if (!read.ok) {
    io.stderr(`${read.problem}\n`);
    return EXIT.invalid;
  }
  const pkg = read.pkg;
  let exercise;
  try {
    exercise = replayPackage(pkg);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    io.stderr(`${t('cli.replay.no-replay', { file: args.file, why })}\n`);
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
          t('cli.replay.header', {
            title: pkg.title,
            exercise: pkg.exercise,
            structure: pkg.structure,
            seed: pkg.seed,
          }),
        ),
        '',
        ...formatTimeline(log, { verbose: args.verbose, paint, locale }),
        '',
        paint('bold', t('cli.run.metrics')),
        ...formatMetricsSummary(metrics, exercise.scenario.metrics, locale),
        '',
        t('cli.replay.hash', { hash, entries: log.length, shown }),
        t(same ? 'cli.replay.same' : 'cli.replay.differs', { hash: pkg.hash }),
      ].join('\n') + '\n',
    );
  }
  if (!same) io.stderr(`${t('cli.replay.error', { hash, expected: pkg.hash })}\n`);
  return same ? EXIT.ok : EXIT.invalid;
}

export function registerReplay(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  const t = translator(io.locale ?? 'en');
  program
    .command('replay')
    .description(t('cli.replay.description'))
    .argument('<package>', t('cli.replay.package'))
    .option('--json', t('cli.replay.json'))
    .option('-v, --verbose', t('cli.replay.verbose'))
    .addHelpText('after', t('cli.replay.epilogue'))
    .action(async (file: string, options: { json?: boolean; verbose?: boolean }) =>
      exit(
        await replay({ file, json: options.json ?? false, verbose: options.verbose ?? false }, io),
      ),
    );
}
