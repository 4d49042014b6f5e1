// A seeded synthetic mission of any size for the benchmarks: actors in cells of ten around a
// cell hub, cell hubs in sectors of ten around a sector HQ, sector HQs around one mission HQ
// (at most six hops between any two actors, whatever the size; the HQ links are slow reports), and a steady stream of
// information passed between actors of the same sector. Each actor sends about `perActor`
// pieces of information over the day, so the work per actor (and per event) stays constant
// as the mission grows: what grows is only what the engine itself keeps (agenda, maps, log).
import { createRng, scenarioSchema, type Scenario, type ScenarioInput } from '../src/core';

const KINDS = ['military', 'police', 'humanitarian', 'civilian', 'host-police'] as const;

export interface MeshOptions {
  readonly perActor?: number;
  readonly seed?: number;
}

export function syntheticMesh(
  actorCount: number,
  { perActor = 2, seed = 7 }: MeshOptions = {},
): Scenario {
  const rng = createRng(seed);
  const n = Math.max(2, actorCount);
  const id = (i: number) => `a${i}`;
  const cellHub = (i: number) => i - (i % 10);
  const sectorHq = (i: number) => i - (i % 100);
  const actors: ScenarioInput['actors'] = [];
  const links: ScenarioInput['structures'][number]['links'] = [];
  for (let i = 0; i < n; i++) {
    const role =
      i === 0 ? 'mission HQ' : i % 100 === 0 ? 'sector HQ' : i % 10 === 0 ? 'cell hub' : 'unit';
    actors.push({
      id: id(i),
      kind: KINDS[i % KINDS.length]!,
      role,
      name: `${role} ${i}`,
      capacity: role === 'unit' ? 3 : role === 'cell hub' ? 12 : 60,
      handling: role === 'unit' ? `${10 + (i % 3) * 10}m` : '5m',
    });
    if (i === 0) continue;
    const parent = i % 100 === 0 ? 0 : i % 10 === 0 ? sectorHq(i) : cellHub(i);
    // Sector HQs report to the mission HQ by slow daily-report links: traffic within a sector
    // never routes through the mission HQ, so a route search stays within its sector.
    const toMission = role === 'sector HQ';
    links.push({
      from: id(parent),
      to: id(i),
      channel: role === 'unit' ? 'radio' : toMission ? 'report' : 'liaison',
      latency: toMission ? '6h' : `${5 + (i % 4) * 5}m`,
      jitter: '5m',
    });
  }
  const injects: ScenarioInput['injects'] = [];
  const count = Math.max(1, Math.round(n * perActor));
  for (let k = 0; k < count; k++) {
    const from = rng.int(0, n - 1);
    const base = sectorHq(from);
    const pick = () => Math.min(n - 1, base + rng.int(0, 99));
    const to = new Set<string>();
    const recipients = rng.int(1, 3);
    for (let r = 0; r < recipients; r++) {
      const t = pick();
      if (t !== from) to.add(id(t));
    }
    if (to.size === 0) to.add(id(from === 0 ? 1 : 0));
    const minute = rng.int(0, 22 * 60);
    injects.push({
      serial: k + 1,
      at: `T+${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
      text: `report ${k + 1}`,
      event: {
        type: 'information',
        id: `info-${k + 1}`,
        from: id(from),
        to: [...to],
        summary: `report ${k + 1}`,
      },
    });
  }
  return scenarioSchema.parse({
    version: 1,
    id: `synthetic-${n}`,
    title: `Synthetic mission of ${n} actors`,
    summary: 'Benchmark workload: information flowing through a hierarchical mesh.',
    duration: '24h',
    objectives: [{ id: 'bench', text: 'Measure the engine.' }],
    actors,
    structures: [
      {
        id: 'hierarchy',
        name: 'Hierarchy',
        links,
        authority: {
          escortDecision: id(0),
          escortProviders: [id(0)],
          situationalAwareness: id(0),
          pocResponse: id(0),
          pocResponders: [id(0)],
          handoverDecision: id(0),
        },
      },
    ],
    injects,
  } satisfies ScenarioInput);
}
