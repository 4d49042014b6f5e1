// Shares, durations and lists in each language (Intl), as the log renders them.
import { describe, expect, it } from 'vitest';
import { formatDurationIn, formatList, formatShare } from './format';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatShare', () => {
  it.each([
    [0.64, '64%'],
    [0.8, '80%'],
    [0.7999999999999999, '80%'],
    [0.79999999, '79%'],
    [0.799, '79%'],
    [1, '100%'],
  ])('a whole percentage, never rounded up past a threshold: %s → %s', (share, text) => {
    expect(formatShare(share, 'en')).toBe(text);
  });

  it('writes a French share with a space before the sign', () => {
    expect(plain(formatShare(0.5, 'fr'))).toBe('50 %');
  });
});

describe('durations and lists', () => {
  it("keeps the scenario files' compact durations in English, Intl units in French", () => {
    expect(formatDurationIn(200, 'en')).toBe('3h20m');
    expect(formatDurationIn(2880, 'en')).toBe('2d');
    expect(plain(formatDurationIn(200, 'fr'))).toBe('3 h 20');
    expect(plain(formatDurationIn(185, 'fr'))).toBe('3 h 05');
    expect(plain(formatDurationIn(180, 'fr'))).toBe('3 h');
    expect(plain(formatDurationIn(45, 'fr'))).toBe('45 min');
    expect(plain(formatDurationIn(2880, 'fr'))).toBe('2 j');
    expect(plain(formatDurationIn(2880 + 270, 'fr'))).toBe('2 j 4 h 30');
    expect(plain(formatDurationIn(2880 + 30, 'fr'))).toBe('2 j 30 min');
    expect(plain(formatDurationIn(0, 'fr'))).toBe('0 min');
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['HC', 'OCHA', 'JOC'], 'en')).toBe('HC, OCHA, and JOC');
    expect(formatList(['HC', 'OCHA', 'JOC'], 'fr')).toBe('HC, OCHA et JOC');
    expect(formatList(['bn'], 'fr')).toBe('bn');
  });
});
