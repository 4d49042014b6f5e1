// xstate's `transition()` compiled into tables, per machine, at first use. xstate stays the
// single definition of every machine: the tables are read off the machine's own state nodes
// (their transitions, entry and exit actions, `after` timers, initial states), and the guards,
// assigns, params and delays are the machine's own functions, called in xstate's order. What
// is saved is xstate's work per event — searching candidate transitions, computing exit and
// entry sets, sorting them, rebuilding the state value and tags, cloning snapshots — which for
// a machine without parallel regions or history is a function of (active leaf, transition)
// and is worked out once. A step returns a light snapshot (snapshot.ts: the configuration,
// the context, the status) instead of xstate's fifteen-field object; `compiledTransition`
// and `fullSnapshot` give xstate's own snapshot (same keys, same order) where one is needed,
// and either kind goes in.
//
// Anything the tables do not cover — parallel or history states, invoked actors, outputs,
// higher-order guards, a built-in action other than assign / raise / cancel / enqueueActions
// — is handed to xstate's own algorithm (the cached-scope `transition()` of pure.ts): for the
// whole machine when it is known at compile time, or for that one event when met on the way
// (machines are pure, so starting the event again changes nothing).
// tests/scenarios/compiled-machines.property.test.ts checks the two agree on random event
// sequences for every machine of the registry.
import type { AnyActorScope, AnyStateMachine, EventObject } from 'xstate';
import {
  initialTransition as xstateInitial,
  transition as xstateTransition,
  scopeOf,
} from './pure';
import {
  fullSnapshot,
  LightSnapshot,
  type Configuration,
  type TableState,
  type Snapshot,
} from './snapshot';

/** An action the engine carries out, with its params resolved (xstate's executable action, minus the closures). */
export interface ResolvedAction {
  readonly type: string;
  readonly params: unknown;
}

/** The parts of xstate's StateNode the tables are built from (public fields, loosely typed). */
interface Node {
  readonly id: string;
  readonly key: string;
  readonly type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  readonly parent: Node | undefined;
  readonly order: number;
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
  readonly states: Readonly<Record<string, Node>>;
  readonly transitions: ReadonlyMap<string, readonly Transition[]>;
  readonly always?: readonly Transition[];
  readonly initial: { readonly actions: readonly unknown[]; readonly target: readonly Node[] };
  readonly invoke: readonly unknown[];
  readonly output: unknown;
  readonly tags: readonly string[];
}

interface Transition {
  readonly source: Node;
  readonly target: readonly Node[] | undefined;
  readonly actions: readonly unknown[];
  readonly guard: unknown;
  readonly reenter: boolean;
}

/** Where a transition from a given leaf leads: worked out once, then read. */
interface Step {
  /** The exit actions of the states exited, innermost first (those with any), prepared. */
  readonly exit: ReadonlyArray<readonly Prepared[]>;
  /** The transition's own actions, prepared. */
  readonly actions: readonly Prepared[];
  /**
   * States entered, outermost first, each with its entry actions followed — on a default
   * entry — by its initial ones: one list, as xstate resolves them, prepared.
   */
  readonly enter: ReadonlyArray<{ readonly node: Node; readonly actions: readonly Prepared[] }>;
  readonly to: Leaf;
}

/** One active configuration (a leaf and its ancestors): the tables hang off it. */
interface Leaf extends Configuration {
  readonly node: Node;
  /** Leaf first, root last: the order xstate looks for a transition in. */
  readonly chain: readonly Node[];
  /** The snapshot fields that depend only on the configuration. */
  readonly nodes: readonly Node[];
  readonly value: unknown;
  readonly tags: ReadonlySet<string>;
  /** Candidate transitions by event type, along the chain (lazily). */
  readonly candidates: Map<string, ReadonlyArray<readonly Transition[]>>;
  readonly steps: Map<Transition, Step>;
}

