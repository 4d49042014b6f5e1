// `import { loadScenario, Simulation, compare } from 'peacemesh'` from another package: a
// scratch package whose node_modules/peacemesh links to this repository, as `npm install
// <path or git url>` would leave it. Its script runs on plain Node (the built dist-node/core/library.js,
// its own dependencies resolved as usual) and its TypeScript checks under `nodenext` against
// the built declarations — real types, not `any`.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, hashText, loadScenario, Simulation } from '../../src/core';
import { ROOT } from '../cli/peacemesh';

const DRILL = join(ROOT, 'tests/fixtures/escort-drill.yaml');

const SCRIPT = `
import { readFileSync } from 'node:fs';
import { compare, hashText, loadScenario, parseSweep, Simulation, SweepError } from 'peacemesh';

const text = readFileSync(process.argv[2], 'utf8');
const loaded = loadScenario(text, 'drill.yaml');
if (!loaded.ok) throw new Error(loaded.errors[0].message);
const sim = new Simulation(loaded.scenario, { seed: 3 }).run();
const result = compare(loaded.scenario, { seeds: 4 });
const bad = loadScenario('version: 1\\nactors: 7\\n', 'bad.yaml');
let swept = null;
try {
  compare(loaded.scenario, {
    seeds: 1,
    sweeps: [parseSweep('actors.bn.teams=1.5')],
    source: { text, file: 'drill.yaml' },
  });
} catch (error) {
  swept = error instanceof SweepError ? { at: error.at, message: error.message } : String(error);
}
process.stdout.write(JSON.stringify({
  hash: hashText(JSON.stringify(sim.log)),
  entries: sim.log.length,
  runs: result.runs.length,
  summaries: result.summaries.length,
  bad: bad.ok ? null : bad.errors[0].message,
  swept,
}));
`;

const TYPED = `
import { compare, loadScenario, Simulation, type CompareResult, type LogEntry } from 'peacemesh';

const loaded = loadScenario('version: 1', 'x.yaml');
if (loaded.ok) {
  const log: readonly LogEntry[] = new Simulation(loaded.scenario, { seed: 1 }).run().log;
  const result: CompareResult = compare(loaded.scenario, { seeds: 2 });
  console.log(log.length, result.runs.length);
  // @ts-expect-error a seed is a number: the declarations are real types, not \`any\`
  new Simulation(loaded.scenario, { seed: 'one' });
}
`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peacemesh-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules/peacemesh'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  writeFileSync(join(dir, 'script.js'), SCRIPT);
  writeFileSync(join(dir, 'typed.ts'), TYPED);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules/@types')],
      },
      files: ['typed.ts'],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function node(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, args, { cwd: dir, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

describe('peacemesh as a library', { timeout: 240_000 }, () => {
  it('runs from another package and gives what the source gives', async () => {
    const r = await node(['script.js', DRILL]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const loaded = loadScenario(readFileSync(DRILL, 'utf8'), 'drill.yaml');
    if (!loaded.ok) throw new Error('the drill does not load');
    const sim = new Simulation(loaded.scenario, { seed: 3 }).run();
    const result = compare(loaded.scenario, { seeds: 4 });
    const bad = loadScenario('version: 1\nactors: 7\n', 'bad.yaml');
    const bn = readFileSync(DRILL, 'utf8').split('\n')[12]!;
    expect(bn).toContain('id: bn,');
    const teamsCol = bn.indexOf('teams: 1') + 'teams: '.length + 1;
    expect(JSON.parse(r.stdout)).toEqual({
      hash: hashText(JSON.stringify(sim.log)),
      entries: sim.log.length,
      runs: result.runs.length,
      summaries: result.summaries.length,
      bad: bad.ok ? null : bad.errors[0]!.message,
      // A swept value the drill cannot hold: located where it goes in the file.
      swept: {
        at: { file: 'drill.yaml', line: 13, col: teamsCol },
        message: expect.stringMatching(
          new RegExp(`^drill\\.yaml:13:${teamsCol}: problem\\.compare\\.sweep-invalid`),
        ) as unknown,
      },
    });
  });

  it('type-checks under nodenext against the built declarations', async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const r = await node([tsc, '-p', 'tsconfig.json']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('exposes only its entry, not the source tree', async () => {
    const r = await node([
      '-e',
      "import('peacemesh/src/core/index.ts').catch((e) => console.log(e.code))",
    ]);
    expect(r.stdout.trim()).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});
