// Batch comparison as a planner runs it: `peacemesh compare` as whole processes (start-up,
// bundled worker threads and all). Three variants interleaved round by round:
//   one   — `--workers 1` alone;
//   two   — `--workers 2` alone, the same plan;
//   pair  — two independent `--workers 1` processes side by side, each the same plan.
// one ÷ two is the 2-worker speed-up; 2 × one ÷ pair is the machine's own ceiling for two
// busy processes (shared caches, memory bandwidth, whatever else runs), measured in the same
// rounds; the budget is the speed-up as a share of that ceiling. The results of one and two
// must be byte-identical. Each variant's CPU time too: one ÷ two in CPU says how much work a
// second worker thread adds to the same runs (its own start and its own warm-up of the engine),
// which is what the speed-up loses when the machine has no core to spare.
import { childrenCpuMs, peacemesh } from './processes';
import { interleave, ratio, spread, type Spread } from './timing';

export interface BatchSpeed {
  readonly scenario: string;
  readonly seeds: number;
  readonly runs: number;
  readonly one: Spread;
  readonly two: Spread;
  readonly pair: Spread;
  /** Per round: one ÷ two. */
  readonly speedup: Spread;
  /** Per round: 2 × one ÷ pair. */
  readonly ceiling: Spread;
  /** Per round: speed-up ÷ ceiling (= pair ÷ (2 × two)). */
  readonly shareOfCeiling: Spread;
  readonly identical: boolean;
  /** CPU seconds ×1000 (user + system) of each variant's processes, where the system tells. */
  readonly cpu?: { readonly one: Spread; readonly two: Spread; readonly pair: Spread };
}

export async function measureBatch(
  scenario: string,
  seeds: number,
  rounds: number,
): Promise<BatchSpeed> {
  const args = (workers: number) => [
    'compare',
    scenario,
    '--seeds',
    String(seeds),
    '--workers',
    String(workers),
    '--format',
    'json',
  ];
  const outputs = new Map<number, string>();
  const keep = (workers: number) => async () =>
    outputs.set(workers, await peacemesh(args(workers)));
  const cpu: Record<'one' | 'two' | 'pair', number[]> = { one: [], two: [], pair: [] };
  const measured =
    (name: keyof typeof cpu, start: () => Promise<unknown>) => async (): Promise<void> => {
      const before = childrenCpuMs();
      await start();
      const after = childrenCpuMs();
      if (before !== undefined && after !== undefined) cpu[name].push(after - before);
    };
  const t = await interleave(
    {
      one: measured('one', keep(1)),
      two: measured('two', keep(2)),
      pair: measured('pair', () => Promise.all([peacemesh(args(1)), peacemesh(args(1))])),
    },
    rounds,
  );
  const runs = (JSON.parse(outputs.get(1)!) as { runs: unknown[] }).runs.length;
  const speedup = ratio(t.one, t.two);
  const ceiling = ratio(
    t.one.map((x) => 2 * x),
    t.pair,
  );
  return {
    scenario,
    seeds,
    runs,
    one: spread(t.one),
    two: spread(t.two),
    pair: spread(t.pair),
    speedup,
    ceiling,
    shareOfCeiling: ratio(
      t.pair,
      t.two.map((x) => 2 * x),
    ),
    identical: outputs.get(1) === outputs.get(2),
    ...(cpu.one.length === rounds
      ? { cpu: { one: spread(cpu.one), two: spread(cpu.two), pair: spread(cpu.pair) } }
      : {}),
  };
}
