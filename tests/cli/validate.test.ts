import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cli, peacemesh, STACK_LINE } from './peacemesh';

const VALID = 'tests/fixtures/escort-drill.yaml';
const BAD_SCHEMA = 'tests/fixtures/invalid-schema.yaml';
const POSITIONED = /^[^\s:]+:\d+:\d+: \S/;

// Files no formatter or editor should hold in the repository: broken YAML, binary bytes.
let scratch = '';
let BAD_YAML = '';
let BINARY = '';
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'peacemesh-cli-'));
  BAD_YAML = join(scratch, 'unclosed.yaml');
  BINARY = join(scratch, 'photo.yaml');
  // The flow mapping opened on line 3 is never closed.
  await writeFile(
    BAD_YAML,
    'version: 1\nactors:\n  - { id: wfp, kind: humanitarian\n  - { id: bn }\n',
  );
  await writeFile(
    BINARY,
    Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  );
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe.concurrent('peacemesh validate', { timeout: CLI_TIMEOUT * 2 }, () => {
  it('exits 0 and summarises a valid scenario', async () => {
    const r = await peacemesh(['validate', VALID]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`ok  ${VALID} — 5 actors, 1 structure, 1 inject\n`);
    expect(r.stderr).toBe('');
  });

  it('exits 1 with every schema problem as file:line:col: message', async () => {
    const r = await peacemesh(['validate', BAD_SCHEMA]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    // The bad duration (line 6), the unknown kind (line 12), the link without latency (line 17).
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(POSITIONED);
    expect(lines.every((l) => l.startsWith(`${BAD_SCHEMA}:`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${BAD_SCHEMA}:6:`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${BAD_SCHEMA}:12:`))).toBe(true);
    expect(r.stderr).not.toContain(STACK_LINE);
  });

  it('exits 1 on a YAML syntax error or a binary file, with a position', async () => {
    for (const file of [BAD_YAML, BINARY]) {
      const r = await cli(['validate', file]);
      expect(r.code).toBe(1);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(1);
      for (const line of lines) expect(line.startsWith(`${file}:`)).toBe(true);
      for (const line of lines) expect(line.slice(file.length)).toMatch(/^:\d+:\d+: \S/);
      expect(r.stderr).not.toContain(STACK_LINE);
    }
  });

  it('goes on through every file and still reports the valid ones', async () => {
    const r = await peacemesh([
      'validate',
      BAD_SCHEMA,
      'tests/fixtures/no-such-file.yaml',
      VALID,
      BAD_YAML,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`ok  ${VALID} — 5 actors, 1 structure, 1 inject\n`);
    expect(r.stderr).toContain(`${BAD_SCHEMA}:`);
    expect(r.stderr).toContain(`${BAD_YAML}:`);
    expect(r.stderr).toContain('tests/fixtures/no-such-file.yaml: no such file\n');
    expect(r.stderr).toMatch(/3 of 4 files invalid\n$/);
    expect(r.stderr).not.toContain(STACK_LINE);
  });

  it('exits 1 with one clear line for a missing file or a directory', async () => {
    const missing = await cli(['validate', 'nope.yaml']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'nope.yaml: no such file\n' });
    const dir = await cli(['validate', 'tests/fixtures']);
    expect(dir).toEqual({
      code: 1,
      stdout: '',
      stderr: 'tests/fixtures: is a directory, not a scenario file\n',
    });
  });

  it('exits 2 on a usage error: no files, an unknown option', async () => {
    const none = await peacemesh(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("missing required argument 'files'");
    const unknown = await cli(['validate', '--strict', VALID]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--strict'");
    for (const r of [none, unknown]) {
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toContain(STACK_LINE);
    }
  });
});
