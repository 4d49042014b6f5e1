// With perfect information — every link instant and lossless, no desk slow or swamped, every
// fact addressed to every actor — a decider knows what is true when it decides: decisions taken
// on knowledge equal those taken on the truth, on every bundled scenario and every seed tried.
// (Under the scenarios' own structures they may differ: that is what the metric counts.) This
// covers every decision taken on knowledge: escort criteria, a provider's answer to an escort
// task, the POC responder choice and the joint decision on a handover to host-state police.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  formatError,
  loadScenario,
  Simulation,
  type LogEntry,
  type Scenario,
  type SimEvent,
  type Structure,
} from '../../src/core/index';
import { minutes } from '../../src/core/time';
import { bundled } from '../helpers/scenarios';

const names = readdirSync(fileURLToPath(new URL('../../scenarios/', import.meta.url)))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

/** A fixture whose decisions turn on a host-state police unit overwhelmed (POC, handover). */
function fixture(name: string): Scenario {
  const file = `tests/fixtures/${name}.yaml`;
  const url = new URL(`../../${file}`, import.meta.url);
  const result = loadScenario(readFileSync(fileURLToPath(url), 'utf8'), file);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.scenario;
}

/** Every rule of every decision (escort criteria, escort tasks, POC responders, readiness). */
const judgedRules = (log: readonly LogEntry[]) =>
  log.flatMap((e) =>
    e.kind === 'decision.why'
      ? e.params.rules.flatMap((r) =>
          r.kind === 'rule.criterion' || r.kind === 'rule.responder' || r.kind === 'rule.route'
            ? [r.params]
            : [],
        )
      : [],
  );

/** With perfect information: every rule judged as the truth has it, nothing uninformed. */
function expectPerfect(scenario: Scenario, structure: string, seed: number) {
  const sim = new Simulation(scenario, { structure, seed }).run();
  for (const rule of judgedRules(sim.log)) {
    expect(rule.holds).toBe(rule.truth);
    expect(rule.missing).toEqual([]);
  }
  expect(sim.log.filter((e) => e.kind === 'decision.uninformed')).toEqual([]);
  expect(computeMetrics(sim.log, scenario, sim.structure).uninformedDecisions).toBe(0);
  return sim;
}

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
            expectPerfect(scenario, structure, seed);
          },
        ),
        { numRuns: 8, seed: 10 },
      );
    },
  );

  it('knowledge-host-police: the JOC judges CNP South overwhelmed for the transition and the crowd under every structure', () => {
    const scenario = perfectInformation(fixture('knowledge-host-police'));
    for (const structure of ['radio', 'written']) {
      const sim = expectPerfect(scenario, structure, 1);
      const verdicts = sim.log.flatMap((e) =>
        e.kind === 'decision.why' ? [`${e.params.process}: ${e.params.verdict}`] : [],
      );
      expect(verdicts).toEqual([
        'south-attack: bn',
        'south-transition: postpone',
        'south-crowd: unpol',
      ]);
      // Rules on POC responders and on readiness were judged, not only escort criteria.
      expect(judgedRules(sim.log).length).toBe(3);
    }
  });

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
      // Battalion East is tasked at once, before the warning exists: it accepts on the world.
      const task = sim.log.find(
        (e) => e.kind === 'decision.why' && e.params.decision === 'escort-task',
      );
      expect(task?.kind === 'decision.why' && task.params.verdict).toBe('accept');
      expect(task?.kind === 'decision.why' && task.params.rules[1]).toMatchObject({
        kind: 'rule.route',
        params: { source: 'world', holds: true, truth: true },
      });
    }
  });
});
