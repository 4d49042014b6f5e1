// The hash of an exercise's log as `peacemesh run` prints it — `hashText(JSON.stringify(log))`
// — kept up to date entry by entry. EXCON's and the evaluators' seats show it after every
// step; hashing the whole log's JSON again each time made a step cost more the longer the
// exercise ran.
import { TextHasher, type LogEntry } from '../core/index.ts';

export class LogHash {
  /** Fed `[` and the JSON of the first `fed` entries, joined by `,`. */
  private hasher = new TextHasher().update('[');
  private fed = 0;
  /** The last entry fed: a log cut back and written again since shows a different one. */
  private last: LogEntry | undefined;
  private cached: { length: number; hash: string } | undefined;

  of(log: readonly LogEntry[]): string {
    if (this.cached?.length === log.length && log[log.length - 1] === this.last)
      return this.cached.hash;
    // Stepped back (the log is shorter, or holds other entries where it stopped): start over.
    if (log.length < this.fed || (this.fed > 0 && log[this.fed - 1] !== this.last)) {
      this.hasher = new TextHasher().update('[');
      this.fed = 0;
    }
    for (; this.fed < log.length; this.fed++) {
      const entry = log[this.fed]!;
      this.hasher.update((this.fed === 0 ? '' : ',') + JSON.stringify(entry));
      this.last = entry;
    }
    if (log.length === 0) this.last = undefined;
    const hash = this.hasher.copy().update(']').digest();
    this.cached = { length: log.length, hash };
    return hash;
  }
}
