// `peacemesh compare` beyond the grid, as a real process: a seeded Latin hypercube over
// ranges, the sensitivity line per metric in the table, CSV and JSON, per-run rows, and JSON
// Lines to a file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '../../src/core';
import { COMPARE_DRILL_YAML } from '../fixtures/compare-drill';
import { CLI_TIMEOUT, peacemesh } from './peacemesh';

let dir: string;
let drill: string;
const design = [
  '--seeds',
  '2',
  '--workers',
  '1',
  '--sweep',
  'structures.hub.links[ocha>hc].latency=10m..6h',
  '--sweep',
  'actors.bn.teams=0..2',
  '--sample',
  'lhs:12',
  '--sample-seed',
  '5',
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peacemesh-designs-'));
  drill = join(dir, 'compare-drill.yaml');
  writeFileSync(drill, COMPARE_DRILL_YAML);
});

describe.concurrent('peacemesh compare designs', { timeout: CLI_TIMEOUT * 3 }, () => {
  it('a Latin hypercube: the table pools the points and ranks what moves each metric', async () => {
    const r = await peacemesh(['compare', drill, ...design]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Compare drill — 2 structures × 2 seeds × 12 sampled points \(Latin hypercube, design seed 5\)$/m,
    );
    expect(r.stdout).toMatch(/^Over all 12 sampled points$/m);
    expect(r.stdout).toContain('Sensitivity (standardised regression coefficients');
    // The hub's OCHA→HC latency drives the time to an escort decision.
    expect(r.stdout).toMatch(
      /^Time to escort decision \(mean\) +links\[ocha>hc\]\.latency \+0\.\d\d, bn\.teams [−+]?0\.\d\d +R² 0\.\d\d$/m,
    );
  });

  it('JSON holds the design, the points and the sensitivity; CSV rows per run and per coefficient', async () => {
    const [json, runs, src] = await Promise.all([
      peacemesh(['compare', drill, ...design, '--format', 'json']),
      peacemesh(['compare', drill, ...design, '--format', 'csv', '--rows', 'runs']),
      peacemesh(['compare', drill, ...design, '--format', 'csv', '--rows', 'sensitivity']),
    ]);
    expect(json.code, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as CompareResult;
    expect(doc.design).toEqual({ kind: 'lhs', count: 12, seed: 5 });
    expect(doc.points).toHaveLength(12);
    expect(doc.runs).toHaveLength(48);
    const time = doc.sensitivity.find((s) => s.metric === 'decisionTimeMean')!;
    expect(time.coefficients[0]!.path).toBe('structures.hub.links[ocha>hc].latency');
    // Every whole number of teams 0..2 appears: 12 slices of a 3-value range, 4 each.
    const teams = doc.points.map((p) => p.assignments[1]!.value);
    expect(['0', '1', '2'].map((t) => teams.filter((v) => v === t).length)).toEqual([4, 4, 4]);

    expect(runs.code, runs.stderr).toBe(0);
    const lines = runs.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^run,point,structure,structures\.hub\.links\[ocha>hc\]\.latency,actors\.bn\.teams,seed,escortRequests,/,
    );
    expect(lines).toHaveLength(49);
    expect(lines[1]).toMatch(/^0,0,hub,\d+m,[012],1,/);

    expect(src.code, src.stderr).toBe(0);
    const rows = src.stdout.trim().split('\n');
    expect(rows[0]).toBe('metric,label,n,r2,rank,parameter,src,note');
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^decisionTimeMean,Time to escort decision \(mean\),\d+,0\.\d+,1,structures\.hub\.links\[ocha>hc\]\.latency,0\.\d+,$/,
      ),
    );
  });

  it('JSON Lines to --out: one run a line in plan order; refusals for what does not fit', async () => {
    const out = join(dir, 'runs.jsonl');
    const r = await peacemesh([
      'compare',
      drill,
      '--seeds',
      '3',
      '--format',
      'jsonl',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { run: number; structure: string; seed: number });
    expect(rows.map((x) => x.run)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows[3]).toMatchObject({ structure: 'direct', seed: 1 });

    const [range, table, sample] = await Promise.all([
      peacemesh(['compare', drill, '--sweep', 'actors.bn.teams=0..2']),
      peacemesh(['compare', drill, '--rows', 'runs']),
      peacemesh(['compare', drill, '--sample', 'grid:3']),
    ]);
    expect(range.code).toBe(1);
    expect(range.stderr).toBe(
      'error: sweep "actors.bn.teams" is a range (0..2): ranges are sampled, add --sample lhs:N or random:N\n',
    );
    expect(table.code).toBe(2);
    expect(table.stderr).toBe('error: --rows runs goes with --format csv or json\n');
    expect(sample.code).toBe(2);
    expect(sample.stderr).toMatch(/^error: --sample: a sample is written kind:count/);
  });
});
