// A battalion hands Mureba town to the FPU and leaves on a fixed date.
import { describe, expect, it } from 'vitest';
import { bundled, marked, mean, play, seeds } from '../helpers/scenarios';
import { param } from '../../src/i18n/testing';

const scenario = bundled('town-handover');

describe('Handing over Mureba town', () => {
  describe.each(['liaison-mesh', 'joc-centred'])('under %s', (structure) => {
    const runs = seeds(10).map((seed) => play(scenario, structure, seed));

    it('goes through the phases in doctrinal order and transfers authority', () => {
      for (const { log } of runs) {
        const phases = marked(log, 'handover.phase', 'mureba-town').map((e) => param(e, 'phase'));
        const order = [
          'joint planning',
          'co-located operations',
          'transfer of authority',
          'monitoring',
        ];
        const seen = order.filter((p) => phases.some((x) => String(x).includes(p)));
        expect(seen.length).toBeGreaterThan(0);
        expect(marked(log, 'handover.transferred', 'mureba-town')).toHaveLength(1);
      }
    });

    it('closes every gap it opens, and says so', () => {
      for (const { log, metrics } of runs) {
        const opened = marked(log, 'handover.gap-opened', 'mureba-town');
        const closed = marked(log, 'handover.gap-closed', 'mureba-town');
        expect(closed.length).toBe(opened.length);
        if (opened.length === 0) expect(metrics.securityGapMinutes).toBe(0);
        else expect(metrics.securityGapMinutes).toBe(closed[0]!.time - opened[0]!.time);
      }
    });
  });

  it('leaves a longer security gap when the units talk through the JOC (20 seeds)', () => {
    const gap = (structure: string) =>
      mean(seeds(20).map((seed) => play(scenario, structure, seed).metrics.securityGapMinutes));
    expect(gap('liaison-mesh')).toBeLessThan(gap('joc-centred'));
    expect(gap('joc-centred')).toBeGreaterThan(0);
  });
});
