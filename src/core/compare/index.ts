// Comparing coordination structures over many seeds and sweep points: planning the runs,
// running one, and the statistics over them. Pure like the rest of core; the CLI, the
// Node and browser workers and the comparison view use it through src/core/index.ts.
export {
  compare,
  CompareError,
  planComparison,
  runBatch,
  runOne,
  seedList,
  shortPath,
  summarizeComparison,
  type CompareOptions,
  type ComparePlan,
  type CompareResult,
  type MetricSummary,
  type RunAllOptions,
  type RunMetrics,
  type RunResult,
  type RunSpec,
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
