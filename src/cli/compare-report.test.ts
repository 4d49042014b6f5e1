// The comparison's numbers and words in the reader's language: a decimal comma, "3 h 05",
// "86 %" in French; English as before.
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { seedRangeProblem } from './compare-limits';
import { formatSensitivity, formatStat } from './compare-report';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('compare in French', () => {
  it('writes numbers, shares and durations the French way, English as before', () => {
    expect(formatStat('decisionTimeMean', 185)).toBe('3h5m');
    expect(plain(formatStat('decisionTimeMean', 185, false, 'fr'))).toBe('3 h 05');
    expect(plain(formatStat('decisionTimeMean', -88, true, 'fr'))).toBe('−1 h 28');
    expect(formatStat('messagesLost', 0.674)).toBe('0.67');
    expect(formatStat('messagesLost', 0.674, false, 'fr')).toBe('0,67');
    expect(formatStat('messagesLost', 41.66, false, 'fr')).toBe('41,7');
    expect(formatStat('messagesLost', 0.001, true, 'fr')).toBe('0,00');
    expect(formatStat('meetingAttendanceMean', 0.86)).toBe('86%');
    expect(plain(formatStat('meetingAttendanceMean', 0.86, false, 'fr'))).toBe('86 %');
    expect(formatStat('meetingAttendanceMean', 0.13, true, 'fr')).toBe('+13 pts');
  });

  it('says what it does, and what it refuses, in French', () => {
    const size = translate('fr', 'cli.compare.size', {
      structures: 2,
      seeds: 5000,
      points: 3,
      sampled: false,
    });
    expect(plain(size)).toBe('2 structures × 5 000 graines × 3 points de balayage');
    expect(
      plain(
        translate('fr', 'cli.compare.comparing', { size, total: 30000, queue: false, workers: 1 }),
      ),
    ).toBe(
      'comparaison : 2 structures × 5 000 graines × 3 points de balayage = 30 000 déroulements sur 1 fil ; Ctrl-C arrête et affiche ce qui est terminé',
    );
    expect(plain(translate('fr', 'cli.compare.stopped', { finished: 250, total: 10000 }))).toBe(
      'arrêté : 250 déroulements terminés sur 10 000',
    );
    expect(translate('en', 'cli.compare.stopped', { finished: 250, total: 10000 })).toBe(
      'stopped: 250 of 10000 runs finished',
    );
    expect(seedRangeProblem(2147483647, 3, 'fr')).toMatch(
      /^les graines 2147483647–2147483649 dépassent 2147483647/,
    );
  });
});

const unpainted = (_style: unknown, text: string) => text;

describe('the sensitivity lines of the comparison table', () => {
  it('write an R² a hair below zero (rounding error) as 0.00, not -0.00', () => {
    const [, line] = formatSensitivity(
      [
        {
          metric: 'escortApprovals',
          n: 200,
          r2: -2e-16,
          coefficients: [
            { path: 'actors.hc.handling', src: 1e-17 },
            { path: 'actors.bn-east.teams', src: -3e-18 },
          ],
          note: '',
        },
      ],
      unpainted,
    );
    expect(line).toMatch(/hc\.handling 0\.00, bn-east\.teams 0\.00 {3}R² 0\.00$/);
    expect(line).not.toContain('-0.00');
  });

  it('keep the sign and two places otherwise', () => {
    const [, line] = formatSensitivity(
      [
        {
          metric: 'decisionTimeMean',
          n: 200,
          r2: 0.918,
          coefficients: [{ path: 'actors.hc.handling', src: 0.79 }],
          note: '',
        },
      ],
      unpainted,
    );
    expect(line).toMatch(/hc\.handling \+0\.79 {3}R² 0\.92$/);
  });
});