/** Thrown on anything the tables do not cover; the event is then given to xstate. */
class NotCompiled extends Error {}

interface Compiled {
  readonly machine: AnyStateMachine;
  readonly leaves: Map<Node, Leaf>;
  /** Each action list of the machine (entry, exit, a transition's), resolved once. */
  readonly lists: Map<readonly unknown[], readonly Prepared[]>;
  /** Each guard of the machine's transitions, resolved once. */
  readonly guards: Map<Transition, Guard | null>;
  /** The machine's inert actor scope (pure.ts), which assigns and built-ins are handed. */
  readonly scope: AnyActorScope;
  /**
   * The base of initial snapshots (see LightSnapshot): the machine, empty children and
   * history, xstate's snapshot methods. Built at the first start.
   */
  base?: Snapshot;
}

const compiled = new WeakMap<AnyStateMachine, Compiled | null>();

function compile(machine: AnyStateMachine): Compiled | null {
  const root = machine.root as unknown as Node;
  if (root.type !== 'compound' || root.output !== undefined) return null;
  const all: Node[] = [];
  const walk = (n: Node): void => {
    all.push(n);
    for (const child of Object.values(n.states)) walk(child);
  };
  walk(root);
  for (const n of all) {
    if (n.type === 'parallel' || n.type === 'history' || n.invoke.length > 0) return null;
    if (n.type === 'final' && n.output !== undefined) return null;
  }
  return {
    machine,
    leaves: new Map(),
    lists: new Map(),
    guards: new Map(),
    scope: scopeOf(machine).scope,
  };
}

function compiledOf(machine: AnyStateMachine): Compiled | null {
  let c = compiled.get(machine);
  if (c === undefined) {
    c = compile(machine);
    compiled.set(machine, c);
  }
  return c;
}

function leafOf(c: Compiled, node: Node): Leaf {
  let leaf = c.leaves.get(node);
  if (leaf) return leaf;
  const chain: Node[] = [];
  for (let n: Node | undefined = node; n; n = n.parent) chain.push(n);
  const path = chain.slice(0, -1).reverse(); // root excluded, outermost first
  // xstate's state value: the leaf's key under its ancestors' keys ({ a: { b: 'c' } }).
  let value: unknown = path.at(-1)?.key ?? {};
  for (let i = path.length - 2; i >= 0; i--) value = { [path[i]!.key]: value };
  const nodes = chain.slice().reverse();
  leaf = {
    node,
    chain,
    nodes,
    value,
    tags: new Set(nodes.flatMap((n) => n.tags)),
    candidates: new Map(),
    steps: new Map(),
  };
  c.leaves.set(node, leaf);
  return leaf;
}

/** The active leaf of a state (machines the tables cover have exactly one). */
function leafOfState(c: Compiled, state: TableState): Leaf {
  // A light snapshot carries the leaf the tables stepped to (a machine's tables are its own).
  if (state instanceof LightSnapshot) return state.configuration as Leaf;
  const snapshot = state;
  const nodes = (snapshot as unknown as { _nodes: readonly Node[] })._nodes;
  let atomic: Node | undefined;
  for (const n of nodes) if (n.type === 'atomic' || n.type === 'final') atomic = n;
  if (!atomic) throw new NotCompiled();
  return leafOf(c, atomic);
}

/** xstate's `matchesEventDescriptor`: exact, `*`, or a `prefix.*` wildcard. */
function matchesDescriptor(type: string, descriptor: string): boolean {
  if (descriptor === type || descriptor === '*') return true;
  if (!descriptor.endsWith('.*')) return false;
  const partial = descriptor.split('.');
  const tokens = type.split('.');
  for (let i = 0; i < partial.length; i++) {
    if (partial[i] === '*') return i === partial.length - 1;
    if (partial[i] !== tokens[i]) return false;
  }
  return true;
}

