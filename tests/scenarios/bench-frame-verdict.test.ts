// The bench's frame budgets: a frame counts as shown only when Chrome's own count agrees with
// requestAnimationFrame's timestamps. No timing here: the reports are written by hand.
import { describe, expect, it } from 'vitest';
import { chromeAgrees, chromeFrames, countVsyncs, droppedShare } from '../../bench/frame-pacing';
import type { Report } from '../../bench/report';
import { renderReport } from '../../bench/report';

const NOT = 'not measured in this run (not in --only)';
const onTime = (n: number) => Array.from({ length: n }, () => 16.7);

function appReport(chrome: { presented: number; partial: number; dropped: number }): Report {
  return {
    date: '2026-11-28',
    machine: {
      cpu: 'test',
      cores: 2,
      nproc: '2',
      node: '20',
      loadBefore: '3.0 / 3.0 / 3.0',
      loads: {},
      sectionSeconds: {},
      commit: 'abc1234',
    },
    quick: false,
    seconds: 1,
    throughput: NOT,
    scaling: NOT,
    stepBack: NOT,
    startup: NOT,
    batch: NOT,
    queue: NOT,
    bundle: NOT,
    graph: NOT,
    app: {
      speed: 360,
      p50: 16.7,
      p95: 16.8,
      max: 16.8,
      frames: 310,
      dropped: 0,
      pace: 0.97,
      entries: 345,
      idleP95: 16.8,
      vsyncs: countVsyncs(onTime(310)),
      idleVsyncs: countVsyncs(onTime(120)),
      chrome,
    },
  } as unknown as Report;
}

const appRow = (markdown: string) =>
  markdown.split('\n').find((line) => line.startsWith('| App playing'))!;

describe('Chrome’s own count of dropped frames', () => {
  it('is the share of the frames it counted', () => {
    expect(droppedShare({ presented: 282, partial: 263, dropped: 59 })).toBeCloseTo(59 / 341);
    expect(droppedShare({ presented: 0, partial: 0, dropped: 0 })).toBeNaN();
  });

  it('agrees with a frame budget at 5% dropped or less, or when no count was taken', () => {
    expect(chromeAgrees({ presented: 61, partial: 61, dropped: 2 })).toBe(true);
    expect(chromeAgrees({ presented: 95, partial: 0, dropped: 5 })).toBe(true);
    expect(chromeAgrees({ presented: 94, partial: 0, dropped: 6 })).toBe(false);
    expect(chromeAgrees(undefined)).toBe(true);
  });

  it('turns the app’s verdict to not met when every frame began on time but Chrome dropped many', () => {
    const row = appRow(renderReport(appReport({ presented: 282, partial: 263, dropped: 59 })));
    expect(row).toContain('0 of 310 frames a vsync or more late');
    expect(row).toContain("Chrome's frame reports: 59 of 341 dropped");
    expect(row).toMatch(/\*\*not met\*\*/);
  });

  it('leaves the app’s verdict met when Chrome dropped next to nothing', () => {
    const row = appRow(renderReport(appReport({ presented: 300, partial: 280, dropped: 3 })));
    expect(row).toContain("Chrome's frame reports: 3 of 303 dropped");
    expect(row).toMatch(/\*\*met\*\*/);
  });
});

describe('frames counted in display periods', () => {
  it('reads a frame as on time only within a millisecond of one vsync', () => {
    const c = countVsyncs([16.6, 16.7, 16.8, 17.5, 25, 33.3, 50]);
    expect(c.onTime).toBe(4);
    expect(c.late).toBe(3);
    // 25 ms is two periods (one missed), 33.3 two, 50 three.
    expect(c.missed).toBe(1 + 1 + 2);
  });

  it('counts apart intervals that are no whole number of vsyncs', () => {
    expect(countVsyncs([16.7, 4, 25, 33.4]).irregular).toBe(2);
    expect(countVsyncs([16.7, 33.3, 50.1]).irregular).toBe(0);
  });

  it('puts the p95 at one period only when 95% of frames are on time', () => {
    const manyLate = [...onTime(90), ...Array.from({ length: 10 }, () => 24)];
    expect(countVsyncs(manyLate).p95Periods).toBe(2);
    const fewLate = [...onTime(97), 33.3, 33.3, 33.3];
    expect(countVsyncs(fewLate).p95Periods).toBe(1);
  });
});

describe('Chrome’s frames counted from a trace', () => {
  const report = (sequence: number | undefined, state: string, host = 2) => ({
    ph: 'b',
    name: 'PipelineReporter',
    args: {
      frame_reporter: {
        state,
        layer_tree_host_id: host,
        ...(sequence === undefined ? {} : { frame_sequence: sequence }),
      },
    },
  });
  const trace = (events: object[]) => JSON.stringify({ traceEvents: events });

  it('counts each frame once, by the best any of its reports says', () => {
    const c = chromeFrames(
      trace([
        // Frame 1: the main thread's update and the compositor's part, both shown.
        report(1, 'STATE_PRESENTED_ALL'),
        report(1, 'STATE_PRESENTED_PARTIAL'),
        // Frame 2: both reports dropped — one dropped frame, not two.
        report(2, 'STATE_DROPPED'),
        report(2, 'STATE_DROPPED'),
        // Frame 3: the compositor's part shown, the main thread's dropped.
        report(3, 'STATE_DROPPED'),
        report(3, 'STATE_PRESENTED_PARTIAL'),
        // Another page's compositor, fewer frames: not this page's.
        report(9, 'STATE_DROPPED', 1),
      ]),
    );
    expect(c).toEqual({ presented: 1, partial: 1, dropped: 1, by: 'vsync' });
    expect(droppedShare(c)).toBeCloseTo(1 / 3);
  });

  it('says in the report what it counted', () => {
    const byVsync = appRow(
      renderReport(appReport({ presented: 280, partial: 2, dropped: 30, by: 'vsync' } as never)),
    );
    expect(byVsync).toContain('Chrome: 30 of 312 frames dropped');
    expect(byVsync).toMatch(/\*\*not met\*\*/);
  });
});
