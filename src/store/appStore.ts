// The app's state: view models the RunController publishes and the few UI flags panels
// share. A vanilla zustand store, so it is tested without React; components read it with
// selectors (src/ui/hooks.ts).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GraphView } from '../graph/types.ts';
import type {
  Debrief,
  EvaluationRecord,
  LogEntry,
  MetricKey,
  Metrics,
  ScenarioError,
  ScenarioWarning,
  Summary,
} from '../core/index.ts';
import type { DecisionRow, EntryView, InspectorView, LiveRow, MselRow } from './views';
import type { Names } from './words';

export interface ScenarioSummary {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly setting: string;
  readonly duration: number;
  readonly fileName: string;
  readonly bundled: boolean;
  readonly structures: ReadonlyArray<{ id: string; name: string; description: string }>;
  readonly actors: ReadonlyArray<{ id: string; name: string; kind: string; role: string }>;
  readonly areas: ReadonlyArray<{ id: string; name: string }>;
  readonly objectives: ReadonlyArray<{ id: string; text: string }>;
  /** Decision points: who decides (for the hot wash's seats). */
  readonly decisionSeats: readonly string[];
  /** Metric ids the scenario wants shown first. */
  readonly metrics: readonly string[];
  /** Id → name for everything a log line may mention (actors, areas, MSEL processes). */
  readonly names: Names;
}

export interface MetricInfo {
  readonly key: MetricKey;
  readonly label: string;
  readonly unit: 'count' | 'minutes' | 'share';
  readonly better: 'lower' | 'higher' | 'neither';
}

export interface BranchView {
  readonly id: string;
  readonly label: string;
  /** "Approve with conditions at T+06:00 (forked from A)", or "" for the first run. */
  readonly description: string;
  /** The branch it was forked from, or null for the first run. */
  readonly origin: string | null;
  readonly time: number;
  readonly status: 'running' | 'awaiting-decision' | 'finished';
}

/** A branch's difference from the first branch on one metric, with its 95% interval. */
export interface BranchDifference {
  readonly diff: number;
  readonly low: number;
  readonly high: number;
  /** "better", "worse", "differs" (no direction), or "" when it could be chance. */
  readonly verdict: '' | 'better' | 'worse' | 'differs';
}

/**
 * Branches over many seeds: each branch's decisions and live injects replayed under the same
 * structure for every seed (open decisions take their defaults), summarised per metric.
 */
export interface Comparison {
  /** Branch ids, in column order; the first is the reference. */
  readonly branches: readonly string[];
  readonly seeds: readonly number[];
  /** Branch → metric → spread over the seeds. */
  readonly summaries: Readonly<Record<string, Readonly<Partial<Record<MetricKey, Summary>>>>>;
  /** Branch → metric → difference from the first branch (null: too few values). */
  readonly differences: Readonly<
    Record<string, Readonly<Partial<Record<MetricKey, BranchDifference | null>>>>
  >;
}

export interface ErrorReport {
  readonly title: string;
  readonly errors: readonly ScenarioError[];
  /** Likely mistakes in a scenario that opened (shown after the errors, if any). */
  readonly warnings?: readonly ScenarioWarning[];
}

export interface Busy {
  readonly label: string;
  /** 0..1, or null when unknown. */
  readonly progress: number | null;
}

/** A run put aside when another replaced it, as the recent-runs menu lists it. */
export interface RecentRun {
  readonly title: string;
  readonly structure: string;
  readonly seed: number;
  /** Where the current branch stood. */
  readonly time: number;
  readonly branches: number;
  readonly liveInjects: number;
  readonly decisions: number;
  readonly savedAt: string;
}

export type SaveStatus = 'idle' | 'pending' | 'saved' | 'failed';

export interface AppState {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly failure: string | null;
  readonly bundled: readonly string[];
  readonly scenario: ScenarioSummary | null;
  readonly structureId: string;
  readonly seed: number;

  // playback
  readonly time: number;
  readonly step: number;
  readonly status: 'running' | 'awaiting-decision' | 'finished';
  readonly playing: boolean;
  readonly speed: number;
  readonly busy: Busy | null;
  readonly canStepBack: boolean;
  readonly canStepForward: boolean;

  // what the run shows
  readonly log: readonly LogEntry[];
  readonly graph: GraphView;
  readonly selected: string | null;
  readonly inspector: InspectorView | null;
  /** The log entry selected in the log, shown whole in the inspector (the run stays put). */
  readonly entry: EntryView | null;
  readonly metrics: Metrics | null;
  readonly metricInfo: readonly MetricInfo[];
  readonly msel: readonly MselRow[];
  /** Live injects pushed in this branch, in time order. */
  readonly live: readonly LiveRow[];
  readonly decisions: readonly DecisionRow[];
  readonly awaiting: DecisionRow | null;

  // branches
  readonly branches: readonly BranchView[];
  readonly branchId: string;
  readonly comparison: Comparison | null;

  // evaluation: observations, ratings, improvement plan (saved with the run) and the hot wash
  readonly evaluation: EvaluationRecord;
  readonly observeOpen: boolean;
  readonly hotwashOpen: boolean;
  /** The debrief the hot wash shows, recomputed as the evaluation changes; null while built. */
  readonly hotwash: Debrief | null;
  /** The evaluator's name, put on new observations and ratings. */
  readonly evaluator: string;

  // around the run
  readonly errors: ErrorReport | null;
  readonly notice: string | null;
  /** The notice offers Undo: the run just replaced is the first recent run. */
  readonly undoable: boolean;
  /** Runs put aside, newest first. */
  readonly recent: readonly RecentRun[];
  readonly saveStatus: SaveStatus;

  // UI flags shared between panels and shortcuts
  readonly tableView: boolean;
  readonly showNotes: boolean;
  readonly helpOpen: boolean;
  /** The exercise brief: summary, setting, objectives, metric definitions. */
  readonly briefOpen: boolean;
  readonly compareOpen: boolean;
  /** The exercise-control dialog for pushing a live inject. */
  readonly injectOpen: boolean;
  /** The mesh takes the whole workspace (for projecting); the side panels fold away. */
  readonly focusGraph: boolean;
}

export type AppStore = StoreApi<AppState>;

export const EMPTY_GRAPH: GraphView = {
  nodes: [],
  links: [],
  messages: [],
  meetings: [],
  selected: null,
};

export const SPEEDS: readonly number[] = [5, 15, 30, 60, 120, 360];
export const DEFAULT_SPEED = 30;

export function initialState(): AppState {
  return {
    phase: 'loading',
    failure: null,
    bundled: [],
    scenario: null,
    structureId: '',
    seed: 1,
    time: 0,
    step: 0,
    status: 'running',
    playing: false,
    speed: DEFAULT_SPEED,
    busy: null,
    canStepBack: false,
    canStepForward: false,
    log: [],
    graph: EMPTY_GRAPH,
    selected: null,
    inspector: null,
    entry: null,
    metrics: null,
    metricInfo: [],
    msel: [],
    live: [],
    decisions: [],
    awaiting: null,
    branches: [],
    branchId: '',
    comparison: null,
    evaluation: { observations: [], ratings: [], plan: [] },
    observeOpen: false,
    hotwashOpen: false,
    hotwash: null,
    evaluator: '',
    errors: null,
    notice: null,
    undoable: false,
    recent: [],
    saveStatus: 'idle',
    tableView: false,
    showNotes: false,
    helpOpen: false,
    briefOpen: false,
    compareOpen: false,
    injectOpen: false,
    focusGraph: false,
  };
}

export function createAppStore(): AppStore {
  return createStore<AppState>()(() => initialState());
}