/** xstate's `getCandidates` for one node: the exact match first, then wildcards, longest first. */
function nodeCandidates(node: Node, type: string): readonly Transition[] {
  const exact = node.transitions.get(type);
  const wild = [...node.transitions.keys()]
    .filter((d) => d !== type && matchesDescriptor(type, d))
    .sort((a, b) => b.length - a.length)
    .flatMap((d) => node.transitions.get(d) ?? []);
  return exact ? [...exact, ...wild] : wild;
}

function candidatesFor(leaf: Leaf, type: string): ReadonlyArray<readonly Transition[]> {
  return leaf.candidates.get(type) ?? findCandidates(leaf, type);
}

// The tables' lookups (candidatesFor, stepOf, preparedList, guardOf) are hot; working out an
// entry is not, and runs once per entry. Kept in functions of their own so that V8 optimises
// the lookup alone: a cold path inside it, optimised with whatever it had met so far, threw the
// lookup's optimised code away each time a new kind of state node or action reached it, and
// every comparison worker thread compiled it again.
function findCandidates(leaf: Leaf, type: string): ReadonlyArray<readonly Transition[]> {
  const found = objects(
    leaf.chain.map((n) => nodeCandidates(n, type)).filter((list) => list.length > 0),
  );
  leaf.candidates.set(type, found);
  return found;
}

/**
 * The same items in an array V8 stores as "any value" even when empty. An empty array made by
 * a literal, `map` or a spread is a small-integer array, of another hidden class than a list of
 * objects: optimised code that iterates the tables' lists and had met only one of the two
 * was thrown away at the first of the other. Every list the tables hand out is made here.
 */
function objects<T>(items: readonly T[]): readonly T[] {
  const list: T[] = [undefined as T];
  list.pop();
  for (const item of items) list.push(item);
  return list;
}

function isDescendant(child: Node, parent: Node): boolean {
  let m = child;
  while (m.parent && m.parent !== parent) m = m.parent;
  return m.parent === parent;
}

/** xstate's exit and entry sets for a transition out of a leaf, without parallel or history states. */
function stepOf(c: Compiled, leaf: Leaf, t: Transition): Step {
  return leaf.steps.get(t) ?? findStep(c, leaf, t);
}

function findStep(c: Compiled, leaf: Leaf, t: Transition): Step {
  const targets = t.target ?? [];
  if (targets.length !== 1) throw new NotCompiled();
  const target = targets[0]!;
  const source = t.source;
  let domain: Node | undefined;
  if (!t.reenter && (target === source || isDescendant(target, source))) domain = source;
  else
    for (let a = target.parent; a; a = a.parent)
      if (isDescendant(source, a)) {
        domain = a;
        break;
      }
  if (!domain) throw new NotCompiled(); // a re-entering transition of the root
  const exit = leaf.chain.filter(
    (n) => isDescendant(n, domain) || (t.reenter && source === domain && n === domain),
  );
  exit.sort((a, b) => b.order - a.order);
  const enter = new Map<Node, boolean>();
  if (source !== target || source !== domain || t.reenter) enter.set(target, true);
  for (let n = target; n.type === 'compound';) {
    const first = n.initial.target[0];
    if (!first) throw new NotCompiled();
    enter.set(first, true);
    n = first;
  }
  for (let a = target.parent; a && a !== domain; a = a.parent)
    if (!enter.has(a)) enter.set(a, false);
  const entered = [...enter].map(([node, initial]) => ({ node, initial }));
  entered.sort((a, b) => a.node.order - b.node.order);
  // The new leaf: the innermost entered state, or the old leaf when only ancestors changed.
  const kept = leaf.chain.filter((n) => !exit.includes(n));
  const active = [...kept, ...entered.map((e) => e.node)];
  const atomic = active.filter((n) => n.type === 'atomic' || n.type === 'final');
  if (atomic.length !== 1) throw new NotCompiled();
  const step: Step = {
    exit: objects(exit.filter((n) => n.exit.length > 0).map((n) => preparedList(c, n.exit))),
    actions: preparedList(c, t.actions),
    enter: objects(
      entered.map(({ node, initial }) => ({
        node,
        actions: objects(
          (initial ? [...node.entry, ...node.initial.actions] : node.entry).map((a) =>
            prepare(c, a),
          ),
        ),
      })),
    ),
    to: leafOf(c, atomic[0]!),
  };
  leaf.steps.set(t, step);
  return step;
}

