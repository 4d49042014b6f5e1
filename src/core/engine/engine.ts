// The discrete-event engine. It owns time: one agenda ordered by (time, seq) holds every
// pending thing (messages in flight, xstate delayed events, injects, decision points,
// meeting sessions). Machines are advanced with xstate's pure `transition()`; the engine
// carries out the actions they return. Same scenario + structure + seed + inputs ⇒ the same
// log, byte for byte.
import type { AnyStateMachine } from 'xstate';
import { persistedSnapshot, type MachineState } from './snapshot';
import { steppersWith, type MachineSteppers } from './stepper';
import { EventQueue } from '../queue';
import { createRng, restoreRng, type Rng } from '../rng';
import type { Decision, Scenario, SimEvent, Structure } from '../scenario/schema';
import { phrase, type EntryKind, type EntryParams } from './entry-kinds';
import type { Mark } from '../vocabulary';
import type {
  DoneParams,
  ExplainParams,
  LearnParams,
  SendParams,
  ShareParams,
} from '../machines/effects';
import {
  machines,
  overwhelmedIn,
  spawnsFor,
  startingInstances,
  type LiveInstance,
  type MachineKey,
  type Spawn,
  type SpawnContext,
} from '../machines/registry';
import { dict, own, type Dict } from './dict';
import { TrackedMap, type MapDelta } from './tracked-map';
import {
  copyKnowledge,
  forget,
  KnowledgeJournal,
  relearn,
  type Knowledge,
  type Learnt,
} from './known-journal';
import { itemsAfter, itemsBefore, TrackedQueue, type QueueDelta } from './tracked-queue';
import {
  MessageJournal,
  messagesAt,
  messagesOf,
  redoMessages,
  undoMessages,
  wholeMessages,
  type MessageDelta,
  type Messages,
  type MessagesWhole,
} from './message-journal';
import { MAX_AGENDA, MAX_LOG_ENTRIES, RunLimitError } from './limits';
import { Router } from './router';
import { DOCTRINE_ANSWER, playSite, type PlayContext, type PlayQuestion } from './played';
import { assessEscort, factsBroughtBy, WorldView, type HostPoliceUnit } from './knowledge';
import {
  escortExplained,
  escortTaskExplained,
  handoverExplained,
  isComponentMachine,
  isJointDecisionEvent,
  isPocDecisionEvent,
  isRequestWithDecider,
  pocExplained,
  type Informed,
} from './informed';
import { assessResponders } from './responders';
import { assessHandover, reviewsOnLearning } from './readiness-known';
import { assessEscortTask } from './provider-known';
import type { HandoverContext } from '../machines/handover';
import type { EscortContext } from '../machines/escort';
import type { ComponentContext } from '../machines/component';
import type { PocContext, PocInput } from '../machines/poc';
import { hostPoliceUnits } from '../machines/world';
import type {
  AgendaItem,
  Envelope,
  InFlight,
  InstanceRecord,
  LiveInject,
  LogEntry,
  RunInputs,
  SimMessage,
  SimState,
} from './types';

export interface RunOptions {
  /** Structure id; the scenario's default (or first) when absent. */
  readonly structure?: string;
  readonly seed?: number;
  readonly inputs?: Partial<RunInputs>;
  /** Stop at decision points the inputs do not answer (students); otherwise take the default. */
  readonly pauseAtDecisions?: boolean;
  /** Keep a checkpoint every K steps for step back and fork (0: none). */
  readonly checkpointEvery?: number;
  /** Size limits (limits.ts): lower ones stop a run sooner with the same RunLimitError. */
  readonly limits?: { readonly log?: number; readonly agenda?: number };
  /**
   * How some machines take their steps in place of their compiled tables (stepper.ts): only
   * the benchmark gives any, to run the same engine on hand-written reducers.
   */
  readonly steppers?: Partial<MachineSteppers>;
}

export interface Checkpoint {
  readonly step: number;
  /** The whole state as JSON, exactly as `save()` gives it (written when first read). */
  readonly state: string;
}

interface Live {
  readonly record: InstanceRecord;
  /**
   * Light from the compiled tables, full from xstate (a restore, a fallback): see snapshot.ts.
   * Changed in place while no checkpoint holds the entry (`epoch`).
   */
  snapshot: MachineState;
  /**
   * The run's epoch when the entry was made. Every checkpoint taken or restored starts a new
   * epoch, and may hold the entries made before it: those are replaced, never changed.
   */
  readonly epoch: number;
}

/** The tables a checkpoint keeps as differences from the checkpoint before it. */
interface Changes {
  readonly live: MapDelta<string, Live>;
  readonly linkFree: MapDelta<string, number>;
  readonly learnt: Learnt;
  readonly agenda: QueueDelta<AgendaItem>;
  readonly messages: MessageDelta;
}

/** The same tables whole: the first checkpoint of a chain (a run's start, a restored save). */
interface Whole {
  readonly live: ReadonlyMap<string, Live>;
  readonly linkFree: ReadonlyMap<string, number>;
  readonly knows: Knowledge;
  /** The agenda in its heap's order. */
  readonly agenda: readonly AgendaItem[];
  readonly messages: MessagesWhole;
}

/** The tables a run changes in place, as they stand at one checkpoint (but the messages). */
interface Tables {
  readonly live: TrackedMap<string, Live>;
  readonly linkFree: TrackedMap<string, number>;
  readonly knows: Knowledge;
  /** The agenda's items, in no particular order. */
  readonly agenda: AgendaItem[];
}

/**
 * A checkpoint kept in memory for stepping back. Machine snapshots and instance records are
 * immutable (a transition returns new snapshots; records never change), so they are shared
 * rather than serialised. The tables that grow with the mission — instances (every process
 * ever started), link times, what each actor knows — and those that change all the time — the
 * agenda, the messages under way — are kept as the differences from the checkpoint before
 * (`prev`), a chain that starts with one checkpoint holding them whole; the rest of the
 * engine's state is small and copied. Its JSON (`state`) is built only if someone asks for it.
 */
class Frame implements Checkpoint {
  private json: string | undefined;

  constructor(
    readonly step: number,
    /** The engine state but its agenda, RNG and the tables below (empty in it). */
    readonly data: SimState,
    readonly rng: readonly number[],
    readonly timers: ReadonlyMap<string, number>,
    /** The checkpoint `changes` lead from; none for a whole one. */
    readonly prev: Frame | undefined,
    readonly changes: Changes | undefined,
    readonly whole: Whole | undefined,
  ) {}

  /** The chain's whole checkpoint and every difference from it up to this one, oldest first. */
  chain(): { readonly whole: Whole; readonly changes: readonly Changes[] } {
    const chain: Changes[] = [];
    let whole = this.whole;
    for (let f = this.prev, changes = this.changes; changes; f = f?.prev) {
      chain.push(changes);
      whole = f?.whole;
      changes = f?.changes;
    }
    if (!whole) throw new Error('a chain of checkpoints without its whole one');
    return { whole, changes: chain.reverse() };
  }

  /** Its tables rebuilt: the chain's whole checkpoint, then every difference up to this one. */
  tables(): Tables {
    const { whole, changes: chain } = this.chain();
    const live = new TrackedMap<string, Live>(whole.live);
    const linkFree = new TrackedMap<string, number>(whole.linkFree);
    const knows = copyKnowledge(whole.knows);
    for (const changes of chain) {
      live.redo(changes.live);
      linkFree.redo(changes.linkFree);
      relearn(knows, changes.learnt);
    }
    const agenda = itemsAfter(
      whole.agenda,
      chain.map((c) => c.agenda),
    );
    return { live, linkFree, knows, agenda };
  }

  /** Its messages for a run to take on: the messages themselves, each put back where it was. */
  runMessages(): Messages {
    const { whole, changes } = this.chain();
    const messages = messagesOf(whole.messages);
    for (const c of changes) redoMessages(messages, c.messages);
    return messages;
  }

  get state(): string {
    if (this.json === undefined) {
      const state = copyState(this.data);
      const tables = this.tables();
      const { whole, changes } = this.chain();
      state.instances = instanceTable(tables.live);
      state.messages = messagesAt(
        whole.messages,
        changes.map((c) => c.messages),
      );
      state.linkFree = tableOf(tables.linkFree);
      state.knows = tables.knows;
      state.timers = tableOf(this.timers);
      state.agenda = EventQueue.sorted(tables.agenda);
      state.rng = [...this.rng];
      this.json = JSON.stringify(state);
    }
    return this.json;
  }
}

