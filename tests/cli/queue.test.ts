// Sweeps across processes through a real Redis (Debian's redis-server on a loopback port of
// the test's own, no persistence): two `peacemesh worker` processes, one killed mid-batch —
// the comparison still completes with the local numbers; a coordinator killed outright and
// started again with the same --run-id resumes, and its JSON Lines file ends as the local one.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_DRILL_YAML } from '../fixtures/compare-drill';
import { startRedis, type TestRedis } from '../helpers/redis';
import { CLI_TIMEOUT, peacemesh, ROOT } from './peacemesh';

let dir: string;
let drill: string;
let redis: TestRedis;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'peacemesh-queue-'));
  drill = join(dir, 'compare-drill.yaml');
  writeFileSync(drill, COMPARE_DRILL_YAML);
  redis = await startRedis();
}, 30_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await redis?.stop();
});

/** A `peacemesh` process left running, with what it printed so far. */
function start(
  args: readonly string[],
  onText: (text: string, child: ChildProcess) => void = () => {},
): { child: ChildProcess; out: () => string } {
  const child = spawn(process.execPath, ['bin/peacemesh.js', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => {
    text += d.toString();
    onText(text, child);
  });
  return { child, out: () => text };
}

async function until(what: string, check: () => boolean, ms = CLI_TIMEOUT * 2): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve()
      : child.once('exit', () => resolve()),
  );

const worker = (onText?: (text: string, child: ChildProcess) => void) =>
  start(['worker', '--queue', redis.url, '--concurrency', '1', '--stall-seconds', '2'], onText);

describe('peacemesh compare --queue', { timeout: CLI_TIMEOUT * 6 }, () => {
  it('survives a worker killed mid-batch and gives the local numbers', async () => {
    const args = ['compare', drill, '--seeds', '40', '--format', 'json'];
    // Worker A is killed the moment it says it started a batch (SIGKILL: no goodbye, its lock
    // simply lapses); worker B's stalled-job check then puts that batch back and runs it.
    const a = worker((text, child) => {
      if (/batch \d+ started/.test(text) && child.exitCode === null) child.kill('SIGKILL');
    });
    const b = worker();
    await until('worker B', () => /takes batches/.test(b.out()));
    await until('worker A', () => /takes batches/.test(a.out()));
    const coordinator = peacemesh([...args, '--queue', redis.url, '--run-id', 'killed-worker']);
    const [queued, local] = await Promise.all([
      coordinator,
      peacemesh([...args, '--workers', '2']),
    ]);
    expect(queued.code, queued.stderr).toBe(0);
    expect(local.code, local.stderr).toBe(0);
    expect(queued.stdout).toBe(local.stdout);
    await exited(a.child);
    expect(a.child.signalCode).toBe('SIGKILL');
    const held = /batch (\d+) started/.exec(a.out())![1]!;
    expect(a.out()).not.toMatch(/batch \d+ done/);
    expect(b.out()).toMatch(new RegExp(`killed-worker batch ${held} done`));
    b.child.kill('SIGTERM');
    await exited(b.child);
    expect(b.child.exitCode).toBe(0);
  });

  it('a coordinator killed outright resumes under its run id; its JSON Lines end as the local ones', async () => {
    const out = join(dir, 'runs.jsonl');
    const args = ['compare', drill, '--seeds', '30', '--format', 'jsonl'];
    const w = worker();
    await until('a worker', () => /takes batches/.test(w.out()));
    const first = start([...args, '--queue', redis.url, '--run-id', 'restart-me', '--out', out]);
    await until(
      'runs streamed to --out',
      () => existsSync(out) && readFileSync(out, 'utf8').length > 0,
    );
    first.child.kill('SIGKILL');
    await exited(first.child);
    const streamed = readFileSync(out, 'utf8').trim().split('\n');
    expect(streamed.length).toBeGreaterThan(0);
    const second = await peacemesh([
      ...args,
      '--queue',
      redis.url,
      '--run-id',
      'restart-me',
      '--out',
      out,
    ]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('resumed run restart-me');
    const local = await peacemesh([...args, '--workers', '1']);
    expect(readFileSync(out, 'utf8')).toBe(local.stdout);
    const rows = local.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { structure: string; sweep: object; seed: number; metrics: object },
      );
    expect(rows).toHaveLength(60);
    expect(Object.keys(rows[0]!)).toEqual([
      'run',
      'point',
      'structure',
      'sweep',
      'seed',
      'metrics',
      'events',
      'end',
    ]);
    w.child.kill('SIGTERM');
    await exited(w.child);
  });

  it('says in one line when Redis cannot be reached, and what a queue URL looks like', async () => {
    // In the reader's language, as every other refusal of a sweep: the same command in each.
    const unreachable = ['compare', drill, '--seeds', '2', '--queue', 'redis://127.0.0.1:1/0'];
    for (const [lang, line] of [
      [[], /^error: cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0: .*\n$/],
      [
        ['--lang', 'fr'],
        /^erreur : impossible de joindre Redis à redis:\/\/127\.0\.0\.1:1\/0 : .*\n$/,
      ],
    ] as const) {
      const down = await peacemesh([...lang, ...unreachable, '--run-id', 'x']);
      expect(down.code, lang.join(' ')).toBe(1);
      expect(down.stderr).toMatch(line);
    }
    const bad = await peacemesh(['worker', '--queue', 'http://host']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--queue is a Redis URL starting redis://');
    const lonely = await peacemesh(['compare', drill, '--run-id', 'abc']);
    expect(lonely.code).toBe(2);
    expect(lonely.stderr).toContain('--run-id names a sweep on the job queue: give --queue too');
  });
});
