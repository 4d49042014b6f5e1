// Engine cost per machine step by mission size: does an event cost more in a bigger mission?
// Each size is timed over a window of many machine steps — the smaller missions run again and
// again back to back — and the budget's pair (the largest mission, run once, and the one ten
// times smaller) over windows of the same steps, so both allocate about as much and pay for
// their own garbage collection alike. (A single 1,000-actor run allocates ≈ 25 MB,
// about one young generation: timed alone, most of its garbage is collected by the settling
// collection after it, outside its window, while a 10,000-actor run pays a dozen scavenges
// inside its own.) All sizes are interleaved round by round after a warm-up round, the garbage
// settled before each window, and the growth is taken round by round.
// (`node --import tsx bench/profile.ts 10000 2 0 --scaling` runs the largest mission alone for a
// profiler or `--trace-gc`.)
import { Simulation, type Scenario } from '../src/core';
import { mainThreadCpuMs } from './thread-cpu';
import { median, settle, spread, type Spread } from './timing';
import { recordWorkload } from './workload';

export interface Scaling {
  readonly actors: number;
  /** Machine steps of one run (instances started and events delivered). */
  readonly steps: number;
  /** Runs of this mission in each timed window (the same steps as the largest mission's run). */
  readonly repeats: number;
  /** Median µs per machine step (wall). */
  readonly usPerStep: number;
  /** Median µs per machine step of CPU time (this process's user + system, every thread). */
  readonly cpuUsPerStep?: number;
  /** Median µs per machine step of the main thread's own CPU time (Linux only). */
  readonly mainUsPerStep?: number;
  /** The whole window, ms. */
  readonly ms: Spread;
  /** The whole window's CPU time, ms. */
  readonly cpuMs?: Spread;
  /** The whole window's main-thread CPU time, ms. */
  readonly mainMs?: Spread;
  /**
   * Cost per step against the mission ten times smaller (or the next smaller one), round by
   * round: wall, process CPU and main-thread CPU. Absent for the smallest size, and where the
   * two sizes' windows are not of the same steps.
   */
  readonly growth?: {
    readonly against: number;
    readonly wall: Spread;
    readonly cpu: Spread;
    readonly main?: Spread;
  };
}

const MIN_WINDOW_STEPS = 30_000;

interface Times {
  wall: number[];
  cpu: number[];
  main: number[];
}

export async function measureScaling(
  sizes: readonly number[],
  make: (n: number) => Scenario,
  rounds = 5,
): Promise<Scaling[]> {
  const missions = new Map(sizes.map((n) => [n, make(n)] as const));
  const steps = new Map(
    sizes.map((n) => [n, recordWorkload(missions.get(n)!, 1).ops.length] as const),
  );
  // The budget's pair (the largest mission and the one ten times smaller) share a window of the
  // largest's run; the other sizes, for information, at least ≈ 0.3 s of work a window.
  const largest = Math.max(...sizes);
  const most = Math.max(steps.get(largest)!, MIN_WINDOW_STEPS);
  const windowSteps = (n: number) =>
    n === largest || n * 10 === largest ? most : MIN_WINDOW_STEPS;
  const repeats = new Map(
    sizes.map((n) => [n, Math.max(1, Math.round(windowSteps(n) / steps.get(n)!))] as const),
  );
  const window = (n: number) => {
    const mission = missions.get(n)!;
    const times = repeats.get(n)!;
    return () => {
      for (let i = 0; i < times; i++) new Simulation(mission, { seed: 1 }).run();
    };
  };
  const windows = sizes.map((n) => [n, window(n)] as const);
  const times = new Map(sizes.map((n) => [n, { wall: [], cpu: [], main: [] } as Times]));
  // Round 0 warms every size up (compiled code, the shared routes of each mission) untimed.
  for (let r = 0; r <= rounds; r++) {
    for (let i = 0; i < windows.length; i++) {
      const [n, run] = windows[(r + i) % windows.length]!;
      settle();
      // The settling collection's sweeping goes on in the background for a few ms: let it
      // finish outside the window, or the window's CPU time counts it.
      await new Promise((done) => setTimeout(done, 15));
      const main0 = mainThreadCpuMs();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      run();
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const main1 = mainThreadCpuMs();
      if (r === 0) continue;
      const t = times.get(n)!;
      t.wall.push(wall);
      t.cpu.push((cpu.user + cpu.system) / 1000);
      if (main0 !== undefined && main1 !== undefined) t.main.push(main1 - main0);
    }
  }
  const perStep = (n: number, ms: number) => (ms * 1000) / (steps.get(n)! * repeats.get(n)!);
  const growth = (n: number, base: number, key: keyof Times) => {
    const a = times.get(n)![key];
    const b = times.get(base)![key];
    return spread(a.map((x, i) => perStep(n, x) / perStep(base, b[i]!)));
  };
  return sizes.map((n, index) => {
    const t = times.get(n)!;
    const smaller = sizes.includes(n / 10) ? n / 10 : sizes[index - 1];
    // Growth only between windows of the same steps: a shorter window pays less of its own
    // garbage collection, and more of the settling collection's sweeping.
    const base =
      smaller !== undefined && windowSteps(smaller) === windowSteps(n) ? smaller : undefined;
    const hasMain = t.main.length === t.wall.length;
    return {
      actors: n,
      steps: steps.get(n)!,
      repeats: repeats.get(n)!,
      usPerStep: perStep(n, median(t.wall)),
      cpuUsPerStep: perStep(n, median(t.cpu)),
      ...(hasMain ? { mainUsPerStep: perStep(n, median(t.main)), mainMs: spread(t.main) } : {}),
      ms: spread(t.wall),
      cpuMs: spread(t.cpu),
      ...(base === undefined
        ? {}
        : {
            growth: {
              against: base,
              wall: growth(n, base, 'wall'),
              cpu: growth(n, base, 'cpu'),
              ...(hasMain && times.get(base)!.main.length === t.wall.length
                ? { main: growth(n, base, 'main') }
                : {}),
            },
          }),
    };
  });
}