const EMPTY_INPUTS: RunInputs = { decisions: dict(), injects: [] };

/** A conditional inject as `trigger` reads it: its index, and its condition's ref and delay. */
interface WaitingInject {
  readonly index: number;
  readonly ref: string | undefined;
  readonly delay: number;
}

/**
 * A copy of the engine state the run may change without touching `state`, field by field in
 * its own key order (a checkpoint's JSON must equal save()'s), tables without a prototype.
 * The tables and the fired and facts lists are copied (facts themselves never change). The
 * agenda and RNG state, the messages, the tables the run keeps as Maps (instances, link times,
 * timers) and what actors know are left empty: a checkpoint keeps them apart (`Frame`), and
 * `save()` writes them in.
 */
function copyState(state: SimState): SimState {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(state) as (keyof SimState)[]) {
    const value = state[key];
    switch (key) {
      case 'instances':
      case 'linkFree':
      case 'timers':
        copy[key] = dict();
        break;
      case 'agenda':
      case 'rng':
        copy[key] = [];
        break;
      case 'facts':
      case 'fired':
        copy[key] = (value as readonly unknown[]).slice();
        break;
      case 'knows':
      case 'messages':
        copy[key] = dict();
        break;
      case 'nextInstance':
      case 'decided':
        copy[key] = dict(value as Record<string, unknown>);
        break;
      default:
        copy[key] = typeof value === 'object' && value !== null ? structuredClone(value) : value;
    }
  }
  return copy as unknown as SimState;
}

/** A Map as the saved state's table: a prototype-free object, keys in the Map's order. */
function tableOf<T>(map: ReadonlyMap<string, T>): Dict<T> {
  const table = dict<T>();
  for (const [key, value] of map) table[key] = value;
  return table;
}

/** The saved state's instances: each record with its machine's persisted snapshot. */
function instanceTable(live: ReadonlyMap<string, Live>): Dict<InstanceRecord> {
  const table = dict<InstanceRecord>();
  for (const [id, { record, snapshot }] of live) {
    const machine = machines[record.machine as MachineKey] as AnyStateMachine;
    table[id] = {
      machine: record.machine,
      host: record.host,
      snapshot: persistedSnapshot(machine, snapshot),
    };
  }
  return table;
}

/**
 * The state's tables keyed by scenario ids as prototype-free objects again, after JSON.parse
 * made ordinary objects of them (see dict.ts).
 */
function adoptTables(state: SimState): SimState {
  state.nextInstance = dict(state.nextInstance);
  state.timers = dict(state.timers);
  state.instances = dict(state.instances);
  state.messages = dict(state.messages);
  state.linkFree = dict(state.linkFree);
  state.decided = dict(state.decided);
  const knows = dict<Record<string, number>>();
  for (const actor of Object.keys(state.knows)) knows[actor] = dict(state.knows[actor]);
  state.knows = knows;
  state.facts ??= []; // saved before facts existed
  return state;
}

/**
 * One router per (scenario, structure), shared by every run of it: routes depend only on the
 * structure's links and the actors' handling times, and a router's cache of searched routes
 * never changes a route (router.property.test.ts), so the runs of a comparison or of a
 * student's forks search each route once between them instead of once each.
 */
const routers = new WeakMap<Scenario, Map<string, Router>>();

function routerFor(scenario: Scenario, structure: Structure): Router {
  let byStructure = routers.get(scenario);
  if (!byStructure) routers.set(scenario, (byStructure = new Map()));
  let router = byStructure.get(structure.id);
  if (!router) {
    const handling = new Map(scenario.actors.map((a) => [a.id, a.handling]));
    router = new Router(structure, (actor) => handling.get(actor) ?? 0);
    byStructure.set(structure.id, router);
  }
  return router;
}

export function pickStructure(scenario: Scenario, id?: string): Structure {
  const wanted = id ?? scenario.defaultStructure ?? scenario.structures[0]?.id;
  const found = scenario.structures.find((s) => s.id === wanted);
  if (!found) {
    const names = scenario.structures.map((s) => s.id).join(', ');
    throw new RangeError(
      `no structure "${wanted ?? ''}" in scenario ${scenario.id}; it has: ${names}`,
    );
  }
  return found;
}

/**
 * Names of nested state values, by value object: state values are never changed once made, and
 * the compiled tables hand out one value object per state, so each is named once.
 */
const named = new WeakMap<object, string>();

const stateName = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    let name = named.get(value);
    if (name === undefined) {
      name = Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => (typeof v === 'string' ? `${k}.${v}` : `${k}.${stateName(v)}`))
        .join(' & ');
      named.set(value, name);
    }
    return name;
  }
  return String(value);
};

export class Simulation {
  readonly scenario: Scenario;
  readonly structure: Structure;
  readonly log: LogEntry[] = [];
  private readonly frames: Frame[] = [];
  /** Checkpoints kept for step back and fork, oldest first (JSON only when read). */
  get checkpoints(): readonly Checkpoint[] {
    return this.frames;
  }
  private inputs: RunInputs;
  /** Actors held by seats (run input `held`), as a set for the delivery check. */
  private held: ReadonlySet<string>;
  private readonly pauseAtDecisions: boolean;
  private readonly checkpointEvery: number;
  private readonly maxLog: number;
  private readonly maxAgenda: number;
  private readonly router: Router;
  private readonly actorIds: ReadonlySet<string>;
  /** Each machine's stepper: its compiled tables unless the options gave another. */
  private readonly steppers: MachineSteppers;
  private state!: SimState;
  private agenda!: TrackedQueue<AgendaItem>;
  private rng!: Rng;
  /**
   * Instances and their snapshots; an entry is replaced, never changed, and never removed
   * (checkpoints share entries and keep the changes since the checkpoint before: tracked-map.ts).
   */
  private live = new TrackedMap<string, Live>();
  /**
   * Counts the checkpoints taken and restored: an instance's entry made in the current epoch is
   * held by no checkpoint, so a step changes its snapshot in place instead of allocating an
   * entry (a run without checkpoints never allocates one after the instance starts).
   */
  private epoch = 0;
  /**
   * Directed link key → when the link is free again. The state's `linkFree` table as a Map
   * (checkpoints keep its changes, like `live`'s); written into the state only when it is saved.
   */
  private linkFree = new TrackedMap<string, number>();
  /**
   * Live named timers: owner|sendId → the agenda seq of the timer's item (a cancelled or
   * re-armed timer is skipped when its item comes up). The state's `timers` table as a Map,
   * written into the state only when it is saved, like `linkFree`.
   */
  private timers = new Map<string, number>();
  /**
   * After a step back: the log and checkpoints as far as the run had gone, so that seeking
   * forward again restores the nearest checkpoint instead of replaying every step. Valid
   * while the inputs stay as they were (replays are exact); any change of inputs drops it.
   */
  private ahead:
    { readonly log: readonly LogEntry[]; readonly frames: readonly Frame[] } | undefined;
  /**
   * How the messages stood at the last checkpoint, for those sent, moved or gone since
   * (message-journal.ts). Notes nothing without checkpoints.
   */
  private messageJournal = new MessageJournal();
  /**
   * The checkpoint the tracked tables (`live`, `linkFree`) and the knowledge journal count
   * their changes from: the last one taken or restored. None without checkpoints, and before
   * a run's first (whole) checkpoint.
   */
  private last: Frame | undefined;
  /** What actors learnt since the last checkpoint (known-journal.ts). */
  private journal = new KnowledgeJournal();
  /**
   * Checkpoints a seek kept on its way, every tenth of the interval over its last interval, so
   * that stepping back from where it landed replays tens of steps rather than hundreds. Off the
   * chain (the checkpoints after them lead from the regular ones) and not among `checkpoints`;
   * valid while the inputs and the chain's first checkpoint stay those they were made with.
   */
  private near: {
    readonly frames: readonly Frame[];
    readonly inputs: RunInputs;
    readonly root: Frame | undefined;
  } = { frames: [], inputs: EMPTY_INPUTS, root: undefined };
  /**
   * Conditional injects by the mark they wait on, in file order: marks are written often. Each
   * with its condition's ref and delay copied into one shape (the scenario's conditions have a
   * ref or not), so that `trigger` reads one kind of object.
   */
  private readonly waiting = new Map<string, WaitingInject[]>();

