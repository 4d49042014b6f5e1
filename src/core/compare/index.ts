// Comparing coordination structures over many seeds and sweep points: planning the runs,
// running one, and the statistics over them. Pure like the rest of core; the CLI, the
// Node and browser workers and the comparison view use it through src/core/index.ts.
export {
  compare,
  CompareError,
  planComparison,
  poolPoints,
  runBatch,
  runOne,
  seedList,
  shortPath,
  summarizeComparison,
  type CompareOptions,
  type ComparePlan,
  type CompareResult,
  type Design,
  type MetricSummary,
  type RunAllOptions,
  type RunMetrics,
  type RunResult,
  type RunSpec,
  type SummaryPlan,
  type SweepPoint,
} from './compare';
export {
  csvRows,
  CSV_COLUMNS,
  runCsvColumns,
  runCsvRows,
  toJson,
  verdict,
  type CsvCell,
} from './export';
export {
  quantile,
  quantileNearest,
  summarize,
  t975,
  welchDifference,
  type Difference,
  type Summary,
} from './stats';
export {
  parseSweep,
  parseValue,
  splitValues,
  SweepError,
  sweepPoints,
  type Assignment,
  type SweepSpec,
} from './sweep';
export type { CompareProblemKind, CompareProblemParams } from './problems';
export {
  numericValue,
  parseRange,
  parseSample,
  SAMPLE_KINDS,
  samplePoints,
  sweepRange,
  valueInRange,
  type SampleKind,
  type SampleSpec,
  type SweepRange,
} from './design';
export {
  leastSquares,
  sensitivity,
  sensitivityParameters,
  type Coefficient,
  type Sensitivity,
} from './sensitivity';
export { runRow, runRows, runRowColumns, type RunRow } from './rows';
export { RunStore } from './run-store';
