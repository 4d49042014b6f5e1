// Frames counted against the display's period, beside the raw frame-interval percentiles.
//
// The raw figure (p95 of the intervals between animation-frame callbacks, each read with
// performance.now() as the callback starts) carries two jitters a 60 Hz display does not show:
// the page's timers are coarsened to 0.1 ms, and a callback starts some time after its frame
// began, a delay that varies with what else the renderer's main thread and the machine are
// doing. An idle page therefore reads p95 16.9–17.0 ms, over a 16.7 ms budget, while every one
// of its frames came at the next vsync. Two readings without those jitters:
// - requestAnimationFrame's own timestamp is the time the frame began (the vsync it was made
//   for), so the interval between two timestamps is a whole number of display periods, blurred
//   only by the 0.1 ms coarsening (16.6–16.8 ms for one period). Rounded to periods, an interval
//   of 1 is a frame on time, 2 a frame that came one vsync late, and so on.
// - Chrome's own accounting in a trace: for each frame the compositor began, whether what it
//   showed was the page's new frame (`STATE_PRESENTED_ALL`), the compositor's part without the
//   main thread's (`STATE_PRESENTED_PARTIAL`), or nothing new (`STATE_DROPPED`); the
//   `PipelineReporter` events Chrome's own dropped-frame metrics are built from.

/** Headless Chromium begins frames at 60 Hz (no display to follow). */
export const VSYNC_MS = 1000 / 60;

export interface VsyncCount {
  /** Intervals that were one display period: the frame came at the next vsync. */
  readonly onTime: number;
  /** Intervals longer than one period. */
  readonly late: number;
  /** Vsyncs passed with no new frame, summed over the late intervals. */
  readonly missed: number;
  /** 95th percentile of the intervals in display periods (1: 95% of frames on time). */
  readonly p95Periods: number;
}

/** Intervals between requestAnimationFrame timestamps, counted in display periods. */
export function countVsyncs(stampDeltas: readonly number[]): VsyncCount {
  const periods = stampDeltas
    .map((d) => Math.max(1, Math.round(d / VSYNC_MS)))
    .sort((a, b) => a - b);
  const late = periods.filter((p) => p > 1);
  return {
    onTime: periods.length - late.length,
    late: late.length,
    missed: late.reduce((sum, p) => sum + p - 1, 0),
    p95Periods: periods[Math.min(periods.length - 1, Math.ceil(0.95 * periods.length) - 1)] ?? NaN,
  };
}

export interface ChromeFrames {
  /** Frames that showed the page's new frame, its main-thread update included. */
  readonly presented: number;
  /** Frames that showed the compositor's update without the main thread's. */
  readonly partial: number;
  /** Frames that showed nothing new although an update was wanted. */
  readonly dropped: number;
}

interface ReporterEvent {
  ph: string;
  name: string;
  args?: { frame_reporter?: { state?: string; layer_tree_host_id?: number } };
}

/**
 * Chrome's own count of the frames in a trace (categories must include `cc`), for the page's
 * compositor: the layer tree host that reported the most frames (a page may have had another
 * before it navigated).
 */
export function chromeFrames(raw: Buffer | string): ChromeFrames {
  const events = (JSON.parse(raw.toString()) as { traceEvents: ReporterEvent[] }).traceEvents;
  const byHost = new Map<number, Map<string, number>>();
  for (const e of events) {
    if (e.name !== 'PipelineReporter' || e.ph !== 'b') continue;
    const reporter = e.args?.frame_reporter;
    if (reporter?.state === undefined) continue;
    const host = reporter.layer_tree_host_id ?? 0;
    const states = byHost.get(host) ?? new Map<string, number>();
    states.set(reporter.state, (states.get(reporter.state) ?? 0) + 1);
    byHost.set(host, states);
  }
  let best = new Map<string, number>();
  let bestCount = -1;
  for (const states of byHost.values()) {
    const count = [...states.values()].reduce((a, b) => a + b, 0);
    if (count > bestCount) {
      best = states;
      bestCount = count;
    }
  }
  return {
    presented: best.get('STATE_PRESENTED_ALL') ?? 0,
    partial: best.get('STATE_PRESENTED_PARTIAL') ?? 0,
    dropped: best.get('STATE_DROPPED') ?? 0,
  };
}
