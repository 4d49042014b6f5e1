// The light reducer loop, for information: hand-written reducers with the component and
// information machines' rules (workload, capacity, swamping, handling delay; counting
// recipients), replaying the recorded deliveries through a (time, seq) agenda and writing a
// one-line log entry per event. It does about a third of an engine step's work: no routing
// over links, no messages, no knowledge, no explained log entries, no injects. The ≤ 2×
// budget was measured against it until the same engine could run on reducers
// (bench/reducer.ts, which writes the engine's own log).
import { EventQueue } from '../src/core/queue';
import type { Op } from './workload';

interface Component {
  value: string;
  workload: number;
  peak: number;
  teamsOut: number;
  teams: number;
  capacity: number;
  handling: number;
}

interface Information {
  value: string;
  received: number;
  recipients: number;
}

type State = Component | Information;

interface Effect {
  readonly type: string;
  readonly delay?: number;
  readonly text?: string;
}

interface Entry {
  seq: number;
  time: number;
  actor: string;
  event: string;
  before: string;
  after: string;
  text: string;
}

const handlingTime = (handling: number, workload: number, capacity: number) =>
  Math.round(handling * (1 + Math.max(0, workload - capacity) / capacity));

const settle = (c: Component): string =>
  c.workload === 0 ? 'available' : c.workload <= c.capacity ? 'busy' : 'overloaded';

function component(s: Component, e: Record<string, unknown>): [Component, Effect[]] {
  switch (e['type']) {
    case 'task': {
      if (s.workload >= s.capacity * 3) {
        return [
          s,
          [
            { type: 'done' },
            { type: 'explain', text: `no answer to "${String(e['about'])}": swamped` },
          ],
        ];
      }
      const workload = s.workload + 1;
      const next = { ...s, workload, peak: Math.max(s.peak, workload) };
      next.value = settle(next);
      return [
        next,
        [
          { type: 'raise', delay: handlingTime(s.handling, workload, s.capacity) },
          {
            type: 'explain',
            text: `takes up "${String(e['about'])}" (${workload} of ${s.capacity} tasks)`,
          },
        ],
      ];
    }
    case 'task.done': {
      const teamsOut = e['need'] === 'team' && s.teamsOut < s.teams ? s.teamsOut + 1 : s.teamsOut;
      const next = { ...s, workload: Math.max(0, s.workload - 1), teamsOut };
      next.value = settle(next);
      return [next, [{ type: 'done' }]];
    }
    default:
      return [s, []];
  }
}

function information(s: Information, _e: Record<string, unknown>): [Information, Effect[]] {
  if (s.value !== 'passing') return [s, []];
  const everyone = s.received + 1 >= s.recipients;
  return [
    everyone ? { ...s, value: 'delivered' } : { ...s, received: s.received + 1 },
    [{ type: 'explain', text: everyone ? 'received: everyone has it' : 'received' }],
  ];
}

function initial(machine: string, input: Record<string, unknown>): State {
  if (machine === 'information') {
    return { value: 'passing', received: 0, recipients: (input['to'] as unknown[]).length };
  }
  return {
    value: 'available',
    workload: 0,
    peak: 0,
    teamsOut: 0,
    teams: Number(input['teams'] ?? 0),
    capacity: Number(input['capacity'] ?? 3),
    handling: Number(input['handling'] ?? 20),
  };
}

/** Replays the ops; returns the log (so the work cannot be optimised away). */
export function runLightReducer(ops: readonly Op[]): Entry[] {
  const states = new Map<string, State>();
  const kinds = new Map<string, string>();
  const agenda = new EventQueue<{ time: number; seq: number; op: Op }>();
  const log: Entry[] = [];
  let seq = 0;
  let timers = 0;
  for (const op of ops) {
    agenda.push({ time: op.time, seq: seq++, op });
    const item = agenda.pop()!.op;
    if (item.kind === 'spawn') {
      states.set(item.id, initial(item.machine, item.input as Record<string, unknown>));
      kinds.set(item.id, item.machine);
      continue;
    }
    const before = states.get(item.target);
    if (!before) continue;
    const event = item.event as Record<string, unknown>;
    const [after, effects] =
      kinds.get(item.target) === 'information'
        ? information(before as Information, event)
        : component(before as Component, event);
    states.set(item.target, after);
    let text = '';
    for (const effect of effects) {
      if (effect.type === 'explain') text = effect.text ?? '';
      else if (effect.type === 'raise') timers++;
    }
    log.push({
      seq: log.length,
      time: item.time,
      actor: item.target,
      event: item.event.type,
      before: before.value,
      after: after.value,
      text: text || `${item.event.type}: ${before.value} → ${after.value}`,
    });
  }
  if (timers < 0) throw new Error('unreachable');
  return log;
}
