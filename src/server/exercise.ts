// One exercise on the host: the fold of its journal into a running Simulation, seats, staged
// injects and observations. `command` turns a seat's message into journal entries (refusing
// what the exercise cannot take); `apply` folds one entry in. The host appends entries to
// the journal before applying them, and a restart (or a package replay) folds the same
// entries again, so the run comes back identical: moves record the step they reached,
// deliveries the point they happened.
import {
  DOCTRINE_ANSWER,
  loadScenario,
  formatError,
  Simulation,
  type Scenario,
  type SimEvent,
} from '../core/index.ts';
import { timingSafeEqual } from 'node:crypto';
import {
  addPlanAction,
  rateObjective,
  removePlanAction,
  updatePlanAction,
} from '../common/evaluation-record.ts';
import type { ImprovementAction, ObjectiveRating, Rating } from '../core/index.ts';
import type { JournalEntry } from './journal.ts';
import { LogHash } from './log-hash.ts';
import { Refused } from './refusal.ts';
import type { ClientMessage, Move, Observation, Phase, Role } from './protocol.ts';
import { describeProblem } from '../i18n/index.ts';

export interface Seat {
  readonly id: string;
  readonly token: string;
  readonly role: Role;
  readonly name: string;
  actors: string[];
  revoked: boolean;
}

export interface Staged {
  readonly id: string;
  text: string;
  event: SimEvent;
  at?: number;
  state: 'staged' | 'delivered' | 'withdrawn';
}

export interface CreateBody {
  readonly scenario: string;
  readonly file: string;
  readonly structure?: string;
  readonly seed: number;
  readonly excon: { readonly id: string; readonly token: string };
}

/** A journal entry to be: `applied` when the command already carried it out (a move). */
export type Draft = { kind: string; body: Record<string, unknown>; applied?: boolean };

export class Exercise {
  readonly id: string;
  readonly file: string;
  readonly source: string;
  readonly scenario: Scenario;
  readonly sim: Simulation;
  phase: Phase = 'ready';
  readonly seats = new Map<string, Seat>();
  readonly staged = new Map<string, Staged>();
  readonly observations: Observation[] = [];
  /** Objective ratings (evaluators, EXCON) and the improvement plan (EXCON), as journalled. */
  ratings: ObjectiveRating[] = [];
  plan: ImprovementAction[] = [];
  /** Live injects in the order the engine received them (the order it logs them). */
  readonly delivered: Staged[] = [];
  /** Journal entries folded in so far. */
  readonly journal: JournalEntry[] = [];
  private readonly logHash = new LogHash();

  constructor(create: JournalEntry) {
    if (create.kind !== 'create') throw new RangeError('an exercise journal starts with "create"');
    const body = create.body as unknown as CreateBody;
    const loaded = loadScenario(body.scenario, body.file, {
      describe: (p) => describeProblem(p, 'en'),
    });
    if (!loaded.ok) throw new RangeError(loaded.errors.map(formatError).join('\n'));
    this.id = create.exercise;
    this.file = body.file;
    this.source = body.scenario;
    this.scenario = loaded.scenario;
    this.sim = new Simulation(loaded.scenario, {
      ...(body.structure !== undefined ? { structure: body.structure } : {}),
      seed: body.seed,
    });
    this.seats.set(body.excon.id, {
      id: body.excon.id,
      token: body.excon.token,
      role: 'excon',
      name: 'EXCON',
      actors: [],
      revoked: false,
    });
    this.journal.push(create);
  }

  /** An exercise folded from its whole journal (restart, package replay). */
  static fold(entries: readonly JournalEntry[]): Exercise {
    const [first, ...rest] = entries;
    if (!first) throw new RangeError('an empty journal holds no exercise');
    const exercise = new Exercise(first);
    for (const entry of rest) exercise.apply(entry);
    return exercise;
  }

  get title(): string {
    return this.scenario.title;
  }

