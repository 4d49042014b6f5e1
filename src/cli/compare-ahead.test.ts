// `compare` starts its worker threads before the command line is parsed: how many, read from
// the raw arguments, and never any left running once `main` returns, whatever the outcome.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../tests/cli/peacemesh';
import { takeThreadsAhead, threadsAhead } from './compare-ahead';
import { workerCap } from './compare-limits';
import { StartedWorkers } from '../workers/node-started-workers';

describe('threads started ahead of a comparison', { timeout: 60_000 }, () => {
  it.each<[string, readonly string[], number]>([
    ['compare, workers left to the plan', ['compare', 'a.yaml'], 1],
    ['compare --workers 2', ['compare', 'a.yaml', '--workers', '2'], 2],
    ['--workers=2 before the file', ['compare', '--workers=2', 'a.yaml'], 2],
    ['--lang before the command', ['--lang', 'fr', 'compare', 'a.yaml', '--workers', '2'], 2],
    ['more than the cap', ['compare', 'a.yaml', '--workers', '999'], workerCap()],
    ['a value commander will refuse', ['compare', 'a.yaml', '--workers', 'two'], 1],
    ['on the job queue', ['compare', 'a.yaml', '--queue', 'redis://localhost:6379'], 0],
    ['another command', ['run', 'a.yaml', '--workers', '2'], 0],
    ['a file named compare', ['run', 'compare'], 0],
    ['help about compare', ['help', 'compare'], 0],
    ['after --', ['--', 'compare'], 0],
  ])('%s', (_, argv, threads) => {
    expect(threadsAhead(argv)).toBe(threads);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ends them when the comparison does not run', async () => {
    const end = vi.spyOn(StartedWorkers.prototype, 'end');
    const missing = await cli(['compare', 'no-such-file.yaml', '--workers', '2']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such-file\.yaml/);
    expect(takeThreadsAhead()).toBeUndefined();
    // The two threads started ahead were ended, not merely forgotten.
    expect(end).toHaveBeenCalledTimes(1);

    const usage = await cli(['compare', 'scenarios/town-handover.yaml', '--seeds', 'none']);
    expect(usage.code).toBe(2);
    expect(takeThreadsAhead()).toBeUndefined();
    expect(end).toHaveBeenCalledTimes(2);
  });

  it('runs the comparison on them, with the result one thread gives', async () => {
    const take = vi.spyOn(StartedWorkers.prototype, 'take');
    const args = ['compare', 'scenarios/town-handover.yaml', '--seeds', '3', '--format', 'json'];
    const two = await cli([...args, '--workers', '2']);
    // The comparison ran on the threads started ahead, not on threads of its own.
    expect(take).toHaveBeenCalled();
    const one = await cli([...args, '--workers', '1']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(takeThreadsAhead()).toBeUndefined();
  });
});
