// `peacemesh compare` as a real process: the formats, --out, exit codes, the progress bar
// only on a terminal, Ctrl-C printing what finished, and the same numbers for any --workers.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '../../src/core';
import { COMPARE_DRILL_YAML } from '../fixtures/compare-drill';
import { CLI_TIMEOUT, cli, peacemesh, ROOT, STACK_LINE } from './peacemesh';

let dir: string;
let drill: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peacemesh-compare-'));
  drill = join(dir, 'compare-drill.yaml');
  writeFileSync(drill, COMPARE_DRILL_YAML);
});

async function json(...args: string[]): Promise<CompareResult> {
  const r = await peacemesh(['compare', drill, '--format', 'json', '--workers', '1', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as CompareResult;
}

describe.concurrent('peacemesh compare', { timeout: CLI_TIMEOUT * 3 }, () => {
  it('prints a table: metric rows, structure columns, differences with their interval, a footer', async () => {
    const r = await peacemesh(['compare', drill, '--seeds', '20', '--workers', '2']);
    expect(r.code, r.stderr).toBe(0);
    // Not a terminal: no progress bar, nothing at all on stderr.
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(/^Compare drill — 2 structures × 20 seeds\n/);
    expect(out).toMatch(/^seeds 1–20, reference hub, 40 of 40 runs in [\d.]+ s on 2 workers$/m);
    expect(out).toMatch(/^Metric +hub \(reference\) +direct$/m);
    expect(out).toMatch(
      /^Time to escort decision \(mean\) +\d+h\d*m? \[[^\]]+\].* +1h\d+m \[1h\d+m–1h\d+m\]$/m,
    );
    expect(out).toMatch(/^ {2}lower is better +Δ −\d+h\d*m? \(−[^)]+ to −[^)]+\) better$/m);
    expect(out).toContain('How to read this:');
    expect(out).not.toContain('PARTIAL');
    expect(out).not.toContain('\x1b['); // no colour when stdout is not a terminal
  });

  it('gives the same numbers with 1 and 2 workers', async () => {
    const [one, two] = await Promise.all([
      json('--seeds', '16'),
      json('--seeds', '16', '--workers', '2'),
    ]);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.runs).toHaveLength(32);
    expect(one.partial).toBe(false);
  });

  it('JSON has the plan, every run and every summary', async () => {
    const doc = await json('--seeds', '5', '--seed-start', '100', '--structures', 'direct,hub');
    expect(doc.reference).toBe('direct');
    expect(doc.structures).toEqual(['direct', 'hub']);
    expect(doc.seeds).toEqual([100, 101, 102, 103, 104]);
    expect(doc.runs.map((r) => `${r.structure}/${r.seed}`).slice(0, 2)).toEqual([
      'direct/100',
      'direct/101',
    ]);
    const hub = doc.summaries.find(
      (s) => s.structure === 'hub' && s.metric === 'decisionKnownMean',
    )!;
    expect(hub.difference!.diff).toBeGreaterThan(0); // the hub is slower than the reference here
  });

  it('CSV: one row per structure × metric, unrounded, with the interval', async () => {
    const r = await peacemesh([
      'compare',
      drill,
      '--seeds',
      '6',
      '--format',
      'csv',
      '--workers',
      '1',
      '--metrics',
      'decisionTimeMean,messagesSent',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'sweep,structure,metric,label,unit,better,n,mean,median,p10,p90,sd,min,max,reference,diff,ci95_low,ci95_high,verdict,runs_completed,runs_planned,partial',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(
      /^,hub,decisionTimeMean,Time to escort decision \(mean\),minutes,lower,\d,[\d.]+,.*,hub,,,,,12,12,false$/,
    );
    expect(lines[4]).toMatch(
      /^,direct,messagesSent,Messages sent,count,neither,6,[\d.]+,.*,hub,-?[\d.]+,-?[\d.]+,-?[\d.]+,\w*,12,12,false$/,
    );
  });

  it('--out writes the file and says so on stderr; stdout stays empty', async () => {
    const out = join(dir, 'result.json');
    const r = await peacemesh([
      'compare',
      drill,
      '--seeds',
      '3',
      '--format',
      'json',
      '--out',
      out,
      '--workers',
      '1',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${out} (6 runs)\n`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as CompareResult).runs).toHaveLength(6);
  });

  it('sweeps: one section per value, labelled', async () => {
    const r = await peacemesh([
      'compare',
      drill,
      '--seeds',
      '4',
      '--workers',
      '1',
      '--sweep',
      'structures.hub.links[ocha>hc].latency=30m,2h',
      '--metrics',
      'decisionTimeMean',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 structures × 4 seeds × 2 sweep points');
    expect(r.stdout).toMatch(/^Sweep: links\[ocha>hc\]\.latency=30m$/m);
    expect(r.stdout).toMatch(/^Sweep: links\[ocha>hc\]\.latency=2h$/m);
  });

  it.each([
    [
      ['--structures', 'hub,joc'],
      1,
      /^error: no structure "joc" in scenario compare-drill; it has: hub, direct$/m,
    ],
    [
      ['--sweep', 'actors.bn.teams=1.5'],
      1,
      /the scenario is not valid: "teams" must be a whole number/,
    ],
    [
      ['--sweep', 'actors.bn-east.teams=1'],
      1,
      /actors has no item "bn-east"; it has "wfp", "ocha", "hc", "bn", "joc"/,
    ],
    [['--sweep', 'actors.bn.teams'], 2, /a sweep is written path=value1,value2/],
    [['--format', 'xml'], 2, /argument 'xml' is invalid\. Allowed choices are table, csv, json/],
    [['--seeds', '0'], 2, /--seeds is a whole number from 1/],
    [['--workers', 'many'], 2, /--workers is a whole number from 1/],
    [['--metrics', 'speed'], 2, /unknown metric "speed"; metrics are: escortRequests/],
  ])('%j exits %d with a one-line reason', async (args, code, message) => {
    // In this process: each of these stops before a run or a worker starts.
    const r = await cli(['compare', drill, '--seeds', '2', ...args]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain(STACK_LINE);
  });

  it.each([
    [['--structures', 'hub,hub'], 1, /^erreur : la structure « hub » est indiquée deux fois$/m],
    [['--structures', 'hub,joc'], 1, /aucune structure « joc » dans le scénario compare-drill/],
    [
      ['--sweep', 'actors.bn-east.teams=1'],
      1,
      /balayage « actors\.bn-east\.teams » : actors n’a pas d’élément "bn-east" ; ses éléments : "wfp"/,
    ],
    [
      ['--sweep', 'actors.bn.teams=1.5'],
      1,
      /avec actors\.bn\.teams=1\.5, le scénario n’est pas valide : « teams » : Entrée invalide/,
    ],
    [['--sweep', 'actors.bn.teams'], 2, /un balayage s’écrit chemin=valeur1,valeur2/],
    [['--sample', 'grid:3'], 2, /^erreur : --sample : un échantillon s’écrit type:nombre/m],
    [['--queue', 'http://x'], 2, /--queue est une URL Redis commençant par redis:\/\//],
    [
      ['--queue', 'redis://127.0.0.1:1/0', '--run-id', 'bad id!'],
      1,
      /^erreur : --run-id compte de 1 à 64 lettres, chiffres, « - » ou « _ » ; reçu "bad id!"$/m,
    ],
  ])('in French, %j exits %d with its reason in French', async (args, code, message) => {
    const r = await cli(['--lang', 'fr', 'compare', drill, '--seeds', '2', ...args]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\b(sweep|structure) "|listed twice|is written/);
  });

  it('a swept value the scenario cannot hold exits 1 with file:line:col where it goes', async () => {
    // The bn line of the drill, and where its `teams` value starts.
    const lines = COMPARE_DRILL_YAML.split('\n');
    const line = lines.findIndex((l) => l.includes('id: bn,')) + 1;
    const col = lines[line - 1]!.indexOf('teams: 1') + 'teams: '.length + 1;
    const file = drill.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const en = await peacemesh(['compare', drill, '--sweep', 'actors.bn.teams=2,1.5']);
    expect(en.code).toBe(1);
    expect(en.stdout).toBe('');
    expect(en.stderr).toMatch(
      new RegExp(
        `^${file}:${line}:${col}: with actors\\.bn\\.teams=1\\.5 the scenario is not valid: "teams" must be a whole number`,
      ),
    );
    expect(en.stderr).not.toContain(STACK_LINE);
  });

  it('a swept value refused in several places gives each its own file:line:col, in English and French', async () => {
    // `*` puts `handling` in every actor: where ocha, hc and joc write theirs, and at the block
    // of wfp and bn, which leave it to its default.
    const lines = COMPARE_DRILL_YAML.split('\n');
    const places = [
      ['id: wfp,', '{'],
      ['id: ocha,', 'handling: 30m'],
      ['id: hc,', 'handling: 1h'],
      ['id: bn,', '{'],
      ['id: joc,', 'handling: 10m'],
    ].map(([on, find]) => {
      const line = lines.findIndex((l) => l.includes(on!));
      const col = lines[line]!.indexOf(find!) + 1 + (find === '{' ? 0 : 'handling: '.length);
      return `${drill}:${line + 1}:${col}`;
    });
    const sweep = ['compare', drill, '--sweep', 'actors.*.handling=soon'];
    const en = await peacemesh(sweep);
    expect(en.code).toBe(1);
    expect(en.stdout).toBe('');
    const said = en.stderr.trimEnd().split('\n');
    expect(said.map((l) => l.slice(0, l.indexOf(': with ')))).toEqual(places);
    for (const l of said)
      expect(l).toMatch(
        /: with actors\.\*\.handling=soon the scenario is not valid: "handling" must be a duration/,
      );
    expect(en.stderr).not.toContain(STACK_LINE);
    // In French, as the file's own problems are (a space before the colon).
    const fr = await peacemesh(['--lang', 'fr', ...sweep]);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toBe('');
    const dit = fr.stderr.trimEnd().split('\n');
    expect(dit.map((l) => l.slice(0, l.indexOf(' : avec ')))).toEqual(places);
    for (const l of dit)
      expect(l).toMatch(/ : avec actors\.\*\.handling=soon, le scénario n’est pas valide : /);
  });

  it('an invalid or missing scenario file exits 1 with file:line:col', async () => {
    const bad = await peacemesh(['compare', 'tests/fixtures/invalid-schema.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^tests\/fixtures\/invalid-schema\.yaml:\d+:\d+: /m);
    const missing = await peacemesh(['compare', 'no/such.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('no/such.yaml: no such file\n');
  });

  it('draws a progress bar on stderr when it is a terminal', async () => {
    // `script` gives the process a pseudo-terminal (stdout and stderr both go to it).
    const command = `${process.execPath} bin/peacemesh.js compare ${drill} --seeds 30 --workers 1 --metrics messagesSent`;
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        'script',
        ['-qec', command, '/dev/null'],
        { cwd: ROOT, timeout: CLI_TIMEOUT, env: { ...process.env, NO_COLOR: '1' } },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    expect(output).toMatch(/comparing \[[=-]+\] \d+\/60 runs/);
    expect(output).toContain('60 of 60 runs');
  });

  it('Ctrl-C stops, prints what finished marked partial, and exits 130', async () => {
    const child = spawn(
      process.execPath,
      [
        'bin/peacemesh.js',
        'compare',
        drill,
        '--seeds',
        '5000',
        '--workers',
        '1',
        '--format',
        'json',
      ],
      {
        cwd: ROOT,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    // Ctrl-C once the comparison has said it is under way (however long a loaded machine took
    // to get there), and a moment later so some runs are in hand.
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('comparing:')) resolve();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    expect({ code, signal }, stderr).toEqual({ code: 130, signal: null });
    expect(stderr).toMatch(/^stopped: \d+ of 10000 runs finished$/m);
    const doc = JSON.parse(stdout) as CompareResult;
    expect(doc.partial).toBe(true);
    expect(doc.completed).toBe(doc.runs.length);
    expect(doc.completed).toBeLessThan(10000);
  });
});
