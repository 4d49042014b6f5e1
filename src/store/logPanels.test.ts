// The panels folded from the entries added since the last build equal the whole-log builders'
// at every build: every bundled scenario under every structure, built after uneven runs of
// steps, across steps back and forward, a live inject pushed after a step back, and another run
// of the same scenario handed over in its place.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as core from '../core/index.ts';
import * as words from '../i18n/index.ts';
import { bindWords } from './logText';
import { LogPanels } from './logPanels';
import { buildLive, buildMsel } from './views';

const ROOT = new URL('../../', import.meta.url);
const scenarios = readdirSync(new URL('scenarios/', ROOT))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const loaded = core.loadScenario(readFileSync(new URL(`scenarios/${f}`, ROOT), 'utf8'), f);
    return loaded.ok ? [[f, loaded.scenario] as const] : [];
  });

beforeAll(() => bindWords(words));

/** The panels as the whole-log builders give them. */
function whole(sim: core.Simulation, scenario: core.Scenario, structure: core.Structure) {
  return {
    metrics: core.computeMetrics(sim.log, scenario, structure),
    msel: buildMsel(scenario, sim.log, core),
    live: buildLive(sim),
  };
}

function folded(
  panels: LogPanels,
  sim: core.Simulation,
  scenario: core.Scenario,
  structure: core.Structure,
) {
  panels.update(sim, scenario, structure);
  return { metrics: panels.metrics(), msel: panels.mselRows(), live: panels.liveRows(sim) };
}

describe('LogPanels', () => {
  it('finds the bundled scenarios', () => {
    expect(scenarios.length).toBeGreaterThan(3);
  });

  it.each(scenarios)(
    '%s: metrics, MSEL and live injects equal the whole-log builds at every build',
    (_file, scenario) => {
      for (const structure of scenario.structures) {
        const sim = new core.Simulation(scenario, {
          structure: structure.id,
          seed: 2,
          checkpointEvery: 50,
        });
        const panels = new LogPanels(core);
        let builds = 0;
        const check = () => {
          expect(folded(panels, sim, scenario, structure)).toEqual(whole(sim, scenario, structure));
          builds++;
        };
        // Uneven runs of steps between builds (a frame writes a few entries, or none).
        const runs = [1, 0, 3, 7, 2, 13, 5, 31, 1, 64];
        let k = 0;
        while (sim.status === 'running' && k < 40) {
          for (let i = 0; i < runs[k % runs.length]!; i++)
            if (sim.status === 'running') sim.stepOnce();
          check();
          k++;
        }
        const end = sim.step;
        // Back to a third of the way, a live inject there, then on to where it stood.
        sim.seek(Math.floor(end / 3));
        check();
        const inject = scenario.injects[0];
        if (inject) sim.pushInject(inject.event, 'a live inject after stepping back');
        check();
        sim.seek(end);
        check();
        // Another run of the same scenario handed over in its place (another branch).
        const other = new core.Simulation(scenario, { structure: structure.id, seed: 3 });
        other.seek(Math.floor(end / 2));
        expect(folded(panels, other, scenario, structure)).toEqual(
          whole(other, scenario, structure),
        );
        expect(builds).toBeGreaterThan(3);
      }
      // The whole run's metrics, metric by metric, as the CLI reports them.
      const sim = new core.Simulation(scenario, { seed: 1 }).run();
      const structure = sim.structure;
      const panels = new LogPanels(core);
      panels.update(sim, scenario, structure);
      expect(JSON.stringify(panels.metrics())).toBe(
        JSON.stringify(core.computeMetrics(sim.log, scenario, structure)),
      );
    },
    120_000,
  );
});
