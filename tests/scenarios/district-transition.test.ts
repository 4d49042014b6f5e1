// UN police hand districts to the host-state police against the readiness criteria.
import { describe, expect, it } from 'vitest';
import { bundled, marked, play, seeds } from '../helpers/scenarios';
import { text } from '../../src/i18n/testing';

const scenario = bundled('district-transition');

describe('Handing districts to the Carana National Police', () => {
  describe.each(['co-located', 'regional-reporting'])('under %s', (structure) => {
    const runs = seeds(6).map((seed) => play(scenario, structure, seed));

    it('hands over Tanga, which meets all four criteria', () => {
      for (const { log } of runs)
        expect(marked(log, 'handover.transferred', 'tanga-transition')).toHaveLength(1);
    });

    it('finds Mureba not ready at 64% certified, postpones, and hands over once mentoring passes 80%', () => {
      for (const { log } of runs) {
        const notReady = marked(log, 'handover.not-ready', 'mureba-transition');
        expect(text(notReady[0])).toContain('64% certified, 80% required');
        expect(
          marked(log, 'handover.postponed', 'mureba-transition').length,
        ).toBeGreaterThanOrEqual(1);
        const transferred = marked(log, 'handover.transferred', 'mureba-transition');
        if (structure === 'co-located') expect(transferred).toHaveLength(1);
        if (transferred.length === 1)
          expect(transferred[0]!.time).toBeGreaterThan(notReady.at(-1)!.time);
      }
    });

    it('blocks Lusaka under the HRDDP', () => {
      for (const { log } of runs) {
        expect(marked(log, 'handover.transferred', 'lusaka-transition')).toEqual([]);
        const blocked = log.filter(
          (e) => e.ref === 'lusaka-transition' && text(e).includes('HRDDP'),
        );
        expect(blocked.length).toBeGreaterThan(0);
      }
    });

    it('reverses Tanga after a grave violation during monitoring (strategic reversal)', () => {
      for (const { log, metrics } of runs) {
        expect(marked(log, 'handover.reversed', 'tanga-transition')).toHaveLength(1);
        expect(metrics.handoverReversals).toBe(1);
      }
    });
  });
});
