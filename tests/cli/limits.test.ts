// The CLI's limits, one test each: what a typing slip on the command line or a scenario that
// grows without end gets instead of a machine out of memory (docs/LIMITS.md). Argument
// checks run in-process (`cli()`); the real process where its output or memory is the point.
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cli, peacemesh, STACK_LINE } from './peacemesh';

const DRILL = 'tests/fixtures/escort-drill.yaml';

describe.concurrent('command-line limits', { timeout: CLI_TIMEOUT * 3 }, () => {
  it('compare --seeds above 10,000 is a usage error', async () => {
    const r = await cli(['compare', DRILL, '--seeds', '99999999']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--seeds is at most 10,000 \(got 99999999\)/);
  });

  it('compare seeds past 2147483647 are refused, as run --seed refuses them', async () => {
    const r = await cli(['compare', DRILL, '--seed-start', '2147483647', '--seeds', '3']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: seeds 2147483647–2147483649 go past 2147483647, the largest seed (as for run --seed); ' +
        'start at 2147483645 at most, or ask for fewer seeds\n',
    );
    const run = await cli(['run', DRILL, '--seed', '2147483648']);
    expect(run.code).toBe(2);
  });

  it('compare refuses more than 100,000 runs on this machine before building the plan', async () => {
    const r = await cli([
      'compare',
      DRILL,
      '--seeds',
      '10000',
      '--sweep',
      'actors.bn.teams=1,2,3,4,5,6,7,8,9,10,11',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: 1 structure × 10,000 seeds × 11 sweep points make 110,000 runs, more than the ' +
        '100,000 one comparison may hold on this machine; use fewer seeds, structures or sweep ' +
        'values, or run it on the job queue (--queue, every run to --format jsonl --out FILE)\n',
    );
  });

  it('compare --workers above the cores is lowered to them, with a note', async () => {
    const r = await peacemesh(['compare', DRILL, '--seeds', '2', '--workers', '32']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^note: --workers 32 is more than the \d+ this machine can run at once; using \d+\n$/,
    );
    expect(r.stdout).toMatch(/2 of 2 runs in [\d.]+ s on [12] workers?$/m);
  });

  it('a long compare says how many runs before it starts', async () => {
    const r = await peacemesh([
      'compare',
      DRILL,
      '--seeds',
      '500',
      '--workers',
      '2',
      '--metrics',
      'messagesSent',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'comparing: 1 structure × 500 seeds = 500 runs on 2 workers; Ctrl-C stops and prints what finished\n',
    );
  });
});

describe('a run that would exhaust memory', () => {
  // Case 3 of the robustness review: 200 desks meeting every minute for 30 days would write
  // tens of millions of log entries; the run stops at 250,000 with the limit named.
  it('stops at the log limit with a sentence naming it', { timeout: 240_000 }, async () => {
    const r = await peacemesh(
      ['run', 'tests/fixtures/hostile/every-minute.yaml', '--json'],
      {},
      230_000,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain(STACK_LINE);
    expect(r.stderr).toBe(
      'tests/fixtures/hostile/every-minute.yaml: the run stopped at T+12:08: its event log reached 250,000 entries, the limit for one run; shorten "duration", make meetings less frequent ("every") or use fewer actors\n',
    );
  });
});
