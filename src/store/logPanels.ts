// The panels read off the log — metrics, the MSEL's deliveries, the live injects' deliveries —
// folded from the entries written since the last build instead of a pass over the whole log
// each time (every 400 ms while playing). The rows they give equal the whole-log builders'
// (`computeMetrics`, `buildMsel`, `buildLive`): logPanels.test.ts checks it step by step,
// across steps back and branches.
import type {
  LogEntry,
  MetricsTally,
  Metrics,
  Scenario,
  Simulation,
  Structure,
} from '../core/index.ts';
import type { Core } from './engine';
import {
  addLiveDeliveries,
  addMselDeliveries,
  liveRows,
  mselRows,
  type LiveRow,
  type MselRow,
} from './views';

export class LogPanels {
  private log: readonly LogEntry[] | null = null;
  private scenario: Scenario | null = null;
  private structure: Structure | null = null;
  /** Entries folded so far, and the last of them (to see that the log still starts with them). */
  private folded = 0;
  private last: LogEntry | undefined;
  private tally: MetricsTally | null = null;
  private readonly msel = new Map<number, LogEntry>();
  private readonly live: LogEntry[] = [];

  constructor(private readonly core: Core) {}

  /** Folds the entries `sim` wrote since the last call; starts over if its log was rewound. */
  update(sim: Simulation, scenario: Scenario, structure: Structure): void {
    const log = sim.log;
    // The log grows at its end; a step back, a seek or another branch shortens or replaces it.
    // Entries are never rewritten in place, so the same entry where the fold stopped means
    // the log still starts with everything folded.
    const continues =
      log === this.log &&
      scenario === this.scenario &&
      structure === this.structure &&
      log.length >= this.folded &&
      (this.folded === 0 || log[this.folded - 1] === this.last);
    if (!continues || this.tally === null) {
      this.log = log;
      this.scenario = scenario;
      this.structure = structure;
      this.folded = 0;
      this.tally = this.core.tallyMetrics(scenario, structure);
      this.msel.clear();
      this.live.length = 0;
    }
    if (log.length === this.folded) return;
    this.tally.add(log, this.folded);
    addMselDeliveries(this.msel, log, this.folded);
    addLiveDeliveries(this.live, log, this.folded);
    this.folded = log.length;
    this.last = log[log.length - 1];
  }

  metrics(): Metrics {
    if (this.tally === null) throw new Error('LogPanels.metrics() before update()');
    return this.tally.result();
  }

  /** The MSEL's rows, in the page's language of now. */
  mselRows(): MselRow[] {
    if (this.scenario === null) throw new Error('LogPanels.mselRows() before update()');
    return mselRows(this.scenario, this.msel, this.core);
  }

  /** The live injects' rows (what `sim` was asked to inject, and which of them came). */
  liveRows(sim: Simulation): LiveRow[] {
    return liveRows(sim, this.live);
  }
}