/**
 * One macrostep in progress: where the machine stands (its leaf and status), the context so
 * far, the raised events, the actions out. One object per step.
 */
interface Run {
  readonly c: Compiled;
  leaf: Leaf;
  status: 'active' | 'done';
  context: Record<string, unknown>;
  /** An assign ran in the current microstep (xstate then returns a new snapshot). */
  assigned: boolean;
  /** Made at the first event raised (most steps raise none, or only delayed ones). */
  queue: EventObject[] | undefined;
  readonly actions: ResolvedAction[];
}

type Impl = ((...args: never[]) => unknown) & {
  readonly resolve?: unknown;
  readonly type?: string;
  readonly assignment?: unknown;
  /** raise: the event or the function giving it, its id, its delay (a name, a number or a function). */
  readonly event?: unknown;
  readonly id?: string;
  readonly delay?: unknown;
  /** cancel: the id of the raise to cancel, or the function giving it. */
  readonly sendId?: unknown;
};

/** What xstate hands a built-in action's expressions (event, delay, sendId). */
interface ActionArgs {
  readonly context: Record<string, unknown>;
  readonly event: EventObject;
  readonly self: unknown;
  readonly system: unknown;
}

type Expr = (args: ActionArgs, params: unknown) => unknown;

type ParamsFn = (args: { context: unknown; event: EventObject }) => unknown;

/**
 * An action of the machine's definition with what xstate looks up for it on every event —
 * its implementation, its kind, where its params come from — looked up once. Executing it
 * does what xstate's `resolveAndExecuteActionsWithContext` does with the same pieces.
 */
interface Prepared {
  /**
   * `effect`: returned to the engine; `assign`; `raise` and `cancel`, resolved by the tables
   * as xstate's own resolvers do; `resolver`: enqueueActions, handed to its own resolver;
   * `other`: not covered.
   */
  readonly kind: 'effect' | 'assign' | 'raise' | 'cancel' | 'resolver' | 'other';
  /** The effect's type, as xstate reports it. */
  readonly type: string;
  readonly impl: Impl | undefined;
  /** Static params, or the function that computes them from the context and event. */
  readonly params: unknown;
  readonly paramsFn: ParamsFn | undefined;
}

function prepare(c: Compiled, action: unknown): Prepared {
  const impls = (c.machine.implementations as { actions: Record<string, Impl> }).actions;
  const inline = typeof action === 'function';
  const impl: Impl | undefined = inline
    ? (action as Impl)
    : impls[typeof action === 'string' ? action : (action as { type: string }).type];
  const declared =
    inline || typeof action === 'string' || !('params' in (action as object))
      ? undefined
      : (action as { params: unknown }).params;
  const paramsFn = typeof declared === 'function' ? (declared as ParamsFn) : undefined;
  const params = paramsFn ? undefined : declared;
  if (!impl || !('resolve' in impl)) {
    const type =
      typeof action === 'string'
        ? action
        : typeof action === 'object'
          ? (action as { type: string }).type
          : (action as Impl).name || '(anonymous)';
    return { kind: 'effect', type, impl, params, paramsFn };
  }
  const kind =
    impl.type === 'xstate.assign'
      ? 'assign'
      : // A raise of an event given by name is an error xstate reports itself.
        impl.type === 'xstate.raise' && typeof impl.event !== 'string'
        ? 'raise'
        : impl.type === 'xstate.cancel'
          ? 'cancel'
          : impl.type === 'xstate.enqueueActions'
            ? 'resolver'
            : 'other';
  return { kind, type: impl.type ?? '', impl, params, paramsFn };
}

