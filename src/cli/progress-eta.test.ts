import cliProgress from 'cli-progress';
import { describe, expect, it } from 'vitest';
import { formatEta } from './progress-eta';

const options = { autopaddingChar: '0' };

describe('the progress bars’ ETA', () => {
  it('reads as a dash while it is not known, where cli-progress would print "NFs" or "LLs"', () => {
    expect(cliProgress.Format.TimeFormat('INF' as unknown as number, options, 5)).toBe('NFs');
    expect(formatEta('INF', options, 5)).toBe('—');
    expect(formatEta('NULL', options, 5)).toBe('—');
  });

  it('formats a known time as cli-progress does', () => {
    for (const t of [0, 7, 42, 125, 4000]) {
      expect(formatEta(t, options, 5)).toBe(cliProgress.Format.TimeFormat(t, options, 5));
    }
  });

  it('is what a bar stalled with no progress shows', () => {
    let out = '';
    const stream = {
      isTTY: true,
      columns: 200,
      write: (s: string) => ((out += s), true),
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    } as unknown as NodeJS.WritableStream;
    const bar = new cliProgress.SingleBar({
      format: 'ETA {eta_formatted}',
      stream,
      noTTYOutput: true,
      etaBuffer: 50,
      formatTime: formatEta,
    });
    bar.start(100, 10);
    bar.update(10); // no progress since the start: the rate is zero, the ETA infinite
    bar.render();
    bar.stop();
    expect(out).toContain('ETA —');
    expect(out).not.toContain('NFs');
  });
});
