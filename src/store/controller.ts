// The RunController owns the simulation outside React: it plays, steps, seeks, forks and
// saves, and publishes view models into the store. Playback is a frame loop that moves a
// display clock and steps the engine while its next item is due, a bounded slice per frame;
// long work (seeks, replays, whole-run comparisons) runs in slices with a progress indicator,
// so a 72-hour scenario never freezes the page.
import type { LiveInject, LogEntry, Scenario, Simulation, Structure } from '../core/index.ts';
import {
  DEFAULT_SPEED,
  EMPTY_GRAPH,
  type AppState,
  type AppStore,
  type BranchView,
  type MetricInfo,
  type ScenarioSummary,
} from './appStore';
import { Branch, isBookkeeping, type Position } from './branch';
import { loadCore, loadWords, type Core } from './engine';
import { bindFormat } from './format';
import { bindWords } from './words';
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
  buildGraphView,
  buildInspector,
  buildLive,
  buildMsel,
  LOST_VISIBLE_FOR,
  structureSummary,
} from './views';

export interface ControllerOptions {
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
  private comparisons = new Map<
    string,
    { key: string; metrics: import('../core/index.ts').Metrics }
  >();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

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
    if (options.core) this.core = options.core;
  }

  // ── starting ──────────────────────────────────────────────────────────────────────────

  /** Loads the engine, then the autosaved run if there is one, else the default scenario. */
  async start(): Promise<void> {
    try {
      this.core ??= await loadCore();
      bindFormat(this.core);
      bindWords(await loadWords());
      this.store.setState({ bundled: this.scenarios.map((s) => s.file) });
      let saved: SavedRun | null = null;
      try {
        saved = (await this.storage?.load()) ?? null;
      } catch {
        saved = null; // an unreadable autosave must not keep the app from opening
      }
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
    const loaded = this.core.loadScenario(text, fileName);
    if (!loaded.ok) {
      this.store.setState({
        errors: { title: `${fileName} could not be opened`, errors: loaded.errors },
      });
      return false;
    }
    this.newRun(loaded.scenario, { text, fileName, bundled }, undefined, this.seed);
    return true;
  }

  /** A file the user picked or dropped: a scenario (YAML) or an exported run (JSON). */
  async openFile(file: {
    readonly name: string;
    arrayBuffer(): Promise<ArrayBuffer>;
  }): Promise<boolean> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.json$/i.test(file.name))
      return this.importRun(new TextDecoder().decode(bytes), file.name);
    const loaded = this.core.loadScenarioBytes(bytes, file.name);
    if (!loaded.ok) {
      this.store.setState({
        errors: { title: `${file.name} could not be opened`, errors: loaded.errors },
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
    this.notify(`Opened ${file.name}`);
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
    this.pause();
    this.job = null;
    this.jobQueue = [];
    this.scenario = scenario;
    this.source = source;
    this.structure = this.core.pickStructure(scenario, structureId);
    this.seed = seed;
    const sim = this.simulation({ decisions: {}, injects: [] });
    this.branches = [new Branch('A', 'A', sim, null)];
    this.current = this.branches[0]!;
    this.selected = null;
    this.comparisons.clear();
    this.store.setState({
      phase: 'ready',
      scenario: summarise(scenario, source),
      structureId: this.structure.id,
      seed,
      comparison: null,
      compareOpen: false,
      injectOpen: false,
      errors: null,
    });
    this.publish(true);
    this.scheduleSave();
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
      'Looking for the next event',
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
        `Running to ${this.core.formatTime(t)}`,
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

  /** A log entry clicked: select its actor and move to just after the entry was written. */
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
    this.notify(`Decision recorded: ${option?.label ?? optionId}`);
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
      `Replaying branch ${id} to ${this.core.formatTime(decision.at)}`,
      () => true,
      (written) => written.some((e) => e.event === 'decision.made' && e.ref === decisionId),
      () => (decision.at === 0 ? null : b.sim.time / decision.at),
    );
    b.displayTime = b.sim.time;
    this.notify(`Branch ${id}: ${option.label}`);
    this.settled();
  }

  async switchBranch(id: string): Promise<void> {
    const b = this.branches.find((x) => x.id === id);
    if (!b || b === this.current || this.job) return;
    this.pause();
    this.current = b;
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
    this.comparisons.delete(id);
    if (this.current?.id === id) this.current = this.branches[Math.max(0, index - 1)]!;
    this.shownLog = -1;
    this.settled();
  }

  /** Every branch run to its end (open decisions take their defaults), metrics side by side. */
  async compare(): Promise<void> {
    if (!this.scenario || !this.structure) return;
    const scenario = this.scenario;
    const structure = this.structure;
    this.store.setState({ compareOpen: true });
    const metrics: Record<string, import('../core/index.ts').Metrics> = {};
    for (const b of this.branches) {
      const key = JSON.stringify(b.sim.runInputs);
      const cached = this.comparisons.get(b.id);
      if (cached?.key === key) {
        metrics[b.id] = cached.metrics;
        continue;
      }
      const sim = new this.core.Simulation(scenario, {
        structure: structure.id,
        seed: this.seed,
        inputs: b.sim.runInputs,
        pauseAtDecisions: false,
      });
      await this.work({
        label: `Running branch ${b.label} to the end`,
        chunk: () => {
          for (let i = 0; i < this.chunk * 4 && sim.status === 'running'; i++) sim.stepOnce();
          return sim.status !== 'running';
        },
        progress: () => sim.time / scenario.duration,
      });
      if (this.scenario !== scenario) return; // a new run replaced this one meanwhile
      const m = this.core.computeMetrics(sim.log, scenario, structure);
      this.comparisons.set(b.id, { key, metrics: m });
      metrics[b.id] = m;
    }
    this.store.setState({ comparison: { branches: this.branches.map((b) => b.id), metrics } });
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
    if (id === this.selected) return;
    this.selected = id;
    this.publish(true);
    this.scheduleSave();
  }

  setView(
    flags: Partial<Pick<AppState, 'tableView' | 'showNotes' | 'helpOpen' | 'focusGraph'>>,
  ): void {
    this.store.setState(flags);
  }

  dismissErrors(): void {
    this.store.setState({ errors: null });
  }

  notify(notice: string | null): void {
    this.store.setState({ notice });
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
    if (!b || !this.scenario) return 'Open a scenario first.';
    if (this.job) return 'Wait until the run is ready.';
    if (b.sim.status === 'awaiting-decision')
      return 'The run waits for a decision: answer it first, then push the inject.';
    if (b.sim.status === 'finished' || this.injectTime(b) >= this.scenario.duration) {
      return 'The exercise has ended: step back to the moment the inject belongs to.';
    }
    return null;
  }

  /** Checks the inject form without pushing anything (the dialog shows the problems). */
  checkInject(draft: InjectDraft): InjectCheck {
    if (!this.scenario)
      return { ok: false, problems: [{ field: 'form', message: 'Open a scenario first.' }] };
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
      'Pushing the inject',
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
        ? `Live inject L${index + 1} pushed at ${this.core.formatTime(at)}`
        : `Live inject L${index + 1} queued for ${this.core.formatTime(at)}`,
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
          title: `${fileName} could not be imported`,
          errors: [{ file: fileName, line: 1, col: 1, message: checked.problem }],
        },
      });
      return false;
    }
    const ok = await this.restoreRun(checked.run, fileName);
    if (ok) this.notify(`Imported ${fileName}`);
    return ok;
  }

  private async restoreRun(run: SavedRun, from: string): Promise<boolean> {
    const checked = checkSavedRun(run);
    const fileLabel = from === 'autosave' ? 'the saved run' : from;
    if (!checked.ok) return false;
    const loaded = this.core.loadScenario(run.scenario.text, run.scenario.fileName);
    if (!loaded.ok) {
      this.store.setState({
        errors: {
          title: `The scenario in ${fileLabel} could not be opened`,
          errors: loaded.errors,
        },
      });
      return false;
    }
    const scenario = loaded.scenario;
    if (!scenario.structures.some((s) => s.id === run.structure)) {
      this.store.setState({
        errors: {
          title: `${fileLabel} could not be restored`,
          errors: [
            {
              file: run.scenario.fileName,
              line: 1,
              col: 1,
              message: `the scenario has no structure "${run.structure}"`,
            },
          ],
        },
      });
      return false;
    }
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
          title: `${fileLabel} could not be restored`,
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
    this.current = this.branches.find((b) => b.id === run.branch) ?? this.branches[0]!;
    this.selected =
      run.selected && scenario.actors.some((a) => a.id === run.selected) ? run.selected : null;
    this.comparisons.clear();
    this.store.setState({
      phase: 'ready',
      scenario: summarise(scenario, run.scenario),
      structureId: this.structure.id,
      seed: this.seed,
      speed: this.speed,
      comparison: null,
      compareOpen: false,
      injectOpen: false,
      errors: null,
    });
    this.publish(true);
    await this.resume(this.current);
    this.settled();
    return true;
  }

  /** Brings a branch restored from a save to where it was (replaying in slices). */
  private async resume(b: Branch): Promise<void> {
    const target = b.resume;
    if (!target) return;
    b.resume = null;
    await this.advance(
      b,
      'Restoring the run',
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
      this.runJob();
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
  };

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
      ),
      selected: this.selected,
    };
    if (logChanged) {
      this.shownLog = sim.log.length;
      next.log = sim.log.slice();
      next.inspector = this.selected ? buildInspector(sim, this.selected, this.core) : null;
    }
    const now = wallClock();
    if (
      full ||
      (logChanged && now - this.metricsAt >= METRICS_EVERY) ||
      (!this.playing && this.metricsLog !== sim.log.length)
    ) {
      this.metricsAt = now;
      this.metricsLog = sim.log.length;
      next.metrics = this.core.computeMetrics(sim.log, scenario, this.structure);
      next.msel = buildMsel(scenario, sim.log, this.core);
      next.live = buildLive(sim);
      const decisions = buildDecisions(sim);
      next.decisions = decisions;
      next.awaiting = decisions.find((d) => d.awaiting) ?? null;
    }
    if (full) {
      next.branchId = b.id;
      next.branches = this.branches.map((x) => this.branchView(x));
      next.metricInfo = this.metricInfo(scenario);
      next.speed = this.speed;
    }
    this.store.setState(next);
  }

  private branchView(b: Branch): BranchView {
    const chosen = Object.entries(b.sim.runInputs.decisions).map(([id, option]) => {
      const d = this.scenario?.decisions.find((x) => x.id === id);
      return d?.options.find((o) => o.id === option)?.label ?? option;
    });
    let description = chosen.length ? `First run: ${chosen.join('; ')}` : 'First run';
    if (b.origin) {
      const { decision, option, parent } = b.origin;
      const d = this.scenario?.decisions.find((x) => x.id === decision);
      const label = d?.options.find((o) => o.id === option)?.label ?? option;
      description = `${label} at ${this.core.formatTime(d?.at ?? 0)} (from ${parent})`;
    }
    const live = b.sim.runInputs.injects.length;
    if (live > 0) description += ` · ${live} live inject${live === 1 ? '' : 's'}`;
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
    metrics: scenario.metrics,
  };
}
