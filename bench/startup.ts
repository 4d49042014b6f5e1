// Start-up as a user feels it: whole processes, interleaved round by round. `node -e 0` is
// Node's own floor on this machine, beside the budgets' absolute times (docs/BENCHMARKS.md: `--version`
// ≤ 0.3 s, a run of the default scenario ≤ 0.6 s). With `fromSource`, also the same run
// through tsx (PEACEMESH_FROM_SOURCE=1), what every start cost before the prebuilt bundle.
import { bundleStatus } from '../bin/bundle.js';
import { childrenCpuMs, node, peacemesh } from './processes';
import { interleave, spread, type Spread } from './timing';

export interface Startup {
  readonly nodeAlone: Spread;
  /** Per round: each process's time minus Node alone's, what PeaceMesh itself adds. */
  readonly versionAboveNode: Spread;
  readonly runAboveNode: Spread;
  readonly version: Spread;
  readonly run: Spread;
  readonly runFromSource?: Spread;
  /** CPU time (user + system, ms) of each process, where the system tells (Linux). */
  readonly cpu: Readonly<
    Record<'nodeAlone' | 'version' | 'run' | 'runFromSource', Spread | undefined>
  >;
  readonly scenario: string;
}

export async function measureStartup(
  scenario: string,
  rounds: number,
  fromSource: boolean,
): Promise<Startup> {
  const status = bundleStatus();
  if (!status.fresh) throw new Error(`${status.reason}: run \`npm run build:cli\` first`);
  const variants: Record<string, () => Promise<string>> = {
    nodeAlone: () => node(['-e', '0']),
    version: () => peacemesh(['--version']),
    run: () => peacemesh(['run', scenario]),
  };
  if (fromSource) {
    variants['runFromSource'] = () => peacemesh(['run', scenario], { PEACEMESH_FROM_SOURCE: '1' });
  }
  // Each variant's CPU time too, from the children's CPU counter around it.
  const cpu: Record<string, number[]> = {};
  const timed = Object.fromEntries(
    Object.entries(variants).map(([name, start]) => [
      name,
      async () => {
        const before = childrenCpuMs();
        await start();
        const after = childrenCpuMs();
        if (before !== undefined && after !== undefined) (cpu[name] ??= []).push(after - before);
      },
    ]),
  );
  // One round first, discarded for every variant alike: it warms the file cache.
  const warmup = 1;
  const t = await interleave(timed, rounds, { warmup });
  const cpuOf = (name: string) => {
    const counted = cpu[name]?.slice(warmup) ?? [];
    return counted.length === rounds ? spread(counted) : undefined;
  };
  return {
    nodeAlone: spread(t['nodeAlone']!),
    version: spread(t['version']!),
    versionAboveNode: above(t['version']!, t['nodeAlone']!),
    runAboveNode: above(t['run']!, t['nodeAlone']!),
    run: spread(t['run']!),
    ...(t['runFromSource'] ? { runFromSource: spread(t['runFromSource']) } : {}),
    cpu: {
      nodeAlone: cpuOf('nodeAlone'),
      version: cpuOf('version'),
      run: cpuOf('run'),
      runFromSource: cpuOf('runFromSource'),
    },
    scenario,
  };
}

const above = (xs: readonly number[], floor: readonly number[]): Spread =>
  spread(xs.map((x, i) => x - floor[i]!));
