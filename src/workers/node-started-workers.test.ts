// Threads started before their plan: one that fails as it starts is set aside and replaced,
// so the comparison gives the same result and loses no run; threads no plan takes keep no
// process alive.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare, loadScenario, planComparison, summarizeComparison } from '../core';
import { COMPARE_DRILL_YAML } from '../../tests/fixtures/compare-drill';
import { runPlanOnNode } from './node-pool';
import { StartedWorkers } from './node-started-workers';

const loaded = loadScenario(COMPARE_DRILL_YAML, 'compare-drill.yaml');
if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
const scenario = loaded.scenario;
const options = { seeds: 6 };

/** A thread whose script fails as it loads, as a broken or missing worker bundle would. */
const FAILING = new URL('data:text/javascript,throw new Error("no engine here")');

async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('threads started before the plan', { timeout: 60_000 }, () => {
  it('sets aside a thread that fails as it starts, says why, and runs the plan on fresh ones', async () => {
    const started = new StartedWorkers(2, FAILING);
    await until(() => started.lost.length === 2);
    expect(started.lost[0]).toMatch(/no engine here/);
    expect(started.take(2)).toEqual([]);

    const plan = planComparison(scenario, options);
    const out = await runPlanOnNode(plan, { workers: 2, started });
    expect(out.workers).toBe(2);
    expect(out.aborted).toBe(false);
    expect(out.results).toHaveLength(plan.runs.length);
    expect(JSON.stringify(summarizeComparison(plan, out.results))).toBe(
      JSON.stringify(compare(scenario, options)),
    );
    // The failed threads were ended with the rest.
    expect(started.count).toBe(0);
  });

  it('hands out only live threads: one that failed to start is never taken', async () => {
    const live = new StartedWorkers(1);
    const failing = new StartedWorkers(1, FAILING);
    await until(() => failing.lost.length === 1);
    const taken = live.take(2);
    expect(taken).toHaveLength(1);
    expect(failing.take(1)).toHaveLength(0);
    await Promise.all([...taken.map((w) => w.terminate()), live.end(), failing.end()]);
    expect(live.count + failing.count).toBe(0);
  });

  it('keeps no process alive while no plan has taken them', async () => {
    // A command that ends before it has a plan (its help, a usage error, a missing file) must
    // not hang on threads it started ahead: this process starts two and never ends them.
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const code = `import { StartedWorkers } from './src/workers/node-started-workers.ts';
      new StartedWorkers(2);
      console.log('started');`;
    const out = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', code],
        { cwd: root, timeout: 50_000 },
        (error, stdout) =>
          error && typeof error.code !== 'number'
            ? reject(error)
            : resolve({ code: error ? Number(error.code) : 0, stdout }),
      ),
    );
    expect(out).toEqual({ code: 0, stdout: 'started\n' });
  });
});
