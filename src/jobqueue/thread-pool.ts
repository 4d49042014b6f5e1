// The worker process's own threads: a queued batch runs in a worker thread (the same one the
// local compare uses), so the process's main thread stays free to renew BullMQ's lock on the
// job. A batch computed on the main thread would starve the lock and be taken for stalled.
// Threads hold one plan's scenarios; a batch of another plan runs on threads of its own.
import { Worker } from 'node:worker_threads';
import type { RunResult, RunSpec, SweepPoint } from '../core';
import { workerEntry } from '../workers/node-pool';
import type { BatchReply, BatchRequest } from '../workers/run-batch';

interface Slot {
  readonly thread: Worker;
  readonly ready: Promise<void>;
  busy: boolean;
}

export class PlanThreads {
  private readonly slots: Slot[] = [];
  private next = 0;

  constructor(
    readonly key: string,
    private readonly points: readonly SweepPoint[],
  ) {}

  /** Runs a batch on an idle thread (starting one if fewer than `size` run). */
  async run(specs: readonly RunSpec[]): Promise<RunResult[]> {
    const slot = this.idle();
    slot.busy = true;
    try {
      await slot.ready;
      const request: BatchRequest = { id: this.next++, specs };
      const reply = await new Promise<BatchReply>((resolve, reject) => {
        const onMessage = (m: BatchReply) => {
          if (m.id !== request.id) return;
          cleanup();
          resolve(m);
        };
        const onError = (e: Error) => {
          cleanup();
          reject(e);
        };
        const onExit = (code: number) => {
          cleanup();
          reject(new Error(`a worker thread exited with code ${code}`));
        };
        const cleanup = () => {
          slot.thread.off('message', onMessage);
          slot.thread.off('error', onError);
          slot.thread.off('exit', onExit);
        };
        slot.thread.on('message', onMessage);
        slot.thread.on('error', onError);
        slot.thread.on('exit', onExit);
        slot.thread.postMessage(request);
      });
      if (!reply.ok) throw new Error(reply.error);
      return reply.results;
    } catch (error) {
      // A thread that failed is not trusted again.
      this.slots.splice(this.slots.indexOf(slot), 1);
      void slot.thread.terminate();
      throw error;
    } finally {
      slot.busy = false;
    }
  }

  /** No batch running: the threads can be ended without losing work. */
  get unused(): boolean {
    return this.slots.every((s) => !s.busy);
  }

  /** BullMQ hands out at most `concurrency` jobs at once, so threads never outnumber it. */
  private idle(): Slot {
    return this.slots.find((s) => !s.busy) ?? this.start();
  }

  private start(): Slot {
    const thread = new Worker(workerEntry(), { workerData: { points: this.points } });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: unknown) => {
        if (typeof m === 'object' && m !== null && 'ready' in m) {
          thread.off('message', onMessage);
          resolve();
        }
      };
      thread.on('message', onMessage);
      thread.once('error', reject);
    });
    const slot: Slot = { thread, ready, busy: false };
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.splice(0).map((s) => s.thread.terminate()));
  }
}
