// What each seat receives, decided on the host (a client never gets what its role may not see):
// EXCON and evaluators everything (only EXCON the join tokens); a player its own actors'
// happenings, messages, knowledge and decisions, and an inject's text once it reaches one of
// its actors — never the MSEL's expected actions, objectives or controller notes; the projector
// the common picture. This is the one file of the host that reads log entries.
import { isStoryEntry, type LogEntry, type PlayQuestion } from '../core/index.ts';
import { describePhrase } from '../i18n/index.ts';
import type { GraphView } from '../graph/types.ts';
import { buildGraphView } from '../store/views.ts';
import { eventActors, type Exercise, type Seat } from './exercise.ts';
import type { QuestionView, SeatState } from './protocol.ts';

/** A played decision as its seat reads it: doctrine's reason and the subject in words. */
function seatQuestion(q: PlayQuestion): QuestionView {
  const { reason, subject, area: _area, to: _to, ...rest } = q;
  return {
    ...rest,
    prompt: subject
      ? `${describePhrase(subject, 'en')}: ${q.prompt}`
      : q.site === 'escort.provider'
        ? `a team is asked for: ${q.prompt}`
        : q.site === 'meeting.attend'
          ? `an invitation: ${q.prompt}`
          : q.prompt,
    reason: describePhrase(reason, 'en'),
    options: [...q.options],
    facts: [...q.facts],
  };
}

/**
 * Who each inject entry of the log reached, worked out once per exercise as the log grows
 * (live injects are logged in the order the engine received them).
 */
export class Audience {
  private readonly reached: Array<readonly string[] | null> = [];
  private live = 0;

  constructor(private readonly exercise: Exercise) {}

  private update(): void {
    const log = this.exercise.sim.log;
    for (let i = this.reached.length; i < log.length; i++) {
      const e = log[i]!;
      if (e.event !== 'inject') {
        this.reached.push(null);
        continue;
      }
      if (e.marks?.includes('inject.live')) {
        const staged = this.exercise.delivered[this.live++];
        this.reached.push(staged ? eventActors(staged.event) : []);
        continue;
      }
      const serial = e.kind === 'inject.msel' ? e.params.serial : undefined;
      const inject = this.exercise.scenario.injects.find((x) => x.serial === serial);
      this.reached.push(inject ? eventActors(inject.event) : []);
    }
  }

  /** Whether a seat may see this entry. */
  sees(seat: Seat, entry: LogEntry): boolean {
    if (seat.role === 'excon' || seat.role === 'evaluator') return true;
    // A decision's why and the uninformed note set the truth beside what the decider knew:
    // for exercise control and the debrief, never for the players while they play.
    if (entry.kind === 'decision.why' || entry.kind === 'decision.uninformed') return false;
    if (seat.role === 'projector') return isStoryEntry(entry);
    this.update();
    const own = seat.actors;
    const reached = this.reached[entry.seq];
    if (reached) return reached.some((a) => own.includes(a));
    if (entry.event === 'end') return true;
    if (own.includes(entry.actor) || own.includes(entry.at)) return true;
    return entry.route?.some((a) => own.includes(a)) ?? false;
  }

  visible(seat: Seat, entries: readonly LogEntry[]): LogEntry[] {
    return entries.filter((e) => this.sees(seat, e));
  }
}

/**
 * What every seat's view is cut from, built once per broadcast (not once per seat): the
 * graph and every instance's state.
 */
export interface Frame {
  readonly graph: GraphView;
  readonly instances: ReturnType<Exercise['sim']['instances']>;
}

export function frameNow(exercise: Exercise): Frame {
  return {
    graph: buildGraphView(exercise.sim, exercise.sim.time, null),
    instances: exercise.sim.instances(),
  };
}

function graphFor(seat: Seat, graph: GraphView): GraphView {
  if (seat.role !== 'player') return graph;
  const own = new Set(seat.actors);
  // Own actors carry a star and the first is selected, so the graph rings it.
  return {
    ...graph,
    selected: seat.actors[0] ?? null,
    nodes: graph.nodes.map((n) => (own.has(n.id) ? { ...n, label: `★ ${n.label}` } : n)),
    messages: graph.messages.filter((m) => own.has(m.from) || own.has(m.to)),
  };
}

/**
 * One seat's state. `withStatic`: include the MSEL, objectives and areas, which never change
 * (a connection gets them once, with its first state).
 */
export function seatState(
  exercise: Exercise,
  seat: Seat,
  frame: Frame,
  connected: ReadonlySet<string>,
  withStatic = true,
): SeatState {
  const sim = exercise.sim;
  const all = seat.role === 'excon' || seat.role === 'evaluator';
  const mine = (actor: string) => all || (seat.role === 'player' && seat.actors.includes(actor));
  const q = sim.question;
  const point = sim.awaiting;
  const knows: Record<string, Record<string, number>> = {};
  if (seat.role !== 'projector')
    for (const [actor, items] of Object.entries(sim.knowledge()))
      if (mine(actor)) knows[actor] = { ...items };
  const state: SeatState = {
    exercise: exercise.id,
    title: exercise.title,
    structure: sim.structure.id,
    seed: sim.seed,
    role: seat.role,
    seat: { id: seat.id, name: seat.name, actors: [...seat.actors] },
    phase: exercise.phase,
    time: sim.time,
    step: sim.step,
    status: sim.status,
    question: q && mine(q.actor) ? seatQuestion(q) : null,
    point:
      point && mine(point.by)
        ? {
            id: point.id,
            by: point.by,
            prompt: point.prompt,
            options: point.options.map((o) => ({ id: o.id, label: o.label })),
            default: point.default,
          }
        : null,
    graph: graphFor(seat, frame.graph),
    processes:
      seat.role === 'projector'
        ? []
        : frame.instances
            .filter((i) => i.id !== i.host && mine(i.host))
            .map((i) => ({
              id: i.id,
              machine: i.machine,
              host: i.host,
              state: i.state,
              done: i.done,
            })),
    knows,
  };
  if (!all) return state;
  return {
    ...state,
    ...(withStatic
      ? {
          msel: exercise.scenario.injects.map((i) => ({ ...i })),
          objectives: exercise.scenario.objectives.map((o) => ({ id: o.id, text: o.text })),
          areas: exercise.scenario.areas.map((a) => ({ id: a.id, name: a.name })),
        }
      : {}),
    staged: [...exercise.staged.values()]
      .filter((s) => s.state === 'staged')
      .map((s) => ({
        id: s.id,
        text: s.text,
        event: { ...s.event },
        ...(s.at !== undefined ? { at: s.at } : {}),
      })),
    seats: [...exercise.seats.values()].map((s) => ({
      id: s.id,
      role: s.role,
      name: s.name,
      actors: [...s.actors],
      revoked: s.revoked,
      connected: connected.has(s.id),
      ...(seat.role === 'excon' && !s.revoked ? { token: s.token } : {}),
    })),
    observations: [...exercise.observations],
    revision: exercise.journal.length,
    hash: exercise.hash,
  };
}
