// A browser comparison worker (Web Worker, driven through comlink by the comparison view):
// receives the plan's scenarios once, then one call per batch of runs, each answered with
// the batch's results — the same core function the Node workers and the CLI run.
import { expose } from 'comlink';
import type { SweepPoint } from '../core';
import { handleBatch, type BatchReply, type BatchRequest } from './run-batch';

let points: readonly SweepPoint[] = [];

export const compareWorker = {
  init(plan: readonly SweepPoint[]): void {
    points = plan;
  },
  run(request: BatchRequest): BatchReply {
    return handleBatch(points, request);
  },
};

export type CompareWorker = typeof compareWorker;

expose(compareWorker);