  constructor(scenario: Scenario, options: RunOptions = {}) {
    this.scenario = scenario;
    this.structure = pickStructure(scenario, options.structure);
    this.inputs = { ...EMPTY_INPUTS, ...options.inputs };
    this.inputs = { ...this.inputs, decisions: dict(this.inputs.decisions) };
    this.held = new Set(this.inputs.held ?? []);
    this.pauseAtDecisions = options.pauseAtDecisions ?? false;
    this.checkpointEvery = options.checkpointEvery ?? 0;
    this.maxLog = Math.min(options.limits?.log ?? MAX_LOG_ENTRIES, MAX_LOG_ENTRIES);
    this.maxAgenda = Math.min(options.limits?.agenda ?? MAX_AGENDA, MAX_AGENDA);
    this.router = routerFor(scenario, this.structure);
    this.actorIds = new Set(scenario.actors.map((a) => a.id));
    this.steppers = steppersWith(options.steppers);
    scenario.injects.forEach((inject, index) => {
      if (!inject.when) return;
      const waiting: WaitingInject = { index, ref: inject.when.ref, delay: inject.when.delay };
      const list = this.waiting.get(inject.when.on);
      if (list) list.push(waiting);
      else this.waiting.set(inject.when.on, [waiting]);
    });
    this.reset(options.seed ?? 1);
  }

  // ── reading ───────────────────────────────────────────────────────────────────────────

  get time(): number {
    return this.state.time;
  }
  get step(): number {
    return this.state.step;
  }
  get seed(): number {
    return this.state.seed;
  }
  get status(): SimState['status'] {
    return this.state.status;
  }
  get runInputs(): RunInputs {
    return this.inputs;
  }
  /** The decision point the run waits on, if any. */
  get awaiting(): Decision | undefined {
    const id = this.state.awaiting;
    return id === undefined ? undefined : this.scenario.decisions.find((d) => d.id === id);
  }
  get decided(): Readonly<Record<string, string>> {
    return this.state.decided;
  }
  /** The played decision the run waits on: a seat holding its actor must answer. */
  get question(): PlayQuestion | undefined {
    const pending = this.state.pending;
    if (!pending) return undefined;
    const l = this.live.get(pending.target);
    if (!l) return undefined;
    return playSite(
      pending.target,
      l.record.machine,
      l.snapshot.value,
      l.snapshot.context,
      pending.event,
      this.playContext(),
    )?.question;
  }
  /** Time of the next agenda item, or undefined when nothing is left. */
  get nextTime(): number | undefined {
    return this.agenda.peek()?.time;
  }

  /** Current state name and context of every instance (actors and processes). */
  instances(): Array<{
    id: string;
    machine: string;
    host: string;
    state: string;
    context: unknown;
    done: boolean;
  }> {
    return [...this.live.entries()].map(([id, l]) => ({
      id,
      machine: l.record.machine,
      host: l.record.host,
      state: stateName(l.snapshot.value),
      context: l.snapshot.context,
      done: l.snapshot.status !== 'active',
    }));
  }

  instance(id: string): { state: string; context: unknown; machine: string } | undefined {
    const l = this.live.get(id);
    return (
      l && {
        state: stateName(l.snapshot.value),
        context: l.snapshot.context,
        machine: l.record.machine,
      }
    );
  }

  /** Messages travelling on a link at the current time (not those being handled at a desk). */
  inFlight(): InFlight[] {
    const out: InFlight[] = [];
    for (const msg of Object.values(this.state.messages)) {
      if (msg.departed === undefined || msg.arrives === undefined || msg.arrives < this.state.time)
        continue;
      if (msg.hop === 0) continue;
      out.push({
        id: msg.id,
        from: msg.path[msg.hop - 1]!,
        to: msg.path[msg.hop]!,
        about: msg.about,
        departed: msg.departed,
        arrives: msg.arrives,
      });
    }
    return out;
  }

  /** Who knows which information, and since when. */
  knowledge(): Readonly<Record<string, Readonly<Record<string, number>>>> {
    return this.state.knows;
  }

  // ── running ───────────────────────────────────────────────────────────────────────────

  /** Processes the next agenda item; returns the log entries it wrote. */
  stepOnce(): LogEntry[] {
    const from = this.log.length;
    this.advance();
    return this.log.slice(from);
  }

  /** One agenda item, without copying out the entries it wrote (run and seek loop on it). */
  private advance(): void {
    if (this.state.status !== 'running') return;
    const item = this.agenda.pop();
    if (!item) {
      this.state.status = 'finished';
      return;
    }
    this.state.time = item.time;
    this.state.step += 1;
    this.process(item);
    this.scheduleLive(this.state.step);
    this.state.logLength = this.log.length;
    if (this.checkpointEvery > 0 && this.state.step % this.checkpointEvery === 0) {
      this.frames.push(this.frame());
    }
  }

  /** Runs until the given time (inclusive), the end, or a decision point that waits. */
  runUntil(time: number): void {
    while (this.state.status === 'running') {
      const next = this.agenda.peek();
      if (!next || next.time > time) break;
      this.advance();
    }
  }

  /** Runs to the end of the scenario (or to the next decision point that waits). */
  run(): this {
    while (this.state.status === 'running') this.advance();
    return this;
  }

  /** Answers the decision point the run waits on, or records an answer for one ahead. */
  decide(decisionId: string, optionId: string): void {
    const decision = this.scenario.decisions.find((d) => d.id === decisionId);
    if (!decision) throw new RangeError(`no decision point "${decisionId}"`);
    if (!decision.options.some((o) => o.id === optionId)) {
      throw new RangeError(`decision "${decisionId}" has no option "${optionId}"`);
    }
    if (own(this.state.decided, decisionId) !== undefined) {
      throw new RangeError(`decision "${decisionId}" was already taken in this run`);
    }
    const decisions = dict(this.inputs.decisions);
    decisions[decisionId] = optionId;
    this.inputs = { ...this.inputs, decisions };
    this.ahead = undefined;
    if (this.state.awaiting === decisionId) {
      delete this.state.awaiting;
      this.state.status = 'running';
      this.applyDecision(decision, optionId);
      this.state.logLength = this.log.length;
      this.retakeCheckpoint();
    }
  }

  /**
   * A trainer's live inject: happens now (or at `at`, a later time), and is recorded in the
   * run inputs for replay.
   */
  pushInject(event: SimEvent, text: string, at?: number): void {
    const step = this.state.step;
    const when = Math.max(at ?? this.state.time, this.state.time);
    const inject: LiveInject = { at: when, event, text, step };
    this.inputs = { ...this.inputs, injects: [...this.inputs.injects, inject] };
    this.ahead = undefined;
    this.indexLive();
    this.schedule({ time: inject.at, kind: 'live', index: this.inputs.injects.length - 1 });
    this.retakeCheckpoint();
  }

  /**
   * The actors seats hold from now on: their decisions wait for the seat (a run input, so a
   * replay pauses where the exercise did). The log does not depend on it, only the answers.
   */
  hold(actors: readonly string[]): void {
    this.inputs = { ...this.inputs, held: [...new Set(actors)].sort() };
    this.held = new Set(this.inputs.held);
  }

  /**
   * Answers the played decision the run waits on: an option of its question, or "doctrine"
   * (EXCON forcing the machine's own answer). Recorded in the run inputs so it replays.
   */
  play(key: string, option: string): void {
    const pending = this.state.pending;
    const question = this.question;
    if (!pending || !question || pending.key !== key)
      throw new RangeError(`no decision "${key}" is waiting for an answer`);
    if (option !== DOCTRINE_ANSWER && !question.options.some((o) => o.id === option))
      throw new RangeError(
        `decision "${key}" has no option "${option}"; it has: ${question.options.map((o) => o.id).join(', ')}`,
      );
    this.inputs = { ...this.inputs, played: { ...this.inputs.played, [key]: option } };
    delete this.state.pending;
    this.state.status = 'running';
    this.deliver(pending.target, pending.event, pending.route);
    this.state.logLength = this.log.length;
    this.retakeCheckpoint();
  }

  private playContext(): PlayContext {
    return {
      time: this.state.time,
      knows: (actor) => this.state.knows[actor] ?? {},
      about: (message) => this.state.messages[message]?.about,
    };
  }

  /**
   * A checkpoint taken at the current step predates what was just done from outside the run
   * (a decision, a live inject): take it again, so that stepping back to it keeps it.
   */
  private retakeCheckpoint(): void {
    const stale = this.frames.findIndex((c) => c.step >= this.state.step);
    if (stale < 0) return;
    this.frames.splice(stale);
    // The changes the dropped checkpoint held are pending again, before those made since, so
    // that the new one leads from the checkpoint before it (or is taken whole in its turn).
    while (this.last && this.last.step >= this.state.step) {
      const { changes, prev } = this.last;
      if (changes) this.reopen(changes);
      this.last = prev;
    }
    this.frames.push(this.frame());
  }

