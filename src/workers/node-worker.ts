// A Node comparison worker: receives the plan's scenarios once (workerData), says it is ready
// (once, so the pool can tell start-up from work), then gets one message per batch of runs
// and answers each with one message holding the batch's results.
import { parentPort, workerData } from 'node:worker_threads';
import type { SweepPoint } from '../core';
import { handleBatch, type BatchRequest } from './run-batch';

const { points } = workerData as { points: readonly SweepPoint[] };
const port = parentPort;
if (!port) throw new Error('node-worker.ts runs as a worker thread (see node-pool.ts)');
port.on('message', (request: BatchRequest) => port.postMessage(handleBatch(points, request)));
port.postMessage({ ready: true });
