// A machine instance's state as the engine holds it between events. The compiled tables
// (compiled.ts) return a light snapshot — the configuration they stepped to, the context and
// the status — instead of xstate's full snapshot object (fifteen fields, most of them copied
// from the previous snapshot or the machine), since every step of a run reads only the state
// value, the context and the status. xstate's full snapshot is built from it only where
// xstate itself must read one: persisting (saves and checkpoints), and an event the tables
// hand to xstate's own algorithm. Anything xstate returned stays a full snapshot; both kinds
// have `value`, `context` and `status`, so the engine reads either the same way.
import type { AnyStateMachine } from 'xstate';

export type Snapshot = ReturnType<AnyStateMachine['resolveState']>;

/** What of a snapshot depends only on the active configuration (one per leaf, shared). */
export interface Configuration {
  /** xstate's `_nodes`: the active state nodes, root first. */
  readonly nodes: readonly unknown[];
  readonly value: unknown;
  readonly tags: ReadonlySet<string>;
}

export class LightSnapshot {
  constructor(
    readonly status: 'active' | 'done',
    readonly value: unknown,
    readonly context: unknown,
    readonly configuration: Configuration,
    /**
     * A full snapshot of the same machine that lends the fields a step never changes for the
     * machines the tables cover: the machine, its (empty) children and history, xstate's
     * snapshot methods.
     */
    readonly base: Snapshot,
  ) {}
}

/** An instance's state as the tables hold it: light from the tables, full from xstate. */
export type TableState = LightSnapshot | Snapshot;

/**
 * What the engine reads of any instance's state. A stepper other than the tables (stepper.ts:
 * hand-written reducers the benchmark prices xstate against) keeps plain objects of this shape.
 */
export interface PlainState {
  readonly status: 'active' | 'done';
  readonly value: unknown;
  readonly context: unknown;
}

/** An instance's state as the engine holds it: the tables' (light or full), or a plain one. */
export type MachineState = TableState | PlainState;

/** xstate's full snapshot of a state, laid out exactly as its `createMachineSnapshot` does. */
export function fullSnapshot(state: TableState): Snapshot {
  if (!(state instanceof LightSnapshot)) return state;
  const base = state.base as unknown as Record<string, unknown>;
  const configuration = state.configuration;
  return {
    status: state.status,
    output: undefined,
    error: undefined,
    machine: base['machine'],
    context: state.context,
    _nodes: configuration.nodes,
    value: configuration.value,
    tags: configuration.tags,
    children: base['children'],
    historyValue: base['historyValue'],
    // xstate's own snapshot methods (module functions every snapshot shares).
    matches: base['matches'],
    hasTag: base['hasTag'],
    can: base['can'],
    getMeta: base['getMeta'],
    toJSON: base['toJSON'],
  } as unknown as Snapshot;
}

/** The machine's persisted snapshot of a state, as `machine.getPersistedSnapshot` gives it. */
export function persistedSnapshot(machine: AnyStateMachine, state: MachineState): unknown {
  if (state instanceof LightSnapshot || 'machine' in state)
    return machine.getPersistedSnapshot(fullSnapshot(state));
  // A plain state: xstate's snapshot of the same value and context, as a restore builds it.
  const snapshot = machine.resolveState({ value: state.value as never, context: state.context });
  if (snapshot.status !== state.status) (snapshot as { status: string }).status = state.status;
  return machine.getPersistedSnapshot(snapshot);
}
