// Scenario files a careless or hostile author could write (tests/fixtures/hostile/, one per
// case of the robustness review), run through the real executable: each ends with exit 0 or
// 1 and plain sentences, never a stack trace, NaN, Infinity or a raw control character.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, peacemesh, STACK_LINE, type CliResult } from './peacemesh';

const HOSTILE = 'tests/fixtures/hostile';
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Nothing in the output that a trainer should not see. */
function expectClean(r: CliResult): void {
  const all = r.stdout + r.stderr;
  expect(all).not.toContain(STACK_LINE);
  expect(all).not.toMatch(/\bNaN\b|\bInfinity\b|Maximum call stack|RangeError|TypeError/);
  expect(all).not.toMatch(RAW_CONTROL);
}

/** Refused with located sentences: every stderr line is `file:line:col: message`. */
async function expectRefused(name: string, ...words: string[]): Promise<string> {
  const file = `${HOSTILE}/${name}`;
  const r = await peacemesh(['validate', file]);
  expect(r.code, r.stderr).toBe(1);
  expectClean(r);
  const lines = r.stderr.trimEnd().split('\n');
  for (const line of lines) {
    expect(line.startsWith(`${file}:`), line).toBe(true);
    expect(line).toMatch(/^[^:]+:\d+:\d+: \S.{10,400}$/);
  }
  for (const w of words) expect(r.stderr).toContain(w);
  return r.stderr;
}

describe.concurrent('hostile scenario files', { timeout: CLI_TIMEOUT * 3 }, () => {
  it('case 1: ids named after Object.prototype members run like any other id', async () => {
    const file = `${HOSTILE}/prototype-ids.yaml`;
    const [a, b] = await Promise.all([
      peacemesh(['run', file, '--json']),
      peacemesh(['run', file, '--json']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout) as {
      log: { event: string; ref?: string; params: object; actor: string }[];
    };
    // The decision "constructor" is taken (by default), not mistaken for one already taken.
    const made = doc.log.find((e) => e.event === 'decision.made' && e.ref === 'constructor');
    // The JSON log is typed: the option taken by default, as data.
    expect(made?.params).toMatchObject({ label: 'Share it', chosen: false });
    // The event "constructor" is its own process, not renamed.
    expect(doc.log.some((e) => e.actor === 'constructor' && e.event === 'start')).toBe(true);
    expect(doc.log.some((e) => e.actor === 'tostring')).toBe(true);
  });

  it('case 2: durations beyond a year and jitter far above its latency are refused', async () => {
    await expectRefused('endless-every.yaml', '"every" is longer than a year', '366d');
    await expectRefused('endless-duration.yaml', '"duration" is longer than a year');
    await expectRefused('endless-jitter.yaml', '"jitter" is longer than a year');
    await expectRefused('wide-jitter.yaml', '"jitter" 2d is far above', 'latency of 30m');
  });

  it('case 4: a 20,000-character id is refused in a short message', async () => {
    const text = await expectRefused('long-id.yaml', 'is too long: 20005 characters, at most 64');
    for (const line of text.trimEnd().split('\n')) expect(line.length).toBeLessThan(400);
  });

  it('case 5: control characters in scenario text are shown escaped by run and validate', async () => {
    const r = await peacemesh(['run', `${HOSTILE}/escape-injection.yaml`]);
    expect(r.code, r.stderr).toBe(0);
    expectClean(r);
    expect(r.stdout).toContain('Escort drill\\u001b]0;PWNED\\u0007\\u001b[2J');
    expect(r.stdout).toContain('escort.\\u001b[2K\\rT+00:00  EXCON  forged line\\u001b]52;c;');
    expect(r.stdout).toContain('(CMCoord hub\\u009b2J)');
    // The forged line stays inside the inject's own line.
    expect(r.stdout).not.toMatch(/^T\+00:00 +EXCON +forged line/m);
    const colour = await peacemesh(['run', `${HOSTILE}/escape-injection.yaml`, '--verbose']);
    expectClean(colour);
    await expectRefused('escape-in-error.yaml', '(got "navy\\u001b]0;PWNED\\u0007")');
  });

  it('case 5: the compare table shows a title with control characters escaped', async () => {
    const r = await peacemesh([
      'compare',
      `${HOSTILE}/escape-injection.yaml`,
      '--seeds',
      '2',
      '--workers',
      '1',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expectClean(r);
    expect(r.stdout).toContain('Escort drill\\u001b]0;PWNED\\u0007\\u001b[2J — 1 structure');
  });

  it('case 8: nesting deeper than the reader can follow is a located sentence', async () => {
    await expectRefused('deep-nesting.yaml', 'nested too deeply here');
  });

  it('case 9: accepted-but-wrong files are refused', async () => {
    await expectRefused(
      'shared-event-id.yaml',
      'event id "convoy-1" is already the id of the event on line 41',
    );
    await expectRefused('empty-capacity-change.yaml', 'this capacity-change changes nothing');
    await expectRefused(
      'absurd-teams.yaml',
      '"teams" must be between 0 and 1000',
      '"capacity" must be between 1 and 1000',
    );
  });
});

describe('reading files', { timeout: CLI_TIMEOUT * 2 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'peacemesh-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('case 6: /dev/zero stops at the size limit', async () => {
    const r = await peacemesh(['validate', '/dev/zero']);
    expect(r.code).toBe(1);
    expectClean(r);
    expect(r.stderr).toBe(
      '/dev/zero: is larger than 1 MiB, the limit for a scenario file: is this the right file?\n',
    );
  });

  it('case 6: a file over the limit is refused before it is read whole', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const r = await peacemesh(['run', big]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${big}: is larger than 1 MiB, the limit for a scenario file: is this the right file?\n`,
    );
  });

  it('case 6: a FIFO with no writer gives up after a few seconds instead of blocking', async () => {
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const r = await peacemesh(['validate', fifo]);
    expect(r.code).toBe(1);
    expectClean(r);
    expect(r.stderr).toMatch(
      /pipe\.yaml: nothing arrived to read \(a pipe or terminal no one writes to\): is this the right file\?\n$/,
    );
  });
});
