import { describe, expect, it } from 'vitest';
import { formatSensitivity } from './compare-report';

const plain = (_style: unknown, text: string) => text;

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
      plain,
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
      plain,
    );
    expect(line).toMatch(/hc\.handling \+0\.79 {3}R² 0\.92$/);
  });
});
