import { readFileSync } from 'node:fs';
import { loadScenarioBytes, planComparison, runBatch } from './src/core';
const bytes = readFileSync('scenarios/carana-three-bad-days.yaml');
const loaded = loadScenarioBytes(bytes, 'x');
if (!loaded.ok) throw new Error('bad');
const plan = planComparison(loaded.scenario, { seeds: 200, sweeps: [], seedStart: 1 } as never);
const thread = () => {
  const f = readFileSync('/proc/thread-self/stat', 'utf8');
  const p = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(p[11]) + Number(p[12])) * 10;
};
const group = Number(process.argv[2] ?? 50);
const out: string[] = [];
for (let pass = 0; pass < 2; pass++) {
  const row: number[] = [];
  for (let i = 0; i < plan.runs.length; i += group) {
    const t = thread();
    const c = process.cpuUsage();
    runBatch(plan, plan.runs.slice(i, i + group));
    const d = process.cpuUsage(c);
    row.push(thread() - t, Math.round((d.user + d.system) / 1000));
  }
  const pairs = [];
  for (let k = 0; k < row.length; k += 2) pairs.push(`${row[k]}/${row[k + 1]}`);
  out.push(`pass ${pass}: ${pairs.join(' ')}`);
}
console.log(out.join('\n'));
