// Warnings for likely mistakes: `peacemesh validate` and `run` show them located like errors,
// on stderr, with a count; they never make a file invalid (exit code 0).
import { describe, expect, it } from 'vitest';
import { cli, peacemesh } from './peacemesh';

const FILE = 'tests/fixtures/warnings-drill.yaml';
const WARNINGS = [
  `${FILE}:13:77: warning: "hrddp" applies to host-state police only: "bn" is a military unit, so the simulation ignores it; remove it, or make the actor "host-police"`,
  `${FILE}:14:11: warning: no link reaches "cimic" in direct: no message, request or invitation can reach it there, and it can tell no one anything`,
  `${FILE}:20:17: warning: a second link between "bn" and "joc" in this structure (the first is on line 19): keep one, with the latency and reliability you mean`,
  `${FILE}:22:66: warning: "bn" is listed twice in "invitees": once is enough`,
];

describe('scenario warnings in the CLI', () => {
  it('validate: every warning located on stderr, the count on the ok line, exit code 0', async () => {
    const result = await peacemesh(['validate', FILE]);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')).toEqual([...WARNINGS, '']);
    expect(result.stdout).toBe(`ok  ${FILE} — 3 actors, 1 structure, 0 injects; 4 warnings\n`);
  });

  it('validate: a file without warnings keeps its ok line as it was', async () => {
    const result = await cli(['validate', 'tests/fixtures/minimal.yaml']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'ok  tests/fixtures/minimal.yaml — 2 actors, 1 structure, 0 injects\n',
    );
  });

  it('run: the warnings go to stderr, the timeline (or JSON) to stdout', async () => {
    const result = await cli(['run', FILE, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')).toEqual([...WARNINGS, '']);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });

  it('in French', async () => {
    const result = await cli(['--lang', 'fr', 'validate', FILE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `${FILE}:22:66 : avertissement : « bn » figure deux fois dans « invitees » : une fois suffit\n`,
    );
    expect(result.stdout).toContain('; 4 avertissements');
  });

  it('errors and warnings: the file is invalid, and only the errors are listed', async () => {
    const result = await cli(['validate', 'tests/fixtures/invalid-schema.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('warning');
  });
});
