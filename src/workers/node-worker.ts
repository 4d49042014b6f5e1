// A Node comparison worker: gets the plan's scenarios once — in workerData, or as its first
// message when it was started before the plan was known (the pool starts threads while the
// command line still reads the scenario) — says it is ready (once, so the pool can tell
// start-up from work), then gets one message per batch of runs and answers each with one
// message holding the batch's results.
import { parentPort, workerData } from 'node:worker_threads';
import type { SweepPoint } from '../core';
import { handleBatch, type BatchRequest, type PlanMessage } from './run-batch';

let points = (workerData as { points?: readonly SweepPoint[] } | null)?.points;
const port = parentPort;
if (!port) throw new Error('node-worker.ts runs as a worker thread (see node-pool.ts)');
port.on('message', (message: BatchRequest | PlanMessage) => {
  if ('points' in message) {
    points = message.points;
    port.postMessage({ ready: true });
  } else if (points) port.postMessage(handleBatch(points, message));
  else port.postMessage({ id: message.id, ok: false, error: 'a batch came before its plan' });
});
if (points) port.postMessage({ ready: true });
