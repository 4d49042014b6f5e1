// The library: what another package gets from `import … from 'peacemesh'` (package.json
// `exports`, built into dist-node/ with its type declarations by `npm run build:cli`). A
// curated part of the core index — load a scenario, run it, read its log and metrics, compare
// structures over seeds — kept small so it can stay stable while core's internals move.
// Inside this repository, import src/core/index.ts instead.
export {
  loadScenario,
  loadScenarioBytes,
  formatError,
  MAX_SCENARIO_BYTES,
  type LoadResult,
  type LoadOptions,
  type ScenarioError,
  type ScenarioWarning,
} from './scenario/load';
export type { Problem, ProblemKind, ProblemParams, DescribeProblem } from './scenario/problems';
export { scenarioJsonSchema } from './scenario/json-schema';
export type {
  Actor,
  Area,
  Decision,
  Inject,
  Link,
  Meeting,
  Scenario,
  Structure,
} from './scenario/schema';
export { Simulation, pickStructure, type Checkpoint, type RunOptions } from './engine/engine';
export type { LogEntry, RunInputs } from './engine/types';
export { isStoryEntry } from './engine/story';
export { hashText } from './engine/hash';
export {
  computeMetrics,
  METRIC_INFO,
  METRIC_KEYS,
  type MetricKey,
  type Metrics,
} from './metrics/metrics';
export {
  compare,
  CompareError,
  planComparison,
  summarizeComparison,
  type CompareOptions,
  type ComparePlan,
  type CompareResult,
  type MetricSummary,
  type RunResult,
} from './compare/compare';
export { csvRows, CSV_COLUMNS, toJson } from './compare/export';
export { parseSweep, SweepError, type SweepSpec } from './compare/sweep';
export { formatDuration, formatTime, parseDuration, parseTimePoint, type Minutes } from './time';
