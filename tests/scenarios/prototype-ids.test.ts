// Ids named after Object.prototype members ("constructor", "__proto__", "toString"…) are ids
// like any other: as actor, decision, option and event ids, as YAML keys, as metric names and
// as run inputs. A valid one runs the same twice, on 1 or 2 workers, and writes nothing onto
// Object; an invalid one is refused exactly as any other invalid id.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  hashText,
  loadScenario,
  planComparison,
  Simulation,
  type Scenario,
} from '../../src/core/index';
import { runPlanOnNode } from '../../src/workers/node-pool';
import { problemText, text as said } from '../../src/i18n/testing';

const NAMES = Object.getOwnPropertyNames(Object.prototype);
const ID = /^[a-z0-9][a-z0-9-]*$/;
const DRILL = readFileSync('tests/fixtures/escort-drill.yaml', 'utf8');

/**
 * The escort drill with `name` as a decision and an option id, and as an actor id or as the
 * ids of the events it starts (an actor and a process may not share an id).
 */
function withIds(name: string, as: 'actor' | 'event'): string {
  const actor = as === 'actor' ? name : 'liaison';
  const event = as === 'event' ? name : 'convoy-1';
  const news = as === 'event' ? `${name}-news` : 'news';
  return `${DRILL.replace('id: convoy-1', `id: '${event}'`)
    .replace(
      'role: JOC, name: JOC, handling: 10m }',
      `role: JOC, name: JOC, handling: 10m }\n  - { id: '${actor}', kind: civilian, role: liaison, name: Liaison }`,
    )
    .replace(
      '      - { from: joc, to: bn, channel: radio, latency: 5m }',
      `      - { from: joc, to: bn, channel: radio, latency: 5m }\n      - { from: joc, to: '${actor}', channel: radio, latency: 5m }`,
    )}decisions:
  - id: '${name}'
    at: T+02:00
    by: hc
    prompt: Tell the liaison?
    options:
      - id: '${name}'
        label: Tell
        events:
          - { type: information, id: '${news}', from: hc, to: ['${actor}'], summary: news }
      - id: wait
        label: Wait
    default: '${name}'
metrics: ['${name}']
`;
}

/** Own properties of Object and Object.prototype, to see that a run wrote nothing onto them. */
const objectShape = () =>
  JSON.stringify([Object.getOwnPropertyNames(Object), Object.getOwnPropertyNames(Object.prototype)]);

describe('ids named after Object.prototype members', () => {
  it.each(NAMES.flatMap((n) => [[n, 'actor'] as const, [n, 'event'] as const]))(
    '%s as an %s id is an id like any other',
    (name, as) => {
      const before = objectShape();
      const text = withIds(name, as);
      const result = loadScenario(text, 'ids.yaml', { describe: problemText });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      if (!ID.test(name)) {
        // Refused as any invalid id is: located, and saying what an id is.
        for (const e of result.errors) {
          expect(e.line).toBeGreaterThan(1);
          expect(e.col).toBeGreaterThan(0);
        }
        expect(result.errors.some((e) => /is not a valid id/.test(e.message))).toBe(true);
        expect(objectShape()).toBe(before);
        return;
      }
      // A valid id ("constructor"): only the metric name is wrong, as any unknown metric is.
      expect(result.errors.map((e) => e.message)).toEqual([
        expect.stringMatching(new RegExp(`^unknown metric "${name}" in "metrics";`)),
      ]);
      const loaded = loadScenario(text.replace(/^metrics: .*$/m, ''), 'ids.yaml');
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      // Seed 2: access negotiation fails, so the request (and what is known of it) crosses the mesh.
      const runs = [1, 2].map(() => new Simulation(loaded.scenario, { seed: 2 }).run());
      const [a, b] = runs.map((sim) => JSON.stringify(sim.log));
      expect(a).toBe(b);
      const sim = runs[0]!;
      const made = sim.log.find((e) => e.event === 'decision.made' && e.ref === name);
      expect(said(made)).toContain('Tell (default)');
      expect(sim.decided[name]).toBe(name);
      const reached = sim.log.filter((e) => e.event === 'information.reached');
      if (as === 'actor') expect(reached.some((e) => e.actor === name)).toBe(true);
      else {
        expect(sim.log.some((e) => e.actor === name && e.event === 'start')).toBe(true);
        expect(reached.some((e) => e.ref === name)).toBe(true);
      }
      expect(objectShape()).toBe(before);
    },
  );

  it('run inputs keyed by any of them are ordinary keys, through save and restore', () => {
    const loaded = loadScenario(withIds('constructor', 'actor').replace(/^metrics: .*$/m, ''), 'ids.yaml');
    if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
    const decisions = JSON.parse(
      `{${NAMES.map((n) => `${JSON.stringify(n)}: "x"`).join(', ')}, "constructor": "wait"}`,
    ) as Record<string, string>;
    const before = objectShape();
    const sim = new Simulation(loaded.scenario, {
      seed: 3,
      inputs: { decisions },
      checkpointEvery: 50,
    });
    sim.run();
    expect(said(sim.log.find((e) => e.event === 'decision.made'))).toContain('Wait (chosen)');
    const saved = sim.save();
    const again = new Simulation(loaded.scenario, { seed: 3, inputs: { decisions } });
    again.restore(saved, sim.log);
    expect(again.save()).toBe(saved);
    sim.seek(10);
    sim.run();
    expect(sim.save()).toBe(saved);
    expect(objectShape()).toBe(before);
  });

  it('as keys of a YAML mapping they are unknown keys, refused without touching Object', () => {
    const before = objectShape();
    for (const name of NAMES) {
      const text = DRILL.replace('  - { id: wfp,', `  - { ${JSON.stringify(name)}: 1, id: wfp,`);
      const result = loadScenario(text, 'keys.yaml');
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.errors[0]?.message).toMatch(/^unknown key /);
    }
    expect(objectShape()).toBe(before);
  });

  it('give the same numbers on 1 and 2 workers', { timeout: 120_000 }, async () => {
    const loaded = loadScenario(withIds('constructor', 'actor').replace(/^metrics: .*$/m, ''), 'ids.yaml');
    if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
    const scenario: Scenario = loaded.scenario;
    const plan = planComparison(scenario, { seeds: 6 });
    const [one, two] = await Promise.all([
      runPlanOnNode(plan, { workers: 1 }),
      runPlanOnNode(plan, { workers: 2 }),
    ]);
    expect(hashText(JSON.stringify(two.results))).toBe(hashText(JSON.stringify(one.results)));
    expect(one.results).toHaveLength(6);
    // The stringify round trip of a raw scenario with such ids is stable too.
    expect(stringify(JSON.parse(JSON.stringify(scenario)))).toBe(stringify(scenario));
  });
});
