// Pins what a run produces — the log's hash and the metrics — for every bundled scenario under
// every structure and a few seeds, plus a synthetic mesh that exercises relays, capacity and
// loss. Engine work that is meant to change only speed must leave this snapshot as it is;
// a change to a machine or a scenario changes it on purpose (`npx vitest run -u` this file,
// and say why in the commit).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMetrics, hashText, loadScenario, Simulation, type Scenario } from '../../src/core';
import { syntheticMesh } from '../../bench/synthetic-mesh';

const ROOT = new URL('../../', import.meta.url);

/** The bundled scenarios and the test drills that load (some fixtures are invalid on purpose). */
function scenarios(): Array<[string, Scenario]> {
  const out: Array<[string, Scenario]> = [];
  for (const dir of ['scenarios/', 'tests/fixtures/']) {
    const files = readdirSync(new URL(dir, ROOT)).filter((f) => f.endsWith('.yaml'));
    for (const f of files.sort()) {
      const loaded = loadScenario(readFileSync(new URL(dir + f, ROOT), 'utf8'), f);
      if (loaded.ok) out.push([dir + f, loaded.scenario]);
      else if (dir === 'scenarios/') throw new Error(`${f} does not load`);
    }
  }
  return out;
}

function fingerprint(scenario: Scenario, structure: string, seed: number): string {
  const sim = new Simulation(scenario, { structure, seed }).run();
  const metrics = computeMetrics(sim.log, scenario, sim.structure);
  return `log ${hashText(JSON.stringify(sim.log))} (${sim.log.length}) metrics ${hashText(JSON.stringify(metrics))}`;
}

describe('run fingerprints', () => {
  it('every bundled scenario and drill, structure and seed 1–3', { timeout: 300_000 }, () => {
    const out: Record<string, string> = {};
    for (const [file, scenario] of scenarios())
      for (const structure of scenario.structures)
        for (const seed of [1, 2, 3])
          out[`${file} ${structure.id} ${seed}`] = fingerprint(scenario, structure.id, seed);
    expect(out).toMatchSnapshot();
  });

  it('a 300-actor synthetic mesh', { timeout: 300_000 }, () => {
    const scenario = syntheticMesh(300);
    expect(fingerprint(scenario, 'hierarchy', 1)).toMatchSnapshot();
  });
});
