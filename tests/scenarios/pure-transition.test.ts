// The engine starts and advances machines with transition tables compiled from them
// (src/core/engine/compiled.ts). It must write exactly the log xstate's own
// `transition()` and `initialTransition()` give: every bundled scenario, every structure, a
// few seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const files = [
  ...readdirSync(new URL('scenarios/', ROOT)).map((f) => new URL(`scenarios/${f}`, ROOT)),
  new URL('tests/fixtures/escort-drill.yaml', ROOT),
].filter((u) => u.pathname.endsWith('.yaml'));

async function logs(): Promise<string[]> {
  const core = await import('../../src/core');
  const out: string[] = [];
  for (const file of files) {
    const loaded = core.loadScenario(readFileSync(file, 'utf8'), file.pathname);
    if (!loaded.ok) continue;
    for (const structure of loaded.scenario.structures) {
      for (const seed of [1, 2, 3]) {
        const sim = new core.Simulation(loaded.scenario, { structure: structure.id, seed }).run();
        out.push(
          `${file.pathname} ${structure.id} ${seed} ${core.hashText(JSON.stringify(sim.log))}`,
        );
      }
    }
  }
  return out;
}

describe('compiled transition tables', () => {
  it('writes the same logs as xstate’s transition()', { timeout: 120_000 }, async () => {
    const fast = await logs();
    vi.resetModules();
    let calls = 0;
    vi.doMock('../../src/core/engine/compiled', async () => {
      const xstate = await import('xstate');
      return {
        transition: (...args: Parameters<typeof xstate.transition>) => (
          calls++,
          xstate.transition(...args)
        ),
        initialTransition: xstate.initialTransition,
      };
    });
    const reference = await logs();
    vi.doUnmock('../../src/core/engine/compiled');
    expect(calls).toBeGreaterThan(1000); // the reference really ran on xstate's own function
    expect(fast.length).toBeGreaterThan(4);
    expect(fast).toEqual(reference);
  });
});
