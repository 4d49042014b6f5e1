// `peacemesh worker --queue redis://…`: one per machine, as many as there are machines. Takes
// batches of comparison runs from the job queue until stopped (Ctrl-C or SIGTERM lets the
// batches in hand finish; a second signal stops at once, and those batches go to another
// worker). Prints a line per batch on stderr.
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseQueueUrl, QueueError } from '../jobqueue/url';
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
    });
  } catch (err) {
    if (err instanceof QueueError) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.invalid;
    }
    throw err;
  }
  await until;
  io.stderr(`stopping: finishing the batches in hand (Ctrl-C again to stop at once)\n`);
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
  (what: string) =>
  (text: string): number => {
    const n = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(n > 0)) {
      throw new InvalidArgumentError(`${what} is a number above 0, like 4.`);
    }
    return n;
  };

export function registerWorker(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  program
    .command('worker')
    .description('take comparison runs from a job queue (start one on each machine)')
    .addOption(
      new Option('--queue <redis-url>', 'the Redis the coordinator uses, e.g. redis://host:6379/0')
        .makeOptionMandatory()
        .argParser((text: string) => {
          try {
            return parseQueueUrl(text);
          } catch (err) {
            if (err instanceof QueueError) throw new InvalidArgumentError(`${err.message}.`);
            throw err;
          }
        }),
    )
    .addOption(
      new Option('--concurrency <k>', 'batches run at once, one thread each')
        .argParser((t: string) => Math.max(1, Math.floor(positive('--concurrency')(t))))
        .default(Math.max(1, availableParallelism()), 'the cores available'),
    )
    .addOption(
      new Option(
        '--stall-seconds <s>',
        'how soon a batch held by a worker that died goes back to the queue',
      )
        .argParser(positive('--stall-seconds'))
        .default(30),
    )
    .addHelpText(
      'after',
      `
Start one worker per machine, all on the same Redis, then run
  peacemesh compare FILE … --queue redis://host:6379/0
from any machine. A worker takes batches of any sweep on that Redis, checks that it runs the
coordinator's PeaceMesh release and builds the same plan (else it refuses the batch, and the
comparison stops with its reason), and runs them. Ctrl-C lets the batches in hand finish.
A worker killed outright loses nothing: after --stall-seconds its batches go to another.

Examples:
  $ peacemesh worker --queue redis://planning-cell:6379/0
  $ peacemesh worker --queue redis://10.0.0.5:6379/2 --concurrency 8
`,
    )
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