  /** The hash of the log so far, as `peacemesh run` prints it (kept up to date as it grows). */
  get hash(): string {
    return this.logHash.of(this.sim.log);
  }

  seatByToken(token: string): Seat | undefined {
    const given = Buffer.from(token);
    for (const seat of this.seats.values()) {
      const known = Buffer.from(seat.token);
      // Constant-time: how much of a token matched must not show in how long the check took.
      if (known.length > 0 && known.length === given.length && timingSafeEqual(known, given))
        return seat;
    }
    return undefined;
  }

  /** Actors held by player seats now. */
  held(): string[] {
    const held = new Set<string>();
    for (const seat of this.seats.values())
      if (seat.role === 'player' && !seat.revoked) for (const a of seat.actors) held.add(a);
    return [...held].sort();
  }

  // ── folding the journal ───────────────────────────────────────────────────────────────

  apply(entry: JournalEntry): void {
    const b = entry.body;
    switch (entry.kind) {
      case 'seat.create':
        this.seats.set(b['id'] as string, {
          id: b['id'] as string,
          token: b['token'] as string,
          role: b['role'] as Role,
          name: b['name'] as string,
          actors: [...(b['actors'] as string[])],
          revoked: false,
        });
        this.sim.hold(this.held());
        break;
      case 'seat.assign': {
        const seat = this.seats.get(b['seat'] as string);
        if (seat) seat.actors = [...(b['actors'] as string[])];
        this.sim.hold(this.held());
        break;
      }
      case 'seat.revoke': {
        const seat = this.seats.get(b['seat'] as string);
        if (seat) seat.revoked = true;
        this.sim.hold(this.held());
        break;
      }
      case 'phase':
        this.phase = b['phase'] as Phase;
        break;
      case 'move':
        this.sim.seek(b['to'] as number);
        break;
      case 'inject.stage':
        this.staged.set(b['id'] as string, {
          id: b['id'] as string,
          text: b['text'] as string,
          event: b['event'] as SimEvent,
          ...(b['at'] !== undefined ? { at: b['at'] as number } : {}),
          state: 'staged',
        });
        break;
      case 'inject.edit': {
        const s = this.staged.get(b['id'] as string);
        if (!s) break;
        if (b['text'] !== undefined) s.text = b['text'] as string;
        if (b['event'] !== undefined) s.event = b['event'] as SimEvent;
        if (b['at'] !== undefined) s.at = b['at'] as number;
        break;
      }
      case 'inject.withdraw': {
        const s = this.staged.get(b['id'] as string);
        if (s) s.state = 'withdrawn';
        break;
      }
      case 'inject.deliver': {
        const s = this.staged.get(b['id'] as string);
        if (s) this.deliver(s);
        break;
      }
      case 'decide':
        this.sim.decide(b['decision'] as string, b['option'] as string);
        break;
      case 'play':
        this.sim.play(b['key'] as string, b['option'] as string);
        break;
      case 'observe':
        this.observations.push(b as unknown as Observation);
        break;
      case 'rate':
        this.ratings = rateObjective(
          { observations: [], ratings: this.ratings, plan: [] },
          b['objective'] as string,
          b['rating'] as Rating | null,
          b['rationale'] as string,
          b['author'] as string,
        ).ratings;
        break;
      case 'plan.add':
        this.plan = [
          ...this.plan,
          {
            id: b['id'] as string,
            ...(b['objective'] ? { objective: b['objective'] as string } : {}),
            action: '',
            capability: '',
            owner: '',
            due: '',
          },
        ];
        break;
      case 'plan.update':
        this.plan = updatePlanAction(
          { observations: [], ratings: [], plan: this.plan },
          b['id'] as string,
          b['change'] as Partial<Omit<ImprovementAction, 'id'>>,
        ).plan;
        break;
      case 'plan.remove':
        this.plan = removePlanAction(
          { observations: [], ratings: [], plan: this.plan },
          b['id'] as string,
        ).plan;
        break;
      default:
        throw new RangeError(`journal entry ${entry.seq}: unknown kind "${entry.kind}"`);
    }
    this.journal.push(entry);
  }