/** A list of the machine's actions, prepared at its first use (lists never change). */
function preparedList(c: Compiled, list: readonly unknown[]): readonly Prepared[] {
  return c.lists.get(list) ?? prepareList(c, list);
}

function prepareList(c: Compiled, list: readonly unknown[]): readonly Prepared[] {
  const found = objects(list.map((a) => prepare(c, a)));
  c.lists.set(list, found);
  return found;
}

/** A guard with its implementation looked up once (`invalid`: one the tables do not cover). */
interface Guard {
  readonly fn: (args: unknown, params: unknown) => unknown;
  readonly params: unknown;
  readonly paramsFn: ParamsFn | undefined;
  readonly invalid: boolean;
}

function guardOf(c: Compiled, t: Transition): Guard | null {
  const found = c.guards.get(t);
  return found !== undefined ? found : findGuard(c, t);
}

function findGuard(c: Compiled, t: Transition): Guard | null {
  let found: Guard | null;
  const guard = t.guard;
  if (guard === undefined) found = null;
  else {
    const impls = (c.machine.implementations as { guards: Record<string, unknown> }).guards;
    const inline = typeof guard === 'function';
    const resolved = inline
      ? guard
      : impls[typeof guard === 'string' ? guard : (guard as { type: string }).type];
    // A guard defined as another guard's name or a higher-order guard (and/or/not/stateIn).
    const invalid = typeof resolved !== 'function' || 'check' in resolved;
    const declared =
      inline || typeof guard === 'string' || !('params' in (guard as object))
        ? undefined
        : (guard as { params: unknown }).params;
    const paramsFn = typeof declared === 'function' ? (declared as ParamsFn) : undefined;
    found = {
      fn: resolved as Guard['fn'],
      params: paramsFn ? undefined : declared,
      paramsFn,
      invalid,
    };
  }
  c.guards.set(t, found);
  return found;
}

interface GuardArgs {
  readonly context: Record<string, unknown>;
  readonly event: EventObject;
}

function passes(guard: Guard, args: GuardArgs): boolean {
  const params = guard.paramsFn ? guard.paramsFn(args) : guard.params;
  return Boolean(guard.fn(args, params));
}

/** Assigns may not spawn: the engine's machines never do, and the tables leave it to xstate. */
const noSpawn = (): never => {
  throw new NotCompiled();
};

/** xstate's `resolveAndExecuteActionsWithContext`, for the built-ins the engine's machines use. */
function perform(run: Run, list: readonly unknown[], event: EventObject): void {
  if (list.length > 0) performPrepared(run, preparedList(run.c, list), event);
}

