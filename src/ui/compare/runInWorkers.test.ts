// A run that reached the engine's size limits in a browser comparison worker: the view gets the
// limit typed (a RunLimitError, as the CLI's pool gives it), so it says the CLI's sentence in
// the page's language instead of a worker's English. The Web Worker here is a message port
// serving the same batch handler the worker script serves.
import { expose } from 'comlink';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunLimitError, type ComparePlan } from '../../core/index.ts';
import { handleBatch, type BatchRequest } from '../../workers/run-batch';
import { runPlanInWorkers } from './runInWorkers';

vi.mock('../../core/runs', async (original) => ({
  ...(await original<typeof import('../../core/runs')>()),
  runBatch: () => {
    throw new RunLimitError('log', 728, 250_000);
  },
}));

/** A Web Worker whose far end answers as src/workers/compare.worker.ts does. */
class PortWorker {
  private readonly port: MessagePort;
  constructor() {
    const { port1, port2 } = new MessageChannel();
    expose(
      {
        init: () => undefined,
        run: (request: BatchRequest) => handleBatch([], request),
      },
      port2 as unknown as Parameters<typeof expose>[1],
    );
    this.port = port1;
  }
  postMessage(message: unknown, transfer?: readonly MessagePort[]) {
    this.port.postMessage(message, transfer ?? []);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    if (type === 'message') this.port.addEventListener('message', listener as never);
    this.port.start();
  }
  removeEventListener(type: string, listener: (event: unknown) => void) {
    this.port.removeEventListener(type, listener as never);
  }
  terminate() {
    this.port.close();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a browser comparison whose run reaches a size limit', () => {
  it('rejects with the limit typed, as the CLI gets it from its worker threads', async () => {
    vi.stubGlobal('Worker', PortWorker);
    const plan = {
      points: [{ scenario: {} }],
      runs: [{ index: 0, point: 0, structure: 's', seed: 1 }],
    } as unknown as ComparePlan;
    const failure = await runPlanInWorkers(plan, { workers: 1 }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(RunLimitError);
    expect(failure).toMatchObject({ limit: 'log', time: 728, size: 250_000 });
  });
});