  /** Records an entry whose effect the command already had (the steps of a move). */
  record(entry: JournalEntry): void {
    this.journal.push(entry);
  }

  private deliver(s: Staged): void {
    s.state = 'delivered';
    this.delivered.push(s);
    this.sim.pushInject(s.event, s.text, s.at);
  }

  // ── commands ──────────────────────────────────────────────────────────────────────────

  /**
   * The journal entries a seat's message makes, after checking it against the exercise.
   * Only a move runs the engine here (to find where it stops); everything else is applied
   * after it is journalled.
   */
  command(
    seat: Seat,
    msg: ClientMessage,
    ids: { next(prefix: string): string; token(): string },
  ): Draft[] {
    const ended = () => {
      if (this.phase === 'ended') throw new Refused('ended', 'cli.host.seat.ended');
    };
    switch (msg.type) {
      case 'start':
        if (this.phase !== 'ready')
          throw new Refused('phase', 'cli.host.seat.already', { phase: this.phase });
        return [{ kind: 'phase', body: { phase: 'running' } }];
      case 'pause':
        if (this.phase !== 'running')
          throw new Refused('phase', 'cli.host.seat.pause', { phase: this.phase });
        return [{ kind: 'phase', body: { phase: 'paused' } }];
      case 'resume':
        if (this.phase !== 'paused')
          throw new Refused('phase', 'cli.host.seat.resume', { phase: this.phase });
        return [{ kind: 'phase', body: { phase: 'running' } }];
      case 'end':
        ended();
        return [{ kind: 'phase', body: { phase: 'ended' } }];
      case 'move':
        return this.move(msg.move);
      case 'seat.create': {
        this.checkActors(msg.role === 'player' ? msg.actors : []);
        return [
          {
            kind: 'seat.create',
            body: {
              id: ids.next('seat'),
              token: ids.token(),
              role: msg.role,
              name: msg.name,
              actors: msg.role === 'player' ? msg.actors : [],
            },
          },
        ];
      }
      case 'seat.assign': {
        const target = this.seats.get(msg.seat);
        if (!target || target.role !== 'player')
          throw new Refused('seat', 'cli.host.seat.no-player-seat', { seat: msg.seat });
        this.checkActors(msg.actors);
        return [{ kind: 'seat.assign', body: { seat: msg.seat, actors: msg.actors } }];
      }
      case 'seat.revoke': {
        const target = this.seats.get(msg.seat);
        if (!target || target.role === 'excon')
          throw new Refused('seat', 'cli.host.seat.no-revocable-seat', { seat: msg.seat });
        return [{ kind: 'seat.revoke', body: { seat: msg.seat } }];
      }
      case 'inject.stage':
        ended();
        this.checkEvent(msg.event);
        this.checkAt(msg.at);
        return [
          {
            kind: 'inject.stage',
            body: {
              id: ids.next('inject'),
              text: msg.text,
              event: msg.event,
              ...(msg.at !== undefined ? { at: msg.at } : {}),
            },
          },
        ];
      case 'inject.edit': {
        ended();
        this.stagedInject(msg.inject);
        if (msg.event) this.checkEvent(msg.event);
        this.checkAt(msg.at);
        return [
          {
            kind: 'inject.edit',
            body: {
              id: msg.inject,
              ...(msg.text !== undefined ? { text: msg.text } : {}),
              ...(msg.event !== undefined ? { event: msg.event } : {}),
              ...(msg.at !== undefined ? { at: msg.at } : {}),
            },
          },
        ];
      }
      case 'inject.withdraw':
        ended();
        this.stagedInject(msg.inject);
        return [{ kind: 'inject.withdraw', body: { id: msg.inject } }];
      case 'force': {
        ended();
        const q = this.sim.question;
        if (q)
          return [{ kind: 'play', body: { key: q.key, option: DOCTRINE_ANSWER, seat: seat.id } }];
        const point = this.sim.awaiting;
        if (point)
          return [
            { kind: 'decide', body: { decision: point.id, option: point.default, seat: seat.id } },
          ];
        throw new Refused('nothing-waiting', 'cli.host.seat.nothing-waiting');
      }
      case 'decide': {
        ended();
        const point = this.sim.awaiting;
        if (!point || point.id !== msg.decision)
          throw new Refused('nothing-waiting', 'cli.host.seat.point-not-waiting', {
            decision: msg.decision,
          });
        if (seat.role === 'player' && !seat.actors.includes(point.by))
          throw new Refused('forbidden', 'cli.host.seat.not-yours', { actor: point.by });
        if (!point.options.some((o) => o.id === msg.option))
          throw new Refused('option', 'cli.host.seat.point-option', {
            decision: point.id,
            option: msg.option,
            options: point.options.map((o) => o.id).join(', '),
          });
        return [
          { kind: 'decide', body: { decision: point.id, option: msg.option, seat: seat.id } },
        ];
      }
      case 'play': {
        ended();
        const q = this.sim.question;
        if (!q || q.key !== msg.key)
          throw new Refused('nothing-waiting', 'cli.host.seat.question-not-waiting', {
            decision: msg.key,
          });
        if (seat.role === 'player' && !seat.actors.includes(q.actor))
          throw new Refused('forbidden', 'cli.host.seat.not-yours', { actor: q.actor });
        if (!q.options.some((o) => o.id === msg.option))
          throw new Refused('option', 'cli.host.seat.question-option', {
            decision: q.key,
            option: msg.option,
            options: q.options.map((o) => o.id).join(', '),
          });
        return [{ kind: 'play', body: { key: q.key, option: msg.option, seat: seat.id } }];
      }
      case 'observe': {
        if (msg.actor !== undefined) this.checkActors([msg.actor]);
        if (msg.objective !== undefined) this.checkObjective(msg.objective);
        if (msg.entrySeq !== undefined && msg.entrySeq >= this.sim.log.length)
          throw new Refused('entry', 'cli.host.seat.entry', { seq: msg.entrySeq });
        const observation: Observation = {
          id: ids.next('obs'),
          time: this.sim.time,
          step: this.sim.step,
          ...(msg.entrySeq !== undefined ? { entrySeq: msg.entrySeq } : {}),
          ...(msg.actor !== undefined ? { actor: msg.actor } : {}),
          ...(msg.objective !== undefined ? { objective: msg.objective } : {}),
          kind: msg.kind,
          text: msg.text,
          author: seat.name,
        };
        return [{ kind: 'observe', body: observation }];
      }
      case 'rate':
        this.checkObjective(msg.objective);
        return [
          {
            kind: 'rate',
            body: {
              objective: msg.objective,
              rating: msg.rating,
              rationale: msg.rationale,
              author: seat.name,
            },
          },
        ];
      case 'plan.add': {
        if (msg.objective !== undefined) this.checkObjective(msg.objective);
        // The id the app would give it ("a1", "a2", …), never one taken before in this plan.
        const id = addPlanAction({ observations: [], ratings: [], plan: this.plan }).plan.at(
          -1,
        )!.id;
        return [
          {
            kind: 'plan.add',
            body: { id, ...(msg.objective !== undefined ? { objective: msg.objective } : {}) },
          },
        ];
      }
      case 'plan.update':
        this.planAction(msg.action);
        if (msg.change.objective) this.checkObjective(msg.change.objective);
        return [{ kind: 'plan.update', body: { id: msg.action, change: msg.change } }];
      case 'plan.remove':
        this.planAction(msg.action);
        return [{ kind: 'plan.remove', body: { id: msg.action } }];
    }
  }

