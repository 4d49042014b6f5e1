// `peacemesh worker --queue redis://…`: one per machine, as many as there are machines. Takes
// batches of comparison runs from the job queue until stopped (Ctrl-C or SIGTERM lets the
// batches in hand finish; a second signal stops at once, and those batches go to another
// worker). Prints a line per batch on stderr.
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseQueueUrl, QueueError } from '../jobqueue/url';
import { translate, type Locale } from '../i18n';
import { translator } from '../i18n/translator';
import { EXIT, type CliIo, type ExitCode } from './io';

export interface WorkerArgs {
  readonly queue: string;
  readonly concurrency: number;
  readonly stallSeconds: number;
}

export async function workerCommand(
  args: WorkerArgs,
  io: CliIo,
  until: Promise<void> = signalled(),
): Promise<number> {
  // Loaded here, not at the top: BullMQ would slow the start-up of every other command.
  const { startQueueWorker } = await import('../jobqueue/worker');
  let worker;
  try {
    worker = await startQueueWorker({
      url: args.queue,
      concurrency: args.concurrency,
      stallSeconds: args.stallSeconds,
      log: (line) => io.stderr(`${line}\n`),
      locale: io.locale ?? 'en',
    });
  } catch (err) {
    if (err instanceof QueueError) {
      io.stderr(`${translate(io.locale ?? 'en', 'cli.error', { message: err.message })}\n`);
      return EXIT.invalid;
    }
    throw err;
  }
  await until;
  io.stderr(`${translate(io.locale ?? 'en', 'cli.worker.stopping')}\n`);
  await worker.close();
  return EXIT.ok;
}

/** Resolves on the first SIGINT or SIGTERM; a second one ends the process at once. */
function signalled(): Promise<void> {
  return new Promise((resolve) => {
    let count = 0;
    const handler = () => {
      count++;
      if (count > 1) process.exit(130);
      resolve();
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}

const positive =
  (option: string, locale: Locale) =>
  (text: string): number => {
    const n = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(n > 0))
      throw new InvalidArgumentError(translate(locale, 'cli.option.above-zero', { option }));
    return n;
  };

export function registerWorker(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  const locale = io.locale ?? 'en';
  const t = translator(locale);
  program
    .command('worker')
    .description(t('cli.worker.description'))
    .addOption(
      new Option('--queue <redis-url>', t('cli.worker.queue'))
        .makeOptionMandatory()
        .argParser((text: string) => {
          try {
            return parseQueueUrl(text, locale);
          } catch (err) {
            if (err instanceof QueueError) throw new InvalidArgumentError(`${err.message}.`);
            throw err;
          }
        }),
    )
    .addOption(
      new Option('--concurrency <k>', t('cli.worker.concurrency'))
        .argParser((text: string) =>
          Math.max(1, Math.floor(positive('--concurrency', locale)(text))),
        )
        .default(Math.max(1, availableParallelism()), t('cli.worker.concurrency-default')),
    )
    .addOption(
      new Option('--stall-seconds <s>', t('cli.worker.stall-seconds'))
        .argParser(positive('--stall-seconds', locale))
        .default(30),
    )
    .addHelpText('after', t('cli.worker.epilogue'))
    .action(async (options: WorkerArgs) =>
      exit(
        (await workerCommand(
          {
            queue: options.queue,
            concurrency: options.concurrency,
            stallSeconds: options.stallSeconds,
          },
          io,
        )) as ExitCode,
      ),
    );
}