function performPrepared(run: Run, list: readonly Prepared[], event: EventObject): void {
  for (const action of list) {
    const params = action.paramsFn
      ? action.paramsFn({ context: run.context, event })
      : action.params;
    switch (action.kind) {
      case 'effect':
        run.actions.push({ type: action.type, params });
        break;
      case 'assign': {
        const scope = run.c.scope;
        const assignment = action.impl!.assignment as
          ((a: unknown, p: unknown) => Record<string, unknown>) | Record<string, unknown>;
        const assignArgs = {
          context: run.context,
          event,
          spawn: noSpawn,
          self: scope.self,
          system: scope.system,
        };
        let partial: Record<string, unknown> = {};
        if (typeof assignment === 'function') partial = assignment(assignArgs, params);
        else
          for (const key of Object.keys(assignment)) {
            const p = assignment[key];
            partial[key] =
              typeof p === 'function'
                ? (p as (a: unknown, q: unknown) => unknown)(assignArgs, params)
                : p;
          }
        run.context = Object.assign({}, run.context, partial);
        run.assigned = true;
        break;
      }
      case 'raise': {
        // xstate's resolveRaise, without its snapshot argument and result tuple: the event
        // and the delay (a named one from the machine's delays), queued when not delayed.
        const impl = action.impl!;
        // One arguments object for the event's and the delay's expressions (they only read it).
        const args: ActionArgs = {
          context: run.context,
          event,
          self: run.c.scope.self,
          system: run.c.scope.system,
        };
        const raised =
          typeof impl.event === 'function' ? (impl.event as Expr)(args, params) : impl.event;
        let delay: unknown;
        if (typeof impl.delay === 'string') {
          const delays = (run.c.machine.implementations as { delays?: Record<string, unknown> })
            .delays;
          const configured = delays?.[impl.delay];
          delay =
            typeof configured === 'function' ? (configured as Expr)(args, params) : configured;
        } else
          delay =
            typeof impl.delay === 'function' ? (impl.delay as Expr)(args, params) : impl.delay;
        if (typeof delay !== 'number') (run.queue ??= []).push(raised as EventObject);
        run.actions.push({ type: action.type, params: { event: raised, id: impl.id, delay } });
        break;
      }
      case 'cancel': {
        // xstate's resolveCancel: the id, given or computed.
        const sendId = action.impl!.sendId;
        const id =
          typeof sendId === 'function'
            ? (sendId as Expr)(
                {
                  context: run.context,
                  event,
                  self: run.c.scope.self,
                  system: run.c.scope.system,
                },
                params,
              )
            : sendId;
        run.actions.push({ type: action.type, params: { sendId: id } });
        break;
      }
      case 'resolver': {
        // enqueueActions: its own resolver, which reads only the machine (guards) and the
        // context, returns the actions enqueued; it is not itself an action to carry out.
        const scope = run.c.scope;
        const resolved = action.impl!;
        const snapshot = { machine: run.c.machine, context: run.context };
        const args = { context: run.context, event, self: scope.self, system: scope.system };
        const [after, , more] = (
          resolved.resolve as (...a: unknown[]) => [unknown, unknown, unknown[] | undefined]
        )(scope, snapshot, args, params, resolved, { internalQueue: (run.queue ??= []) });
        if (after !== snapshot) throw new NotCompiled();
        // Actions enqueued at run time: a new list every call, prepared as it comes.
        if (more) performPrepared(run, objects(more.map((a) => prepare(run.c, a))), event);
        break;
      }
      default:
        throw new NotCompiled();
    }
  }
}

/**
 * The first enabled transition for an event, leaf first (xstate's `transitionNode`). The
 * guards weighed in one selection see the same context and event, so they share one
 * arguments object, made at the first guard met (xstate makes one per guard; guards only
 * read it).
 */
function select(run: Run, leaf: Leaf, event: EventObject): Transition | undefined {
  let args: GuardArgs | undefined;
  for (const list of candidatesFor(leaf, event.type))
    for (const t of list) {
      const guard = guardOf(run.c, t);
      if (guard === null) return t;
      if (guard.invalid) throw new NotCompiled();
      if (passes(guard, (args ??= { context: run.context, event }))) return t;
    }
  return undefined;
}

/** The first enabled eventless transition, leaf first (guards share arguments, as above). */
function selectEventless(run: Run, leaf: Leaf, event: EventObject): Transition | undefined {
  let args: GuardArgs | undefined;
  for (const n of leaf.chain) {
    if (!n.always) continue;
    for (const t of n.always) {
      const guard = guardOf(run.c, t);
      if (guard === null) return t;
      if (guard.invalid) throw new NotCompiled();
      if (passes(guard, (args ??= { context: run.context, event }))) return t;
    }
  }
  return undefined;
}

/**
 * xstate's microstep for one transition; returns whether the snapshot changed (xstate
 * returns the same object when neither the configuration nor the context moved).
 */