  /** Live injects by the step after which they were pushed. */
  private liveByStep = new Map<number, number[]>();

  private indexLive(): void {
    this.liveByStep = new Map();
    this.inputs.injects.forEach((inject, index) => {
      if (inject.step === undefined) return;
      const list = this.liveByStep.get(inject.step);
      if (list) list.push(index);
      else this.liveByStep.set(inject.step, [index]);
    });
  }

  /** Puts the live injects pushed after this step on the agenda, as they were live. */
  private scheduleLive(step: number): void {
    if (this.liveByStep.size === 0) return;
    for (const index of this.liveByStep.get(step) ?? []) {
      const inject = this.inputs.injects[index]!;
      this.schedule({ time: Math.max(inject.at, this.state.time), kind: 'live', index });
    }
  }

  // ── saving, restoring, stepping back ──────────────────────────────────────────────────

  /** The whole state as JSON text (the log is kept apart; the state records its length). */
  save(): string {
    this.state.instances = instanceTable(this.live);
    this.state.agenda = this.agenda.toArray();
    this.state.rng = this.rng.state();
    this.state.linkFree = tableOf(this.linkFree);
    this.state.timers = tableOf(this.timers);
    return JSON.stringify(this.state);
  }

  /**
   * A checkpoint of now: the small engine state copied, machine snapshots shared, and the
   * tables that grow with the mission as their changes since the last checkpoint (whole for
   * the first one of a run).
   */
  private frame(): Frame {
    // The state's own tables for instances, messages, link times, timers and the agenda are
    // built only if the checkpoint is read as JSON.
    const data = copyState(this.state);
    const prev = this.last;
    // After the first checkpoint, what changed since the one before; the first keeps whole
    // copies, and changes are counted from it on.
    const frame = new Frame(
      this.state.step,
      data,
      this.rng.state(),
      new Map(this.timers),
      prev,
      prev
        ? {
            live: this.live.take(),
            linkFree: this.linkFree.take(),
            learnt: this.journal.take(),
            agenda: this.agenda.take(this.state.nextSeq),
            messages: this.messageJournal.take(this.state.messages),
          }
        : undefined,
      prev
        ? undefined
        : {
            live: new Map(this.live),
            linkFree: new Map(this.linkFree),
            knows: copyKnowledge(this.state.knows),
            agenda: this.agenda.heapOrder(),
            messages: wholeMessages(this.state.messages),
          },
    );
    if (!prev) {
      this.live.track();
      this.linkFree.track();
      this.journal.take();
      this.agenda.track(this.state.nextSeq);
      this.messageJournal.track();
    }
    this.last = frame;
    // The entries as they stand now belong to this checkpoint (its differences or whole copy).
    this.epoch += 1;
    return frame;
  }

  /** An instance steps on: its entry changed in place unless a checkpoint holds it. */
  private moveOn(id: string, l: Live, snapshot: MachineState): void {
    if (l.epoch === this.epoch) l.snapshot = snapshot;
    else this.live.set(id, { record: l.record, snapshot, epoch: this.epoch });
  }

  /**
   * Back (or forward, over ground already run) to a checkpoint: the tracked tables return to
   * the last checkpoint, then walk the chain of differences to `frame` — back to the
   * checkpoint both lead from, then forward along `frame`'s own chain — so the work is in
   * proportion to what changed in between, not to the tables' size.
   */
  private restoreFrame(frame: Frame): void {
    // Every entry the table gets back is held by a checkpoint.
    this.epoch += 1;
    const knows = this.state.knows;
    const messages = this.state.messages;
    this.live.discard();
    this.linkFree.discard();
    this.journal.discard(knows);
    this.messageJournal.discard(messages);
    let agenda = this.agenda.atLastCheckpoint();
    const back: Frame[] = [];
    const forward: Frame[] = [];
    let from = this.last;
    let to: Frame | undefined = frame;
    while (from && to && from !== to) {
      if (from.step >= to.step) {
        back.push(from);
        from = from.prev;
      } else {
        forward.push(to);
        to = to.prev;
      }
    }
    this.state = copyState(frame.data);
    if (from && from === to) {
      for (const f of back) {
        const changes = f.changes!;
        this.live.undo(changes.live);
        this.linkFree.undo(changes.linkFree);
        forget(knows, changes.learnt);
        undoMessages(messages, changes.messages);
      }
      if (back.length > 0)
        agenda = itemsBefore(
          agenda,
          back.map((f) => f.changes!.agenda),
          from.data.nextSeq,
        );
      for (let i = forward.length - 1; i >= 0; i--) {
        const changes = forward[i]!.changes!;
        this.live.redo(changes.live);
        this.linkFree.redo(changes.linkFree);
        relearn(knows, changes.learnt);
        redoMessages(messages, changes.messages);
      }
      if (forward.length > 0)
        agenda = itemsAfter(
          agenda,
          forward.map((f) => f.changes!.agenda),
        );
      this.state.knows = knows;
      this.state.messages = messages;
    } else {
      // Chains with no checkpoint in common (not made by seek): rebuilt from `frame`'s own.
      const tables = frame.tables();
      this.live = tables.live;
      this.linkFree = tables.linkFree;
      this.live.track();
      this.linkFree.track();
      this.state.knows = tables.knows;
      this.state.messages = frame.runMessages();
      agenda = tables.agenda;
    }
    this.last = frame;
    this.messageJournal.track();
    // Any heap of the same items pops them in the same order ((time, seq) is a total order).
    this.agenda = TrackedQueue.of(agenda);
    this.agenda.track(frame.data.nextSeq);
    this.rng = restoreRng(frame.rng);
    this.timers = new Map(frame.timers);
    this.log.length = this.state.logLength;
  }

  /** Returns to a saved state; the log is cut back to what it held then. */
  restore(saved: string, log?: readonly LogEntry[]): void {
    const state = adoptTables(JSON.parse(saved) as SimState);
    if (state.scenario !== this.scenario.id || state.structure !== this.structure.id) {
      throw new RangeError(
        `this save is of ${state.scenario}/${state.structure}, not ${this.scenario.id}/${this.structure.id}`,
      );
    }
    this.state = state;
    this.messageJournal = new MessageJournal();
    this.last = undefined;
    this.journal = new KnowledgeJournal();
    this.linkFree = new TrackedMap(Object.entries(state.linkFree));
    this.timers = new Map(Object.entries(state.timers));
    this.agenda = TrackedQueue.of(state.agenda);
    this.rng = restoreRng(state.rng);
    this.live = new TrackedMap();
    for (const [id, saved] of Object.entries(state.instances)) {
      // The run's record holds no snapshot (that is `live`'s); save() writes it in again.
      const record: InstanceRecord = { machine: saved.machine, host: saved.host, snapshot: null };
      const machine = machines[record.machine as MachineKey] as AnyStateMachine;
      const persisted = saved.snapshot as {
        value: unknown;
        context: Record<string, unknown>;
        status?: string;
      };
      const snapshot = machine.resolveState({
        value: persisted.value as never,
        context: persisted.context,
      });
      if (persisted.status && persisted.status !== 'active')
        (snapshot as { status: string }).status = persisted.status;
      this.live.set(id, { record, snapshot, epoch: this.epoch });
    }
    // Kept as Maps while the run goes on (save() writes them back).
    state.instances = dict();
    state.linkFree = dict();
    state.timers = dict();
    if (log) {
      // Entry by entry: spreading a long log into one call's arguments overflows the stack.
      this.log.length = 0;
      const n = Math.min(log.length, state.logLength);
      for (let i = 0; i < n; i++) this.log.push(log[i]!);
    }
    if (this.log.length < state.logLength)
      throw new RangeError('restore needs the log the save was taken with');
    this.log.length = state.logLength;
    // This run's checkpoints belong to another history now: start again from here.
    this.frames.length = 0;
    this.ahead = undefined;
    if (this.checkpointEvery > 0) this.frames.push(this.frame());
    // Decisions recorded after this point still apply when the run replays past them.
  }

