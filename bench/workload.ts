// The exact work a simulation run hands its machines, recorded once so that other ways of
// driving the same machines (a raw actor.send loop, plain reducers) can replay it: every
// instance started (machine, input) and every event delivered to a live instance, in order.
// Recording reads the engine's private methods from outside, in this bench only; the timed
// runs never record.
import type { AnyStateMachine, EventObject } from 'xstate';
import { Simulation, type Scenario } from '../src/core';
import { machines, type MachineKey, type Spawn } from '../src/core/machines/registry';

export type Op =
  | {
      readonly kind: 'spawn';
      readonly time: number;
      readonly id: string;
      readonly machine: MachineKey;
      readonly input: unknown;
    }
  | {
      readonly kind: 'deliver';
      readonly time: number;
      readonly target: string;
      readonly event: EventObject;
    };

interface Internals {
  spawn(spawn: Spawn): void;
  deliver(target: string, event: EventObject, route?: readonly string[]): void;
  live: Map<string, { snapshot: { status: string } }>;
  state: { time: number; nextInstance: Record<string, number> };
}

export interface Workload {
  readonly ops: Op[];
  readonly deliveries: number;
  readonly spawns: number;
  /** Log entries the engine wrote for it. */
  readonly logLength: number;
}

export function recordWorkload(scenario: Scenario, seed: number): Workload {
  const sim = new Simulation(scenario, { seed });
  const ops: Op[] = [];
  // The components spawned in the constructor, before we could listen: read them back.
  for (const actor of scenario.actors) {
    ops.push({
      kind: 'spawn',
      time: 0,
      id: actor.id,
      machine: 'component',
      input: componentInput(sim, actor.id),
    });
  }
  const inner = sim as unknown as Internals;
  const spawn = inner.spawn.bind(sim);
  const deliver = inner.deliver.bind(sim);
  inner.spawn = (s: Spawn) => {
    spawn(s);
    if (s.kind !== 'instance') return;
    const id = s.id ?? `${s.prefix}-${inner.state.nextInstance[s.prefix]}`;
    ops.push({ kind: 'spawn', time: inner.state.time, id, machine: s.machine, input: s.input });
  };
  inner.deliver = (target, event, route) => {
    if (inner.live.get(target)?.snapshot.status === 'active') {
      ops.push({ kind: 'deliver', time: inner.state.time, target, event });
    }
    deliver(target, event, route);
  };
  sim.run();
  const deliveries = ops.filter((o) => o.kind === 'deliver').length;
  return { ops, deliveries, spawns: ops.length - deliveries, logLength: sim.log.length };
}

/** The input a component was started with, rebuilt from its initial context (a superset is fine: the context factory spreads its input). */
function componentInput(sim: Simulation, id: string): unknown {
  const ctx = sim.instance(id)!.context as Record<string, unknown>;
  const { workload: _w, peak: _p, teamsOut: _t, capacityNow: _c, ...input } = ctx;
  return input;
}

export const machineOf = (key: MachineKey): AnyStateMachine => machines[key] as AnyStateMachine;
