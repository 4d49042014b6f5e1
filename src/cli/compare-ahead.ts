// `peacemesh compare` starts its worker threads first thing, before the command line builds its
// commands and parses its options (about a third of the main thread's work before a plan
// exists), so that each thread's own start overlaps that work too. This reads only what it
// needs from the raw arguments — is the command `compare`, how many threads, is it queued —
// and guesses no further: whatever commander then makes of the line, `compareCommand` takes
// these threads if it runs a plan and starts any more it needs, and `main` ends the rest.
import { StartedWorkers } from '../workers/node-started-workers';
import { workerCap } from './compare-limits';

let ahead: StartedWorkers | undefined;

/**
 * Threads to start for this command line: none unless the command is `compare` on local
 * threads; `--workers N` (at most the cap compare applies), otherwise one — the plan's size
 * decides on more (`workersForPlan`) once it is known.
 */
export function threadsAhead(argv: readonly string[]): number {
  let command: string | undefined;
  let workers = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') i++;
    else if (command === undefined && !arg.startsWith('-')) command = arg;
    else if (arg === '--queue' || arg.startsWith('--queue=')) return 0;
    else if (arg === '--workers' || arg.startsWith('--workers=')) {
      const value = arg === '--workers' ? argv[++i] : arg.slice('--workers='.length);
      const n = Number(value);
      workers = /^\d+$/.test(value ?? '') && n >= 1 ? n : 1;
    }
  }
  return command === 'compare' ? Math.min(workers, workerCap()) : 0;
}

/** Starts the threads `threadsAhead` says; until `takeThreadsAhead` or `endThreadsAhead`. */
export function startThreadsAhead(argv: readonly string[]): void {
  const count = threadsAhead(argv);
  if (count > 0 && ahead === undefined) ahead = new StartedWorkers(count);
}

/** The threads started ahead, now the caller's to use or end; undefined if none were. */
export function takeThreadsAhead(): StartedWorkers | undefined {
  const taken = ahead;
  ahead = undefined;
  return taken;
}

/** Ends the threads started ahead that no comparison took. */
export async function endThreadsAhead(): Promise<void> {
  await takeThreadsAhead()?.end();
}
