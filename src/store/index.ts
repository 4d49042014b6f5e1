// The bridge from the engine to the UI: a vanilla zustand store of view models and the
// RunController that owns the simulation and publishes into it. May import core (types here,
// values only through the lazily loaded engine chunk) and graph types; never React or the DOM.
export * from './appStore';
export { BRANCH_SEEDS, RunController, type ControllerOptions, type PlanRunner } from './controller';
export { isBookkeeping, type Position } from './branch';
export { loadCore, loadWords, type Core, type Words } from './engine';
export { appText, bindWords, entryText, phraseText, pageLocale } from './logText';
export { clock, span, metricValue, bindFormat, isStory } from './format';
export { browserFrames, ManualFrames, type FrameScheduler } from './frames';
export { emptyObservationDraft, type ObservationDraft } from './evaluation';
export {
  idbStorage,
  memoryStorage,
  checkSavedRun,
  parseRunFile,
  type RunStorage,
  type SavedRun,
} from './persist';
export {
  bundledScenarios,
  defaultScenario,
  DEFAULT_SCENARIO,
  type BundledScenario,
} from './scenarios';
export type {
  DecisionRow,
  Field,
  InspectorView,
  LiveRow,
  MessageLine,
  MselRow,
  ProcessView,
  StateChip,
} from './views';
export {
  emptyDraft,
  LIVE_KINDS,
  type InjectCheck,
  type InjectDraft,
  type InjectField,
  type InjectProblem,
  type LiveKind,
  type Need,
  type Severity,
} from './injects';
export type { InjectResult } from './controller';
export { readable, stateWords, markWords, type Names } from './words';
export type { EntryView } from './views';
