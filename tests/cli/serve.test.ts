// `peacemesh serve` as a real process: an exercise played to the HC's escort decision, the
// host killed with SIGKILL mid-exercise and started again — same journal, same log, seats
// carry on — and the exported package replayed by `peacemesh replay` to the same hash.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SeatClient } from '../../src/server/testing';
import { cli, CLI_TIMEOUT, peacemesh, ROOT } from './peacemesh';

const data = mkdtempSync(join(tmpdir(), 'peacemesh-serve-'));
const running = new Set<ChildProcess>();

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(data, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the host and waits for its banner; returns the EXCON link's parts. */
async function startHost(
  port: number,
): Promise<{ child: ChildProcess; exercise: string; token: string }> {
  const child = spawn(
    process.execPath,
    [
      'bin/peacemesh.js',
      'serve',
      'scenarios/carana-three-bad-days.yaml',
      '--port',
      String(port),
      '--data',
      data,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  let out = '';
  child.stdout!.on('data', (chunk) => (out += String(chunk)));
  child.stderr!.on('data', (chunk) => (out += String(chunk)));
  const start = Date.now();
  for (;;) {
    const m = /\?exercise=([^&\s]+)&seat=([A-Za-z0-9_-]+)/.exec(out);
    if (m) return { child, exercise: decodeURIComponent(m[1]!), token: m[2]! };
    if (child.exitCode !== null) throw new Error(`the host exited: ${out}`);
    if (Date.now() - start > 60_000) throw new Error(`no banner from the host: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function fetchPackage(
  port: number,
  exercise: string,
  token: string,
): Promise<Record<string, unknown>> {
  const res = await fetch(
    `http://127.0.0.1:${port}/api/exercises/${exercise}/package?token=${token}`,
  );
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

describe('peacemesh serve', () => {
  it('comes back after kill -9 with the same journal and log, and the package replays to it', async () => {
    const port = await freePort();
    const first = await startHost(port);
    const url = `ws://127.0.0.1:${port}`;
    const excon = await SeatClient.join({ url, exercise: first.exercise }, first.token);
    expect(
      await excon.command({ type: 'seat.create', role: 'player', name: 'HC', actors: ['hc'] }),
    ).toMatchObject({ type: 'ack' });
    expect(await excon.command({ type: 'start' })).toMatchObject({ type: 'ack' });
    for (let i = 0; i < 40 && !excon.state?.question; i++)
      await excon.command({ type: 'move', move: { to: 'next' } });
    const question = excon.state!.question!;
    expect(question.actor).toBe('hc');
    const hcToken = excon.state!.seats!.find((s) => s.name === 'HC')!.token!;
    const hc = await SeatClient.join({ url, exercise: first.exercise }, hcToken);
    expect(await hc.command({ type: 'play', key: question.key, option: 'decline' })).toMatchObject({
      type: 'ack',
    });
    expect(await excon.command({ type: 'move', move: { to: 'next' } })).toMatchObject({
      type: 'ack',
    });
    const before = await fetchPackage(port, first.exercise, first.token);

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    running.delete(first.child);
    // The seats notice and try again by themselves; here the test reconnects them.
    await expect.poll(() => excon.closeCode, { timeout: 10_000 }).toBeDefined();

    const second = await startHost(port);
    expect(second.exercise).toBe(first.exercise);
    expect(second.token).toBe(first.token);
    const after = await fetchPackage(port, second.exercise, second.token);
    expect(after['journal']).toEqual(before['journal']);
    expect(after['hash']).toBe(before['hash']);
    expect(after['step']).toBe(before['step']);

    const again = await SeatClient.join({ url, exercise: second.exercise }, second.token);
    await again.until((m) => m.type === 'state');
    expect(again.log.some((e) => e.event === 'decision.played')).toBe(true);
    expect(await again.command({ type: 'move', move: { to: 'next' } })).toMatchObject({
      type: 'ack',
    });
    again.close();
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
    running.delete(second.child);

    const file = join(data, 'exercise.peacemesh.json');
    writeFileSync(file, JSON.stringify(after));
    const replayed = await peacemesh(['replay', file]);
    expect(replayed.stderr).toBe('');
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toContain(
      `identical to the exercise's log (hash ${String(after['hash'])})`,
    );
    expect(replayed.stdout).toContain('hc (played) decides: decline the escort');
  }, 180_000);

  it(
    'refuses a scenario file it cannot read, in one line',
    async () => {
      const result = await peacemesh([
        'serve',
        'scenarios/no-such.yaml',
        '--data',
        data,
        '--port',
        '1',
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('scenarios/no-such.yaml: no such file\n');
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses an unknown structure in the language asked for',
    async () => {
      const own = mkdtempSync(join(tmpdir(), 'peacemesh-serve-structure-'));
      try {
        const args = ['serve', 'scenarios/carana-three-bad-days.yaml', '--structure', 'nope'];
        const fr = await cli(['--lang', 'fr', ...args, '--data', own, '--port', '1']);
        expect(fr.code).toBe(1);
        expect(fr.stderr).toContain('aucune structure « nope » ; ce scénario contient :');
        const en = await cli([...args, '--data', own, '--port', '1']);
        expect(en.code).toBe(1);
        expect(en.stderr).toContain('no structure "nope"; this scenario has:');
      } finally {
        rmSync(own, { recursive: true, force: true });
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a package that is not one',
    async () => {
      const file = join(data, 'not-a-package.json');
      writeFileSync(file, '{"format": "something else"}');
      const result = await peacemesh(['replay', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /not-a-package\.json: not a PeaceMesh exercise package: format/,
      );
    },
    CLI_TIMEOUT,
  );
});
