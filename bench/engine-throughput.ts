// Engine throughput on a synthetic mesh, against other ways of doing the same work: the same
// engine with hand-written reducers stepping the machines (bench/reducer.ts, through the
// engine's stepper seam: the same log, byte for byte — the ≤ 2× budget's reference), and a
// raw `actor.send` loop over the same xstate machines (started actors, a clock that never
// fires: the recorded delayed events are sent explicitly), replaying the recorded workload.
// Rounds are interleaved and the ratios taken round by round, so a busy machine slows all
// alike. Also, for information: the light reducer loop the budget was measured against
// before (bench/light-reducer.ts: the agenda and a one-line log, none of the engine's
// routing, messages, knowledge or injects), xstate's own pure `transition()` against the
// engine's cached-scope one (src/core/engine/pure.ts) and the transition tables compiled from
// the machines (src/core/engine/compiled.ts, what the engine uses) on the same events.
import {
  createActor,
  initialTransition as xInitial,
  transition as xTransition,
  type AnyActorRef,
  type AnyStateMachine,
} from 'xstate';
import { Simulation, type Scenario } from '../src/core';
import { initialTransition, transition } from '../src/core/engine/pure';
import {
  initialTransition as compiledInitial,
  transition as compiled,
} from '../src/core/engine/compiled';
import { runLightReducer } from './light-reducer';
import { reducerSteppers } from './reducer';
import { interleaveWithCpu, ratio, spread, type Spread } from './timing';
import { machineOf, recordWorkload, type Op } from './workload';

const NEVER = { setTimeout: () => 0, clearTimeout: () => {} };

export interface Throughput {
  readonly actors: number;
  /** Machine steps in the workload: instances started plus events delivered. */
  readonly steps: number;
  readonly logLength: number;
  /** Milliseconds for the whole workload, per variant. */
  readonly engine: Spread;
  readonly send: Spread;
  /** The engine with the machines stepped by hand-written reducers (bench/reducer.ts). */
  readonly reducerEngine: Spread;
  /** The light reducer loop (bench/light-reducer.ts): informational, not the same work. */
  readonly lightReducer: Spread;
  readonly xstateTransition: Spread;
  readonly cachedTransition: Spread;
  /** The engine's own: transition tables compiled from each machine (compiled.ts). */
  readonly compiledTransition: Spread;
  /** Per round: the send loop's time ÷ the engine's (above 1: the engine is faster). */
  readonly vsSend: Spread;
  /**
   * Per round: the engine's time ÷ the reducer-stepped engine's (how many times slower) — the
   * ≤ 2× budget. Absent from results written before it was measured.
   */
  readonly vsReducerEngine?: Spread;
  /** Per round: the engine's time ÷ the light reducer loop's (informational). */
  readonly vsReducer: Spread;
  /**
   * The same ratios in CPU time (this process's user + system), which a loaded machine
   * barely moves where it inflates wall time by waiting for a core.
   */
  readonly cpu?: {
    readonly vsSend: Spread;
    readonly vsReducer: Spread;
    readonly vsReducerEngine?: Spread;
  };
}

function sendLoop(ops: readonly Op[]): number {
  const actors = new Map<string, AnyActorRef>();
  for (const op of ops) {
    if (op.kind === 'spawn') {
      actors.set(
        op.id,
        createActor(machineOf(op.machine), { input: op.input, clock: NEVER }).start(),
      );
    } else {
      actors.get(op.target)!.send(op.event);
    }
  }
  for (const a of actors.values()) a.stop();
  return actors.size;
}

type Fns = { transition: typeof transition; initialTransition: typeof initialTransition };

function pureLoop(ops: readonly Op[], fns: Fns): number {
  const live = new Map<
    string,
    { machine: AnyStateMachine; snapshot: ReturnType<typeof transition>[0] }
  >();
  for (const op of ops) {
    if (op.kind === 'spawn') {
      const machine = machineOf(op.machine);
      live.set(op.id, { machine, snapshot: fns.initialTransition(machine, op.input)[0] });
    } else {
      const l = live.get(op.target)!;
      l.snapshot = fns.transition(l.machine, l.snapshot, op.event)[0];
    }
  }
  return live.size;
}

export async function measureThroughput(
  scenario: Scenario,
  rounds = 5,
  seed = 1,
): Promise<Throughput> {
  const work = recordWorkload(scenario, seed);
  const xstateFns: Fns = {
    transition: (m, s, e) => xTransition(m, s, e) as ReturnType<typeof transition>,
    initialTransition: (m, i) => xInitial(m, i) as ReturnType<typeof initialTransition>,
  };
  const ours: Fns = { transition, initialTransition };
  // What the engine runs: the tables' light snapshots, from the start on.
  const compiledFns: Fns = {
    transition: (m, s, e) => compiled(m, s, e) as ReturnType<typeof transition>,
    initialTransition: (m, i) => compiledInitial(m, i) as ReturnType<typeof initialTransition>,
  };
  const variants = {
    engine: () => new Simulation(scenario, { seed }).run(),
    reducerEngine: () => new Simulation(scenario, { seed, steppers: reducerSteppers }).run(),
    send: () => sendLoop(work.ops),
    lightReducer: () => runLightReducer(work.ops),
    xstateTransition: () => pureLoop(work.ops, xstateFns),
    cachedTransition: () => pureLoop(work.ops, ours),
    compiledTransition: () => pureLoop(work.ops, compiledFns),
  };
  // Two untimed passes of each to warm the JIT: with one, the first two timed rounds of a
  // record run read the send loop ÷ engine 10–20% below the other five, which put that
  // figure outside its own min–max on a second run (the load rose during those rounds too:
  // a second pass costs one round's time and rules out the cold start).
  await interleaveWithCpu(variants, 2);
  const { wall: t, cpu } = await interleaveWithCpu(variants, rounds);
  return {
    actors: scenario.actors.length,
    steps: work.ops.length,
    logLength: work.logLength,
    engine: spread(t.engine),
    send: spread(t.send),
    reducerEngine: spread(t.reducerEngine),
    lightReducer: spread(t.lightReducer),
    xstateTransition: spread(t.xstateTransition),
    cachedTransition: spread(t.cachedTransition),
    compiledTransition: spread(t.compiledTransition),
    vsSend: ratio(t.send, t.engine),
    vsReducerEngine: ratio(t.engine, t.reducerEngine),
    vsReducer: ratio(t.engine, t.lightReducer),
    cpu: {
      vsSend: ratio(cpu.send, cpu.engine),
      vsReducer: ratio(cpu.engine, cpu.lightReducer),
      vsReducerEngine: ratio(cpu.engine, cpu.reducerEngine),
    },
  };
}
