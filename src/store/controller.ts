// The RunController owns the simulation outside React: it plays, steps, seeks, forks and
// saves, and publishes view models into the store. Playback is a frame loop that moves a
// display clock and steps the engine while its next item is due, a bounded slice per frame;
// long work (seeks, replays, whole-run comparisons) runs in slices with a progress indicator,
// so a 72-hour scenario never freezes the page.
import { dequal } from 'dequal';
import type {
  ComparePlan,
  EvaluationRecord,
  LiveInject,
  LoadOptions,
  LogEntry,
  MetricKey,
  Rating,
  RunResult,
  RunLimitError,
  RunSpec,
  Scenario,
  ScenarioWarning,
  Simulation,
  Structure,
  Summary,
} from '../core/index.ts';
import {
  DEFAULT_SPEED,
  EMPTY_GRAPH,
  type AppState,
  type AppStore,
  type BranchDifference,
  type BranchView,
  type Comparison,
  type MetricInfo,
  type RecentRun,
  type ScenarioSummary,
} from './appStore';
import { Branch, isBookkeeping, type Position } from './branch';
import { loadCore, loadWholeWords, type Core } from './engine';
import {
  addObservation,
  addPlanAction,
  EMPTY_EVALUATION,
  rateObjective,
  removeObservation,
  removePlanAction,
  updatePlanAction,
  type ObservationDraft,
} from './evaluation';
import { bindFormat } from './format';
import { appText, bindWords, pageLocale, problemText } from './logText';
import { browserFrames, type FrameScheduler } from './frames';
import {
  checkInject,
  nextLiveId,
  type InjectCheck,
  type InjectDraft,
  type InjectProblem,
} from './injects';
import { checkSavedRun, parseRunFile, RUN_FORMAT, type RunStorage, type SavedRun } from './persist';
import { bundledScenarios, defaultScenario, type BundledScenario } from './scenarios';
import {
  buildDecisions,
  buildEntry,
  buildGraphView,
  buildInspector,
  buildLive,
  buildMsel,
  LOST_VISIBLE_FOR,
  scenarioNames,
  structureSummary,
} from './views';

/** Runs a plan's runs somewhere (Web Workers in the app), reporting progress; results in any order. */
export type PlanRunner = (
  plan: ComparePlan,
  onProgress: (done: number, total: number) => void,
) => Promise<RunResult[]>;

/** Seeds each branch is run over when branches are compared. */
export const BRANCH_SEEDS = 30;

export interface ControllerOptions {
  /** Where branch comparisons run; by default here, in slices between frames. */
  readonly runPlan?: PlanRunner;
  /** Seeds per branch in a branch comparison. */
  readonly branchSeeds?: number;
  readonly frames?: FrameScheduler;
  /** Where the run autosaves; null: nowhere. */
  readonly storage?: RunStorage | null;
  readonly scenarios?: readonly BundledScenario[];
  /** The engine, when already loaded (tests); otherwise it is fetched. */
  readonly core?: Core;
  /** Quiet time before an autosave, ms. */
  readonly autosaveDelay?: number;
  readonly checkpointEvery?: number;
  /** Wall time one frame may spend on engine work, ms. */
  readonly frameBudget?: number;
  /** Engine steps between two looks at the wall clock. */
  readonly chunk?: number;
}

interface Source {
  readonly text: string;
  readonly fileName: string;
  readonly bundled: boolean;
}

/** What pushing a live inject came to: where and when it happens, or what is wrong. */
export type InjectResult =
  | {
      readonly ok: true;
      readonly at: number;
      readonly id: string | null;
      readonly delivered: boolean;
    }
  | { readonly ok: false; readonly problems: readonly InjectProblem[] };

interface Job {
  readonly label: string;
  /** Does a chunk of work; true when there is none left. */
  readonly chunk: () => boolean;
  readonly progress: () => number | null;
  readonly done: () => void;
}

const wallClock = (): number => globalThis.performance.now();

/** Runs kept in the recent-runs list. */
export const RECENT_RUNS = 8;

/** `previous` when `next` holds the same data, so the store's subscribers see no change. */
function same<T>(previous: T, next: T): T {
  return dequal(previous, next) ? previous : next;
}

/** Metrics are a pass over the whole log: recomputed at most this often while playing, ms. */
const METRICS_EVERY = 400;

export class RunController {
  private core!: Core;
  private readonly frames: FrameScheduler;
  private readonly storage: RunStorage | null;
  private readonly scenarios: readonly BundledScenario[];
  private readonly autosaveDelay: number;
  private readonly checkpointEvery: number;
  private readonly frameBudget: number;
  private readonly chunk: number;

  private scenario: Scenario | null = null;
  private source: Source | null = null;
  private structure: Structure | null = null;
  private seed = 1;
  private branches: Branch[] = [];
  private current: Branch | null = null;
  private selected: string | null = null;
  /** The log entry shown whole in the inspector, by its position in the log. */
  private selectedEntry: number | null = null;

  private playing = false;
  private speed = DEFAULT_SPEED;
  private resumeAfterDecision = false;
  private lastFrame: number | null = null;
  private frameHandle: number | null = null;
  private job: Job | null = null;
  private jobQueue: Job[] = [];

  private shownLog = -1;
  private metricsLog = -1;
  private metricsAt = -Infinity;
  /** The last branch comparison, by the inputs and seeds it ran. */
  private comparisonCache: { key: string; comparison: Comparison } | null = null;
  private readonly runPlan: PlanRunner | null;
  private readonly branchSeeds: number;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  private evaluation: EvaluationRecord = EMPTY_EVALUATION;
  /** The doctrine-only run the hot wash compares with, kept while its inputs stay the same. */
  private baseline: { key: string; log: readonly LogEntry[]; finished: boolean } | null = null;
  /** Runs put aside when another replaced them, newest first (SavedRun documents). */
  private recent: SavedRun[] = [];
  private readonly recentTitles = new Map<
    string,
    { title: string; structures: Map<string, string> } | null
  >();

  constructor(
    readonly store: AppStore,
    options: ControllerOptions = {},
  ) {
    this.frames = options.frames ?? browserFrames();
    this.storage = options.storage ?? null;
    this.scenarios = options.scenarios ?? bundledScenarios();
    this.autosaveDelay = options.autosaveDelay ?? 600;
    // Every 1,000 steps: step back stays within its 50 ms budget at p95 on a 1,000-actor run
    // while checkpoints cost almost nothing (docs/BENCHMARKS.md); every 200 cost 43% of run time.
    this.checkpointEvery = options.checkpointEvery ?? 1000;
    this.frameBudget = options.frameBudget ?? 10;
    this.chunk = options.chunk ?? 64;
    this.runPlan = options.runPlan ?? null;
    this.branchSeeds = options.branchSeeds ?? BRANCH_SEEDS;
    if (options.core) this.core = options.core;
  }

  // ── starting ──────────────────────────────────────────────────────────────────────────