function microstep(run: Run, t: Transition, event: EventObject): boolean {
  run.assigned = false;
  if (!t.target || t.target.length === 0) {
    perform(run, t.actions, event);
    return run.assigned;
  }
  const from = run.leaf;
  const step = stepOf(run.c, from, t);
  for (const list of step.exit) performPrepared(run, list, event);
  performPrepared(run, step.actions, event);
  for (const { node, actions } of step.enter) {
    performPrepared(run, actions, event);
    if (node.type === 'final') {
      const parent = node.parent!;
      (run.queue ??= []).push({
        type: `xstate.done.state.${parent.id}`,
        output: undefined,
      } as EventObject);
      if (!parent.parent) run.status = 'done';
    }
  }
  run.leaf = step.to;
  if (run.status === 'done') for (const n of step.to.chain) perform(run, n.exit, event);
  return run.assigned || step.to !== from || run.status !== 'active';
}

/**
 * xstate's macrostep loop after the first microstep: eventless transitions, then raised
 * events, until the machine rests or ends. Returns whether anything changed the snapshot.
 */
function settle(run: Run, event: EventObject): boolean {
  let changed = false;
  let eventless = true;
  let current = event;
  while (run.status === 'active') {
    let t: Transition | undefined = eventless ? selectEventless(run, run.leaf, current) : undefined;
    const byEventless: boolean = t !== undefined;
    if (!t) {
      const next = run.queue?.shift();
      if (!next) break;
      current = next;
      t = select(run, run.leaf, current);
    }
    const moved = t ? microstep(run, t, current) : false;
    changed = moved || changed;
    eventless = byEventless ? moved : true;
  }
  return changed;
}

/** The step's result: the state it started from when nothing moved (as xstate does). */
function macrostep(
  c: Compiled,
  state: TableState,
  event: EventObject,
): [TableState, ResolvedAction[]] {
  const run: Run = {
    c,
    leaf: leafOfState(c, state),
    status: 'active',
    context: state.context as Record<string, unknown>,
    assigned: false,
    queue: undefined,
    actions: [],
  };
  let changed = false;
  const first = select(run, run.leaf, event);
  if (first) changed = microstep(run, first, event);
  changed = settle(run, event) || changed;
  if (!changed) return [state, run.actions];
  const base = state instanceof LightSnapshot ? state.base : state;
  const leaf = run.leaf;
  return [new LightSnapshot(run.status, leaf.value, run.context, leaf, base), run.actions];
}

/** xstate's `getInitialSnapshot`: the context from the input, the initial states entered. */
function initial(c: Compiled, input: unknown): [LightSnapshot, ResolvedAction[]] {
  const machine = c.machine;
  const config = (machine as unknown as { config: { context?: unknown } }).config;
  const root = machine.root as unknown as Node;
  const event = { type: 'xstate.init', input } as EventObject;
  const scope = scopeOf(machine).scope;
  let context: Record<string, unknown>;
  if (typeof config.context === 'function') {
    const spawn = () => {
      throw new NotCompiled();
    };
    const made = (config.context as (a: unknown) => Record<string, unknown>)({
      spawn,
      input,
      self: scope.self,
    });
    context = Object.assign({}, {}, made);
  } else context = (config.context as Record<string, unknown> | undefined) ?? {};
  // The root and its initial descendants, each entered by default (initial actions run).
  const chain: Node[] = [];
  for (
    let n: Node | undefined = root;
    n;
    n = n.type === 'compound' ? n.initial.target[0] : undefined
  )
    chain.push(n);
  const deepest = chain.at(-1)!;
  if (deepest.type !== 'atomic' && deepest.type !== 'final') throw new NotCompiled();
  const run: Run = {
    c,
    leaf: leafOf(c, deepest),
    status: 'active',
    context,
    assigned: false,
    queue: undefined,
    actions: [],
  };
  for (const node of chain) {
    perform(run, node.entry, event);
    perform(run, node.initial.actions, event);
    if (node.type === 'final') {
      const parent = node.parent!;
      (run.queue ??= []).push({
        type: `xstate.done.state.${parent.id}`,
        output: undefined,
      } as EventObject);
      if (!parent.parent) run.status = 'done';
    }
  }
  if (run.status === 'done') for (const n of run.leaf.chain) perform(run, n.exit, event);
  settle(run, event);
  c.base ??= baseOf(machine, run.leaf);
  const leaf = run.leaf;
  return [new LightSnapshot(run.status, leaf.value, run.context, leaf, c.base), run.actions];
}

