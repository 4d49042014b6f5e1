// The default exercise, under each of its four structures: the outcomes it is written to teach.
import { describe, expect, it } from 'vitest';
import { bundled, marked, mean, play, seeds } from '../helpers/scenarios';
import { text } from '../../src/i18n/testing';

const scenario = bundled('carana-three-bad-days');
const STRUCTURES = ['cmcoord-hub', 'joc-centred', 'liaison-mesh', 'integrated-field-office'];

describe('Three bad days in Sector East', () => {
  it('offers the four coordination structures docs/DOCTRINE.md describes', () => {
    expect(scenario.structures.map((s) => s.id)).toEqual(STRUCTURES);
  });

  describe.each(STRUCTURES)('under %s', (structure) => {
    const runs = seeds(8).map((seed) => play(scenario, structure, seed));

    it('plays to the end of the 72 hours, touching all five kinds of actor', () => {
      for (const { sim, log } of runs) {
        expect(sim.status).toBe('finished');
        expect(text(log.at(-1))).toBe('end of exercise at T+72:00');
        const kinds = new Set(
          log
            .filter((e) => e.event === 'task')
            .map((e) => scenario.actors.find((a) => a.id === e.actor)?.kind),
        );
        expect([...kinds].sort()).toEqual([
          'civilian',
          'host-police',
          'humanitarian',
          'military',
          'police',
        ]);
      }
    });

    it('never approves an escort with an IASC criterion unmet unless the HC gives in to pressure', () => {
      for (const { metrics } of runs) expect(metrics.approvedWithCriterionUnmet).toBe(0);
      const pressured = play(scenario, structure, 1, {
        decisions: { 'dp-tokono-escort': 'approve-under-pressure' },
        injects: [],
      });
      const approved = marked(pressured.log, 'escort.approved', 'wfp-standing-escort');
      expect(approved).toHaveLength(1);
      expect(text(approved[0]!)).toContain('criterion 4 (sustainable with an exit plan)');
      expect(pressured.metrics.approvedWithCriterionUnmet).toBe(1);
    });

    it('declines the standing escort for want of an exit plan when the criteria are applied', () => {
      const declined = runs.flatMap(({ log }) =>
        marked(log, 'escort.declined', 'wfp-standing-escort'),
      );
      expect(declined.length).toBeGreaterThanOrEqual(runs.length - 2);
      for (const e of declined)
        expect(text(e)).toContain('criterion 4 (sustainable with an exit plan) not met');
    });

    it('never escorts the routine school-kit delivery: an alternative or criterion 1', () => {
      for (const { log } of runs) {
        expect(marked(log, 'escort.approved', 'relief-kits')).toEqual([]);
        const closed = [
          ...marked(log, 'escort.alternative', 'relief-kits'),
          ...marked(log, 'escort.declined', 'relief-kits'),
        ];
        for (const e of closed) expect(text(e)).toMatch(/notification meets the need|criterion 1/);
      }
      expect(
        runs.some(({ log }) => marked(log, 'escort.alternative', 'relief-kits').length === 1),
      ).toBe(true);
    });

    it('gets the Tokono attack to the JOC and a response on site in most runs', () => {
      const aware = runs.filter(
        ({ log }) => marked(log, 'poc.aware', 'tokono-idp-attack').length > 0,
      );
      expect(aware.length).toBeGreaterThanOrEqual(runs.length - 1);
      const responded = runs.filter(
        ({ log }) => marked(log, 'poc.responded', 'tokono-idp-attack').length > 0,
      );
      expect(responded.length).toBeGreaterThanOrEqual(runs.length / 2);
      for (const { metrics } of runs) expect(metrics.informationReach ?? 0).toBeGreaterThan(0.5);
    });

    it('finds Mureba district not ready: 64% certified, 80% required', () => {
      for (const { log } of runs) {
        const notReady = marked(log, 'handover.not-ready', 'mureba-district-transition');
        expect(notReady).toHaveLength(1);
        expect(text(notReady[0]!)).toContain('64% certified, 80% required');
        expect(marked(log, 'handover.transferred', 'mureba-district-transition')).toEqual([]);
      }
    });

    it('starts the Mureba town handover and holds meetings', () => {
      for (const { log, metrics } of runs) {
        expect(marked(log, 'handover.started', 'mureba-town-handover')).toHaveLength(1);
        expect(metrics.meetingsHeld + metrics.meetingsPostponed).toBeGreaterThan(0);
      }
      expect(mean(runs.map((r) => r.metrics.meetingAttendanceMean))).toBeGreaterThan(0.3);
    });
  });
});
