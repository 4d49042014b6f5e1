// Host-state police status as the decider knows it: an incident that overwhelms CNP South is a
// fact that reaches the JOC with the incident's report. Where the report comes by radio the JOC
// postpones the transition and sends UNPOL to the next threat; where it comes by written report
// the JOC transfers the district and tasks CNP South — both decisions uninformed — and UNPOL
// goes only after CNP South cannot send a team.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatError, loadScenario, type LogEntry, type Scenario } from '../../src/core/index';
import { describeEntry } from '../../src/i18n/index.ts';
import { param } from '../../src/i18n/testing';
import { play } from '../helpers/scenarios';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function fixture(name: string, edit: (text: string) => string = (t) => t): Scenario {
  const file = `tests/fixtures/${name}.yaml`;
  const result = loadScenario(edit(readFileSync(`${ROOT}/${file}`, 'utf8')), file);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.scenario;
}

const entries = (log: readonly LogEntry[], kind: string, process: string) =>
  log.filter((e) => e.kind === kind && param(e, 'process') === process);

const rulesOf = (e: LogEntry | undefined) =>
  (param(e, 'rules') as Array<{ kind: string; params: Record<string, unknown> }>).map(
    (r) => r.params,
  );

/** The responders the JOC asked for a team for an incident, in order. */
const tasked = (log: readonly LogEntry[], incident: string) =>
  log
    .filter(
      (e) =>
        e.kind === 'message.sent' &&
        e.actor === incident &&
        (param(e, 'about') as { kind: string }).kind === 'about.poc-tasking',
    )
    .map((e) => param(e, 'to'));

describe('knowledge-host-police: the JOC decides on what it knows of CNP South', () => {
  const scenario = fixture('knowledge-host-police');

  it('by radio: the JOC knows CNP South is overwhelmed, postpones the transition and sends UNPOL', () => {
    const { log, metrics } = play(scenario, 'radio', 1);
    const handover = entries(log, 'decision.why', 'south-transition');
    expect(handover.map((e) => param(e, 'verdict'))).toEqual(['postpone']);
    expect(rulesOf(handover[0])).toEqual([
      { unit: 'cnp-south', holds: false, truth: false, read: ['south-attack'], missing: [] },
    ]);
    expect(log.some((e) => e.kind === 'handover.transferred')).toBe(false);
    const poc = entries(log, 'decision.why', 'south-crowd');
    expect(poc.map((e) => param(e, 'verdict'))).toEqual(['unpol']);
    expect(tasked(log, 'south-crowd')).toEqual(['unpol']);
    expect(log.filter((e) => e.kind === 'decision.uninformed')).toEqual([]);
    expect(metrics.uninformedDecisions).toBe(0);
  });

  it('by written report: the JOC transfers the district and tasks CNP South, both uninformed; UNPOL goes later', () => {
    const { log, metrics } = play(scenario, 'written', 1);
    const handover = entries(log, 'decision.why', 'south-transition');
    expect(handover.map((e) => param(e, 'verdict'))).toEqual(['transfer']);
    expect(rulesOf(handover[0])).toEqual([
      { unit: 'cnp-south', holds: true, truth: false, read: [], missing: ['south-attack'] },
    ]);
    expect(log.some((e) => e.kind === 'handover.transferred')).toBe(true);
    expect(entries(log, 'decision.why', 'south-crowd').map((e) => param(e, 'verdict'))).toEqual([
      'cnp-south',
    ]);
    // CNP South cannot send a team: the outcome follows the truth.
    expect(tasked(log, 'south-crowd')).toEqual(['cnp-south', 'unpol']);
    const uninformed = log.filter((e) => e.kind === 'decision.uninformed');
    expect(uninformed.map((e) => param(e, 'process'))).toEqual(['south-transition', 'south-crowd']);
    expect(describeEntry(uninformed[1]!, 'en')).toBe(
      'joc sends cnp-south to south-crowd: cnp-south judged able to respond — joc has not received cla’s “armed attack on the market” (south-attack)',
    );
    expect(describeEntry(uninformed[0]!, 'fr')).toContain('n’a pas reçu');
    expect(metrics.uninformedDecisions).toBe(2);
  });

  it('by written report: the JOC reviews the district it handed over when it hears of the attack, not when it happens', () => {
    for (const seed of [1, 2, 3]) {
      const { log, metrics } = play(scenario, 'written', seed);
      const heard = log.find(
        (e) => e.kind === 'information.reached' && e.actor === 'joc' && e.ref === 'south-attack',
      )!.time;
      const transferred = log.find((e) => e.kind === 'handover.transferred')!.time;
      // The attack (T+06:00) comes before the transfer; the JOC hears of it only after.
      expect(transferred).toBeGreaterThan(6 * 60);
      expect(heard).toBeGreaterThan(transferred);
      const review = log.find((e) => e.kind === 'handover.review-readiness');
      expect(review?.time).toBe(heard);
      expect(param(review, 'incident')).toBe('south-attack');
      const reversed = log.filter((e) => e.kind === 'handover.reversed');
      expect(reversed).toHaveLength(1);
      expect(reversed[0]!.time).toBeGreaterThanOrEqual(heard);
      // Long before the periodic review (every 7 days).
      expect(reversed[0]!.time).toBeLessThan(heard + 60);
      expect(metrics.handoverReversals).toBe(1);
    }
  });

  it('the uninformed choice costs the crowd time: UNPOL reaches it later than by radio', () => {
    const responded = (structure: string) =>
      play(scenario, structure, 1).log.find(
        (e) => e.kind === 'poc.responded' && e.ref === 'south-crowd',
      )?.time;
    expect(responded('written')!).toBeGreaterThan(responded('radio')!);
  });

  it('the attack itself: by radio the JOC knows CNP South is overwhelmed and sends the battalion; by written report it never hears in time', () => {
    const radio = play(scenario, 'radio', 1).log;
    const why = entries(radio, 'decision.why', 'south-attack');
    expect(why.map((e) => param(e, 'verdict'))).toEqual(['bn']);
    expect(rulesOf(why[0])[0]).toMatchObject({ holds: false, truth: false });
    const written = play(scenario, 'written', 1).log;
    expect(entries(written, 'decision.why', 'south-attack')).toEqual([]);
    expect(written.some((e) => e.kind === 'poc.unanswered' && e.ref === 'south-attack')).toBe(true);
  });

  it('a unit unable by its readiness stays unable for a JOC that has not heard it was then overwhelmed', () => {
    // CNP South cannot respond from the start; the attack at T+06:00 overwhelms it as well.
    const unready = fixture('knowledge-host-police', (t) =>
      t.replace('readiness: { respond: true,', 'readiness: { respond: false,'),
    );
    const { log, metrics } = play(unready, 'written', 1);
    const poc = entries(log, 'decision.why', 'south-crowd');
    expect(poc.map((e) => param(e, 'verdict'))).toEqual(['unpol']);
    expect(rulesOf(poc[0])[0]).toMatchObject({ unit: 'cnp-south', holds: false, truth: false });
    expect(tasked(log, 'south-crowd')).toEqual(['unpol']);
    expect(log.filter((e) => e.kind === 'decision.uninformed')).toEqual([]);
    expect(metrics.uninformedDecisions).toBe(0);
  });
});
