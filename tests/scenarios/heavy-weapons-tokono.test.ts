// Heavy weapons towards Tokono: the same request under two structures, decided on what the HC
// knows. JMAC's warning reaches the HC before the decision only where JMAC briefs it directly.
import { describe, expect, it } from 'vitest';
import { compare, hashText, Simulation, type LogEntry } from '../../src/core/index';
import { text } from '../../src/i18n/testing';
import { bundled, marked, mean, play, seeds } from '../helpers/scenarios';

const scenario = bundled('heavy-weapons-tokono');

const why = (log: readonly LogEntry[], ref: string) =>
  log.find((e) => e.kind === 'decision.why' && e.ref === ref);

describe('Heavy weapons towards Tokono', () => {
  it('under the military chain, the HC approves WFP’s escort without JMAC’s warning, and the log says so', () => {
    for (const seed of seeds(10)) {
      const { log, metrics } = play(scenario, 'military-chain', seed);
      expect(marked(log, 'escort.approved', 'wfp-tokono')).toHaveLength(1);
      const uninformed = marked(log, 'decision.uninformed', 'wfp-tokono');
      expect(uninformed).toHaveLength(1);
      expect(text(uninformed[0])).toBe(
        'hc approves wfp-tokono: criterion 3 (escort credible and safe) judged met — hc has not received jmac’s “heavy weapons moving towards the Tokono road” (jmac-heavy-weapons)',
      );
      // The warning did exist in the mission before the decision, and reached the HC after it.
      const decidedAt = uninformed[0]!.time;
      const reached = log.find(
        (e) =>
          e.kind === 'information.received' &&
          e.ref === 'jmac-heavy-weapons' &&
          e.params.by === 'hc',
      );
      expect(reached === undefined || reached.time > decidedAt).toBe(true);
      // The HC's approval, and the FPU's acceptance of the task (see the provider test below).
      expect(metrics.uninformedDecisions).toBe(2);
      // Criterion 2 came from the world: the CNP post overrun, which the HC did know of.
      expect(text(why(log, 'wfp-tokono'))).toContain(
        'criterion 2 (host state unable or unwilling) met (facts read: cnp-post-overrun)',
      );
    }
  });

  it('under the military chain, the providers answer the task on what each knows: the battalion declines on JMAC’s warning, the FPU accepts without it', () => {
    const task = (log: readonly LogEntry[], provider: string) =>
      log.filter(
        (e) =>
          e.actor === provider &&
          (e.kind === 'decision.why' || e.kind === 'decision.uninformed') &&
          e.params.decision === 'escort-task',
      );
    for (const seed of seeds(10)) {
      const { log, metrics } = play(scenario, 'military-chain', seed);
      // JMAC's warning reached Battalion East on its way to the HC (through Sector East).
      const bn = task(log, 'bn-east');
      expect(bn.map((e) => e.kind)).toEqual(['decision.why']);
      expect(bn[0]!.kind === 'decision.why' && bn[0]!.params.verdict).toBe('decline');
      expect(text(bn[0])).toBe(
        'bn-east declines the escort task for wfp-tokono. Rules: a team free: yes (0 of 2 out) and an escort able to hold on tokono-road (threat high as known): no (facts read: jmac-heavy-weapons). Not accepted: an escort judged unable to hold on tokono-road (threat high)',
      );
      expect(marked(log, 'team.refused').map((e) => e.actor)).toEqual(['bn-east']);
      // It never reached FPU Mureba, which sends its team into the raised risk: uninformed.
      const fpu = task(log, 'fpu-1');
      expect(fpu.map((e) => e.kind)).toEqual(['decision.why', 'decision.uninformed']);
      expect(text(fpu[1])).toBe(
        'fpu-1 accepts the escort task for wfp-tokono: an escort on tokono-road judged able to hold — fpu-1 has not received jmac’s “heavy weapons moving towards the Tokono road” (jmac-heavy-weapons)',
      );
      expect(marked(log, 'escort.tasked', 'wfp-tokono')).toHaveLength(1);
      // An incident on that escort counts once, though two decisions on it were uninformed.
      expect(metrics.uninformedIncidents).toBe(metrics.escortIncidents);
    }
  });

  it('under integrated analysis, the HC declines on JMAC’s warning: an informed decision', () => {
    const runs = seeds(20).map((seed) => play(scenario, 'integrated-analysis', seed));
    const informed = runs.filter(({ log }) => marked(log, 'escort.declined', 'wfp-tokono').length === 1);
    // The liaison link loses a message now and then: most runs, not all.
    expect(informed.length).toBeGreaterThanOrEqual(15);
    for (const { log } of informed) {
      expect(marked(log, 'decision.uninformed', 'wfp-tokono')).toEqual([]);
      expect(text(why(log, 'wfp-tokono'))).toContain(
        'criterion 3 (escort credible and safe) not met (facts read: jmac-heavy-weapons)',
      );
      expect(text(marked(log, 'escort.declined', 'wfp-tokono')[0])).toContain(
        'criterion 3 (escort credible and safe) not met',
      );
    }
  });

  it('declines UNICEF’s later request under both structures: by then the warning has reached the HC', () => {
    for (const structure of ['military-chain', 'integrated-analysis'])
      for (const seed of seeds(5)) {
        const { log } = play(scenario, structure, seed);
        expect(marked(log, 'escort.declined', 'unicef-vaccines')).toHaveLength(1);
        expect(marked(log, 'decision.uninformed', 'unicef-vaccines')).toEqual([]);
      }
  });

  it('follows the truth on the road: an escort into the raised risk meets an incident about half the time', () => {
    const incidents = seeds(60).map(
      (seed) => play(scenario, 'military-chain', seed).metrics.uninformedIncidents,
    );
    // RAISED_RISK.high = 0.5 against the request's own 0.05.
    expect(mean(incidents)).toBeGreaterThan(0.3);
    expect(mean(incidents)).toBeLessThan(0.7);
  });

  it('compare over 200 seeds: fewer uninformed decisions and escort incidents under integrated analysis', { timeout: 120_000 }, () => {
    const result = compare(scenario, {
      structures: ['military-chain', 'integrated-analysis'],
      seeds: 200,
    });
    const meanOf = (structure: string, metric: 'uninformedDecisions' | 'escortIncidents') =>
      mean(result.runs.filter((r) => r.structure === structure).map((r) => r.metrics[metric]));
    // The HC's approval and the FPU's acceptance of the task, in every run.
    expect(meanOf('military-chain', 'uninformedDecisions')).toBeGreaterThan(1.9);
    expect(meanOf('integrated-analysis', 'uninformedDecisions')).toBeLessThan(0.25);
    expect(meanOf('military-chain', 'escortIncidents')).toBeGreaterThan(
      meanOf('integrated-analysis', 'escortIncidents') + 0.2,
    );
  });

  it('a seat playing Battalion East sees doctrine refuse the task on what it knows; sending the team anyway is named as played', () => {
    const live = new Simulation(scenario, {
      structure: 'military-chain',
      seed: 1,
      inputs: { held: ['bn-east'] },
    }).run();
    const q = live.question!;
    expect(q.site).toBe('escort.provider');
    expect(q.doctrine).toBe('refuse');
    expect(q.reason).toEqual({
      kind: 'doctrine.task-route',
      params: { area: 'tokono-road', severity: 'high', hostile: false },
    });
    live.play(q.key, 'send');
    live.run();
    expect(live.status).toBe('finished');
    const why = live.log.find(
      (e) => e.kind === 'decision.why' && e.actor === 'bn-east' && e.params.decision === 'escort-task',
    );
    expect(text(why)).toContain(
      'bn-east accepts the escort task for wfp-tokono. Rules: a team free: yes (0 of 2 out) and an escort able to hold on tokono-road (threat high as known): no (facts read: jmac-heavy-weapons). Not declined: the seat playing the provider sent a team',
    );
    // Battalion East goes; the FPU is not asked.
    expect(marked(live.log, 'escort.tasked', 'wfp-tokono')).toHaveLength(1);
    expect(live.log.some((e) => e.actor === 'fpu-1' && e.kind === 'decision.why')).toBe(false);
  });

  it('a seat playing the HC sees doctrine on what the HC knows, and the run replays exactly', () => {
    for (const seed of seeds(8)) {
      const live = new Simulation(scenario, {
        structure: 'military-chain',
        seed,
        inputs: { held: ['hc'] },
      }).run();
      const q = live.question!;
      expect(q.key).toBe('wfp-tokono:decision');
      // Doctrine on what the HC knows: approve (the warning has not reached it).
      expect(q.doctrine).toBe('approve');
      live.play(q.key, 'approve');
      live.run();
      // UNICEF's request later: doctrine's answer.
      for (let guard = 0; guard < 10 && live.question; guard++) {
        live.play(live.question.key, live.question.doctrine);
        live.run();
      }
      expect(live.status).toBe('finished');
      expect(marked(live.log, 'decision.uninformed', 'wfp-tokono')).toHaveLength(1);
      expect(marked(live.log, 'decision.uninformed', 'fpu-1')).toHaveLength(1);
      const replay = new Simulation(scenario, {
        structure: 'military-chain',
        seed,
        inputs: { decisions: {}, injects: [], played: live.runInputs.played ?? {} },
      }).run();
      expect(hashText(JSON.stringify(replay.log))).toBe(hashText(JSON.stringify(live.log)));
    }
  });
});
