// xstate's pure `transition()` and `initialTransition()`, minus a cost: on every call they
// build a throwaway actor, whose constructor computes the machine's whole initial state, only
// to use it as an inert scope — about half the price of an event. These keep one inert scope
// per machine instead; the next snapshot and the returned actions are the same. Sound because
// the engine's machines never invoke or spawn actors: every effect goes back to the engine.
import {
  createActor,
  type AnyActorScope,
  type AnyStateMachine,
  type EventObject,
  type ExecutableActionObject,
} from 'xstate';

type Snapshot = ReturnType<AnyStateMachine['resolveState']>;

interface Inert {
  readonly scope: AnyActorScope;
  actions: ExecutableActionObject[];
}

const inert = new WeakMap<AnyStateMachine, Inert>();

export function scopeOf(machine: AnyStateMachine): Inert {
  let found = inert.get(machine);
  if (found) return found;
  const self = createActor(machine);
  const noop = () => {};
  const entry: Inert = {
    actions: [],
    scope: {
      self,
      id: '',
      sessionId: '',
      logger: noop,
      defer: noop,
      emit: noop,
      system: self.system,
      stopChild: noop,
      actionExecutor: (action) => void entry.actions.push(action),
    },
  };
  inert.set(machine, (found = entry));
  return found;
}

/** Same as xstate's `transition(machine, snapshot, event)`. Not re-entrant (the engine never nests). */
export function transition(
  machine: AnyStateMachine,
  snapshot: Snapshot,
  event: EventObject,
): [Snapshot, ExecutableActionObject[]] {
  const entry = scopeOf(machine);
  const actions: ExecutableActionObject[] = (entry.actions = []);
  const next = machine.transition(snapshot, event, entry.scope) as Snapshot;
  return [next, actions];
}

/** Same as xstate's `initialTransition(machine, input)`. */
export function initialTransition(
  machine: AnyStateMachine,
  input?: unknown,
): [Snapshot, ExecutableActionObject[]] {
  const entry = scopeOf(machine);
  const actions: ExecutableActionObject[] = (entry.actions = []);
  const next = machine.getInitialSnapshot(entry.scope, input) as Snapshot;
  return [next, actions];
}
