// How many worker threads a comparison starts when the user does not say (`--workers`): one,
// and one more only for each share of the plan large enough to pay for the thread's warm-up.
// Every worker thread is a V8 isolate of its own that compiles and optimises the engine again
// (V8 shares no compiled code between isolates): measured on the default scenario, that costs
// about as much CPU as 350 of its runs, on the thread and on V8's compiler threads. Where the
// cores are busy, a second thread on a small plan finishes later than one thread alone; on a
// large plan its warm-up is a small share and it pays. A run's cost grows with the mission's
// actors (messages, tasks and routes per actor), so the plan's size is counted in runs × actors.
// Pure: no Node or DOM API, so the app's pool can use it too.
import type { ComparePlan } from '../core';

/**
 * Runs × actors that repay one worker thread's warm-up: about 350 runs of the 17-actor default
 * scenario. Each further thread needs this much work of its own.
 */
export const WORK_PER_WORKER = 6_000;

/**
 * As many threads as the plan holds WORK_PER_WORKER of runs × actors for each (so every thread has
 * its warm-up's worth of work of its own: a second thread from about 700 runs of the default
 * scenario), at least one, at most `cores`.
 */
export function workersForPlan(plan: Pick<ComparePlan, 'points' | 'runs'>, cores: number): number {
  let work = 0;
  for (const run of plan.runs) work += plan.points[run.point]?.scenario.actors.length ?? 0;
  return Math.max(1, Math.min(Math.floor(cores), Math.floor(work / WORK_PER_WORKER)));
}
