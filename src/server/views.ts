// What each seat receives, decided on the host (a client never gets what its role may not see):
// EXCON and evaluators everything (only EXCON the join tokens); a player its own actors'
// happenings, messages, knowledge and decisions, and an inject's text once it reaches one of
// its actors — never the MSEL's expected actions, objectives or controller notes; the projector
// the common picture. This is the one file of the host that reads log entries.
import { isStoryEntry, type LogEntry, type PlayQuestion } from '../core/index.ts';
import type { GraphNode } from '../graph/types.ts';
import { buildMeshView, type MeshView } from '../common/mesh-view.ts';
import { eventActors, type Exercise, type Seat } from './exercise.ts';
import { JsonOnce } from './json-once.ts';
import type { ProcessView, QuestionView, SeatState, SeatView, StagedView } from './protocol.ts';

/**
 * A played decision as its seat receives it: the question, options, facts and doctrine's
 * reason as typed phrases, put in words by the seat's screen in the seat's language.
 */
function seatQuestion(q: PlayQuestion): QuestionView {
  const { area: _area, to: _to, ...rest } = q;
  return { ...rest, options: [...q.options], facts: [...q.facts] };
}

/**
 * Who each inject entry of the log reached, and which processes each actor took part in,
 * worked out once per exercise as the log grows (live injects are logged in the order the
 * engine received them). A log cut back by a move and written again is read from the start.
 */
export class Audience {
  private readonly reached: Array<readonly string[] | null> = [];
  private live = 0;
  /** Actor → the ids its log entries were about (`ref`): processes it took part in. */
  private readonly about = new Map<string, Set<string>>();
  /** The last entry read: a log cut back and written again shows a different one. */
  private last: LogEntry | undefined;

  constructor(private readonly exercise: Exercise) {}

  private update(): void {
    const log = this.exercise.sim.log;
    const read = this.reached.length;
    if (log.length < read || (read > 0 && log[read - 1] !== this.last)) {
      this.reached.length = 0;
      this.live = 0;
      this.about.clear();
    }
    for (let i = this.reached.length; i < log.length; i++) {
      const e = log[i]!;
      this.last = e;
      if (e.ref !== undefined) {
        let refs = this.about.get(e.at);
        if (!refs) this.about.set(e.at, (refs = new Set()));
        refs.add(e.ref);
      }
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

  /**
   * Whether one of these actors took part in a process (an entry at the actor about it): the
   * HC who decided an escort that WFP hosts, a battalion that took its task.
   */
  tookPart(actors: readonly string[], process: string): boolean {
    this.update();
    return actors.some((a) => this.about.get(a)?.has(process) ?? false);
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
 * What every seat's view is cut from, built once per broadcast (not once per seat): the graph,
 * every process and every actor's knowledge, the staged injects and the seat list. A seat's
 * lists hold these very objects (those its role may see), so `json` serialises each once for
 * all the seats of the broadcast (json-once.ts).
 */
export interface Frame {
  readonly graph: MeshView;
  readonly processes: readonly ProcessView[];
  /** Actor → what it knows (a copy made for this broadcast). */
  readonly knows: Readonly<Record<string, Record<string, number>>>;
  readonly staged: readonly StagedView[];
  readonly audience: Audience;
  readonly json: JsonOnce;
  /** The seat list as EXCON sees it (`tokens`) or evaluators do, made once per broadcast. */
  seats(connected: ReadonlySet<string>, tokens: boolean): SeatView[];
}

/** Each exercise's last mesh view: a node that did not change since is the same object. */
const lastGraph = new WeakMap<Exercise, MeshView>();

export function frameNow(exercise: Exercise, audience: Audience): Frame {
  const sim = exercise.sim;
  const graph = buildMeshView(sim, sim.time, null, undefined, lastGraph.get(exercise));
  lastGraph.set(exercise, graph);
  const seatLists = new Map<string, SeatView[]>();
  return {
    graph,
    processes: sim
      .instances()
      .filter((i) => i.id !== i.host)
      .map((i) => ({ id: i.id, machine: i.machine, host: i.host, state: i.state, done: i.done })),
    knows: Object.fromEntries(
      Object.entries(sim.knowledge()).map(([actor, items]) => [actor, { ...items }]),
    ),
    staged: [...exercise.staged.values()]
      .filter((s) => s.state === 'staged')
      .map((s) => ({
        id: s.id,
        text: s.text,
        event: { ...s.event },
        ...(s.at !== undefined ? { at: s.at } : {}),
      })),
    audience,
    json: new JsonOnce(),
    seats(connected, tokens) {
      // A broadcast has one set of connected seats; a different set (a test's) is its own list.
      const key = `${tokens}:${[...connected].join('\n')}`;
      let list = seatLists.get(key);
      if (list === undefined)
        seatLists.set(
          key,
          (list = [...exercise.seats.values()].map((s) => ({
            id: s.id,
            role: s.role,
            name: s.name,
            actors: [...s.actors],
            revoked: s.revoked,
            connected: connected.has(s.id),
            ...(tokens && !s.revoked ? { token: s.token } : {}),
          }))),
        );
      return list;
    },
  };
}

/** A player's own actor as its mesh shows it, one object per node so that it too is kept. */
const starred = new WeakMap<GraphNode, GraphNode>();

function star(n: GraphNode): GraphNode {
  let s = starred.get(n);
  if (!s) starred.set(n, (s = { ...n, label: `★ ${n.label}` }));
  return s;
}

function graphFor(seat: Seat, graph: MeshView): MeshView {
  if (seat.role !== 'player') return graph;
  const own = new Set(seat.actors);
  // Own actors carry a star and the first is selected, so the graph rings it.
  return {
    ...graph,
    selected: seat.actors[0] ?? null,
    nodes: graph.nodes.map((n) => (own.has(n.id) ? star(n) : n)),
    messages: graph.messages.filter((m) => own.has(m.from) || own.has(m.to)),
  };
}

/**
 * One seat's state. `withStatic`: include what never changes — the areas' names for every
 * seat, the MSEL and objectives for EXCON and evaluators (a connection gets them once, with its
 * first state).
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
    for (const [actor, items] of Object.entries(frame.knows)) if (mine(actor)) knows[actor] = items;
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
        : frame.processes.filter((p) => mine(p.host) || frame.audience.tookPart(seat.actors, p.id)),
    knows,
    ...(withStatic
      ? { areas: exercise.scenario.areas.map((a) => ({ id: a.id, name: a.name })) }
      : {}),
  };
  if (!all) return state;
  return {
    ...state,
    ...(withStatic
      ? {
          msel: exercise.scenario.injects.map((i) => ({ ...i })),
          objectives: exercise.scenario.objectives.map((o) => ({ id: o.id, text: o.text })),
        }
      : {}),
    staged: [...frame.staged],
    seats: frame.seats(connected, seat.role === 'excon'),
    observations: [...exercise.observations],
    revision: exercise.journal.length,
    hash: exercise.hash,
  };
}
