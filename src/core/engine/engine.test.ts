import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario, type SimEvent } from '../scenario/schema';
import { computeMetrics } from '../metrics/metrics';
import { minutes } from '../time';
import { Simulation } from './engine';
import type { LogEntry } from './types';
import type { Mark } from '../vocabulary';
import { text } from '../../i18n/testing';

/** A small mesh: WFP → OCHA → HC, OCHA → battalion; link properties are overridable. */
function drill(
  overrides: { reliability?: number; jitter?: string; capacity?: number; extra?: string } = {},
): Scenario {
  const { reliability = 1, jitter = '0m', capacity = 12, extra = '' } = overrides;
  return scenarioSchema.parse(
    parse(`
version: 1
id: drill
title: Drill
summary: Engine drill.
duration: 24h
objectives: [{ id: lo, text: Learn. }]
actors:
  - { id: wfp, kind: humanitarian, role: agency, name: WFP, handling: 10m }
  - { id: ocha, kind: humanitarian, role: UN-CMCoord officer, name: OCHA, handling: 20m }
  - { id: hc, kind: humanitarian, role: HC, name: HC, handling: 30m }
  - { id: bn, kind: military, role: battalion, name: Battalion, teams: 1, handling: 15m }
  - { id: island, kind: civilian, role: isolated office, name: Island office }
areas: [{ id: east, name: East, lead: bn }]
structures:
  - id: hub
    name: Hub
    links:
      - { from: wfp, to: ocha, channel: liaison, latency: 30m, jitter: ${jitter}, reliability: ${reliability}, capacity: ${capacity} }
      - { from: ocha, to: hc, channel: report, latency: 1h }
      - { from: ocha, to: bn, channel: radio, latency: 5m }
    authority:
      escortDecision: hc
      escortFacilitator: ocha
      escortProviders: [bn]
      situationalAwareness: ocha
      pocResponse: ocha
      pocResponders: [bn]
      handoverDecision: ocha
${extra}
`),
  );
}

const escort = (id: string, works: number | boolean = false): SimEvent =>
  scenarioSchema.shape.injects.unwrap().element.parse({
    serial: 1,
    at: 'T+00:00',
    text: 'x',
    event: {
      type: 'escort-request',
      id,
      requester: 'wfp',
      convoy: 'food',
      area: 'east',
      need: 'life-saving',
      alternatives: [{ kind: 'access-negotiation', works }],
      hostStateUnable: true,
      escortCredible: true,
      exitPlan: true,
    },
  }).event;

const withMark = (log: readonly LogEntry[], mark: Mark) =>
  log.filter((e) => e.marks?.includes(mark));
const serial = (log: readonly LogEntry[]) => JSON.stringify(log);