  private checkObjective(objective: string): void {
    if (!this.scenario.objectives.some((o) => o.id === objective))
      throw new Refused('objective', 'cli.host.seat.objective', { objective });
  }

  private planAction(id: string): void {
    if (!this.plan.some((a) => a.id === id))
      throw new Refused('plan', 'cli.host.seat.plan', { action: id });
  }

  /**
   * Runs the engine to where the move stops and returns what to journal: the step reached,
   * with the staged injects delivered on the way (each at the point it happened).
   */
  private move(move: Move): Draft[] {
    if (this.phase !== 'running')
      throw new Refused('phase', 'cli.host.seat.move', { phase: this.phase });
    const sim = this.sim;
    if (sim.status !== 'running')
      throw new Refused(
        'waiting',
        sim.status === 'finished' ? 'cli.host.seat.run-ended' : 'cli.host.seat.decision-waiting',
      );
    const out: Draft[] = [];
    const mark = () => {
      const last = out.at(-1);
      if (last?.kind === 'move') last.body['to'] = sim.step;
      else out.push({ kind: 'move', body: { move, to: sim.step }, applied: true });
    };
    const deliverDue = (before: number) => {
      // In the order the engine will log them (by time, then as staged): the seats' views
      // match live inject entries to deliveries by that order.
      const due = [...this.staged.values()]
        .filter((s) => s.state === 'staged' && (s.at === undefined || s.at <= before))
        .sort((a, b) => Math.max(a.at ?? 0, sim.time) - Math.max(b.at ?? 0, sim.time));
      for (const s of due) {
        out.push({ kind: 'inject.deliver', body: { id: s.id }, applied: true });
        // Delivered at once: the rest of the move runs with it on the agenda, as a replay will.
        this.deliver(s);
      }
    };
    deliverDue(sim.time);
    const limit = move.to === 'time' ? move.time : Infinity;
    for (let first = true; sim.status === 'running'; first = false) {
      const next = sim.nextTime;
      if (next === undefined) break;
      if (!first && move.to === 'step') break;
      if (next > limit) break;
      deliverDue(next);
      const written = sim.stepOnce();
      mark();
      if (
        move.to === 'next' &&
        written.some((e) => e.event === 'inject' || e.event === 'decision.point')
      )
        break;
    }
    if (out.length === 0) mark();
    return out;
  }

