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
  /** Intervals more than a millisecond from any whole number of periods (absent in older records). */
  readonly irregular?: number;
}

/**
 * How far an interval may be from a whole number of display periods and still read as one:
 * the timestamps' 0.1 ms coarsening and their jitter around the vsync (16.6–16.8 ms measured).
 */
const TOLERANCE_MS = 1;

/**
 * Intervals between requestAnimationFrame timestamps, counted in display periods. A frame is on
 * time only within a millisecond of one period: an interval of 25 ms is a late frame, not one
 * rounded down to the next vsync. Intervals that are no whole number of periods (a callback
 * run twice in one vsync, say) are counted apart, so a reader sees when the timestamps are not
 * vsync-locked and this reading does not hold.
 */
export function countVsyncs(stampDeltas: readonly number[]): VsyncCount {
  const periods = stampDeltas
    .map((d) => (d <= VSYNC_MS + TOLERANCE_MS ? 1 : Math.max(2, Math.round(d / VSYNC_MS))))
    .sort((a, b) => a - b);
  const late = periods.filter((p) => p > 1);
  const irregular = stampDeltas.filter(
    (d) => Math.abs(d - Math.max(1, Math.round(d / VSYNC_MS)) * VSYNC_MS) > TOLERANCE_MS,
  ).length;
  return {
    onTime: periods.length - late.length,
    late: late.length,
    missed: late.reduce((sum, p) => sum + p - 1, 0),
    p95Periods: periods[Math.min(periods.length - 1, Math.ceil(0.95 * periods.length) - 1)] ?? NaN,
    irregular,
  };
}

export interface ChromeFrames {
  /** Frames that showed the page's new frame, its main-thread update included. */
  readonly presented: number;
  /** Frames that showed the compositor's update without the main thread's. */
  readonly partial: number;
  /** Frames that showed nothing new although an update was wanted. */
  readonly dropped: number;
  /**
   * What is counted: `vsync` — each frame Chrome began (its `frame_sequence`) once, by the best
   * any of its reports says; absent in older records, which counted every report (a dropped
   * vsync often has two: the main thread's update and the compositor's own part).
   */
  readonly by?: 'vsync';
}

interface ReporterEvent {
  ph: string;
  name: string;
  args?: {
    frame_reporter?: { state?: string; layer_tree_host_id?: number; frame_sequence?: number };
  };
}

const RANK = new Map([
  ['STATE_DROPPED', 1],
  ['STATE_PRESENTED_PARTIAL', 2],
  ['STATE_PRESENTED_ALL', 3],
]);

/**
 * Chrome's own count of the frames in a trace (categories must include `cc`), for the page's
 * compositor: the layer tree host that reported the most frames (a page may have had another
 * before it navigated). Each frame Chrome began is counted once, by its sequence number: shown
 * whole if any of its reports says so, shown in part if one says that, dropped if all say so.
 */
export function chromeFrames(raw: Buffer | string): ChromeFrames {
  const events = (JSON.parse(raw.toString()) as { traceEvents: ReporterEvent[] }).traceEvents;
  const byHost = new Map<number, Map<number | string, number>>();
  let unnumbered = 0;
  for (const e of events) {
    if (e.name !== 'PipelineReporter' || e.ph !== 'b') continue;
    const reporter = e.args?.frame_reporter;
    const rank = reporter?.state === undefined ? undefined : RANK.get(reporter.state);
    if (reporter === undefined || rank === undefined) continue;
    const host = reporter.layer_tree_host_id ?? 0;
    const frames = byHost.get(host) ?? new Map<number | string, number>();
    const key = reporter.frame_sequence ?? `report ${unnumbered++}`;
    frames.set(key, Math.max(frames.get(key) ?? 0, rank));
    byHost.set(host, frames);
  }
  let best = new Map<number | string, number>();
  for (const frames of byHost.values()) if (frames.size > best.size) best = frames;
  const count = (rank: number) => [...best.values()].filter((r) => r === rank).length;
  return { presented: count(3), partial: count(2), dropped: count(1), by: 'vsync' };
}

/**
 * The share of Chrome's counted frames it dropped (an update wanted, nothing new shown), NaN
 * when the trace counted none. Frames with no update wanted are not counted by Chrome at all.
 */
export function droppedShare(c: ChromeFrames): number {
  // By vsync every frame is counted once; an older record's reports counted most frames twice
  // (presented whole and in part), so its presented ones stand for the frames.
  const counted = c.by === 'vsync' ? c.presented + c.partial + c.dropped : c.presented + c.dropped;
  return counted === 0 ? NaN : c.dropped / counted;
}

/**
 * Chrome's count agrees with a frame budget: at most 5% of its counted frames dropped (the
 * p95's 95%), or no count taken. requestAnimationFrame can fire at every vsync while the
 * compositor drops the main thread's updates, so the timestamps alone cannot say a frame
 * was shown.
 */
export function chromeAgrees(c: ChromeFrames | undefined): boolean {
  if (c === undefined) return true;
  const share = droppedShare(c);
  return Number.isNaN(share) || share <= 0.05;
}