  /**
   * Moves to step `target` (forward or back): back restores the nearest checkpoint at or
   * before it and replays. Replays are exact, so stepping back then forward changes nothing.
   */
  seek(target: number): void {
    if (target < this.state.step) {
      // Keep what lies ahead: what an earlier step back kept, unless the run has since gone
      // further (replays are exact, so the longer history holds the shorter one).
      const ahead =
        this.ahead && this.ahead.log.length >= this.log.length
          ? this.ahead
          : { log: this.log.slice(), frames: this.frames.slice() };
      let best: Frame | undefined;
      for (const c of this.frames) if (c.step <= target && (!best || c.step > best.step)) best = c;
      for (const c of this.nearFrames())
        if (c.step <= target && (!best || c.step > best.step)) best = c;
      if (best) this.restoreFrame(best);
      else this.reset(this.state.seed);
      this.frames.splice(
        0,
        this.frames.length,
        ...this.frames.filter((c) => c.step <= this.state.step),
      );
      this.ahead = ahead;
    } else if (this.ahead && target > this.state.step) {
      // Forward over ground already run: jump to the last checkpoint on the way.
      let best: Frame | undefined;
      for (const c of this.ahead.frames) {
        if (c.step > this.state.step && c.step <= target && (!best || c.step > best.step)) best = c;
      }
      if (best) {
        const from = this.log.length;
        for (let i = from; i < best.data.logLength; i++) this.log.push(this.ahead.log[i]!);
        this.restoreFrame(best);
        for (const c of this.ahead.frames) {
          if (c.step > (this.frames.at(-1)?.step ?? -1) && c.step <= best.step) this.frames.push(c);
        }
      }
    }
    this.replayTo(target);
  }

  /** The checkpoints kept near where the student stands, if still valid. */
  private nearFrames(): readonly Frame[] {
    const near = this.near;
    return near.inputs === this.inputs && near.root === this.frames[0] ? near.frames : [];
  }

  /**
   * Plays on to `target`; over the last interval before it, keeps a checkpoint off the chain
   * every tenth of the interval (replacing those kept before), for the steps back that follow.
   */
  private replayTo(target: number): void {
    const every = this.checkpointEvery;
    const gap = Math.floor(every / 10);
    const kept: Frame[] = [];
    while (this.state.step < target && this.state.status === 'running') {
      this.advance();
      const step = this.state.step;
      if (
        gap > 1 &&
        step % gap === 0 &&
        step % every !== 0 &&
        step < target &&
        target - step < every &&
        this.state.status === 'running' &&
        this.last !== undefined
      )
        kept.push(this.sideFrame());
    }
    if (kept.length > 0) this.near = { frames: kept, inputs: this.inputs, root: this.frames[0] };
  }

  /**
   * A checkpoint of now off the chain: the changes it took since the last checkpoint are put
   * back as pending, so the chain goes on from that one as if it had not been taken.
   */
  private sideFrame(): Frame {
    const prev = this.last;
    const frame = this.frame();
    const changes = frame.changes;
    if (changes) {
      this.reopen(changes);
      this.last = prev;
    }
    return frame;
  }

  /** Makes a checkpoint's changes pending again in every tracked table, as if not yet taken. */
  private reopen(changes: Changes): void {
    this.live.reopen(changes.live);
    this.linkFree.reopen(changes.linkFree);
    this.journal.reopen(changes.learnt);
    this.agenda.reopen(changes.agenda);
    this.messageJournal.reopen(changes.messages);
  }

  /**
   * A new run identical up to now but for the given decision: "what if I had chosen B?".
   * The fork replays from the start with the changed inputs, leaving this run untouched.
   */
  fork(decisionId: string, optionId: string): Simulation {
    const at = this.scenario.decisions.find((d) => d.id === decisionId)?.at ?? 0;
    const decisions = dict<string>();
    for (const d of this.scenario.decisions) {
      const chosen = own(this.inputs.decisions, d.id);
      if (chosen !== undefined && d.at < at) decisions[d.id] = chosen;
    }
    decisions[decisionId] = optionId;
    const other = new Simulation(this.scenario, {
      structure: this.structure.id,
      seed: this.state.seed,
      inputs: {
        decisions,
        injects: this.inputs.injects.filter((i) => i.at < at),
        ...(this.inputs.held ? { held: this.inputs.held } : {}),
        ...(this.inputs.played ? { played: this.inputs.played } : {}),
      },
      pauseAtDecisions: this.pauseAtDecisions,
      checkpointEvery: this.checkpointEvery,
    });
    return other;
  }

