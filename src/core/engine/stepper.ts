// Where the engine takes a machine's step: one stepper per machine, which starts an instance
// and advances it by one event, answering with its next state and the actions for the engine
// to carry out. By default every machine steps by the transition tables compiled from its
// xstate definition (compiled.ts), and that is all the product ever uses. The seam exists so
// that the benchmark can give hand-written reducers for some machines and drive them through
// the very same engine — agenda, routing, knowledge, log and injects unchanged — to price
// keeping xstate as the single definition of every machine (bench/reducer.ts).
import type { AnyStateMachine, EventObject } from 'xstate';
import { initialTransition, transition, type ResolvedAction } from './compiled';
import type { MachineState, TableState } from './snapshot';
import { machines, type MachineKey } from '../machines/registry';

/** A machine's step as the engine takes it: the next state and the actions, in xstate's order. */
export type Stepped = readonly [MachineState, readonly ResolvedAction[]];

export interface MachineStepper {
  /** An instance started with `input` (xstate's initial transition). */
  start(input: unknown): Stepped;
  /**
   * One event delivered to an instance in `state` (what this stepper returned before, or a
   * snapshot restored from a save). Actions must be those xstate would return, params
   * included: the engine writes the log from them.
   */
  step(state: MachineState, event: EventObject): Stepped;
}

/** The engine's own stepper: the machine's compiled tables (xstate for what they do not cover). */
class TableStepper implements MachineStepper {
  constructor(private readonly machine: AnyStateMachine) {}
  start(input: unknown): Stepped {
    return initialTransition(this.machine, input);
  }
  step(state: MachineState, event: EventObject): Stepped {
    // The tables only ever hold their own states (or xstate's, restored from a save).
    return transition(this.machine, state as TableState, event);
  }
}

export type MachineSteppers = Readonly<Record<MachineKey, MachineStepper>>;

let tables: MachineSteppers | undefined;

/** Every machine's stepper: the given ones, the compiled tables for the rest. */
export function steppersWith(given?: Partial<MachineSteppers>): MachineSteppers {
  if (!tables) {
    const own: Partial<Record<MachineKey, MachineStepper>> = {};
    for (const key of Object.keys(machines) as MachineKey[])
      own[key] = new TableStepper(machines[key] as AnyStateMachine);
    tables = Object.freeze(own as Record<MachineKey, MachineStepper>);
  }
  if (given === undefined) return tables;
  const own = Object.entries(given).filter(([, stepper]) => stepper !== undefined);
  return own.length === 0 ? tables : Object.freeze({ ...tables, ...Object.fromEntries(own) });
}
