// Engine throughput on a synthetic mesh, against two other ways of driving the same work:
// a raw `actor.send` loop over the same xstate machines (started actors, a clock that never
// fires: the recorded delayed events are sent explicitly), and a plain-reducer engine. All
// three replay the same recorded workload; rounds are interleaved and the medians compared,
// so a busy machine slows all three alike. Also: xstate's own pure `transition()` against the
// engine's cached-scope one (src/core/engine/pure.ts) on the same events.
import {
  createActor,
  initialTransition as xInitial,
  transition as xTransition,
  type AnyActorRef,
  type AnyStateMachine,
} from 'xstate';
import { Simulation, type Scenario } from '../src/core';
import { initialTransition, transition } from '../src/core/engine/pure';
import { runReducerEngine } from './reducer';
import { median, time } from './timing';
import { machineOf, recordWorkload, type Op } from './workload';

const NEVER = { setTimeout: () => 0, clearTimeout: () => {} };

export interface Throughput {
  readonly actors: number;
  /** Machine steps in the workload: instances started plus events delivered. */
  readonly steps: number;
  readonly logLength: number;
  readonly rounds: number;
  /** Median milliseconds for the whole workload. */
  readonly engineMs: number;
  readonly sendMs: number;
  readonly reducerMs: number;
  readonly xstateTransitionMs: number;
  readonly cachedTransitionMs: number;
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

export function measureThroughput(scenario: Scenario, rounds = 5, seed = 1): Throughput {
  const work = recordWorkload(scenario, seed);
  const xstateFns: Fns = {
    transition: (m, s, e) => xTransition(m, s, e) as ReturnType<typeof transition>,
    initialTransition: (m, i) => xInitial(m, i) as ReturnType<typeof initialTransition>,
  };
  const ours: Fns = { transition, initialTransition };
  const engine: number[] = [];
  const send: number[] = [];
  const reducer: number[] = [];
  const xs: number[] = [];
  const cached: number[] = [];
  // One untimed pass of each to warm the JIT.
  new Simulation(scenario, { seed }).run();
  sendLoop(work.ops);
  runReducerEngine(work.ops);
  pureLoop(work.ops, xstateFns);
  pureLoop(work.ops, ours);
  for (let r = 0; r < rounds; r++) {
    engine.push(time(() => new Simulation(scenario, { seed }).run())[0]);
    send.push(time(() => sendLoop(work.ops))[0]);
    reducer.push(time(() => runReducerEngine(work.ops))[0]);
    xs.push(time(() => pureLoop(work.ops, xstateFns))[0]);
    cached.push(time(() => pureLoop(work.ops, ours))[0]);
  }
  return {
    actors: scenario.actors.length,
    steps: work.ops.length,
    logLength: work.logLength,
    rounds,
    engineMs: median(engine),
    sendMs: median(send),
    reducerMs: median(reducer),
    xstateTransitionMs: median(xs),
    cachedTransitionMs: median(cached),
  };
}

/** Engine cost per machine step (µs) at each size: the engine alone, median of rounds. */
export function measureScaling(
  sizes: readonly number[],
  make: (n: number) => Scenario,
  rounds = 3,
): Array<{
  actors: number;
  steps: number;
  usPerStep: number;
  ms: number;
}> {
  return sizes.map((n) => {
    const scenario = make(n);
    const steps = recordWorkload(scenario, 1).ops.length;
    const runs = n >= 5000 ? 1 : rounds;
    if (n < 5000) new Simulation(scenario, { seed: 1 }).run();
    const ms = median(
      Array.from(
        { length: runs },
        () => time(() => new Simulation(scenario, { seed: 1 }).run())[0],
      ),
    );
    return { actors: n, steps, usPerStep: (ms * 1000) / steps, ms };
  });
}
