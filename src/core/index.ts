// PeaceMesh core: the headless, deterministic simulation shared by the CLI, the workers and
// the web app. Everything outside src/core imports it through this file only; core itself
// imports no UI, DOM or Node module (enforced by lint).
export * from './time';
export * from './rng';
export * from './scenario/schema';
export * from './engine/types';
export { Simulation, pickStructure, type RunOptions, type Checkpoint } from './engine/engine';
export { hashText, TextHasher } from './engine/hash';
export {
  DOCTRINE_ANSWER,
  type PlayQuestion,
  type PlayOption,
  type PlaySite,
} from './engine/played';
export { machineStateNames } from './machines/registry';
export {
  computeMetrics,
  tallyMetrics,
  percentile,
  METRIC_INFO,
  METRIC_KEYS,
  type Metrics,
  type MetricKey,
  type MetricsTally,
} from './metrics/metrics';
export {
  loadScenario,
  loadScenarioBytes,
  formatError,
  MAX_SCENARIO_BYTES,
  type ScenarioError,
  type ScenarioWarning,
  type LoadResult,
  type LoadOptions,
} from './scenario/load';
export {
  plainProblem,
  type Problem,
  type ProblemKind,
  type ProblemParams,
  type DescribeProblem,
} from './scenario/problems';
export {
  SCHEMA_PROBLEMS,
  isSchemaProblem,
  type LoaderProblemKind,
} from './scenario/loader-problems';
export { scenarioJsonSchema } from './scenario/json-schema';
export { closest, quote, visible, MAX_QUOTED } from './scenario/suggest';
export * from './compare';
export { isStoryEntry } from './engine/story';
export {
  MARKS,
  TERMS,
  type Mark,
  type TermParam,
  type EntryKind,
  type EntryParams,
  type Said,
  type Phrase,
  type PhraseKind,
  type PhraseParams,
} from './vocabulary';
export {
  evaluateObjectives,
  evaluateMeasure,
  measureWording,
  type MeasureBound,
  type MeasureDetail,
  type MeasureObserved,
  type MeasureResult,
  type MeasureWording,
  type MeasureStatus,
  type ObjectiveResult,
  type TaskResult,
} from './evaluation/evaluate';
export { MEASURE_MARKS, type MeasureMark } from './evaluation/marks';
export * from './evaluation/record';
export * from './evaluation/debrief';
export { replayForDebrief, type DebriefRuns } from './evaluation/replay';
export { MAX_AGENDA, MAX_LOG_ENTRIES, RunLimitError } from './engine/limits';
