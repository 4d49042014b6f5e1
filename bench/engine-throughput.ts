// Engine throughput on a synthetic mesh, against two other ways of driving the same work:
// a raw `actor.send` loop over the same xstate machines (started actors, a clock that never
// fires: the recorded delayed events are sent explicitly), and a plain-reducer engine. All
// three replay the same recorded workload; rounds are interleaved and the medians compared,
// so a busy machine slows all three alike. Also: xstate's own pure `transition()` against the
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
import { runReducerEngine } from './light-reducer';
import { interleaveWithCpu, ratio, settle, spread, time, type Spread } from './timing';
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
  readonly reducer: Spread;
  readonly xstateTransition: Spread;
  readonly cachedTransition: Spread;
  /** The engine's own: transition tables compiled from each machine (compiled.ts). */
  readonly compiledTransition: Spread;
  /** Per round: the send loop's time ÷ the engine's (above 1: the engine is faster). */
  readonly vsSend: Spread;
  /** Per round: the engine's time ÷ the reducer engine's (how many times slower). */
  readonly vsReducer: Spread;
  /**
   * The same two ratios in CPU time (this process's user + system), which a loaded machine
   * barely moves where it inflates wall time by waiting for a core.
   */
  readonly cpu?: { readonly vsSend: Spread; readonly vsReducer: Spread };
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
    send: () => sendLoop(work.ops),
    reducer: () => runReducerEngine(work.ops),
    xstateTransition: () => pureLoop(work.ops, xstateFns),
    cachedTransition: () => pureLoop(work.ops, ours),
    compiledTransition: () => pureLoop(work.ops, compiledFns),
  };
  // One untimed pass of each to warm the JIT.
  await interleaveWithCpu(variants, 1);
  const { wall: t, cpu } = await interleaveWithCpu(variants, rounds);
  return {
    actors: scenario.actors.length,
    steps: work.ops.length,
    logLength: work.logLength,
    engine: spread(t.engine),
    send: spread(t.send),
    reducer: spread(t.reducer),
    xstateTransition: spread(t.xstateTransition),
    cachedTransition: spread(t.cachedTransition),
    compiledTransition: spread(t.compiledTransition),
    vsSend: ratio(t.send, t.engine),
    vsReducer: ratio(t.engine, t.reducer),
    cpu: { vsSend: ratio(cpu.send, cpu.engine), vsReducer: ratio(cpu.engine, cpu.reducer) },
  };
}

export interface Scaling {
  readonly actors: number;
  readonly steps: number;
  /** Median µs per machine step. */
  readonly usPerStep: number;
  /** The whole run, ms. */
  readonly ms: Spread;
}

/** Engine cost per machine step (µs) at each size: the engine alone, median of rounds. */
export function measureScaling(
  sizes: readonly number[],
  make: (n: number) => Scenario,
  rounds = 3,
): Scaling[] {
  return sizes.map((n) => {
    const scenario = make(n);
    const steps = recordWorkload(scenario, 1).ops.length;
    // The largest mission once (a run takes many seconds); the others warmed up first.
    const runs = n >= 5000 ? 1 : rounds;
    if (n < 5000) new Simulation(scenario, { seed: 1 }).run();
    const times = Array.from({ length: runs }, () => {
      settle();
      return time(() => new Simulation(scenario, { seed: 1 }).run())[0];
    });
    const ms = spread(times);
    return { actors: n, steps, usPerStep: (ms.median * 1000) / steps, ms };
  });
}