  /** Loads the engine, then the autosaved run if there is one, else the default scenario. */
  async start(): Promise<void> {
    try {
      this.core ??= await loadCore();
      bindFormat(this.core);
      bindWords(await loadWholeWords());
      this.store.setState({ bundled: this.scenarios.map((s) => s.file) });
      let saved: SavedRun | null = null;
      try {
        saved = (await this.storage?.load()) ?? null;
      } catch {
        saved = null; // an unreadable autosave must not keep the app from opening
      }
      try {
        this.recent = (await this.storage?.loadRecent()) ?? [];
      } catch {
        this.recent = [];
      }
      this.publishRecent();
      if (saved && (await this.restoreRun(saved, 'autosave'))) return;
      await this.openDefault();
    } catch (error) {
      this.store.setState({
        phase: 'failed',
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private async openDefault(): Promise<void> {
    const chosen = defaultScenario(this.scenarios);
    if (!chosen) {
      this.store.setState({ phase: 'ready' });
      return;
    }
    await this.openBundled(chosen.file);
    this.store.setState({ phase: 'ready' });
  }

  destroy(): void {
    this.destroyed = true;
    this.pause();
    if (this.frameHandle !== null) this.frames.cancel(this.frameHandle);
    this.frameHandle = null;
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
  }

  // ── scenario, structure, seed, files ─────────────────────────────────────────────────

  async openBundled(file: string): Promise<boolean> {
    const found = this.scenarios.find((s) => s.file === file);
    if (!found) return false;
    const text = await found.load();
    return this.openScenarioText(text, file, true);
  }

  /** Opens a scenario; on any error shows every message and keeps the current run. */
  openScenarioText(text: string, fileName: string, bundled = false): boolean {
    const loaded = this.core.loadScenario(text, fileName, this.loadOptions());
    if (!loaded.ok) {
      this.store.setState({
        errors: {
          title: appText('app.open.failed', { file: fileName }),
          errors: loaded.errors,
          warnings: loaded.warnings,
        },
      });
      return false;
    }
    this.newRun(loaded.scenario, { text, fileName, bundled }, undefined, this.seed);
    if (!bundled) this.showWarnings(fileName, loaded.warnings);
    return true;
  }

  /** Likely mistakes in a scenario that opened: in the error panel, the run already open. */
  private showWarnings(fileName: string, warnings: readonly ScenarioWarning[]): void {
    if (warnings.length === 0) return;
    this.store.setState({
      errors: {
        title: appText('app.warnings.title', { file: fileName, count: warnings.length }),
        errors: [],
        warnings,
      },
    });
  }

  /** A file the user picked or dropped: a scenario (YAML) or an exported run (JSON). */
  async openFile(file: {
    readonly name: string;
    /** Bytes, when known: a file far too large is refused before it is read into memory. */
    readonly size?: number;
    arrayBuffer(): Promise<ArrayBuffer>;
  }): Promise<boolean> {
    const isRun = /\.json$/i.test(file.name);
    // A run file holds its scenario's text and the inputs: room for a scenario and more.
    const limit = (isRun ? 8 : 1) * this.core.MAX_SCENARIO_BYTES;
    if (file.size !== undefined && file.size > limit) {
      const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
      this.store.setState({
        errors: {
          title: appText('app.open.failed', { file: file.name }),
          errors: [
            {
              file: file.name,
              line: 1,
              col: 1,
              message: appText('app.open.too-big', {
                size: mib(file.size),
                limit: mib(limit),
                run: isRun,
              }),
            },
          ],
        },
      });
      return false;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (isRun) return this.importRun(new TextDecoder().decode(bytes), file.name);
    const loaded = this.core.loadScenarioBytes(bytes, file.name, this.loadOptions());
    if (!loaded.ok) {
      this.store.setState({
        errors: {
          title: appText('app.open.failed', { file: file.name }),
          errors: loaded.errors,
          warnings: loaded.warnings,
        },
      });
      return false;
    }
    const text = new TextDecoder().decode(bytes);
    this.newRun(
      loaded.scenario,
      { text, fileName: file.name, bundled: false },
      undefined,
      this.seed,
    );
    this.notify(appText('app.notice.opened', { file: file.name }));
    this.showWarnings(file.name, loaded.warnings);
    return true;
  }

  setStructure(id: string): void {
    if (!this.scenario || !this.source || id === this.structure?.id) return;
    if (!this.scenario.structures.some((s) => s.id === id)) return;
    this.newRun(this.scenario, this.source, id, this.seed);
  }

  setSeed(seed: number): void {
    if (!Number.isInteger(seed) || seed < 0 || !this.scenario || !this.source || seed === this.seed)
      return;
    this.newRun(this.scenario, this.source, this.structure?.id, seed);
  }

  private newRun(
    scenario: Scenario,
    source: Source,
    structureId: string | undefined,
    seed: number,
  ): void {
    const kept = this.keepCurrent();
    this.pause();
    this.job = null;
    this.jobQueue = [];
    // Observations belong to the exercise: another structure or seed of the same scenario
    // keeps them, another scenario starts a fresh record.
    if (this.scenario?.id !== scenario.id) this.evaluation = EMPTY_EVALUATION;
    this.baseline = null;
    this.scenario = scenario;
    this.source = source;
    this.structure = this.core.pickStructure(scenario, structureId);
    this.seed = seed;
    const sim = this.simulation({ decisions: {}, injects: [] });
    this.branches = [new Branch('A', 'A', sim, null)];
    this.current = this.branches[0]!;
    this.selected = null;
    this.selectedEntry = null;
    this.comparisonCache = null;
    this.store.setState({
      phase: 'ready',
      scenario: summarise(scenario, source),
      structureId: this.structure.id,
      seed,
      comparison: null,
      compareOpen: false,
      injectOpen: false,
      hotwashOpen: false,
      hotwash: null,
      observeOpen: false,
      evaluation: this.evaluation,
      errors: null,
    });
    if (kept)
      this.announceKept(appText('app.notice.new-run', { structure: this.structure.name, seed }));
    this.publish(true);
    this.scheduleSave();
  }

  /** Opens a structure and seed together (a run picked in the structure comparison). */
  openRunOf(structureId: string, seed: number): void {
    if (!this.scenario || !this.source) return;
    if (!this.scenario.structures.some((s) => s.id === structureId)) return;
    if (!Number.isInteger(seed) || seed < 0) return;
    if (structureId === this.structure?.id && seed === this.seed) return;
    this.newRun(this.scenario, this.source, structureId, seed);
  }

  // ── recent runs: nothing a user did is thrown away ────────────────────────────────────

  /**
   * Puts the run shown aside before another replaces it, when there is anything to lose
   * (a position, a decision, a live inject, a branch). Stored apart from the autosave, so the
   * autosave of the new run never overwrites it. True when kept.
   */
  private keepCurrent(): boolean {
    const run = this.snapshot();
    if (!run || !hasWork(run)) return false;
    this.recent = [run, ...this.recent].slice(0, RECENT_RUNS);
    this.publishRecent();
    void this.storage?.saveRecent(this.recent).catch(() => {
      this.store.setState({ saveStatus: 'failed' });
    });
    return true;
  }

  /** The language of scenario problems: the page's. */
  private language(): 'en' | 'fr' {
    return pageLocale() === 'fr' ? 'fr' : 'en';
  }

  /** How the loader words its problems: in the page's language (zod's own and the catalogs'). */
  private loadOptions(): LoadOptions {
    return { language: this.language(), describe: (p) => problemText(p) };
  }

  private announceKept(what: string): void {
    this.store.setState({
      notice: appText('app.notice.kept', { what }),
      undoable: true,
    });
  }

  /** Words the panels show change language: the views are built again in the page's one. */
  relabel(): void {
    if (this.current) this.publish(true);
    this.publishRecent();
  }

  private publishRecent(): void {
    this.store.setState({ recent: this.recent.map((run) => recentView(run, this.namesOf(run))) });
  }

  /** A kept run's title and structure name, read from its scenario (cached per text). */
  private namesOf(run: SavedRun): { title: string; structure: string } | null {
    let titles = this.recentTitles.get(run.scenario.text);
    if (titles === undefined) {
      const loaded = this.core?.loadScenario(run.scenario.text, run.scenario.fileName);
      titles = loaded?.ok
        ? {
            title: loaded.scenario.title,
            structures: new Map(loaded.scenario.structures.map((x) => [x.id, x.name])),
          }
        : null;
      this.recentTitles.set(run.scenario.text, titles);
    }
    return titles
      ? { title: titles.title, structure: titles.structures.get(run.structure) ?? run.structure }
      : null;
  }

  /** Back to the run just replaced (the current one is kept in its place). */
  async undo(): Promise<boolean> {
    this.store.setState({ undoable: false, notice: null });
    return this.openRecent(0);
  }

  /** Opens a run from the recent-runs list; the run shown goes to the list's top. */
  async openRecent(index: number): Promise<boolean> {
    const run = this.recent[index];
    if (!run || this.job) return false;
    this.recent.splice(index, 1);
    this.publishRecent();
    const ok = await this.restoreRun(run, 'the recent run');
    if (!ok) {
      this.recent.splice(index, 0, run);
      this.publishRecent();
      return false;
    }
    void this.storage?.saveRecent(this.recent).catch(() => undefined);
    this.notify(
      appText('app.notice.reopened', {
        title: recentView(run, this.namesOf(run)).title,
        seed: run.seed,
      }),
    );
    return true;
  }

  private simulation(inputs: SavedRun['branches'][number]['inputs']): Simulation {
    return new this.core.Simulation(this.scenario!, {
      structure: this.structure!.id,
      seed: this.seed,
      inputs,
      pauseAtDecisions: true,
      checkpointEvery: this.checkpointEvery,
    });
  }

  // ── playback ──────────────────────────────────────────────────────────────────────────

  play(): void {
    const b = this.current;
    if (!b || this.job || this.playing) return;
    if (b.sim.status === 'awaiting-decision') return;
    if (b.sim.status === 'finished') {
      b.seekStep(0);
      b.displayTime = 0;
    }
    this.playing = true;
    this.resumeAfterDecision = false;
    this.lastFrame = null;
    this.publish(false);
    this.ensureFrame();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.lastFrame = null;
    this.current?.rest();
    this.publish(true);
    this.scheduleSave();
  }

  togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    if (!(speed > 0)) return;
    this.speed = speed;
    this.store.setState({ speed });
    this.scheduleSave();
  }

  /** On to the next meaningful event (bookkeeping entries are passed over). */
  async stepForward(): Promise<void> {
    const b = this.current;
    if (!b || this.job) return;
    this.pause();
    if (b.sim.status !== 'running') return;
    await this.advance(
      b,
      appText('app.busy.next-event'),
      () => true,
      (written) => written.some((e) => !isBookkeeping(e)),
    );
    b.displayTime = b.sim.time;
    this.settled();
  }

  /** Back to the previous meaningful event or the place the user last stopped at. */
  stepBack(): void {
    const b = this.current;
    if (!b || this.job) return;
    this.pause();
    const to = b.previousStop();
    if (!to) return;
    this.goTo(b, to);
    this.settled();
  }

  reset(): void {
    const b = this.current;
    if (!b || this.job) return;
    this.pause();
    this.goTo(b, { step: 0, time: 0 });
    this.settled();
  }

  /** Moves the clock to `time` (scrubber): back by checkpoint and replay, forward by running. */
  async seekTime(time: number): Promise<void> {
    const b = this.current;
    if (!b || !this.scenario || this.job) return;
    this.pause();
    const t = Math.max(0, Math.min(this.scenario.duration, Math.round(time)));
    if (t < b.sim.time) {
      const step = b.stepAtTime(t);
      this.goTo(b, { step, time: t });
    } else {
      await this.advance(
        b,
        appText('app.busy.running-to', { at: this.core.formatTime(t) }),
        () => {
          const next = b.sim.nextTime;
          return next !== undefined && next <= t;
        },
        () => false,
        () => (t === 0 ? null : b.sim.time / t),
      );
      b.displayTime = b.sim.status === 'running' ? Math.max(t, b.sim.time) : b.sim.time;
    }
    b.rest();
    this.settled();
  }

  /** Jumps to an MSEL inject: its delivery in this run, or its scheduled time. */
  async jumpToInject(serial: number): Promise<void> {
    const b = this.current;
    if (!b || !this.scenario) return;
    const delivered = b.sim.log.find((e) => e.kind === 'inject.msel' && e.params.serial === serial);
    if (delivered) {
      this.seekToEntry(delivered.seq, false);
      return;
    }
    const inject = this.scenario.injects.find((i) => i.serial === serial);
    if (inject?.at !== undefined) await this.seekTime(inject.at);
  }

  /**
   * A log entry clicked: the inspector shows it whole (and its actor), the run stays where it
   * is, so nothing later in the log is hidden. seekToEntry goes to that moment when asked.
   */
  selectEntry(seq: number | null): void {
    const b = this.current;
    if (!b) return;
    if (seq === null) {
      if (this.selectedEntry === null) return;
      this.selectedEntry = null;
      this.publish(true);
      return;
    }
    const entry = b.sim.log[seq];
    if (!entry) return;
    this.selectedEntry = seq;
    if (this.scenario?.actors.some((a) => a.id === entry.at)) this.selected = entry.at;
    this.publish(true);
    this.scheduleSave();
  }

  /** "Go to this moment": moves the run to just after the entry was written. */
  seekToEntry(seq: number, select = true): void {
    const b = this.current;
    if (!b || this.job) return;
    const entry = b.sim.log[seq];
    if (!entry) return;
    this.pause();
    if (select && this.scenario?.actors.some((a) => a.id === entry.at)) this.selected = entry.at;
    const step = b.stepOfEntry(seq);
    if (step === undefined) return;
    this.goTo(b, { step, time: b.timeAt(step) });
    b.rest();
    this.settled();
  }

  private goTo(b: Branch, to: Position): void {
    b.seekStep(to.step);
    b.displayTime = Math.max(b.sim.time, to.time);
  }

  /** After a user action: publish everything and autosave. */
  private settled(): void {
    this.publish(true);
    this.scheduleSave();
  }

  // ── decisions and branches ───────────────────────────────────────────────────────────

  /** Answers the decision point the run waits on; playback resumes if it was playing. */
  choose(optionId: string): void {
    const b = this.current;
    const waiting = b?.sim.awaiting;
    if (!b || !waiting || b.sim.status !== 'awaiting-decision') return;
    b.sim.decide(waiting.id, optionId);
    b.record();
    const option = waiting.options.find((o) => o.id === optionId);
    this.notify(appText('app.notice.decision', { option: option?.label ?? optionId }));
    this.settled();
    if (this.resumeAfterDecision) this.play();
  }

  /**
   * "What if I had chosen otherwise?": a new branch, identical up to the decision point but
   * for the option, replayed to just after the decision. The branch it came from is kept.
   */
  async fork(decisionId: string, optionId: string): Promise<void> {
    const parent = this.current;
    if (!parent || !this.scenario || this.job) return;
    const decision = this.scenario.decisions.find((d) => d.id === decisionId);
    const option = decision?.options.find((o) => o.id === optionId);
    if (!decision || !option) return;
    this.pause();
    const id = this.nextBranchId();
    // The fork shares the history before the decision point, live injects pushed then
    // included; those pushed at or after it belong to the branch they were pushed in (a live
    // inject at the decision's own minute is replayed after the decision).
    let sim = parent.sim.fork(decisionId, optionId);
    const inherited = sim.runInputs.injects.filter((inject) => inject.at < decision.at);
    if (inherited.length !== sim.runInputs.injects.length) {
      sim = this.simulation({ decisions: sim.runInputs.decisions, injects: inherited });
    }
    const b = new Branch(id, id, sim, {
      parent: parent.id,
      decision: decisionId,
      option: optionId,
    });
    this.branches.push(b);
    this.current = b;
    await this.advance(
      b,
      appText('app.busy.replaying', { id, at: this.core.formatTime(decision.at) }),
      () => true,
      (written) => written.some((e) => e.event === 'decision.made' && e.ref === decisionId),
      () => (decision.at === 0 ? null : b.sim.time / decision.at),
    );
    b.displayTime = b.sim.time;
    this.notify(appText('app.notice.branch', { id, option: option.label }));
    this.settled();
  }

  async switchBranch(id: string): Promise<void> {
    const b = this.branches.find((x) => x.id === id);
    if (!b || b === this.current || this.job) return;
    this.pause();
    this.current = b;
    this.selectedEntry = null;
    await this.resume(b);
    this.shownLog = -1;
    this.settled();
  }

  removeBranch(id: string): void {
    if (this.branches.length < 2 || this.job) return;
    const index = this.branches.findIndex((b) => b.id === id);
    if (index < 0) return;
    this.pause();
    this.branches.splice(index, 1);
    if (this.current?.id === id) this.current = this.branches[Math.max(0, index - 1)]!;
    this.shownLog = -1;
    this.settled();
  }

  /**
   * Every branch over many seeds (the run's own first), in the comparison workers: each
   * branch's decisions and live injects replayed to the end (open decisions take their
   * defaults), then per metric the spread and the difference from the first branch with its
   * 95% interval, as the structure comparison computes them. Noise between seeds then shows
   * as an interval around zero instead of a "worse".
   */
  async compare(): Promise<void> {
    if (!this.scenario || !this.structure || this.job) return;
    const scenario = this.scenario;
    const structure = this.structure;
    const branches = this.branches.slice();
    const seeds = Array.from({ length: this.branchSeeds }, (_, i) => this.seed + i);
    const key = JSON.stringify({
      structure: structure.id,
      seeds,
      inputs: branches.map((b) => b.sim.runInputs),
    });
    this.store.setState({ compareOpen: true });
    if (this.comparisonCache?.key === key) {
      this.store.setState({ comparison: this.comparisonCache.comparison });
      return;
    }
    this.store.setState({ comparison: null });
    const base = this.core.planComparison(scenario, { structures: [structure.id], seeds });
    const runs: RunSpec[] = branches.flatMap((b, bi) =>
      seeds.map((seed, si) => ({
        index: bi * seeds.length + si,
        point: 0,
        structure: structure.id,
        seed,
        inputs: b.sim.runInputs,
      })),
    );
    const plan: ComparePlan = { ...base, runs };
    const label = appText('app.busy.branches-seeds', {
      branches: branches.length,
      seeds: seeds.length,
    });
    this.store.setState({ busy: { label, progress: 0 } });
    let results: RunResult[];
    try {
      results = await (this.runPlan ?? this.runPlanHere)(plan, (done, total) =>
        this.store.setState({ busy: { label, progress: total === 0 ? null : done / total } }),
      );
    } catch (error) {
      this.store.setState({ busy: null, compareOpen: false });
      this.notify(appText('app.notice.branches-failed', { message: (error as Error).message }));
      return;
    }
    this.store.setState({ busy: null });
    if (this.scenario !== scenario) return; // a new run replaced this one meanwhile
    const comparison = this.summariseBranches(
      branches.map((b) => b.id),
      seeds,
      results,
    );
    this.comparisonCache = { key, comparison };
    this.store.setState({ comparison });
  }

  /** The fallback runner: the plan's runs here, a slice per frame. */
  private readonly runPlanHere: PlanRunner = async (plan, onProgress) => {
    const results: RunResult[] = [];
    let next = 0;
    await this.work({
      label: appText('app.busy.branches'),
      chunk: () => {
        const spec = plan.runs[next];
        if (!spec) return true;
        results.push(this.core.runOne(plan.points[spec.point]!.scenario, spec));
        next++;
        onProgress(next, plan.runs.length);
        return next >= plan.runs.length;
      },
      progress: () => next / Math.max(1, plan.runs.length),
    });
    return results;
  };

  private summariseBranches(
    ids: readonly string[],
    seeds: readonly number[],
    results: readonly RunResult[],
  ): Comparison {
    const values = (branch: number, metric: MetricKey): number[] => {
      const out: number[] = [];
      for (const r of results) {
        if (Math.floor(r.index / seeds.length) !== branch) continue;
        const v = r.metrics[metric];
        if (v !== null) out.push(v);
      }
      return out;
    };
    const summaries: Record<string, Partial<Record<MetricKey, Summary>>> = {};
    const differences: Record<string, Partial<Record<MetricKey, BranchDifference | null>>> = {};
    for (const id of ids) {
      summaries[id] = {};
      differences[id] = {};
    }
    for (const metric of this.core.METRIC_KEYS) {
      const discrete = this.core.METRIC_INFO[metric].unit === 'count';
      const reference = values(0, metric);
      for (const [bi, id] of ids.entries()) {
        const xs = bi === 0 ? reference : values(bi, metric);
        summaries[id]![metric] = this.core.summarize(xs, discrete);
        if (bi === 0) continue;
        const d = this.core.welchDifference(reference, xs);
        differences[id]![metric] = d
          ? { diff: d.diff, low: d.low, high: d.high, verdict: this.core.verdict(metric, d) }
          : null;
      }
    }
    return { branches: ids, seeds, summaries, differences };
  }

  closeCompare(): void {
    this.store.setState({ compareOpen: false });
  }

  private nextBranchId(): string {
    const taken = new Set(this.branches.map((b) => b.id));
    for (let i = 0; ; i++) {
      const id = i < 26 ? String.fromCharCode(65 + i) : `B${i}`;
      if (!taken.has(id)) return id;
    }
  }

  // ── selection and small UI state ─────────────────────────────────────────────────────

  select(id: string | null): void {
    if (id === this.selected && this.selectedEntry === null) return;
    this.selected = id;
    this.selectedEntry = null;
    this.publish(true);
    this.scheduleSave();
  }

  setView(
    flags: Partial<
      Pick<AppState, 'tableView' | 'showNotes' | 'helpOpen' | 'briefOpen' | 'focusGraph'>
    >,
  ): void {
    const table =
      flags.tableView !== undefined && flags.tableView !== this.store.getState().tableView;
    this.store.setState(flags);
    if (table) this.scheduleSave(); // the table view is restored after a reload
  }

  dismissErrors(): void {
    this.store.setState({ errors: null });
  }

  notify(notice: string | null): void {
    this.store.setState({ notice, undoable: false });
  }

  // ── exercise control: live injects ───────────────────────────────────────────────────

  /** Opens the inject dialog; playback pauses while it is open. */
  openInject(): void {
    if (!this.scenario || !this.current || this.job) return;
    this.pause();
    this.store.setState({ injectOpen: true, helpOpen: false });
  }

  closeInject(): void {
    this.store.setState({ injectOpen: false });
  }

  /** Why a live inject cannot be pushed at this moment, or null when it can. */
  injectBlocked(): string | null {
    const b = this.current;
    if (!b || !this.scenario) return appText('app.inject.no-scenario');
    if (this.job) return appText('app.inject.wait');
    if (b.sim.status === 'awaiting-decision') return appText('app.inject.awaiting');
    if (b.sim.status === 'finished' || this.injectTime(b) >= this.scenario.duration) {
      return appText('app.inject.ended');
    }
    return null;
  }

  /** Checks the inject form without pushing anything (the dialog shows the problems). */
  checkInject(draft: InjectDraft): InjectCheck {
    if (!this.scenario)
      return {
        ok: false,
        problems: [{ field: 'form', message: appText('app.inject.no-scenario') }],
      };
    return checkInject(draft, {
      actors: this.scenario.actors,
      areas: this.scenario.areas,
      schema: this.core.simEventSchema,
      id: this.nextLiveId(),
    });
  }

  /**
   * A trainer's live inject, at the current time of the current branch. It becomes part of
   * the branch's run inputs (autosaved and exported with the run), so replays, steps back and
   * reloads see it exactly as now. The branch is replayed from its inputs with the inject
   * scheduled from the start, which is how the engine replays a run: the history shown and
   * every checkpoint then agree with what a reload or a step back will rebuild.
   */
  async pushInject(draft: InjectDraft): Promise<InjectResult> {
    const blocked = this.injectBlocked();
    if (blocked) return { ok: false, problems: [{ field: 'form', message: blocked }] };
    const checked = this.checkInject(draft);
    if (!checked.ok) return checked;
    const old = this.current!;
    this.pause();
    const at = this.injectTime(old);
    const inject: LiveInject = { at, event: checked.event, text: checked.text };
    const inputs = { ...old.sim.runInputs, injects: [...old.sim.runInputs.injects, inject] };
    const b = new Branch(old.id, old.label, this.simulation(inputs), old.origin);
    b.keepRests(old, at);
    this.branches[this.branches.indexOf(old)] = b;
    this.current = b;
    this.shownLog = -1;
    const target = Math.max(old.displayTime, at);
    await this.advance(
      b,
      appText('app.busy.inject'),
      () => {
        const next = b.sim.nextTime;
        return next !== undefined && next <= target;
      },
      () => false,
      () => (target === 0 ? null : b.sim.time / target),
    );
    if (this.current !== b) return { ok: true, at, id: null, delivered: false }; // replaced meanwhile
    b.displayTime = b.sim.status === 'running' ? Math.max(target, b.sim.time) : b.sim.time;
    b.rest();
    const index = inputs.injects.length - 1;
    const id = 'id' in checked.event ? checked.event.id : null;
    const delivered = buildLive(b.sim).some((row) => row.index === index && row.delivered !== null);
    this.notify(
      delivered
        ? appText('app.notice.live-pushed', { n: index + 1, at: this.core.formatTime(at) })
        : appText('app.notice.live-queued', { n: index + 1, at: this.core.formatTime(at) }),
    );
    this.settled();
    return { ok: true, at, id, delivered };
  }

  /** When a live inject pushed now would happen (see injectTime), or null without a run. */
  injectTimeNow(): number | null {
    return this.current ? this.injectTime(this.current) : null;
  }

  /**
   * The minute a live inject pushed now happens at: the clock shown. When the engine has
   * already worked through part of that minute, the next minute, so what the players have
   * seen never changes (a replay delivers a live inject before the minute's other events).
   */
  private injectTime(b: Branch): number {
    const at = Math.max(b.sim.time, Math.floor(b.displayTime));
    return at === b.sim.time && b.sim.step > 0 ? at + 1 : at;
  }

  /** "live-N", unique in the run: across every branch and the scenario's own events. */
  private nextLiveId(): string {
    const taken = new Set<string>();
    const scenario = this.scenario;
    if (scenario) {
      for (const inject of scenario.injects) if ('id' in inject.event) taken.add(inject.event.id);
      for (const d of scenario.decisions)
        for (const o of d.options) for (const e of o.events) if ('id' in e) taken.add(e.id);
    }
    for (const b of this.branches)
      for (const inject of b.sim.runInputs.injects)
        if ('id' in inject.event) taken.add(inject.event.id);
    return nextLiveId(taken);
  }

  // ── evaluation: observations, ratings, improvement plan, hot wash, report ───────────

  /** Opens the observation form; playback pauses so the moment observed stays on screen. */
  openObserve(): void {
    if (!this.scenario || !this.current) return;
    this.pause();
    this.store.setState({ observeOpen: true, helpOpen: false });
  }

  closeObserve(): void {
    this.store.setState({ observeOpen: false });
  }

  setEvaluator(name: string): void {
    this.store.setState({ evaluator: name });
  }

  /** Records an observation at the current time (and the selected log entry, if asked). */
  recordObservation(draft: ObservationDraft): string | null {
    const b = this.current;
    if (!b || !this.scenario) return appText('app.inject.no-scenario');
    const entrySeq =
      this.selectedEntry !== null && this.selectedEntry < b.sim.log.length
        ? this.selectedEntry
        : null;
    const next = addObservation(this.evaluation, draft, {
      time: Math.floor(b.displayTime),
      step: b.sim.step,
      entrySeq,
    });
    if ('problem' in next) return next.problem;
    this.setEvaluation(next);
    this.notify(appText('app.notice.observation', { at: this.core.formatTime(b.displayTime) }));
    return null;
  }

  deleteObservation(id: string): void {
    this.setEvaluation(removeObservation(this.evaluation, id));
  }

  rate(objective: string, rating: Rating | null, rationale: string): void {
    const author = this.store.getState().evaluator;
    this.setEvaluation(rateObjective(this.evaluation, objective, rating, rationale, author));
  }

  addPlanAction(objective = ''): void {
    this.setEvaluation(addPlanAction(this.evaluation, objective));
  }

  updatePlanAction(id: string, change: Parameters<typeof updatePlanAction>[2]): void {
    this.setEvaluation(updatePlanAction(this.evaluation, id, change));
  }

  removePlanAction(id: string): void {
    this.setEvaluation(removePlanAction(this.evaluation, id));
  }

  private setEvaluation(next: EvaluationRecord): void {
    this.evaluation = next;
    this.store.setState({ evaluation: next });
    if (this.store.getState().hotwashOpen) this.refreshHotWash();
    this.scheduleSave();
  }

  /** The debrief at the current position: runs the doctrine-only run first (in slices). */
  async openHotWash(): Promise<void> {
    if (!this.scenario || !this.current || this.job) return;
    this.pause();
    this.store.setState({ hotwashOpen: true, helpOpen: false, observeOpen: false, hotwash: null });
    await this.ensureBaseline();
    this.refreshHotWash();
  }

  closeHotWash(): void {
    this.store.setState({ hotwashOpen: false, hotwash: null });
  }

  private baselineKey(): string {
    const b = this.current!;
    const end = b.sim.status === 'finished' ? 'end' : String(b.sim.time);
    return `${this.scenario!.id}|${this.structure!.id}|${this.seed}|${end}`;
  }

  /** The doctrine-only run up to the current time: no inputs, every decision its default. */
  private async ensureBaseline(): Promise<void> {
    const scenario = this.scenario;
    const b = this.current;
    if (!scenario || !b || !this.structure) return;
    const key = this.baselineKey();
    if (this.baseline?.key === key) return;
    const sim = new this.core.Simulation(scenario, {
      structure: this.structure.id,
      seed: this.seed,
      pauseAtDecisions: false,
    });
    const until = b.sim.status === 'finished' ? Infinity : b.sim.time;
    await this.work({
      label: appText('app.busy.baseline'),
      chunk: () => {
        for (let i = 0; i < this.chunk * 4 && sim.status === 'running'; i++) {
          const next = sim.nextTime;
          if (next === undefined || next > until) return true;
          sim.stepOnce();
        }
        return sim.status !== 'running';
      },
      progress: () => sim.time / Math.min(until, scenario.duration),
    });
    if (this.scenario !== scenario) return;
    this.baseline = { key, log: sim.log.slice(), finished: sim.status === 'finished' };
  }

  private debrief(): import('../core/index.ts').Debrief | null {
    const b = this.current;
    if (!b || !this.scenario || !this.structure) return null;
    return this.core.buildDebrief({
      scenario: this.scenario,
      structure: this.structure,
      seed: this.seed,
      log: b.sim.log,
      baseline: this.baseline?.key === this.baselineKey() ? this.baseline.log : null,
      record: this.evaluation,
      date: new Date().toISOString(),
      finished: b.sim.status === 'finished',
    });
  }

  private refreshHotWash(): void {
    this.store.setState({ hotwash: this.debrief() });
  }

  /** The after-action report of the run at its current position, as a file to download. */
  async report(format: 'md' | 'html'): Promise<{ fileName: string; text: string } | null> {
    await this.ensureBaseline();
    const d = this.debrief();
    if (!d) return null;
    const { renderReport, reportFileName } = await import('../report/index.ts');
    // In the page's language, as the log reads (the pseudo-locale writes English).
    return {
      fileName: reportFileName(d, format),
      text: renderReport(d, format, this.language()),
    };
  }

  // ── export, import, autosave ─────────────────────────────────────────────────────────

  snapshot(): SavedRun | null {
    if (!this.source || !this.structure || !this.current) return null;
    return {
      format: RUN_FORMAT,
      version: 1,
      savedAt: new Date().toISOString(),
      scenario: { ...this.source },
      structure: this.structure.id,
      seed: this.seed,
      speed: this.speed,
      branches: this.branches.map((b) => ({
        id: b.id,
        label: b.label,
        origin: b.origin,
        inputs: b.sim.runInputs,
        step: b.resume?.step ?? b.sim.step,
        time: b.resume?.time ?? b.displayTime,
      })),
      branch: this.current.id,
      selected: this.selected,
      evaluation: this.evaluation,
      tableView: this.store.getState().tableView,
    };
  }

  exportRun(): { fileName: string; text: string } | null {
    const run = this.snapshot();
    if (!run || !this.scenario) return null;
    return {
      fileName: `${this.scenario.id}-${run.structure}-seed${run.seed}.peacemesh-run.json`,
      text: `${JSON.stringify(run, null, 2)}\n`,
    };
  }

  async importRun(text: string, fileName: string): Promise<boolean> {
    const checked = parseRunFile(text);
    if (!checked.ok) {
      this.store.setState({
        errors: {
          title: appText('app.open.not-imported', { file: fileName }),
          errors: [{ file: fileName, line: 1, col: 1, message: checked.problem }],
        },
      });
      return false;
    }
    const ok = await this.restoreRun(checked.run, fileName);
    if (ok) this.notify(appText('app.notice.imported', { file: fileName }));
    return ok;
  }

  /**
   * A run file is trusted no more than a scenario file: each live inject it records must be an
   * event the scenario format allows, naming actors the scenario has.
   */
  private foreignInject(run: SavedRun, scenario: Scenario): string | undefined {
    const actors = new Set(scenario.actors.map((a) => a.id));
    for (const [i, branch] of run.branches.entries()) {
      for (const [j, inject] of branch.inputs.injects.entries()) {
        const where = `live inject ${j + 1} of branch ${i + 1}`;
        const parsed = this.core.simEventSchema.safeParse(inject.event);
        if (!parsed.success) return `${where} is not an event PeaceMesh can run`;
        const event = parsed.data as Record<string, unknown>;
        const named = ['from', 'to', 'by', 'reportedBy', 'requester', 'actor', 'needToKnow']
          .flatMap((key) => [event[key]].flat())
          .filter((v): v is string => typeof v === 'string');
        const unknown = named.find((id) => !actors.has(id));
        if (unknown !== undefined)
          return `${where} names the actor ${this.core.quote(unknown)}, which this scenario does not have`;
      }
    }
    return undefined;
  }

  private async restoreRun(run: SavedRun, from: string): Promise<boolean> {
    const checked = checkSavedRun(run);
    const fileLabel = from === 'autosave' ? appText('app.open.saved-run') : from;
    if (!checked.ok) return false;
    const loaded = this.core.loadScenario(
      run.scenario.text,
      run.scenario.fileName,
      this.loadOptions(),
    );
    if (!loaded.ok) {
      this.store.setState({
        errors: {
          title: appText('app.open.scenario-of', { file: fileLabel }),
          errors: loaded.errors,
        },
      });
      return false;
    }
    const scenario = loaded.scenario;
    if (!scenario.structures.some((s) => s.id === run.structure)) {
      this.store.setState({
        errors: {
          title: appText('app.open.not-restored', { file: fileLabel }),
          errors: [
            {
              file: run.scenario.fileName,
              line: 1,
              col: 1,
              message: appText('app.open.no-structure', { structure: run.structure }),
            },
          ],
        },
      });
      return false;
    }
    const badInject = this.foreignInject(run, scenario);
    if (badInject !== undefined) {
      this.store.setState({
        errors: {
          title: appText('app.open.not-restored', { file: fileLabel }),
          errors: [{ file: run.scenario.fileName, line: 1, col: 1, message: badInject }],
        },
      });
      return false;
    }
    const kept = from === 'autosave' ? false : this.keepCurrent();
    this.pause();
    this.job = null;
    this.jobQueue = [];
    this.scenario = scenario;
    this.source = run.scenario;
    this.structure = this.core.pickStructure(scenario, run.structure);
    this.seed = run.seed;
    this.speed = run.speed;
    try {
      this.branches = run.branches.map(
        (saved) =>
          new Branch(saved.id, saved.label, this.simulation(saved.inputs), saved.origin ?? null),
      );
    } catch (error) {
      this.store.setState({
        errors: {
          title: appText('app.open.not-restored', { file: fileLabel }),
          errors: [
            { file: run.scenario.fileName, line: 1, col: 1, message: (error as Error).message },
          ],
        },
      });
      return false;
    }
    for (const [i, b] of this.branches.entries()) {
      const saved = run.branches[i]!;
      b.resume = { step: saved.step, time: saved.time };
    }
    const evaluation = this.core.checkEvaluationRecord(run.evaluation ?? {});
    this.evaluation = evaluation.ok ? evaluation.record : EMPTY_EVALUATION;
    if (!evaluation.ok)
      this.notify(
        appText('app.notice.observations-unread', {
          file: fileLabel,
          problem: problemText(evaluation.problem),
        }),
      );
    this.baseline = null;
    this.current = this.branches.find((b) => b.id === run.branch) ?? this.branches[0]!;
    this.selected =
      run.selected && scenario.actors.some((a) => a.id === run.selected) ? run.selected : null;
    this.selectedEntry = null;
    this.comparisonCache = null;
    this.store.setState({
      phase: 'ready',
      scenario: summarise(scenario, run.scenario),
      structureId: this.structure.id,
      seed: this.seed,
      speed: this.speed,
      tableView: run.tableView === true,
      comparison: null,
      compareOpen: false,
      injectOpen: false,
      hotwashOpen: false,
      hotwash: null,
      observeOpen: false,
      evaluation: this.evaluation,
      errors: null,
    });
    this.publish(true);
    await this.resume(this.current);
    this.settled();
    if (kept && from !== 'the recent run')
      this.announceKept(appText('app.notice.opened-kept', { file: from }));
    return true;
  }

  /** Brings a branch restored from a save to where it was (replaying in slices). */
  private async resume(b: Branch): Promise<void> {
    const target = b.resume;
    if (!target) return;
    b.resume = null;
    await this.advance(
      b,
      appText('app.busy.restoring'),
      () => b.sim.step < target.step,
      () => false,
      () => (target.step === 0 ? null : b.sim.step / target.step),
    );
    b.settleAnswered();
    b.displayTime = Math.max(b.sim.time, target.time);
    b.rest();
  }

  private scheduleSave(): void {
    if (!this.storage || this.saveTimer !== null || this.destroyed) return;
    this.store.setState({ saveStatus: 'pending' });
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.saveNow();
    }, this.autosaveDelay);
  }

  /** Saves at once (also on page hide); resolves when the run is stored. */
  async saveNow(): Promise<void> {
    if (!this.storage) return;
    if (this.saveTimer !== null) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    const run = this.snapshot();
    if (!run) return;
    try {
      await this.storage.save(run);
      // A change made while this save was in flight is still to be saved.
      this.store.setState({ saveStatus: this.saveTimer === null ? 'saved' : 'pending' });
    } catch {
      this.store.setState({ saveStatus: 'failed' });
    }
  }

  // ── the frame loop and sliced work ───────────────────────────────────────────────────

  /** Steps `b` while `more()` holds, until `stop(written)` or the run pauses, in slices. */
  private advance(
    b: Branch,
    label: string,
    more: () => boolean,
    stop: (written: LogEntry[]) => boolean,
    progress: () => number | null = () => null,
  ): Promise<void> {
    let finished = false;
    return this.work({
      label,
      chunk: () => {
        for (let i = 0; i < this.chunk; i++) {
          b.settleAnswered();
          if (finished || b.sim.status !== 'running' || !more()) return true;
          if (stop(b.stepOnce())) finished = true;
        }
        return finished || b.sim.status !== 'running';
      },
      progress,
    });
  }

  /** Runs a job: the first slice at once, the rest one slice per frame, showing progress. */
  private work(job: Omit<Job, 'done'>): Promise<void> {
    return new Promise((resolve) => {
      const full: Job = { ...job, done: resolve };
      if (this.job) {
        this.jobQueue.push(full);
        return;
      }
      this.job = full;
      this.guarded(() => this.runJob());
      if (this.job) {
        this.store.setState({ busy: { label: job.label, progress: job.progress() } });
        this.ensureFrame();
      }
    });
  }

  private runJob(): void {
    const deadline = wallClock() + this.frameBudget;
    while (this.job) {
      const job = this.job;
      let done = job.chunk();
      while (!done && wallClock() < deadline) done = job.chunk();
      if (!done) return;
      this.job = this.jobQueue.shift() ?? null;
      if (!this.job) this.store.setState({ busy: null });
      job.done();
      if (wallClock() >= deadline) return;
    }
  }

  private ensureFrame(): void {
    if (this.frameHandle === null && !this.destroyed)
      this.frameHandle = this.frames.request(this.onFrame);
  }

  private readonly onFrame = (now: number): void => {
    this.frameHandle = null;
    this.guarded(() => this.frame(now));
  };

  /**
   * A run too big to go on (the engine's size limits) stops playback and any work under way
   * with the engine's sentence as a notice, instead of an uncaught error in a frame callback.
   */
  private guarded(body: () => void): void {
    try {
      body();
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'RunLimitError') throw error;
      const limit = error as RunLimitError;
      const dropped = [...(this.job ? [this.job] : []), ...this.jobQueue];
      this.job = null;
      this.jobQueue = [];
      this.playing = false;
      this.lastFrame = null;
      this.store.setState({ busy: null, playing: false });
      // The engine's sentence, in the page's language.
      this.notify(
        appText('cli.run.limit', {
          limit: limit.limit,
          at: this.core.formatTime(limit.time),
          size: limit.size,
        }),
      );
      for (const job of dropped) job.done();
    }
  }

  private frame(now: number): void {
    if (this.job) {
      this.runJob();
      if (this.job) {
        const job = this.job;
        this.store.setState({ busy: { label: job.label, progress: job.progress() } });
        this.ensureFrame();
        return;
      }
    }
    if (this.playing) {
      this.tick(now);
      if (this.playing) this.ensureFrame();
    }
  }

  /** One frame of playback: move the clock by the speed, run the engine up to it. */
  private tick(now: number): void {
    const b = this.current;
    const scenario = this.scenario;
    if (!b || !scenario) return;
    const sim = b.sim;
    const elapsed = this.lastFrame === null ? 0 : Math.min(now - this.lastFrame, 100);
    this.lastFrame = now;
    const target = Math.min(scenario.duration, b.displayTime + (this.speed * elapsed) / 1000);
    const deadline = wallClock() + this.frameBudget;
    let behind = false;
    for (let n = 0; sim.status === 'running'; n++) {
      const next = sim.nextTime;
      if (next === undefined || next > target) break;
      if (n > 0 && n % 16 === 0 && wallClock() > deadline) {
        behind = true; // the clock waits for the engine rather than the page for the clock
        break;
      }
      b.stepOnce();
    }
    b.displayTime = behind ? sim.time : Math.max(sim.time, target);
    if (sim.status !== 'running') {
      this.playing = false;
      this.lastFrame = null;
      b.displayTime = sim.time;
      this.resumeAfterDecision = sim.status === 'awaiting-decision';
      this.settled();
      return;
    }
    this.publish(false);
    this.scheduleSave();
  }

  // ── publishing view models ───────────────────────────────────────────────────────────

  private publish(full: boolean): void {
    const b = this.current;
    const scenario = this.scenario;
    if (!b || !scenario || !this.structure) {
      this.store.setState({ graph: EMPTY_GRAPH });
      return;
    }
    const sim = b.sim;
    const shown = this.store.getState();
    const logChanged = full || sim.log.length !== this.shownLog;
    const next: { -readonly [K in keyof AppState]?: AppState[K] } = {
      time: b.displayTime,
      step: sim.step,
      status: sim.status,
      playing: this.playing,
      canStepBack: b.displayTime > 0 || sim.step > 0,
      canStepForward: sim.status === 'running',
      // Lost messages are reported for about two seconds of playback, then the graph fades them.
      graph: buildGraphView(
        sim,
        b.displayTime,
        this.selected,
        Math.min(LOST_VISIBLE_FOR, this.speed * 2),
        shown.graph,
      ),
      selected: this.selected,
    };
    if (logChanged) {
      this.shownLog = sim.log.length;
      next.log = sim.log.slice();
      next.inspector = this.selected
        ? same(shown.inspector, buildInspector(sim, this.selected, this.core))
        : null;
      if (this.selectedEntry !== null && this.selectedEntry >= sim.log.length)
        this.selectedEntry = null; // stepped back before it
      next.entry =
        this.selectedEntry === null ? null : same(shown.entry, buildEntry(sim, this.selectedEntry));
    }
    const now = wallClock();
    if (
      full ||
      (logChanged && now - this.metricsAt >= METRICS_EVERY) ||
      (!this.playing && this.metricsLog !== sim.log.length)
    ) {
      this.metricsAt = now;
      this.metricsLog = sim.log.length;
      // Rebuilt from the log, but handed on only where they changed: a panel whose rows are
      // the same objects as before does not render again.
      next.metrics = same(
        shown.metrics,
        this.core.computeMetrics(sim.log, scenario, this.structure),
      );
      next.msel = same(shown.msel, buildMsel(scenario, sim.log, this.core));
      next.live = same(shown.live, buildLive(sim));
      const decisions = same(shown.decisions, buildDecisions(sim));
      next.decisions = decisions;
      next.awaiting = decisions.find((d) => d.awaiting) ?? null;
    }
    if (full) {
      next.branchId = b.id;
      next.branches = same(
        shown.branches,
        this.branches.map((x) => this.branchView(x)),
      );
      next.metricInfo = same(shown.metricInfo, this.metricInfo(scenario));
      next.speed = this.speed;
    }
    this.store.setState(next);
  }

  private branchView(b: Branch): BranchView {
    const chosen = Object.entries(b.sim.runInputs.decisions).map(([id, option]) => {
      const d = this.scenario?.decisions.find((x) => x.id === id);
      return d?.options.find((o) => o.id === option)?.label ?? option;
    });
    let description = chosen.length
      ? appText('app.branch.first-chose', { chosen: chosen.join('; ') })
      : appText('app.branch.first');
    if (b.origin) {
      const { decision, option, parent } = b.origin;
      const d = this.scenario?.decisions.find((x) => x.id === decision);
      const label = d?.options.find((o) => o.id === option)?.label ?? option;
      description = appText('app.branch.from', {
        label,
        at: this.core.formatTime(d?.at ?? 0),
        parent,
      });
    }
    const live = b.sim.runInputs.injects.length;
    if (live > 0) description += appText('app.branch.live', { live });
    return {
      id: b.id,
      label: b.label,
      description,
      origin: b.origin?.parent ?? null,
      time: b.resume?.time ?? b.displayTime,
      status: b.sim.status,
    };
  }

  private metricInfo(scenario: Scenario): MetricInfo[] {
    const all = this.core.METRIC_KEYS.map((key) => ({ key, ...this.core.METRIC_INFO[key] }));
    const first = scenario.metrics.filter((k): k is MetricInfo['key'] =>
      all.some((m) => m.key === k),
    );
    return [
      ...first.map((k) => all.find((m) => m.key === k)!),
      ...all.filter((m) => !first.includes(m.key)),
    ];
  }

  // ── for tests and tools ──────────────────────────────────────────────────────────────

  /** Resolves once no sliced work is left (each remaining slice runs on a frame). */
  get busy(): boolean {
    return this.job !== null;
  }
}

/** Anything a user would miss: a position, a decision, a live inject, a second branch. */
function hasWork(run: SavedRun): boolean {
  return (
    run.branches.length > 1 ||
    run.branches.some(
      (b) =>
        b.step > 0 ||
        b.time > 0 ||
        b.inputs.injects.length > 0 ||
        Object.keys(b.inputs.decisions).length > 0,
    )
  );
}

function recentView(run: SavedRun, names: { title: string; structure: string } | null): RecentRun {
  const current = run.branches.find((b) => b.id === run.branch) ?? run.branches[0]!;
  return {
    title: names?.title ?? run.scenario.fileName,
    structure: names?.structure ?? run.structure,
    seed: run.seed,
    time: current.time,
    branches: run.branches.length,
    liveInjects: run.branches.reduce((n, b) => n + b.inputs.injects.length, 0),
    decisions: run.branches.reduce((n, b) => n + Object.keys(b.inputs.decisions).length, 0),
    savedAt: run.savedAt,
  };
}

function summarise(scenario: Scenario, source: Source): ScenarioSummary {
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    setting: scenario.setting,
    duration: scenario.duration,
    fileName: source.fileName,
    bundled: source.bundled,
    structures: scenario.structures.map(structureSummary),
    actors: scenario.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, role: a.role })),
    areas: scenario.areas.map((a) => ({ id: a.id, name: a.name })),
    objectives: scenario.objectives.map((o) => ({ id: o.id, text: o.text })),
    decisionSeats: [...new Set(scenario.decisions.map((d) => d.by))],
    metrics: scenario.metrics,
    names: scenarioNames(scenario),
  };
}
