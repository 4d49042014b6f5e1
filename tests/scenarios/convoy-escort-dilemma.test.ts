// The escort dilemma: alternatives first, the four criteria decide, and lock-in under pressure.
import { describe, expect, it } from 'vitest';
import { bundled, marked, mean, play, seeds } from '../helpers/scenarios';
import { text } from '../../src/i18n/testing';

const scenario = bundled('convoy-escort-dilemma');

describe('Convoy escort dilemma', () => {
  describe.each(['cmcoord-hub', 'liaison-mesh'])('under %s', (structure) => {
    const runs = seeds(10).map((seed) => play(scenario, structure, seed));

    it('declines the Lusaka corridor escort on criterion 2: the host state can secure it', () => {
      const stalled = runs.filter(({ log }) => marked(log, 'escort.stalled', 'relief-lusaka').length > 0);
      expect(stalled.length).toBeLessThanOrEqual(1);
      for (const { log } of runs) {
        const decided = marked(log, 'escort.declined', 'relief-lusaka');
        if (marked(log, 'escort.stalled', 'relief-lusaka').length > 0) continue;
        expect(decided).toHaveLength(1);
        expect(text(decided[0]!)).toContain('criterion 2 (host state unable or unwilling) not met');
      }
    });

    it('approves the vaccine convoy as an exception with all four criteria met, and tasks a provider', () => {
      const approved = runs.filter(
        ({ log }) => marked(log, 'escort.approved', 'unicef-vaccines').length === 1,
      );
      expect(approved.length).toBeGreaterThanOrEqual(8);
      for (const { log } of approved) {
        expect(text(marked(log, 'escort.approved', 'unicef-vaccines')[0]!)).toContain(
          'all four IASC criteria met',
        );
      }
      expect(
        approved.some(({ log }) => marked(log, 'escort.tasked', 'unicef-vaccines').length === 1),
      ).toBe(true);
    });

    it('uses access negotiation instead of an escort for WFP in some runs, never both', () => {
      const viaAlternative = runs.filter(
        ({ log }) => marked(log, 'escort.alternative', 'wfp-tokono').length === 1,
      );
      expect(viaAlternative.length).toBeGreaterThan(0);
      expect(viaAlternative.length).toBeLessThan(runs.length);
      for (const { log } of viaAlternative) {
        expect(marked(log, 'escort.submitted', 'wfp-tokono')).toEqual([]);
        expect(
          marked(log, 'message.sent').filter(
            (e) => e.ref?.startsWith('m') && e.actor === 'wfp-tokono',
          ),
        ).toEqual([]);
      }
    });

    it('answers the complaint only after the decline (conditional inject)', () => {
      for (const { log } of runs) {
        const declined = marked(log, 'escort.declined', 'relief-lusaka')[0];
        const complaint = log.find((e) => e.event === 'inject' && text(e).startsWith('MSEL 5'));
        if (!declined) expect(complaint).toBeUndefined();
        else expect(complaint?.time).toBe(declined.time + 120);
      }
    });

    it('shows lock-in and a criterion unmet only when the HC approves under pressure', () => {
      for (const { metrics } of runs) {
        expect(metrics.approvedWithCriterionUnmet).toBe(0);
      }
      const pressured = seeds(10).map((seed) =>
        play(scenario, structure, seed, {
          decisions: { 'dp-second-escort': 'approve-under-pressure' },
          injects: [],
        }),
      );
      const withApproval = pressured.filter(
        (p) => marked(p.log, 'escort.approved', 'wfp-standing').length === 1,
      );
      expect(withApproval.length).toBeGreaterThanOrEqual(8);
      for (const p of withApproval) expect(p.metrics.approvedWithCriterionUnmet).toBe(1);
      // WFP had an escort approved earlier in runs where negotiation failed: it asked again.
      expect(mean(pressured.map((p) => p.metrics.escortLockIn))).toBeGreaterThan(0);
    });
  });

  it('decides faster through the liaison mesh than through the UN-CMCoord hub (50 seeds)', () => {
    const decisionTime = (structure: string) =>
      mean(seeds(50).map((seed) => play(scenario, structure, seed).metrics.decisionTimeMean));
    expect(decisionTime('liaison-mesh')).toBeLessThan(decisionTime('cmcoord-hub'));
  }, 60_000); // 100 runs: sized for a loaded machine
});
