import { describe, expect, it } from 'vitest';
import { formatDuration, formatTime, parseDuration, parseTimePoint } from './time';

describe('time', () => {
  it.each([
    ['45m', 45],
    ['2h', 120],
    ['1h30m', 90],
    ['3d', 4320],
    ['1d2h5m', 1565],
  ])('reads the duration %s', (text, minutes) => expect(parseDuration(text)).toBe(minutes));

  it.each(['', 'm', '90', '1.5h', 'h2', '2 hours'])('refuses %j as a duration', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );

  it('reads and writes MSEL times, with hours past 24', () => {
    expect(parseTimePoint('T+06:30')).toBe(390);
    expect(parseTimePoint('T+49:15')).toBe(2955);
    expect(parseTimePoint('T+6:60')).toBeUndefined();
    expect(parseTimePoint('06:30')).toBeUndefined();
    expect(formatTime(2955)).toBe('T+49:15');
    expect(formatTime(0)).toBe('T+00:00');
    expect(formatDuration(135)).toBe('2h15m');
    expect(formatDuration(2880)).toBe('2d');
    expect(formatDuration(0)).toBe('0m');
  });
});
