// A queued sweep larger than this machine's cap on runs (lowered here from 100,000 to 12, so
// the test does not need a hundred thousand runs): refused without --queue, accepted with it,
// holding summaries only — the same CSV summary a local compare gives — while every run goes
// to the --out JSON Lines file once; per-run outputs it cannot hold are refused with a sentence.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_DRILL_YAML } from '../../tests/fixtures/compare-drill';
import { startRedis, type TestRedis } from '../../tests/helpers/redis';
import { startQueueWorker, type QueueWorker } from '../jobqueue/worker';
import { compareCommand, type CompareArgs, type CompareIo } from './compare';

let redis: TestRedis;
let worker: QueueWorker;
const dir = mkdtempSync(join(tmpdir(), 'peacemesh-large-sweep-'));

beforeAll(async () => {
  redis = await startRedis();
  worker = await startQueueWorker({ url: redis.url, concurrency: 2 });
}, 60_000);

afterAll(async () => {
  await worker?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function io(): CompareIo & { out: string; err: string } {
  const box = {
    out: '',
    err: '',
    stdout: (t: string) => void (box.out += t),
    stderr: (t: string) => void (box.err += t),
    readFile: async () => new TextEncoder().encode(COMPARE_DRILL_YAML),
    colour: false,
    stderrIsTTY: false,
    writeFile: async () => {
      throw new Error('nothing should be written whole');
    },
    onInterrupt: () => () => {},
  };
  return box as CompareIo & { out: string; err: string };
}

// 2 structures × 4 seeds × 2 sweep points = 16 runs, over the cap of 12.
const base: CompareArgs = {
  file: 'compare-drill.yaml',
  seeds: 4,
  seedStart: 1,
  sweeps: [{ path: 'actors.bn.teams', values: ['0', '1'] }],
  workers: 1,
  format: 'csv',
  maxRuns: 12,
};

describe('a queued sweep over the local cap', { timeout: 180_000 }, () => {
  it('is refused without the queue', async () => {
    const here = io();
    expect(await compareCommand(base, here)).toBe(1);
    expect(here.err).toMatch(/16 runs, more than the 12 one comparison may hold on this machine/);
    expect(here.err).toMatch(/--queue/);
  });

  it('gives the summaries of a local compare, holding no run', async () => {
    const local = io();
    expect(await compareCommand({ ...base, maxRuns: undefined }, local)).toBe(0);
    const queued = io();
    const code = await compareCommand(
      { ...base, queue: { url: redis.url, runId: 'large-csv' } },
      queued,
    );
    expect(queued.err).toBe('');
    expect(code).toBe(0);
    expect(queued.out).toBe(local.out);
    expect(queued.out.split('\n').length).toBeGreaterThan(10);
  });

  it('streams every run to --out once, and refuses per-run output it cannot hold', async () => {
    const file = join(dir, 'runs.jsonl');
    const queued = io();
    const code = await compareCommand(
      { ...base, format: 'jsonl', out: file, queue: { url: redis.url, runId: 'large-jsonl' } },
      queued,
    );
    expect(code).toBe(0);
    expect(queued.err).toMatch(/wrote .*runs\.jsonl \(16 runs in the order they finished\)/);
    const runs = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { run: number });
    expect(runs.map((r) => r.run).sort((a, b) => a - b)).toEqual([...Array(16).keys()]);

    for (const args of [
      { ...base, rows: 'runs' as const },
      { ...base, format: 'jsonl' as const },
    ]) {
      const refused = io();
      expect(
        await compareCommand({ ...args, queue: { url: redis.url, runId: 'no' } }, refused),
      ).toBe(1);
      expect(refused.err).toMatch(
        /keeps summaries, not every run: write its runs with --format jsonl --out FILE/,
      );
    }
  });
});