  private checkActors(actors: readonly string[]): void {
    for (const a of actors)
      if (!this.scenario.actors.some((x) => x.id === a))
        throw new Refused('actor', 'cli.host.seat.actor', { actor: a });
  }

  private checkAt(at: number | undefined): void {
    if (at !== undefined && at < this.sim.time) throw new Refused('time', 'cli.host.seat.time');
  }

  private stagedInject(id: string): Staged {
    const s = this.staged.get(id);
    if (!s || s.state !== 'staged')
      throw new Refused('inject', 'cli.host.seat.inject', { inject: id });
    return s;
  }

  /** The actors and areas a live event names must exist (the engine trusts its inputs). */
  private checkEvent(event: SimEvent): void {
    this.checkActors(eventActors(event));
    const area = (event as { area?: unknown }).area;
    if (typeof area === 'string' && !this.scenario.areas.some((a) => a.id === area))
      throw new Refused('area', 'cli.host.seat.area', { area });
  }
}

/** Fields of a scenario event that name actors. */
const ACTOR_FIELDS = new Set([
  'requester',
  'reportedBy',
  'needToKnow',
  'from',
  'to',
  'actor',
  'by',
]);

function namedIds(event: SimEvent): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(event)) {
    if (!ACTOR_FIELDS.has(key)) continue;
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.push(v);
  }
  return out;
}

/** The actors an event is delivered to: those it names (requester, reporter, recipients…). */
export function eventActors(event: SimEvent): string[] {
  return [...new Set(namedIds(event))];
}
