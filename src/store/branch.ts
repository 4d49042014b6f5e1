// One line of play: a Simulation plus what the app has learnt about its steps (where each
// step left the log and the clock, which steps were meaningful, where the user rested), so
// stepping back and clicking the log land on exact positions without replaying to find them.
import type { LogEntry, Simulation } from '../core/index.ts';

/** Component bookkeeping (taking up or finishing a task, relays): skipped when stepping. */
export function isBookkeeping(entry: LogEntry): boolean {
  return entry.event === 'task' || entry.event === 'task.done';
}

/** A place in a run: the engine's step and the clock shown (which runs on between events). */
export interface Position {
  readonly step: number;
  readonly time: number;
}

export const before = (a: Position, b: Position): boolean =>
  a.step < b.step || (a.step === b.step && a.time < b.time);

export interface BranchOrigin {
  /** The branch this one was forked from. */
  readonly parent: string;
  readonly decision: string;
  readonly option: string;
}

export class Branch {
  /** After step s: the log's length (index 0: before any step). */
  private readonly logEnd: number[] = [];
  /** After step s: the engine's clock. */
  private readonly times: number[] = [];
  /** Whether step s wrote an entry that is not bookkeeping. */
  private readonly meaningful: boolean[] = [];
  /** Positions the user stopped at (pause, seek, log click), so step back returns there. */
  private rests: Position[] = [];
  /** The clock shown: at or after the engine's time, before its next item. */
  displayTime: number;
  /** Where a branch restored from a save is to be brought back to, when first shown. */
  resume: Position | null = null;

  constructor(
    readonly id: string,
    public label: string,
    readonly sim: Simulation,
    readonly origin: BranchOrigin | null,
  ) {
    this.displayTime = sim.time;
    this.record();
  }

  get position(): Position {
    return { step: this.sim.step, time: this.displayTime };
  }

  /** How far this branch has been explored (steps whose outcome is known). */
  get known(): number {
    return this.logEnd.length - 1;
  }

  /** Notes where the last step (or decision) left the log and the clock. */
  record(): void {
    const { sim } = this;
    const s = sim.step;
    const end = sim.log.length;
    const start = s === 0 ? 0 : Math.min(this.logEnd[s - 1] ?? end, end);
    let significant = false;
    for (let i = start; i < end; i++) {
      if (!isBookkeeping(sim.log[i]!)) {
        significant = true;
        break;
      }
    }
    this.logEnd[s] = end;
    this.times[s] = sim.time;
    this.meaningful[s] = s === 0 || significant;
  }

  /** One engine step, recorded. Resumes past a decision point this run already answered. */
  stepOnce(): LogEntry[] {
    this.settleAnswered();
    const written = this.sim.stepOnce();
    this.record();
    return written;
  }

  /**
   * A restored checkpoint can sit at a decision point that was answered after it was taken:
   * answer it again from the run's inputs so the replay matches the original.
   */
  settleAnswered(): void {
    const { sim } = this;
    if (sim.status !== 'awaiting-decision') return;
    const waiting = sim.awaiting;
    const chosen = waiting ? sim.runInputs.decisions[waiting.id] : undefined;
    if (waiting && chosen !== undefined) {
      sim.decide(waiting.id, chosen);
      this.record();
    }
  }

  /** Goes back (restore a checkpoint and replay) or forward to `step`, synchronously. */
  seekStep(step: number): void {
    const { sim } = this;
    if (step < sim.step) {
      sim.seek(step);
      this.settleAnswered();
    }
    while (sim.step < step) {
      this.settleAnswered();
      if (sim.status !== 'running') break;
      this.stepOnce();
    }
    this.settleAnswered();
    this.displayTime = sim.time;
  }

  /** The known step at which log entry `seq` was written. */
  stepOfEntry(seq: number): number | undefined {
    let lo = 0;
    let hi = this.known;
    if (hi < 0 || (this.logEnd[hi] ?? 0) <= seq) return undefined;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.logEnd[mid] ?? 0) > seq) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The last known step whose clock is at or before `time`. */
  stepAtTime(time: number): number {
    let lo = 0;
    let hi = this.known;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.times[mid] ?? Infinity) <= time) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The engine's clock after a known step. */
  timeAt(step: number): number {
    return this.times[step] ?? 0;
  }

  rest(): void {
    const here = this.position;
    if (this.meaningful[here.step] && here.time === this.times[here.step]) return;
    if (this.rests.some((r) => r.step === here.step && r.time === here.time)) return;
    this.rests.push(here);
    if (this.rests.length > 500) this.rests = this.rests.slice(-500);
  }

  /** The closest meaningful step or resting place before the current position, if any. */
  previousStop(): Position | undefined {
    const here = this.position;
    let best: Position | undefined;
    for (let s = Math.min(here.step, this.known); s >= 0; s--) {
      if (!this.meaningful[s]) continue;
      const p = { step: s, time: this.times[s] ?? 0 };
      if (before(p, here)) {
        best = p;
        break;
      }
    }
    for (const r of this.rests) {
      if (before(r, here) && (!best || before(best, r))) best = r;
    }
    return best;
  }

  /**
   * Takes over the places the user stopped at in `other` before `time`: a branch rebuilt with
   * a live inject at `time` runs exactly as `other` did until then.
   */
  keepRests(other: Branch, time: number): void {
    this.rests = other.rests.filter((r) => r.time < time);
  }

  /** Forgets what was learnt past the current step (its future changed, e.g. a live inject). */
  forgetFuture(): void {
    const s = this.sim.step;
    this.logEnd.length = s + 1;
    this.times.length = s + 1;
    this.meaningful.length = s + 1;
    this.rests = this.rests.filter((r) => r.step <= s);
  }
}
