// Comparison worker threads started before their plan exists. A thread's own start (Node
// starting a thread, then the worker bundle) takes a few tens of milliseconds of CPU; started
// first thing, it overlaps what the command line does before it has a plan — building its
// commands, reading and checking the scenario — instead of following it.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleStatus, OUT_DIR, ROOT } from '../../bin/bundle.js';

/**
 * The script each worker thread starts. Run from the prebuilt bundle (dist-node/, see
 * scripts/build-cli.js) it is the bundled dist-node/workers/node-worker.js — named from the
 * root, since this code lands in a shared chunk, not beside the worker. Run from source
 * (tests, the benchmarks, tsx during development) it is that same bundled worker while the
 * bundle matches the source, so no thread compiles anything; otherwise the entry that
 * compiles node-worker.ts through tsx. `peacemesh worker`'s own threads start it too.
 */
export function workerEntry(): URL {
  const bundled = new URL(`${OUT_DIR}workers/node-worker.js`, pathToFileURL(ROOT));
  if (!import.meta.url.endsWith('.ts') || bundleStatus().fresh) return bundled;
  return new URL('./node-worker-entry.js', import.meta.url);
}

/** A thread waiting for a plan, with what it listens to until a plan takes it. */
interface Waiting {
  readonly worker: Worker;
  /** Why it stopped before a plan took it; undefined while it is alive. */
  lost?: string;
  readonly onError: (error: Error) => void;
  readonly onExit: (code: number) => void;
}

/**
 * Worker threads started ahead of their plan. Until a plan takes them they keep nothing
 * alive (a command that ends without running a plan — its help, a usage error, an unreadable
 * file — ends at once) and a thread that fails as it starts is set aside, not reported:
 * `take` hands out only live threads and the pool starts fresh ones for the rest, so a
 * failure that happens again is reported by the pool, in its words, and nothing is lost.
 * `end` ends the threads no plan took.
 */
export class StartedWorkers {
  private readonly waiting: Waiting[] = [];

  constructor(count: number, entry: URL = workerEntry()) {
    for (let i = 0; i < Math.max(0, Math.floor(count)); i++) {
      const worker = new Worker(entry);
      worker.unref();
      const waiting: Waiting = {
        worker,
        onError: (error) => (waiting.lost ??= error.message),
        onExit: (code) => (waiting.lost ??= `exited with code ${code}`),
      };
      worker.on('error', waiting.onError);
      worker.on('exit', waiting.onExit);
      this.waiting.push(waiting);
    }
  }

  /** Threads still waiting for a plan, alive or not. */
  get count(): number {
    return this.waiting.length;
  }

  /** Why each thread that stopped before a plan took it stopped. */
  get lost(): string[] {
    return this.waiting.flatMap((w) => (w.lost === undefined ? [] : [w.lost]));
  }

  /**
   * Up to `count` live threads, for one plan, which now keep the process alive until the
   * caller ends them. Threads that stopped stay here for `end`.
   */
  take(count: number): Worker[] {
    const taken: Worker[] = [];
    for (const waiting of [...this.waiting]) {
      if (taken.length >= count) break;
      if (waiting.lost !== undefined) continue;
      this.waiting.splice(this.waiting.indexOf(waiting), 1);
      waiting.worker.off('error', waiting.onError);
      waiting.worker.off('exit', waiting.onExit);
      waiting.worker.ref();
      taken.push(waiting.worker);
    }
    return taken;
  }

  /** Ends the threads no plan took. */
  async end(): Promise<void> {
    await Promise.all(this.waiting.splice(0).map((w) => w.worker.terminate()));
  }
}
