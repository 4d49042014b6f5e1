import { describe, expect, it } from 'vitest';
import { hashText, type LogEntry } from '../../src/core';
import { CLI_TIMEOUT, cli, type CliResult, peacemesh, STACK_LINE } from './peacemesh';

const DRILL = 'tests/fixtures/escort-drill.yaml';

interface RunDocument {
  scenario: string;
  title: string;
  structure: string;
  seed: number;
  until: string | null;
  log: LogEntry[];
  metrics: Record<string, unknown>;
  hash: string;
}

async function runJson(...args: string[]): Promise<{ text: string; doc: RunDocument }> {
  return parseRun(await peacemesh(['run', DRILL, '--json', ...args]));
}

function parseRun(r: CliResult): { text: string; doc: RunDocument } {
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return { text: r.stdout, doc: JSON.parse(r.stdout) as RunDocument };
}

describe.concurrent('peacemesh run', { timeout: CLI_TIMEOUT * 3 }, () => {
  it('prints a readable timeline from the inject to the end, then metrics and the hash', async () => {
    const r = await peacemesh(['run', DRILL]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Escort drill — structure hub \(CMCoord hub\), seed 1\n/);
    expect(r.stdout).toMatch(
      /^T\+01:00 +EXCON +MSEL 1 \(phone, from EXCON\): WFP asks for an escort\.$/m,
    );
    expect(r.stdout).toMatch(/^T\+24:00 +EXCON +end of exercise at T\+24:00$/m);
    expect(r.stdout).toMatch(/^ {2}Escort requests +1$/m);
    expect(r.stdout).toMatch(
      /^log hash [0-9a-f]{14} \(\d+ entries, \d+ shown; --verbose shows all\)$/m,
    );
    // Desk bookkeeping stays out of the story; no colours when stdout is not a terminal.
    expect(r.stdout).not.toContain('takes up');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('shows the bookkeeping with --verbose', async () => {
    // Seed 2: negotiation fails, so the request goes to the desks (seed 1 negotiates access).
    const r = await peacemesh(['run', DRILL, '--verbose', '--seed', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^T\+\d\d:\d\d +[a-z-]+ +takes up "[^"]+" from [a-z-]+/m);
  });

  it('--json prints exactly one JSON document with the run, its metrics and its hash', async () => {
    const { doc } = await runJson();
    expect(Object.keys(doc).sort()).toEqual(
      ['hash', 'log', 'metrics', 'scenario', 'seed', 'structure', 'title', 'until'].sort(),
    );
    expect(doc).toMatchObject({
      scenario: 'escort-drill',
      title: 'Escort drill',
      structure: 'hub',
      seed: 1,
      until: null,
    });
    expect(doc.log.at(0)?.event).toBe('inject');
    expect(doc.log.at(-1)?.event).toBe('end');
    expect(doc.metrics['escortRequests']).toBe(1);
    expect(doc.hash).toBe(hashText(JSON.stringify(doc.log)));
  });

  it('is byte-identical for the same seed', async () => {
    const [a, b] = await Promise.all([runJson('--seed', '7'), runJson('--seed', '7')]);
    expect(a.text).toBe(b.text);
  });

  it('runs the same from the bundle as from source', async () => {
    // PEACEMESH_FROM_SOURCE=1 runs src/ through tsx, as a developer without a build would.
    const args = ['run', DRILL, '--json', '--seed', '3'];
    const [bundled, source] = await Promise.all([
      peacemesh(args),
      peacemesh(args, { PEACEMESH_FROM_SOURCE: '1' }),
    ]);
    expect(source).toEqual(bundled);
    expect(parseRun(bundled).doc.seed).toBe(3);
  });

  it('differs for different seeds (the drill has jitter and an unreliable link)', async () => {
    const runs = await Promise.all(
      ['1', '2', '3', '4', '5', '6'].map(async (seed) =>
        parseRun(await cli(['run', DRILL, '--json', '--seed', seed])),
      ),
    );
    expect(runs.map((r) => r.doc.seed)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(runs.map((r) => r.doc.hash)).size).toBeGreaterThan(1);
  });

  it('--until cuts the log at that time', async () => {
    const [full, cut] = await Promise.all([runJson(), runJson('--until', 'T+03:00')]);
    expect(cut.doc.until).toBe('T+03:00');
    expect(cut.doc.log.length).toBeGreaterThan(0);
    expect(cut.doc.log.length).toBeLessThan(full.doc.log.length);
    expect(cut.doc.log.every((e) => e.time <= 180)).toBe(true);
    expect(cut.doc.log).toEqual(full.doc.log.slice(0, cut.doc.log.length));
    const text = await peacemesh(['run', DRILL, '--until', 'T+03:00']);
    expect(text.stdout).toMatch(/, until T\+03:00\n/);
    expect(text.stdout).not.toContain('end of exercise');
  });

  it('exits 1 naming the structures when the structure is unknown', async () => {
    const r = await peacemesh(['run', DRILL, '--structure', 'lead-nation']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: no structure "lead-nation"; this scenario has: hub\n',
    });
  });

  it('exits 1 on an invalid or missing scenario file', async () => {
    const bad = await peacemesh(['run', 'tests/fixtures/invalid-schema.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^tests\/fixtures\/invalid-schema\.yaml:\d+:\d+: \S/);
    const missing = await peacemesh(['run', 'nope.yaml', '--json']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'nope.yaml: no such file\n' });
  });

  it.each([
    ['--seed', 'abc'],
    ['--seed', '1.5'],
    ['--seed', '-3'],
    ['--seed', '99999999999'],
    ['--until', '6h'],
    ['--until', 'T+06:75'],
  ])('exits 2 on a bad option value: %s %s', async (flag, value) => {
    const r = await cli(['run', DRILL, flag, value]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`option '${flag}`);
    expect(r.stderr).toContain(`argument '${value}' is invalid`);
    expect(r.stderr).not.toContain(STACK_LINE);
  });

  it('exits 2 on a usage error: no file, two files, unknown option', async () => {
    for (const args of [['run'], ['run', DRILL, DRILL], ['run', DRILL, '--fast']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).not.toContain(STACK_LINE);
    }
  });
});
