// With perfect information — every link instant and lossless, no desk slow or swamped, every
// fact addressed to every actor — a decider knows what is true when it decides: decisions taken
// on knowledge equal those taken on the truth, on every bundled scenario and every seed tried.
// (Under the scenarios' own structures they may differ: that is what the metric counts.)
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  Simulation,
  type Scenario,
  type SimEvent,
  type Structure,
} from '../../src/core/index';
import { minutes } from '../../src/core/time';
import { bundled } from '../helpers/scenarios';

const names = readdirSync(fileURLToPath(new URL('../../scenarios/', import.meta.url)))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

/** The scenario with every structure's links made a full mesh of instant, lossless links. */
function perfectInformation(scenario: Scenario): Scenario {
  const ids = scenario.actors.map((a) => a.id);
  const everyone = (event: SimEvent): SimEvent =>
    event.type === 'information'
      ? { ...event, to: ids.filter((id) => id !== event.from) }
      : event.type === 'incident'
        ? { ...event, needToKnow: ids }
        : event;
  const links = ids.flatMap((from, i) =>
    ids.slice(i + 1).map((to) => ({
      from,
      to,
      channel: 'radio' as const,
      latency: minutes(0),
      jitter: minutes(0),
      reliability: 1,
      capacity: 3600,
      oneWay: false,
    })),
  );
  return {
    ...scenario,
    actors: scenario.actors.map((a) => ({ ...a, handling: minutes(0), capacity: 1000 })),
    structures: scenario.structures.map((s): Structure => ({ ...s, links })),
    injects: scenario.injects.map((i) => ({ ...i, event: everyone(i.event) })),
    decisions: scenario.decisions.map((d) => ({
      ...d,
      options: d.options.map((o) => ({ ...o, events: o.events.map(everyone) })),
    })),
  };
}

describe('decisions on knowledge with perfect information', () => {
  it.each(names)(
    '%s: every rule judged as the truth has it, no decision uninformed',
    { timeout: 180_000 },
    (name) => {
      const scenario = perfectInformation(bundled(name));
      fc.assert(
        fc.property(
          fc.constantFrom(...scenario.structures.map((s) => s.id)),
          fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          (structure, seed) => {
            const sim = new Simulation(scenario, { structure, seed }).run();
            for (const e of sim.log) {
              if (e.kind !== 'decision.why') continue;
              for (const rule of e.params.rules) {
                if (rule.kind !== 'rule.criterion') continue;
                expect(rule.params.holds).toBe(rule.params.truth);
                expect(rule.params.missing).toEqual([]);
              }
            }
            expect(sim.log.filter((e) => e.kind === 'decision.uninformed')).toEqual([]);
            expect(computeMetrics(sim.log, scenario, sim.structure).uninformedDecisions).toBe(0);
          },
        ),
        { numRuns: 8, seed: 10 },
      );
    },
  );

  it('heavy-weapons-tokono: the world’s criteria are judged, WFP’s escort is decided before the warning exists and UNICEF’s after it', () => {
    const scenario = perfectInformation(bundled('heavy-weapons-tokono'));
    for (const structure of ['military-chain', 'integrated-analysis']) {
      const sim = new Simulation(scenario, { structure, seed: 3 }).run();
      const decided = (ref: string) =>
        sim.log
          .filter(
            (e) =>
              e.ref === ref && (e.kind === 'escort.declined' || e.kind === 'escort.approved'),
          )
          .map((e) => e.kind);
      // Instant links: the HC decides at T+19:00, an hour before JMAC's assessment exists.
      expect(decided('wfp-tokono')).toEqual(['escort.approved']);
      expect(decided('unicef-vaccines')).toEqual(['escort.declined']);
      const sources = sim.log.flatMap((e) =>
        e.kind === 'decision.why'
          ? e.params.rules.map((r) => (r.kind === 'rule.criterion' ? r.params.source : ''))
          : [],
      );
      expect(sources.filter((s) => s === 'world')).toHaveLength(4);
    }
  });
});
