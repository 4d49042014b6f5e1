// The engine alone, run over and over for a profiler (timed against nothing: the budgets are
// engine-throughput.ts's). Runs the bench's synthetic mesh, after one warm-up run, and prints
// wall and CPU microseconds per machine step.
//
//   node --import tsx bench/profile.ts [actors=200] [runs=20] [checkpointEvery=0]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts 200 30
//   node --import tsx bench/profile.ts 200 5 0 --alloc /tmp/alloc.heapprofile
//   node --import tsx bench/profile.ts 1000 3 0 --reducers
//   node --trace-gc --import tsx bench/profile.ts 10000 2 0 --scaling
//
// `--reducers` runs the same engine with the bench's hand-written reducers stepping the
// machines (bench/reducer.ts), the reference of the ≤ 2× budget, for its own profile.
//
// `--scaling` runs the scaling section's missions (0.6 reports per actor over the day, so
// 10,000 actors stay under one run's log limit) instead of the throughput mesh.
//
// `--alloc` writes a sampling heap profile of every allocation during the timed runs,
// collected ones included (what the collector has to work through; `--heap-prof` keeps only
// what is still alive at the end). Both profiles open in Chrome's DevTools. Run from source,
// tsx names every function through a `__name` helper, which shows up as an entry of its own.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { Simulation } from '../src/core';
import { reducerSteppers } from './reducer';
import { mainThreadCpuMs } from './thread-cpu';
import { syntheticMesh } from './synthetic-mesh';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    alloc: { type: 'string' },
    reducers: { type: 'boolean' },
    scaling: { type: 'boolean' },
  },
});
const [actors = 200, runs = 20, every = 0] = positionals.map(Number);
const mesh = syntheticMesh(actors, values.scaling ? { perActor: 0.6 } : {});
const options = {
  seed: 1,
  checkpointEvery: every,
  ...(values.reducers ? { steppers: reducerSteppers } : {}),
};
new Simulation(mesh, options).run();

let session: Session | undefined;
if (values.alloc) {
  session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
const main = mainThreadCpuMs();
const wall = performance.now();
const cpu = process.cpuUsage();
let steps = 0;
for (let i = 0; i < runs; i++) steps += new Simulation(mesh, options).run().step;
const ms = performance.now() - wall;
const used = process.cpuUsage(cpu);
const mainMs = main === undefined ? undefined : mainThreadCpuMs()! - main;
if (session && values.alloc) {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(values.alloc, JSON.stringify(profile));
}
const perStep = (x: number) => ((x * 1000) / steps).toFixed(2);
process.stdout.write(
  `${actors} actors${values.reducers ? ' (reducers)' : ''}, ${runs} runs, ${steps} steps: ${perStep(ms)} µs/step wall, ` +
    `${perStep((used.user + used.system) / 1000)} µs/step CPU` +
    (mainMs === undefined ? '' : `, ${perStep(mainMs)} µs/step main thread`) +
    '\n',
);
