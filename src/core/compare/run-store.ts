// Finished runs folded into what the summaries need, as they arrive: per run its sweep point,
// structure and the value of each summarised metric, in typed columns (about 9 bytes a run per
// metric) instead of one object per run. A queued sweep of millions of runs keeps this, while
// every run itself goes to the `--out` JSON Lines file; a local comparison summarises through
// it too, so both give the same numbers byte for byte.
import { METRIC_INFO, type MetricKey } from '../metrics/metrics';
import type { CompareResult, MetricSummary, RunResult, SummaryPlan } from './compare';
import { sensitivity, sensitivityParameters } from './sensitivity';
import { summarize, welchDifference } from './stats';

export class RunStore {
  private readonly size: number;
  private readonly metrics: readonly MetricKey[];
  private readonly structureIndex: ReadonlyMap<string, number>;
  private readonly held: Uint8Array;
  private readonly point: Uint32Array;
  private readonly structure: Uint16Array;
  /** run × metric; `missing` marks a null (a metric with nothing to measure in that run). */
  private readonly values: Float64Array;
  private readonly missing: Uint8Array;
  private count = 0;

  constructor(private readonly plan: SummaryPlan) {
    this.size = plan.runs.length;
    this.metrics = plan.metrics;
    this.structureIndex = new Map(plan.structures.map((s, i) => [s, i]));
    this.held = new Uint8Array(this.size);
    this.point = new Uint32Array(this.size);
    this.structure = new Uint16Array(this.size);
    this.values = new Float64Array(this.size * this.metrics.length);
    this.missing = new Uint8Array(this.size * this.metrics.length);
  }

  /** Runs finished so far (each counted once, whatever order or how often it arrives). */
  get completed(): number {
    return this.count;
  }

  add(results: readonly RunResult[]): void {
    const m = this.metrics.length;
    for (const r of results) {
      const i = r.index;
      const s = this.structureIndex.get(r.structure);
      if (!(i >= 0 && i < this.size) || s === undefined || this.held[i]) continue;
      this.held[i] = 1;
      this.count++;
      this.point[i] = r.point;
      this.structure[i] = s;
      for (let k = 0; k < m; k++) {
        const v = r.metrics[this.metrics[k]!];
        if (v === null) this.missing[i * m + k] = 1;
        else this.values[i * m + k] = v;
      }
    }
  }

  /** Runs held for a sweep point and structure (for "n=" beside a metric with fewer values). */
  runsOf(point: number, structure: string): number {
    const s = this.structureIndex.get(structure);
    let n = 0;
    for (let i = 0; i < this.size; i++)
      if (this.held[i] && this.point[i] === point && this.structure[i] === s) n++;
    return n;
  }

  /**
   * The comparison's statistics over the runs held; `runs` is what the result lists as its
   * runs (every finished run in plan order, or none when they went to a file instead).
   */
  summarize(runs: readonly RunResult[]): CompareResult {
    const plan = this.plan;
    const m = this.metrics.length;
    const S = plan.structures.length;
    const pointSlot = new Map(plan.points.map((p, i) => [p.index, i]));
    // Values per (point, structure, metric) in plan order: one pass over the runs.
    const cells: number[][] = Array.from({ length: plan.points.length * S * m }, () => []);
    for (let i = 0; i < this.size; i++) {
      if (!this.held[i]) continue;
      const slot = pointSlot.get(this.point[i]!);
      if (slot === undefined) continue;
      const base = (slot * S + this.structure[i]!) * m;
      for (let k = 0; k < m; k++)
        if (!this.missing[i * m + k]) cells[base + k]!.push(this.values[i * m + k]!);
    }
    const reference = plan.structures[0]!;
    const summaries: MetricSummary[] = [];
    plan.points.forEach((point, slot) => {
      this.metrics.forEach((metric, k) => {
        const base = cells[(slot * S + 0) * m + k]!;
        plan.structures.forEach((structure, s) => {
          const xs = s === 0 ? base : cells[(slot * S + s) * m + k]!;
          summaries.push({
            point: point.index,
            structure,
            metric,
            summary: summarize(xs, METRIC_INFO[metric].unit === 'count'),
            difference: structure === reference ? null : welchDifference(base, xs),
          });
        });
      });
    });
    return {
      scenario: { id: plan.scenarioId, title: plan.title },
      design: plan.design,
      reference,
      structures: plan.structures,
      seeds: plan.seeds,
      metrics: plan.metrics,
      points: plan.points.map(({ index, assignments, label }) => ({ index, assignments, label })),
      planned: plan.runs.length,
      completed: this.count,
      partial: this.count < plan.runs.length,
      runs,
      summaries,
      sensitivity: sensitivity({
        structures: plan.structures,
        metrics: plan.metrics,
        points: plan.points,
        // Built only when something numeric was varied (the regression reads every run).
        runs: sensitivityParameters(plan.points).length > 0 ? this.regressionRuns() : [],
      }),
    };
  }

  /** The runs held, as the regression reads them (point, structure, summarised metrics). */
  private regressionRuns(): RunResult[] {
    const m = this.metrics.length;
    const out: RunResult[] = [];
    for (let i = 0; i < this.size; i++) {
      if (!this.held[i]) continue;
      const metrics = {} as Record<MetricKey, number | null>;
      for (let k = 0; k < m; k++)
        metrics[this.metrics[k]!] = this.missing[i * m + k] ? null : this.values[i * m + k]!;
      out.push({
        index: i,
        point: this.point[i]!,
        structure: this.plan.structures[this.structure[i]!]!,
        seed: 0,
        metrics,
        events: 0,
        end: 0,
      });
    }
    return out;
  }
}
