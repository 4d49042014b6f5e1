// The engine starts and advances machines with transition tables compiled from them
// (src/core/engine/compiled.ts). For every machine of the registry they must give what
// xstate's own `initialTransition()` and `transition()` give — the next state, context, status, persisted snapshot,
// and every action with its params — on random sequences of the events that machine really
// receives, started from the inputs it really gets, in any order (so also in orders no
// scenario produces: guards on the wrong event, timers after the state that set them, events
// after the end). The inputs and events are recorded from the bundled scenarios and a
// synthetic mesh, so a new machine or a new event is covered as soon as a scenario uses it.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  initialTransition,
  transition as xstateTransition,
  type AnyStateMachine,
  type EventObject,
} from 'xstate';
import { describe, expect, it } from 'vitest';
import { createRng, loadScenario, type Scenario } from '../../src/core';
import {
  compiledInitialTransition,
  compiledTransition,
  initialTransition as engineInitial,
  isCompiled,
  transition as engineTransition,
} from '../../src/core/engine/compiled';
import { persistedSnapshot, type TableState } from '../../src/core/engine/snapshot';
import { machines, startingInstances, type MachineKey } from '../../src/core/machines/registry';
import { recordWorkload } from '../../bench/workload';
import { syntheticMesh } from '../../bench/synthetic-mesh';

const ROOT = new URL('../../', import.meta.url);

function scenarios(): Scenario[] {
  const out: Scenario[] = [syntheticMesh(60)];
  for (const dir of ['scenarios/', 'tests/fixtures/']) {
    for (const f of readdirSync(new URL(dir, ROOT)).filter((n) => n.endsWith('.yaml'))) {
      const loaded = loadScenario(readFileSync(new URL(dir + f, ROOT), 'utf8'), f);
      if (loaded.ok) out.push(loaded.scenario);
    }
  }
  return out;
}

interface Pool {
  inputs: unknown[];
  events: EventObject[];
  seen: Set<string>;
}

/** Per machine: the inputs its instances started from and the events they were sent. */
function pools(): Map<MachineKey, Pool> {
  const byMachine = new Map<MachineKey, Pool>();
  for (const scenario of scenarios()) {
    for (const structure of scenario.structures) {
      const work = recordWorkload({ ...scenario, defaultStructure: structure.id }, 1);
      const machineOf = new Map<string, MachineKey>();
      // Instances the engine starts before the run, with their own machines (the recording
      // lists the actors' as components, and the standing meetings not at all).
      const before = startingInstances(scenario, structure, createRng(1)).flatMap((s) =>
        s.kind === 'instance'
          ? [{ kind: 'spawn' as const, id: s.id ?? s.prefix, machine: s.machine, input: s.input }]
          : [],
      );
      const started = new Set(before.map((s) => s.id));
      const ops = work.ops.filter((op) => op.kind !== 'spawn' || !started.has(op.id));
      for (const op of [...before, ...ops]) {
        if (op.kind === 'spawn') {
          machineOf.set(op.id, op.machine);
          let pool = byMachine.get(op.machine);
          if (!pool) byMachine.set(op.machine, (pool = { inputs: [], events: [], seen: new Set() }));
          if (pool.inputs.length < 40) pool.inputs.push(op.input);
          continue;
        }
        const machine = machineOf.get(op.target);
        const pool = machine && byMachine.get(machine);
        if (!pool) continue;
        const key = JSON.stringify(op.event);
        if (pool.seen.has(key) || pool.events.length >= 200) continue;
        pool.seen.add(key);
        pool.events.push(op.event);
      }
    }
  }
  return byMachine;
}

type Snapshot = ReturnType<AnyStateMachine['resolveState']>;
type Outcome =
  | { threw: true }
  | {
      threw: false;
      snapshot: Snapshot;
      view: unknown;
    };

/** What must be equal: the persisted snapshot (value, context, status…) and the actions. */
function outcome(
  machine: AnyStateMachine,
  f: () => [Snapshot, ReadonlyArray<{ type: string; params?: unknown }>],
): Outcome {
  let result: [Snapshot, ReadonlyArray<{ type: string; params?: unknown }>];
  try {
    result = f();
  } catch {
    return { threw: true };
  }
  const [snapshot, actions] = result;
  {
    return {
      threw: false,
      snapshot,
      view: {
        persisted: JSON.stringify(machine.getPersistedSnapshot(snapshot)),
        actions: actions.map((a) => ({ type: a.type, params: a.params })),
      },
    };
  }
}

describe('compiled transition tables', () => {
  const recorded = pools();

  it('cover every machine of the registry', () => {
    for (const machine of Object.values(machines))
      expect(isCompiled(machine as AnyStateMachine)).toBe(true);
  });

  it('were fed the machines the scenarios start, with events', () => {
    for (const key of ['military', 'meeting', 'escort', 'poc', 'handover', 'information'])
      expect(recorded.get(key as MachineKey)?.events.length ?? 0, key).toBeGreaterThan(0);
  });

  for (const [key, pool] of recorded) {
    it(`equal xstate's transition() on random event sequences: ${key}`, { timeout: 120_000 }, () => {
      const machine = machines[key] as AnyStateMachine;
      let steps = 0;
      let covered = 0;
      let compared = 0;
      let initials = 0;
      fc.assert(
        fc.property(
          fc.nat(pool.inputs.length - 1),
          fc.array(fc.nat(Math.max(0, pool.events.length - 1)), { maxLength: 40 }),
          (inputIndex, eventIndexes) => {
            const input = pool.inputs[inputIndex];
            const mine = outcome(machine, () => {
              const done = compiledInitialTransition(machine, input);
              if (done) initials++;
              return done ?? (initialTransition(machine, input) as [Snapshot, never[]]);
            });
            const reference = outcome(
              machine,
              () => initialTransition(machine, input) as [Snapshot, never[]],
            );
            expect(mine.threw).toBe(reference.threw);
            if (mine.threw || reference.threw) return;
            expect(mine.view).toEqual(reference.view);
            let ours = mine.snapshot;
            let theirs = reference.snapshot;
            // The engine's own path: light snapshots from the tables, chained as a run does.
            let light: TableState = engineInitial(machine, input)[0];
            expect(JSON.stringify(persistedSnapshot(machine, light))).toBe(
              (reference.view as { persisted: string }).persisted,
            );
            for (const i of eventIndexes) {
              const event = pool.events[i];
              if (!event) return;
              steps++;
              const before = covered;
              const a = outcome(machine, () => {
                const done = compiledTransition(machine, ours, event);
                if (done) covered++;
                return done ?? (xstateTransition(machine, ours, event) as [Snapshot, never[]]);
              });
              const b = outcome(
                machine,
                () => xstateTransition(machine, theirs, event) as [Snapshot, never[]],
              );
              expect(a.threw).toBe(b.threw);
              if (a.threw || b.threw) return;
              expect(a.view).toEqual(b.view);
              const [next, lightActions] = engineTransition(machine, light, event);
              expect({
                persisted: JSON.stringify(persistedSnapshot(machine, next)),
                actions: lightActions.map((x) => ({ type: x.type, params: x.params })),
              }).toEqual(b.view);
              light = next;
              if (covered > before) compared++;
              ours = a.snapshot;
              theirs = b.snapshot;
            }
          },
        ),
        { numRuns: 150, seed: 12 },
      );
      // Most steps were answered by the tables and compared (xstate alone answers events
      // after the end; a machine that threw on every recorded event would prove nothing).
      expect(compared).toBeGreaterThan(steps / 3);
      expect(initials).toBeGreaterThan(0);
    });
  }
});