  /** Back to T+00:00 with the same seed and inputs. */
  reset(seed: number): void {
    this.rng = createRng(seed);
    this.agenda = new TrackedQueue();
    this.live = new TrackedMap();
    this.log.length = 0;
    this.frames.length = 0;
    this.ahead = undefined;
    this.messageJournal = new MessageJournal();
    this.last = undefined;
    this.journal = new KnowledgeJournal();
    this.linkFree = new TrackedMap();
    this.timers = new Map();
    this.state = {
      format: 1,
      scenario: this.scenario.id,
      structure: this.structure.id,
      seed,
      time: 0,
      step: 0,
      nextSeq: 0,
      nextMessage: 0,
      nextInstance: dict(),
      rng: [],
      agenda: [],
      timers: dict(),
      instances: dict(),
      messages: dict(),
      linkFree: dict(),
      knows: dict(),
      facts: [],
      fired: [],
      decided: dict(),
      logLength: 0,
      status: 'running',
    };
    for (const spawn of startingInstances(this.scenario, this.structure, this.rng)) {
      this.spawn(spawn);
    }
    this.scenario.injects.forEach((inject, index) => {
      if (inject.at !== undefined) this.schedule({ time: inject.at, kind: 'inject', index });
    });
    this.scenario.decisions.forEach((d, index) =>
      this.schedule({ time: d.at, kind: 'decision', index }),
    );
    this.inputs.injects.forEach((inject, index) => {
      if (inject.step === undefined) this.schedule({ time: inject.at, kind: 'live', index });
    });
    this.schedule({ time: this.scenario.duration, kind: 'end' });
    this.indexLive();
    this.scheduleLive(0);
    this.state.logLength = this.log.length;
    if (this.checkpointEvery > 0) this.frames.push(this.frame());
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────

  private schedule(item: DistributiveOmit<AgendaItem, 'seq'>): number {
    const seq = this.nextSeq();
    this.agenda.push({ ...item, seq } as AgendaItem);
    return seq;
  }

  /**
   * The next agenda sequence number, once the agenda has room. Hot paths build their item
   * with it in one literal (`seq` last, as `schedule` puts it) instead of copying one.
   */
  private nextSeq(): number {
    if (this.agenda.size >= this.maxAgenda)
      throw new RunLimitError('agenda', this.state.time, this.maxAgenda);
    return this.state.nextSeq++;
  }

  /**
   * Appends an entry of the engine's own doing (messages, injects, decisions): keys in the
   * order these entries have always had — actor, at, event, route, marks, ref, kind, params —
   * in one literal, with `undefined` for what it lacks (left out of the log's JSON).
   */
  private write<K extends EntryKind>(
    actor: string,
    at: string,
    event: string,
    route: readonly string[] | undefined,
    marks: readonly Mark[] | undefined,
    ref: string | undefined,
    kind: K,
    params: EntryParams[K],
  ): void {
    if (this.log.length >= this.maxLog)
      throw new RunLimitError('log', this.state.time, this.maxLog);
    const entry = {
      seq: this.log.length,
      time: this.state.time,
      actor,
      at,
      event,
      route,
      marks,
      ref,
      kind,
      params,
    } as LogEntry;
    this.log.push(entry);
    if (marks) for (const mark of marks) this.trigger(mark, ref);
  }

  /**
   * Appends an entry for a machine's step (an instance started, an event delivered, what a
   * judged decision says): keys in that order — actor, at, event, before, after, route, ref,
   * marks, kind, params — in one literal, `undefined` for what it lacks.
   */
  private writeStep<K extends EntryKind>(
    actor: string,
    at: string,
    event: string,
    before: string | undefined,
    after: string,
    route: readonly string[] | undefined,
    ref: string,
    marks: readonly Mark[] | undefined,
    kind: K,
    params: EntryParams[K],
  ): void {
    if (this.log.length >= this.maxLog)
      throw new RunLimitError('log', this.state.time, this.maxLog);
    const entry = {
      seq: this.log.length,
      time: this.state.time,
      actor,
      at,
      event,
      before,
      after,
      route,
      ref,
      marks,
      kind,
      params,
    } as LogEntry;
    this.log.push(entry);
    if (marks) for (const mark of marks) this.trigger(mark, ref);
  }

  /**
   * One step entry per thing the step's `explain` actions say, in order, each with its own
   * mark (empty ones say nothing). Returns whether any did: if not, the caller writes its
   * plain entry.
   */
  private writeExplained(
    actor: string,
    at: string,
    event: string,
    before: string | undefined,
    after: string,
    route: readonly string[] | undefined,
    ref: string,
    actions: readonly MachineAction[],
  ): boolean {
    let wrote = false;
    for (const action of actions) {
      if (action.type !== 'explain') continue;
      const p = action.params as ExplainParams;
      if (p.kind === undefined) continue;
      const marks = p.mark === undefined ? undefined : markList(p.mark);
      this.writeStep(actor, at, event, before, after, route, ref, marks, p.kind, p.params);
      wrote = true;
    }
    return wrote;
  }

  /** Conditional injects waiting on a mark. */
  private trigger(mark: string, ref: string | undefined): void {
    const waiting = this.waiting.get(mark);
    if (!waiting) return;
    for (const when of waiting) {
      const index = when.index;
      if (this.state.fired.includes(index)) continue;
      if (when.ref !== undefined && when.ref !== ref) continue;
      this.state.fired.push(index);
      this.schedule({ time: this.state.time + when.delay, kind: 'conditional', index });
    }
  }

  private process(item: AgendaItem): void {
    switch (item.kind) {
      case 'arrive':
        return this.arrive(item.msg);
      case 'timer': {
        if (item.key !== undefined) {
          if (this.timers.get(item.key) !== item.seq) return; // cancelled or re-armed
          this.timers.delete(item.key);
        }
        return this.deliver(item.owner, item.event);
      }
      case 'deliver':
        return this.deliver(item.target, item.event);
      case 'inject':
      case 'conditional': {
        const inject = this.scenario.injects[item.index];
        if (!inject) return;
        this.write('EXCON', 'EXCON', 'inject', undefined, INJECT_MARKS, undefined, 'inject.msel', {
          serial: inject.serial,
          method: inject.method,
          from: inject.from,
          text: inject.text,
          type: inject.event.type,
        });
        return this.start(inject.event);
      }
      case 'live': {
        const inject = this.inputs.injects[item.index];
        if (!inject) return;
        this.write('EXCON', 'EXCON', 'inject', undefined, LIVE_MARKS, undefined, 'inject.live', {
          text: inject.text,
          type: inject.event.type,
        });
        return this.start(inject.event);
      }
      case 'decision': {
        const decision = this.scenario.decisions[item.index];
        if (!decision) return;
        // The point is logged whether the run pauses or not, so a paused run and its replay
        // write the same log.
        this.write(
          decision.by,
          decision.by,
          'decision.point',
          undefined,
          markList('decision.point'),
          decision.id,
          'decision.point',
          { prompt: decision.prompt },
        );
        const chosen = own(this.inputs.decisions, decision.id);
        if (chosen !== undefined) return this.applyDecision(decision, chosen);
        if (this.pauseAtDecisions || this.held.has(decision.by)) {
          this.state.status = 'awaiting-decision';
          this.state.awaiting = decision.id;
          return;
        }
        return this.applyDecision(decision, decision.default);
      }
      case 'end':
        this.state.status = 'finished';
        this.write('EXCON', 'EXCON', 'end', undefined, undefined, undefined, 'exercise.end', {
          at: item.time,
        });
        return;
    }
  }

  private applyDecision(decision: Decision, optionId: string): void {
    const option = decision.options.find((o) => o.id === optionId) ?? decision.options[0]!;
    this.state.decided[decision.id] = option.id;
    this.write(
      decision.by,
      decision.by,
      'decision.made',
      undefined,
      markList('decision.made'),
      decision.id,
      'decision.made',
      {
        prompt: decision.prompt,
        option: option.id,
        label: option.label,
        chosen: own(this.inputs.decisions, decision.id) !== undefined,
        consequence: option.consequence,
      },
    );
    for (const event of option.events) this.start(event);
  }

  /** Sets a scenario event in motion: starts processes or changes an actor. */
  private start(event: SimEvent): void {
    // Facts it carries are true in the mission from now on (known to its source once it starts).
    if (event.type === 'information' || event.type === 'incident')
      this.state.facts.push(...factsBroughtBy(event, this.state.time));
    const spawns = spawnsFor(event, this.spawnContext());
    // An incident that overwhelms host-state police units says so: a fact that reaches a
    // decider with the incident's report, like any other.
    if (event.type === 'incident')
      for (const unit of overwhelmedIn(spawns))
        this.state.facts.push(
          ...factsBroughtBy(
            { ...event, facts: [{ about: 'host-police', unit, status: 'overwhelmed' }] },
            this.state.time,
          ),
        );
    // A scripted change of a unit's ability to respond is common ground, known to all at once.
    if (event.type === 'capacity-change' && event.respond !== undefined)
      this.state.facts.push({
        info: event.actor,
        at: this.state.time,
        from: event.actor,
        summary: '',
        fact: {
          about: 'host-police',
          unit: event.actor,
          status: event.respond ? 'able' : 'overwhelmed',
        },
        common: true,
      });
    for (const spawn of spawns) {
      this.spawn(spawn);
    }
  }

  /** The world a scenario event lands in (see machines/world.ts). */
  private spawnContext(): SpawnContext {
    return {
      scenario: this.scenario,
      structure: this.structure,
      rng: this.rng,
      time: this.state.time,
      instances: () => this.liveInstances(),
    };
  }

  /** The instances as they stand, for events that depend on the world (see machines/world.ts). */
  private *liveInstances(): Generator<LiveInstance> {
    for (const [id, l] of this.live)
      yield {
        id,
        machine: l.record.machine,
        value: l.snapshot.value,
        context: l.snapshot.context,
        done: l.snapshot.status !== 'active',
      };
  }

  private spawn(spawn: Spawn): void {
    if (spawn.kind === 'deliver') {
      this.schedule({
        time: this.state.time,
        kind: 'deliver',
        target: spawn.target,
        event: spawn.event,
      });
      return;
    }
    const n = (this.state.nextInstance[spawn.prefix] ?? 0) + 1;
    this.state.nextInstance[spawn.prefix] = n;
    // Ids come from the scenario; a second event with the same id gets a numbered twin.
    const wanted = spawn.id ?? `${spawn.prefix}-${n}`;
    const id = this.live.has(wanted) ? `${wanted}-${n}` : wanted;
    // A POC authority that witnessed the incident itself decides as it begins, on what it knows.
    const poc = spawn.machine === 'poc' ? this.pocAtOnce(spawn.input as PocInput) : undefined;
    const [snapshot, actions] = this.steppers[spawn.machine].start(poc?.input ?? spawn.input);
    const record: InstanceRecord = { machine: spawn.machine, host: spawn.host, snapshot: null };
    this.live.set(id, { record, snapshot, epoch: this.epoch });
    const after = stateName(snapshot.value);
    const host = record.host;
    // Actors' component machines start silently unless they have something to say.
    const spoke = this.writeExplained(id, host, 'start', undefined, after, undefined, id, actions);
    if (!spoke && spawn.prefix !== 'actor')
      this.writeStep(
        id,
        host,
        'start',
        undefined,
        after,
        undefined,
        id,
        undefined,
        'process.started',
        {
          machine: spawn.machine,
        },
      );
    if (poc)
      for (const { what, mark } of poc.after(snapshot.context as PocContext))
        this.write(id, host, mark, undefined, markList(mark), id, what.kind, what.params);
    this.perform(id, record.host, actions);
  }

  /** Delivers an event to an instance, advances its machine, carries out its actions. */
  private deliver(target: string, event: SimMessage, route?: readonly string[]): void {
    const l = this.live.get(target);
    if (!l || l.snapshot.status !== 'active') return;
    // A decision taken on what the decider knows (engine/knowledge.ts): judged before a seat or
    // the machine decides, explained once it has.
    const informed = this.informed(l, event);
    if (informed) event = informed.event;
    // Played decisions cost nothing in a run no seat takes part in (and leave its log as is).
    if (this.held.size > 0 || this.inputs.played !== undefined) {
      const played = this.played(target, l, event, route);
      if (played === null) return;
      event = played;
    }
    // The road's draw only once the decision goes ahead (a seat's wait would draw it twice).
    if (informed) event = informed.go(event);
    const before = l.snapshot.value;
    const [next, actions] = this.steppers[l.record.machine as MachineKey].step(l.snapshot, event);
    const host = l.record.host;
    this.moveOn(target, l, next);
    const name = eventName(event.type);
    const from = stateName(before);
    const to = stateName(next.value);
    if (!this.writeExplained(target, host, name, from, to, route, target, actions))
      this.writeStep(target, host, name, from, to, route, target, undefined, 'transition', {
        event: event.type,
        before: from,
        after: to,
      });
    if (informed)
      for (const { what, mark } of informed.after(next.value, next.context))
        this.writeStep(
          target,
          host,
          mark,
          from,
          to,
          route,
          target,
          markList(mark),
          what.kind,
          what.params,
        );
    this.perform(target, host, actions);
  }

  /**
   * The escort decision on the decider's knowledge: the judged criteria ride on the event, and
   * the truth's raised risk is drawn on the road (only when it is raised, so runs without facts
   * draw exactly as before).
   */
  private informed(l: Live, event: SimMessage): Informed | undefined {
    if (l.record.machine === 'poc') return this.pocInformed(l, event);
    if (l.record.machine === 'handover') return this.handoverInformed(l, event);
    if (event.type === 'task.done' && event['need'] === 'team') return this.taskInformed(l, event);
    if (
      l.record.machine !== 'escort' ||
      event.type !== 'assessed' ||
      !isRequestWithDecider(l.snapshot.value)
    )
      return undefined;
    const c = l.snapshot.context as EscortContext;
    const a = assessEscort(
      this.scenario,
      c,
      this.hostPoliceUnits(),
      this.state.facts,
      this.knowsOf(c.decider),
    );
    return {
      event: { ...event, judged: a.judged },
      go: (ready) => {
        if (c.incident || a.risk <= c.incidentRisk) return ready;
        const incident = this.rng.chance((a.risk - c.incidentRisk) / (1 - c.incidentRisk));
        return incident ? { ...ready, incident } : ready;
      },
      after: (value) => escortExplained(c, a, value),
    };
  }

  /**
   * A UN provider's answer to an escort task, on what it knows of the route: the route rule
   * rides on the event (a seat sees doctrine on it), and a team the provider judges unable to
   * hold the route stays in unless a seat sent it.
   */
  private taskInformed(l: Live, event: SimMessage): Informed | undefined {
    if (!isComponentMachine(l.record.machine)) return undefined;
    const msg = this.state.messages[event['task'] as number];
    const escort = msg?.event.type === 'provider.answer' ? this.live.get(msg.target) : undefined;
    if (escort?.record.machine !== 'escort') return undefined;
    const e = escort.snapshot.context as EscortContext;
    const c = l.snapshot.context as ComponentContext;
    const provider = l.record.host;
    const a = assessEscortTask(
      this.scenario,
      { area: e.area, taught: e.taughtCredible },
      { out: c.teamsOut, teams: c.teams },
      this.state.facts,
      this.knowsOf(provider),
    );
    let played: boolean | undefined;
    return {
      event: { ...event, route: a.route },
      go: (ready) => {
        played = ready['answer'] as boolean | undefined;
        return played === undefined && a.team.free && a.verdict === 'decline'
          ? { ...ready, answer: false }
          : ready;
      },
      after: () => escortTaskExplained(provider, e.id, a, played),
    };
  }

  /**
   * The POC responder choice on the authority's knowledge: the host-state police responders'
   * ability as it judges it rides on the report that brings it the decision.
   */
  private pocInformed(l: Live, event: SimMessage): Informed | undefined {
    const c = l.snapshot.context as PocContext;
    if (!c.threatToCivilians || !isPocDecisionEvent(c, l.snapshot.value, event.type))
      return undefined;
    const a = this.assessPoc(c);
    if (a.rules.length === 0) return undefined;
    return {
      event: { ...event, judged: a.judged },
      go: (ready) => ready,
      after: (_value, context) => pocExplained(context as PocContext, a),
    };
  }

  /**
   * The joint decision on a handover to host-state police, on the authority's knowledge: the
   * report it decides on rides on the field assessment that brings it the decision.
   */
  private handoverInformed(l: Live, event: SimMessage): Informed | undefined {
    if (!isJointDecisionEvent(l.snapshot.value, event.type)) return undefined;
    const c = l.snapshot.context as HandoverContext;
    const a = assessHandover(
      this.scenario,
      c,
      this.hostPoliceUnits(),
      this.state.facts,
      this.knowsOf(c.authority),
    );
    if (!a) return undefined;
    return {
      event: { ...event, report: a.judged },
      go: (ready) => ready,
      after: (value) => handoverExplained(c, a, value),
    };
  }

  /** An incident the POC authority witnessed as hub: judged before its machine starts. */
  private pocAtOnce(input: PocInput) {
    if (!input.threatToCivilians || input.reporter !== input.hub || input.hub !== input.decider)
      return undefined;
    // It knows the incident first-hand from the moment it begins.
    const a = this.assessPoc(input, input.id);
    if (a.rules.length === 0) return undefined;
    return {
      input: { ...input, judged: a.judged },
      after: (context: PocContext) => pocExplained(context, a),
    };
  }

  private assessPoc(c: PocInput, witnessed?: string) {
    const knows = this.knowsOf(c.decider);
    return assessResponders(
      this.scenario,
      c,
      this.hostPoliceUnits(),
      this.state.facts,
      (info) => info === witnessed || knows(info),
    );
  }

  /** Whether an actor has received a piece of information, as its decisions are judged on. */
  private knowsOf(actor: string): (info: string) => boolean {
    const known = this.state.knows[actor] ?? {};
    return (info) => known[info] !== undefined;
  }

  /** The host-state police units as they are now (see machines/world.ts, `hostPoliceUnits`). */
  private hostPoliceUnits(): HostPoliceUnit[] {
    const truth = new WorldView(this.scenario, this.state.facts);
    return hostPoliceUnits(this.spawnContext(), (unit) => truth.unit(unit).overwhelmed);
  }

  /**
   * The event to deliver when it triggers a decision a seat can play: with the seat's answer
   * (logged beside doctrine's), unchanged when the machine decides, or null when the run must
   * wait for the seat holding the decider.
   */
  private played(
    target: string,
    l: Live,
    event: SimMessage,
    route: readonly string[] | undefined,
  ): SimMessage | null {
    const site = playSite(
      target,
      l.record.machine,
      l.snapshot.value,
      l.snapshot.context,
      event,
      this.playContext(),
    );
    if (!site) return event;
    const q = site.question;
    const answer = this.inputs.played ? own(this.inputs.played, q.key) : undefined;
    if (answer === undefined) {
      if (!this.held.has(q.actor)) return event;
      this.state.pending = { key: q.key, target, event, ...(route ? { route } : {}) };
      this.state.status = 'awaiting-decision';
      return null;
    }
    const forced = answer === DOCTRINE_ANSWER;
    const option = forced ? q.doctrine : answer;
    this.write(
      q.actor,
      q.actor,
      'decision.played',
      undefined,
      markList('decision.played'),
      q.process,
      'decision.played',
      {
        actor: q.actor,
        site: q.site,
        option,
        doctrine: q.doctrine,
        reason: q.reason,
        forced,
        departs: option !== q.doctrine,
        ...(q.area !== undefined ? { area: q.area } : {}),
        ...(q.to !== undefined ? { to: q.to } : {}),
      },
    );
    return site.apply(option);
  }

  /** Carries out what a machine asked for, after its log entry is written. */
  private perform(owner: string, host: string, actions: readonly MachineAction[]): void {
    for (const action of actions) {
      const params = action.params as Record<string, unknown> | undefined;
      switch (action.type) {
        case 'xstate.raise': {
          const p = params as { event: SimMessage; id?: string; delay?: number };
          const time = this.state.time + (p.delay ?? 0);
          const seq = this.nextSeq();
          if (p.id === undefined) {
            // A raise the machine did not name cannot be cancelled: no entry in the timers.
            this.agenda.push({ time, kind: 'timer', owner, key: undefined, event: p.event, seq });
          } else {
            const key = `${owner}|${p.id}`;
            this.timers.set(key, seq);
            this.agenda.push({ time, kind: 'timer', owner, key, event: p.event, seq });
          }
          break;
        }
        case 'xstate.cancel': {
          const p = params as { sendId: string };
          this.timers.delete(`${owner}|${p.sendId}`);
          break;
        }
        case 'send':
          this.send(owner, host, params as unknown as SendParams);
          break;
        case 'done':
          this.handled(owner, params as unknown as DoneParams);
          break;
        case 'share':
          this.share(params as unknown as ShareParams);
          break;
        case 'learn': {
          const p = params as unknown as LearnParams;
          for (const who of p.who) this.learn(who, p.info);
          break;
        }
        default:
          // explain was read before; assign and other built-ins are already in the snapshot.
          break;
      }
    }
  }

  private send(owner: string, host: string, params: SendParams): void {
    if (typeof params.to !== 'string') {
      for (const to of params.to) this.send(owner, host, Object.assign({}, params, { to }));
      return;
    }
    const p = params as SendParams & { readonly to: string };
    const id = this.state.nextMessage++;
    const origin = p.from ?? host;
    const ref = `m${id}`;
    if (!this.actorIds.has(p.to)) {
      this.write(
        owner,
        origin,
        'message.undeliverable',
        undefined,
        markList('message.undeliverable'),
        ref,
        'message.no-actor',
        { about: p.about, to: p.to },
      );
      return;
    }
    const route = this.router.route(origin, p.to);
    if (route === null) {
      this.write(
        owner,
        origin,
        'message.undeliverable',
        undefined,
        markList('message.undeliverable'),
        ref,
        'message.no-path',
        { about: p.about, from: origin, to: p.to, structure: this.structure.name },
      );
      this.agenda.push({
        time: this.state.time,
        kind: 'deliver',
        target: p.target ?? owner,
        event: { type: 'undeliverable', to: p.to, original: p.event.type },
        seq: this.nextSeq(),
      });
      return;
    }
    const path = route.nodes;
    // One literal in the envelope's key order; `departed` and `arrives` are set when it first
    // leaves (undefined until then, which the saved state's JSON leaves out).
    const msg: Envelope = {
      id,
      from: origin,
      to: p.to,
      target: p.target ?? owner,
      event: p.event,
      info:
        p.infoKnownBy === undefined
          ? (p.info ?? NOTHING)
          : [...new Set([...(p.info ?? []), ...this.knownBy(p.infoKnownBy)])],
      need: p.need ?? 'none',
      about: p.about,
      sentAt: this.state.time,
      path,
      hop: 0,
      departed: undefined,
      arrives: undefined,
    };
    this.messageJournal.change(this.state.messages, id);
    this.state.messages[id] = msg;
    this.write(owner, origin, 'message.sent', path, markList('message.sent'), ref, 'message.sent', {
      about: p.about,
      from: origin,
      to: p.to,
      via: route.via,
    });
    if (route.hops.length === 0)
      this.agenda.push({ time: this.state.time, kind: 'arrive', msg: id, seq: this.nextSeq() });
    else this.transmit(msg);
  }

  /** Puts a message on its next link: capacity queueing, latency, jitter and loss. */
  private transmit(msg: Envelope): void {
    const hop = this.router.route(msg.path[msg.hop]!, msg.path[msg.hop + 1]!)?.hops[0];
    if (!hop) return;
    const link = hop.link;
    const free = this.linkFree.get(hop.key) ?? 0;
    const depart = Math.max(this.state.time, free);
    this.linkFree.set(hop.key, depart + 60 / link.capacity);
    const jitter = link.jitter > 0 ? this.rng.int(0, link.jitter) : 0;
    const arrive = depart + link.latency + jitter;
    if (!this.rng.chance(link.reliability)) {
      this.messageJournal.change(this.state.messages, msg.id);
      delete this.state.messages[msg.id];
      this.write(
        hop.from,
        hop.from,
        'message.lost',
        [hop.from, hop.to],
        markList('message.lost'),
        `m${msg.id}`,
        'message.lost',
        {
          about: msg.about,
          from: msg.from,
          to: msg.to,
          hopFrom: hop.from,
          hopTo: hop.to,
          channel: link.channel,
          reliability: link.reliability,
        },
      );
      return;
    }
    const moving = this.writableMessage(msg);
    moving.hop += 1;
    moving.departed = depart;
    moving.arrives = arrive;
    this.agenda.push({ time: arrive, kind: 'arrive', msg: msg.id, seq: this.nextSeq() });
  }

  /** The message, about to move: its position at the last checkpoint noted first. */
  private writableMessage(msg: Envelope): Envelope {
    this.messageJournal.change(this.state.messages, msg.id);
    return msg;
  }

  /** A message reaches the actor at its current hop: it becomes a task for that actor. */
  private arrive(id: number): void {
    const msg = this.state.messages[id];
    if (!msg) return;
    const at = msg.path[msg.hop]!;
    const final = msg.hop === msg.path.length - 1;
    this.deliver(at, {
      type: 'task',
      task: id,
      need: final ? msg.need : 'none',
      from: msg.path[msg.hop - 1] ?? msg.from,
      about: final ? msg.about : phrase('about.relay', { about: msg.about }),
    });
  }

  /** An actor finished handling a message: relay it on, or hand its event to the target. */
  private handled(actor: string, p: DoneParams): void {
    const msg = this.state.messages[p.task];
    if (!msg) return;
    if (!p.accepted && msg.need !== 'team' && msg.need !== 'attend') {
      this.messageJournal.change(this.state.messages, p.task);
      delete this.state.messages[p.task];
      this.write(
        actor,
        actor,
        'message.unanswered',
        undefined,
        markList('message.unanswered'),
        `m${msg.id}`,
        'message.unanswered',
        { about: msg.about, from: msg.from, to: msg.to, by: actor },
      );
      return;
    }
    this.learn(actor, msg.info);
    if (msg.hop < msg.path.length - 1) {
      this.transmit(msg);
      return;
    }
    this.messageJournal.change(this.state.messages, p.task);
    delete this.state.messages[p.task];
    this.write(
      actor,
      actor,
      'message.delivered',
      msg.path,
      markList('message.delivered'),
      `m${msg.id}`,
      'message.delivered',
      {
        about: msg.about,
        from: msg.from,
        to: msg.to,
        by: actor,
        minutes: this.state.time - msg.sentAt,
      },
    );
    this.agenda.push({
      time: this.state.time,
      kind: 'deliver',
      target: msg.target,
      // Object.assign rather than a spread followed by fields, which V8 in Node 20 builds
      // several times slower.
      event: Object.assign(
        {},
        msg.event,
        p.report
          ? { by: actor, accepted: p.accepted, report: p.report }
          : { by: actor, accepted: p.accepted },
      ),
      seq: this.nextSeq(),
    });
  }

  /** Every information id an actor knows now, in a stable order. */
  private knownBy(actor: string): string[] {
    return Object.keys(this.state.knows[actor] ?? {}).sort();
  }

  private learn(actor: string, info: readonly string[]): void {
    if (info.length === 0) return;
    let known = this.state.knows[actor];
    // Whether the next item learnt gives the actor its table (journalled for going back).
    let created = known === undefined;
    if (!known) known = this.state.knows[actor] = dict();
    for (const item of info) {
      if (known[item] !== undefined) continue;
      known[item] = this.state.time;
      // Checkpoints keep what was learnt since the one before (known-journal.ts).
      if (this.last !== undefined) this.journal.record(actor, item, this.state.time, created);
      created = false;
      this.write(
        actor,
        actor,
        'information.reached',
        undefined,
        markList('information.reached'),
        item,
        'information.reached',
        { actor, info: item },
      );
      // A handover authority hearing that the unit it handed a district to was overwhelmed
      // reviews the district now (readiness moved by events, as far as the structure carries it).
      if (this.state.facts.length > 0)
        for (const handover of reviewsOnLearning(
          this.state.facts,
          this.liveInstances(),
          actor,
          item,
        ))
          this.schedule({
            time: this.state.time,
            kind: 'deliver',
            target: handover,
            event: { type: 'readiness.changed', incident: item },
          });
    }
  }

  private share(p: ShareParams): void {
    const pooled = new Set<string>();
    for (const actor of p.present)
      for (const item of Object.keys(this.state.knows[actor] ?? {})) pooled.add(item);
    const items = [...pooled].sort();
    for (const actor of p.present) this.learn(actor, items);
  }
}

/** xstate names delayed events `xstate.after.<delay>.<state path>`: the log says `after <delay>`. */
function eventName(type: string): string {
  if (!type.startsWith('xstate.after.')) return type;
  const delay = type.slice('xstate.after.'.length).split('.')[0] ?? '';
  return `after ${delay}`;
}

type MachineAction = { readonly type: string; readonly params?: unknown };

/** One frozen list per mark, shared by every entry that carries that mark alone. */
const markLists = new Map<string, readonly Mark[]>();

function markList(mark: Mark): readonly Mark[] {
  let list = markLists.get(mark);
  if (!list) markLists.set(mark, (list = Object.freeze([mark])));
  return list;
}

const INJECT_MARKS: readonly Mark[] = Object.freeze(['inject']);
const LIVE_MARKS: readonly Mark[] = Object.freeze(['inject', 'inject.live']);
/** A message that carries no information (shared: messages are never changed in place but for their position). */
const NOTHING: readonly string[] = Object.freeze([]);

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
