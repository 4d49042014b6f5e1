// The animation clock, injected so the controller runs in Node tests with hand-driven frames.

export interface FrameScheduler {
  /** Calls `callback` before the next repaint with a high-resolution timestamp in ms. */
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
  /** The current timestamp in ms, on the same clock as `request`'s argument. */
  now(): number;
}

/** The browser's frame clock, typed here so that Node-side code may import the controller. */
interface AnimationFrames {
  requestAnimationFrame(callback: (now: number) => void): number;
  cancelAnimationFrame(handle: number): void;
}

export function browserFrames(): FrameScheduler {
  const browser = globalThis as unknown as AnimationFrames;
  return {
    request: (callback) => browser.requestAnimationFrame(callback),
    cancel: (handle) => browser.cancelAnimationFrame(handle),
    now: () => performance.now(),
  };
}

/** Frames that run only when told to: `tick(ms)` advances the clock and runs one frame. */
export class ManualFrames implements FrameScheduler {
  private time = 0;
  private nextHandle = 1;
  private readonly pending = new Map<number, (now: number) => void>();

  request(callback: (now: number) => void): number {
    const handle = this.nextHandle++;
    this.pending.set(handle, callback);
    return handle;
  }

  cancel(handle: number): void {
    this.pending.delete(handle);
  }

  now(): number {
    return this.time;
  }

  /** Advances the clock by `ms` and runs the callbacks requested so far. */
  tick(ms = 16): void {
    this.time += ms;
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const callback of due) callback(this.time);
  }

  /** Runs frames until nothing asks for another (or `limit` frames have run). */
  flush(limit = 10_000, ms = 16): number {
    let n = 0;
    while (this.pending.size > 0 && n < limit) {
      this.tick(ms);
      n++;
    }
    return n;
  }

  get waiting(): boolean {
    return this.pending.size > 0;
  }
}