describe('Simulation', () => {
  it('orders the agenda by time, then by insertion', () => {
    const sim = new Simulation(drill(), {
      inputs: {
        decisions: {},
        injects: [
          { at: 120, event: escort('late'), text: 'second' },
          { at: 60, event: escort('early'), text: 'first' },
          { at: 60, event: escort('early-too'), text: 'also first' },
        ],
      },
    }).run();
    const injects = withMark(sim.log, 'inject').map((e) => [e.time, text(e)]);
    expect(injects).toEqual([
      [60, 'live inject: first'],
      [60, 'live inject: also first'],
      [120, 'live inject: second'],
    ]);
    for (let i = 1; i < sim.log.length; i++)
      expect(sim.log[i]!.time).toBeGreaterThanOrEqual(sim.log[i - 1]!.time);
  });

  it('delivers after link latency plus the receiver handling time, to the minute', () => {
    const sim = new Simulation(drill(), {
      inputs: { decisions: {}, injects: [{ at: 60, event: escort('c1'), text: 'go' }] },
    }).run();
    // 60 + 30m latency + 20m OCHA handling
    const facilitated = sim.log.find((e) => e.actor === 'c1' && e.event === 'facilitated');
    expect(facilitated?.time).toBe(110);
    // then 60m to HC plus 30m HC handling
    expect(withMark(sim.log, 'escort.approved')[0]?.time).toBe(200);
  });

  it('fires re-armed follow-up timers exactly at their deadlines when messages are lost', () => {
    const sim = new Simulation(drill({ reliability: 0 }), {
      inputs: { decisions: {}, injects: [{ at: 60, event: escort('c1'), text: 'go' }] },
    }).run();
    expect(withMark(sim.log, 'message.lost')).toHaveLength(3);
    expect(withMark(sim.log, 'escort.follow-up').map((e) => e.time)).toEqual([60 + 360, 60 + 720]);
    expect(withMark(sim.log, 'escort.stalled').map((e) => e.time)).toEqual([60 + 1080]);
  });

  it('draws loss and jitter from the seeded RNG: same seed same log, other seeds differ', () => {
    const scenario = drill({ reliability: 0.5, jitter: '30m' });
    const inputs = {
      decisions: {},
      injects: [1, 2, 3, 4].map((i) => ({ at: i * 60, event: escort(`c${i}`), text: 'go' })),
    };
    const a = new Simulation(scenario, { seed: 7, inputs }).run();
    const b = new Simulation(scenario, { seed: 7, inputs }).run();
    expect(serial(a.log)).toBe(serial(b.log));
    const others = [8, 9, 10, 11].map((seed) =>
      serial(new Simulation(scenario, { seed, inputs }).run().log),
    );
    expect(others.some((o) => o !== serial(a.log))).toBe(true);
    const lost = [7, 8, 9, 10, 11].map(
      (seed) =>
        withMark(new Simulation(scenario, { seed, inputs }).run().log, 'message.lost').length,
    );
    expect(Math.max(...lost)).toBeGreaterThan(0);
  });

  it('holds messages back when a link is at capacity', () => {
    const sim = new Simulation(drill({ capacity: 1 }), {
      inputs: {
        decisions: {},
        injects: [
          { at: 0, event: escort('c1'), text: 'one' },
          { at: 0, event: escort('c2'), text: 'two' },
          { at: 0, event: escort('c3'), text: 'three' },
        ],
      },
    }).run();
    // One message an hour on the WFP–OCHA link: arrivals at 30, 90 and 150 minutes.
    const arrivals = sim.log
      .filter(
        (e) => e.actor === 'ocha' && e.event === 'task' && text(e).includes('escort request c'),
      )
      .map((e) => e.time);
    expect(arrivals).toEqual([30, 90, 150]);
  });

  it('logs a message with no allowed path as undeliverable, never drops it silently', () => {
    const sim = new Simulation(drill(), {
      inputs: {
        decisions: {},
        injects: [
          {
            at: 0,
            event: {
              type: 'information',
              id: 'warn',
              from: 'wfp',
              to: ['island'],
              summary: 'road closed',
            },
            text: 'x',
          },
        ],
      },
    }).run();
    const entry = withMark(sim.log, 'message.undeliverable')[0];
    expect(text(entry)).toContain('no path from wfp');
  });

  it('restores a checkpoint and replays to the identical log', () => {
    const scenario = drill({ reliability: 0.7, jitter: '20m' });
    const inputs = {
      decisions: {},
      injects: [0, 1, 2, 3, 4, 5].map((i) => ({
        at: i * 45,
        event: escort(`c${i}`, 0.3),
        text: 'go',
      })),
    };
    const straight = new Simulation(scenario, { seed: 3, inputs }).run();
    const sim = new Simulation(scenario, { seed: 3, inputs, checkpointEvery: 10 });
    sim.runUntil(300);
    const saved = sim.save();
    const savedLog = [...sim.log];
    sim.run();
    expect(serial(sim.log)).toBe(serial(straight.log));
    // restore into a fresh simulation, then continue
    const other = new Simulation(scenario, { seed: 3, inputs });
    other.restore(saved, savedLog);
    other.run();
    expect(serial(other.log)).toBe(serial(straight.log));
    // step back to the middle and forward again
    const middle = Math.floor(sim.step / 2);
    const logAtMiddle = (() => {
      const s = new Simulation(scenario, { seed: 3, inputs });
      s.seek(middle);
      return serial(s.log);
    })();
    sim.seek(middle);
    expect(sim.step).toBe(middle);
    expect(serial(sim.log)).toBe(logAtMiddle);
    sim.run();
    expect(serial(sim.log)).toBe(serial(straight.log));
  });

  const decisionScenario = drill({
    extra: `
decisions:
  - id: dp-convoy
    at: T+02:00
    by: wfp
    prompt: The road east is contested. How does WFP move the convoy?
    default: negotiate
    options:
      - id: negotiate
        label: Negotiate access
        events: [{ type: movement-notification, id: note-1, by: wfp, convoy: food, area: east }]
      - id: escort
        label: Request an armed escort
        events:
          - type: escort-request
            id: c-escort
            requester: wfp
            convoy: food
            area: east
            need: life-saving
            hostStateUnable: true
            escortCredible: true
            exitPlan: true
`,
  });

  it('pauses at a decision point, records the choice, and forks a different branch', () => {
    const sim = new Simulation(decisionScenario, { pauseAtDecisions: true, checkpointEvery: 5 });
    sim.run();
    expect(sim.status).toBe('awaiting-decision');
    expect(sim.awaiting?.id).toBe('dp-convoy');
    sim.decide('dp-convoy', 'escort');
    sim.run();
    expect(sim.status).toBe('finished');
    expect(withMark(sim.log, 'escort.approved')).toHaveLength(1);

    // replaying with the recorded input gives the same log as the paused-and-decided run
    const replay = new Simulation(decisionScenario, { inputs: sim.runInputs }).run();
    expect(serial(replay.log)).toBe(serial(sim.log));

    const fork = sim.fork('dp-convoy', 'negotiate');
    fork.run();
    expect(withMark(fork.log, 'escort.approved')).toHaveLength(0);
    expect(withMark(fork.log, 'notification.sent')).toHaveLength(1);
    // identical up to the decision
    const before = (log: readonly LogEntry[]) => serial(log.filter((e) => e.time < 120));
    expect(before(fork.log)).toBe(before(sim.log));
    // the original is untouched
    expect(withMark(sim.log, 'escort.approved')).toHaveLength(1);
  });

  it('replays a live inject exactly where it was pushed: from inputs, after step back, after restore', () => {
    const scenario = drill({ reliability: 0.8, jitter: '20m' });
    const inputs = {
      decisions: {},
      injects: [0, 1, 2].map((i) => ({ at: i * 60, event: escort(`c${i}`, 0.3), text: 'go' })),
    };
    const live = new Simulation(scenario, { seed: 5, inputs, checkpointEvery: 7 });
    while (live.step < 21) live.stepOnce(); // step 21: a checkpoint was just taken here
    const pushedAt = live.time;
    live.pushInject(escort('live-1'), 'a trainer pushes an escort request');
    live.run();
    const entry = live.log.find(
      (e) => text(e) === 'live inject: a trainer pushes an escort request',
    );
    expect(entry?.time).toBe(pushedAt);
    expect(live.runInputs.injects.at(-1)).toMatchObject({ step: 21, at: pushedAt });

    const replay = new Simulation(scenario, { seed: 5, inputs: live.runInputs }).run();
    expect(serial(replay.log)).toBe(serial(live.log));

    const whole = serial(live.log);
    live.seek(21); // the checkpoint at this step was retaken with the inject
    live.run();
    expect(serial(live.log)).toBe(whole);
    live.seek(10); // before the push: the replay puts it back at step 21
    live.run();
    expect(serial(live.log)).toBe(whole);
  });

  it('keeps a decision when stepping back to the checkpoint taken at its own step', () => {
    const probe = new Simulation(decisionScenario, { pauseAtDecisions: true }).run();
    const at = probe.step; // the step where the run waits for the decision
    const sim = new Simulation(decisionScenario, { pauseAtDecisions: true, checkpointEvery: at });
    sim.run();
    expect(sim.status).toBe('awaiting-decision');
    sim.decide('dp-convoy', 'escort');
    sim.run();
    const whole = serial(sim.log);
    sim.seek(at); // restores the checkpoint of the very step the decision was taken at
    expect([sim.step, sim.status]).toEqual([at, 'running']);
    sim.run();
    expect(serial(sim.log)).toBe(whole);
  });

  it('forgets its own checkpoints when another run’s save is restored into it', () => {
    const scenario = drill({ reliability: 0.7, jitter: '20m' });
    const inputs = {
      decisions: {},
      injects: [0, 1, 2].map((i) => ({ at: i * 50, event: escort(`c${i}`, 0.3), text: 'go' })),
    };
    const nine = new Simulation(scenario, { seed: 9, inputs });
    nine.runUntil(200);
    const saved = nine.save();
    const savedLog = [...nine.log];
    nine.run();
    const one = new Simulation(scenario, { seed: 1, inputs, checkpointEvery: 3 }).run();
    one.restore(saved, savedLog);
    one.seek(Math.max(0, one.step - 1));
    expect(one.seed).toBe(9);
    one.run();
    expect(serial(one.log)).toBe(serial(nine.log));
  });

  it('measures information reach for incidents pushed live, not only for MSEL incidents', () => {
    const sim = new Simulation(drill(), {
      inputs: {
        decisions: {},
        injects: [
          {
            at: 30,
            event: {
              type: 'incident',
              id: 'live-1',
              area: 'east',
              reportedBy: 'bn',
              summary: 'shots near the market',
              threatToCivilians: true,
              severity: 'high',
              needToKnow: ['hc'],
            },
            text: 'a trainer reports shots',
          },
        ],
      },
    }).run();
    const metrics = computeMetrics(sim.log, sim.scenario, sim.structure);
    expect(metrics.pocIncidents).toBe(1);
    expect(metrics.informationReach).toBe(1); // the hub (ocha) and hc both learnt of it
    expect(metrics.incidentToJocMean).toBeGreaterThan(0);
  });

  it('takes the default option when nobody decides', () => {
    const sim = new Simulation(decisionScenario).run();
    expect(sim.decided).toEqual({ 'dp-convoy': 'negotiate' });
    expect(text(withMark(sim.log, 'decision.made')[0])).toContain('(default)');
  });

  it('rejects unknown decisions and options', () => {
    const sim = new Simulation(decisionScenario);
    expect(() => sim.decide('nope', 'x')).toThrow(/no decision point "nope"/);
    expect(() => sim.decide('dp-convoy', 'x')).toThrow(/no option "x"/);
  });

  it('lets an overloaded actor answer late and a swamped one not at all', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      at: 0,
      event: escort(`c${i}`),
      text: 'go',
    }));
    const sim = new Simulation(drill({ capacity: 60 }), {
      inputs: { decisions: {}, injects: many },
    }).run();
    expect(withMark(sim.log, 'task.unanswered').length).toBeGreaterThan(0);
    expect(withMark(sim.log, 'message.unanswered').length).toBeGreaterThan(0);
  });

  it('gives the same log across repeated runs and a save/restore in the middle (property)', () => {
    const scenario = drill({ reliability: 0.8, jitter: '15m', capacity: 4 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: 1200 }),
            works: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 1, max: 200 }),
        (seed, list, cut) => {
          const inputs = {
            decisions: {},
            injects: list.map((l, i) => ({
              at: l.at,
              event: escort(`c${i}`, l.works),
              text: `r${i}`,
            })),
          };
          const a = new Simulation(scenario, { seed, inputs }).run();
          const b = new Simulation(scenario, { seed, inputs });
          while (b.step < cut && b.status === 'running') b.stepOnce();
          const saved = b.save();
          const log = [...b.log];
          const c = new Simulation(scenario, { seed, inputs });
          c.restore(saved, log);
          c.run();
          expect(serial(c.log)).toBe(serial(a.log));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('routes shared between runs', () => {
  // HC → battalion: through OCHA (1h + OCHA's handling + 5m) or straight (1h30m). Which is
  // shorter turns on OCHA's handling time, so a router kept for one scenario must not serve
  // a copy of it with other handling times.
  function withDirectLink(ochaHandling: number): Scenario {
    const base = drill();
    const [hub] = base.structures;
    const radio = hub!.links.find((l) => l.from === 'ocha' && l.to === 'bn')!;
    return {
      ...base,
      actors: base.actors.map((a) =>
        a.id === 'ocha' ? { ...a, handling: minutes(ochaHandling) } : a,
      ),
      structures: [
        { ...hub!, links: [...hub!.links, { ...radio, from: 'hc', latency: minutes(90) }] },
      ],
    };
  }
  const inputs = { decisions: {}, injects: [{ at: 60, event: escort('c1'), text: 'go' }] };
  const routes = (log: readonly LogEntry[]) =>
    log
      .filter((e) => e.route && e.route.includes('hc') && e.route.includes('bn'))
      .map((e) => e.route);

  it('a run of a copy with other handling times routes by its own', () => {
    const quick = withDirectLink(20);
    const first = new Simulation(quick, { seed: 1, inputs }).run();
    expect(routes(first.log)).toContainEqual(['hc', 'ocha', 'bn']);
    // The same structure object, OCHA slower: straight from HC to the battalion now.
    const slow = { ...quick, actors: withDirectLink(60).actors };
    const again = new Simulation(slow, { seed: 1, inputs }).run();
    const fresh = new Simulation(structuredClone(slow), { seed: 1, inputs }).run();
    expect(routes(again.log)).toContainEqual(['hc', 'bn']);
    expect(JSON.stringify(again.log)).toBe(JSON.stringify(fresh.log));
    // And a second run of the first scenario is the first run again.
    expect(JSON.stringify(new Simulation(quick, { seed: 1, inputs }).run().log)).toBe(
      JSON.stringify(first.log),
    );
  });
});
