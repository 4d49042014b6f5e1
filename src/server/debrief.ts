// The debrief of an exercise: its log as played, beside the doctrine-only run (same scenario,
// structure and seed, every seat played by its machine, every decision point at its default,
// no live injects), with the seats by role, who answered each decision, the evaluators'
// observations and ratings, EXCON's improvement plan and the live injects — all read from
// the journal. The host's hot wash, its Report download and `peacemesh report PACKAGE` all
// build it here, so they show the same thing.
import {
  buildDebrief,
  Simulation,
  type Debrief,
  type Decider,
  type LogEntry,
  type Participant,
} from '../core/index.ts';
import type { Exercise } from './exercise.ts';

/** The doctrine-only run up to where the exercise stands; kept while the exercise stays there. */
export class Baseline {
  private cached: { key: string; log: readonly LogEntry[] } | null = null;

  log(exercise: Exercise): readonly LogEntry[] {
    const sim = exercise.sim;
    const finished = sim.status === 'finished';
    const key = finished ? 'end' : String(sim.time);
    if (this.cached?.key === key) return this.cached.log;
    const base = new Simulation(exercise.scenario, { structure: sim.structure.id, seed: sim.seed });
    if (finished) base.run();
    else base.runUntil(sim.time);
    this.cached = { key, log: base.log.slice() };
    return this.cached.log;
  }
}

function seats(exercise: Exercise): Participant[] {
  const order = { excon: 0, player: 1, evaluator: 2, projector: 3 } as const;
  return [...exercise.seats.values()]
    .filter((s) => !s.revoked)
    .sort((a, b) => order[a.role] - order[b.role])
    .map((s) => ({
      role: s.role,
      who: s.name,
      ...(s.role === 'player' ? { actors: [...s.actors] } : {}),
    }));
}

/**
 * Which seat answered each decision, by the log seq of its entry: a played decision's
 * `decision.played` entries follow the journal's `play` entries one for one, in order; a
 * decision point's `decision.made` follows the `decide` entry naming it.
 */
function deciders(exercise: Exercise): Map<number, Decider> {
  const decider = (id: unknown): Decider => {
    const seat = exercise.seats.get(String(id));
    return { seat: seat?.name ?? String(id), player: seat?.role === 'player' };
  };
  const plays = exercise.journal.filter((j) => j.kind === 'play');
  const decides = new Map<string, Decider>();
  for (const j of exercise.journal)
    if (j.kind === 'decide') decides.set(String(j.body['decision']), decider(j.body['seat']));
  const out = new Map<number, Decider>();
  let next = 0;
  for (const e of exercise.sim.log) {
    if (e.kind === 'decision.played') {
      const play = plays[next++];
      if (play) out.set(e.seq, decider(play.body['seat']));
    } else if (e.kind === 'decision.made' && e.ref !== undefined && decides.has(e.ref))
      out.set(e.seq, decides.get(e.ref)!);
  }
  return out;
}

export function exerciseDebrief(exercise: Exercise, baseline: Baseline = new Baseline()): Debrief {
  const sim = exercise.sim;
  const staged = [...exercise.staged.values()].filter((s) => s.state !== 'delivered');
  return buildDebrief({
    scenario: exercise.scenario,
    structure: sim.structure,
    seed: sim.seed,
    log: sim.log,
    baseline: baseline.log(exercise),
    record: {
      observations: [...exercise.observations],
      ratings: [...exercise.ratings],
      plan: [...exercise.plan],
    },
    // When the exercise was opened: the journal's first entry, written by the host's clock.
    date: exercise.journal[0]?.at || null,
    finished: sim.status === 'finished' || exercise.phase === 'ended',
    seats: seats(exercise),
    deciders: deciders(exercise),
    liveInjects: [...exercise.delivered, ...staged].map((s) => ({
      text: s.text,
      event: s.event,
      ...(s.at !== undefined ? { at: s.at } : {}),
      state: s.state,
    })),
  });
}
