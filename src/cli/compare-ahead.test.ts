// `compare` starts its worker threads before the command line is parsed: how many, read from
// the raw arguments, and never any left running once `main` returns, whatever the outcome.
import { describe, expect, it } from 'vitest';
import { cli } from '../../tests/cli/peacemesh';
import { takeThreadsAhead, threadsAhead } from './compare-ahead';
import { workerCap } from './compare-limits';

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

  it('ends them when the comparison does not run', async () => {
    const missing = await cli(['compare', 'no-such-file.yaml', '--workers', '2']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such-file\.yaml/);
    expect(takeThreadsAhead()).toBeUndefined();

    const usage = await cli(['compare', 'scenarios/town-handover.yaml', '--seeds', 'none']);
    expect(usage.code).toBe(2);
    expect(takeThreadsAhead()).toBeUndefined();
  });

  it('runs the comparison on them, with the result one thread gives', async () => {
    const args = ['compare', 'scenarios/town-handover.yaml', '--seeds', '3', '--format', 'json'];
    const two = await cli([...args, '--workers', '2']);
    const one = await cli([...args, '--workers', '1']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(takeThreadsAhead()).toBeUndefined();
  });
});