/**
 * The base of a machine's initial snapshots: empty children and history (as xstate starts
 * them), and xstate's snapshot methods, read once off a snapshot it builds itself.
 */
function baseOf(machine: AnyStateMachine, leaf: Leaf): Snapshot {
  const probe = machine.resolveState({ value: leaf.value as never, context: {} });
  return Object.assign(probe, { children: {}, historyValue: {} });
}

/** Events xstate's macrostep treats apart (stopping, starting, an actor's error). */
const special = (type: string): boolean =>
  type === 'xstate.stop' || type === 'xstate.init' || type.startsWith('xstate.error');

/**
 * The tables' step: the next state (light) and the actions, or undefined when the tables do
 * not cover this machine or this event. A guard or an action that throws throws here too.
 */
function compiledStep(
  machine: AnyStateMachine,
  state: TableState,
  event: EventObject,
): [TableState, ResolvedAction[]] | undefined {
  const c = compiledOf(machine);
  if (!c || state.status !== 'active' || special(event.type)) return undefined;
  try {
    return macrostep(c, state, event);
  } catch (e) {
    if (e instanceof NotCompiled) return undefined;
    throw e;
  }
}

/**
 * The tables' answer alone, as xstate's `transition()` gives it: the next full snapshot and
 * the actions, or undefined when the tables do not cover this machine or this event.
 */
export function compiledTransition(
  machine: AnyStateMachine,
  state: TableState,
  event: EventObject,
): [Snapshot, ResolvedAction[]] | undefined {
  const done = compiledStep(machine, state, event);
  return done && [fullSnapshot(done[0]), done[1]];
}

/**
 * xstate's `transition(machine, snapshot, event)` — the next state and the actions with their
 * params — from tables built at first use (a light snapshot), or from xstate itself for what
 * the tables do not cover (a full one).
 */
export function transition(
  machine: AnyStateMachine,
  state: TableState,
  event: EventObject,
): [TableState, ResolvedAction[]] {
  try {
    const done = compiledStep(machine, state, event);
    if (done) return done;
  } catch {
    // A guard or an action threw: xstate's own algorithm gives its own error.
  }
  return xstateTransition(machine, fullSnapshot(state), event);
}

function compiledStart(
  machine: AnyStateMachine,
  input: unknown,
): [LightSnapshot, ResolvedAction[]] | undefined {
  const c = compiledOf(machine);
  if (!c) return undefined;
  try {
    return initial(c, input);
  } catch (e) {
    if (e instanceof NotCompiled) return undefined;
    throw e;
  }
}

/** The tables' initial snapshot (full) and actions, or undefined when they do not cover the machine. */
export function compiledInitialTransition(
  machine: AnyStateMachine,
  input?: unknown,
): [Snapshot, ResolvedAction[]] | undefined {
  const done = compiledStart(machine, input);
  return done && [fullSnapshot(done[0]), done[1]];
}

/** xstate's `initialTransition(machine, input)`, from the tables where they cover it (light). */
export function initialTransition(
  machine: AnyStateMachine,
  input?: unknown,
): [TableState, ResolvedAction[]] {
  try {
    const done = compiledStart(machine, input);
    if (done) return done;
  } catch {
    // A context factory, guard or action threw: xstate's snapshot in error, as it gives it.
  }
  return xstateInitial(machine, input);
}

/** Whether the tables cover a machine (the others always go through xstate). */
export function isCompiled(machine: AnyStateMachine): boolean {
  return compiledOf(machine) !== null;
}
