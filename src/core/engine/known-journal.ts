// What actors learnt between two checkpoints. Knowledge only ever grows — an actor's table
// (information id → when it learnt it) gains keys and never loses or changes one — so a
// checkpoint need not copy everyone's tables: it keeps the list of what was learnt since the
// checkpoint before (a `Learnt` journal), and the run goes back by removing those keys, last
// first, and forward by adding them again. The work is in proportion to what was learnt in
// between, not to all that every actor knows.
//
// Key order is kept both ways, since the saved state's JSON follows it: removing the keys
// added last gives each table its earlier order back, and a table that an entry created is
// removed with it (and added again, in its place, going forward).
import { dict, type Dict } from './dict';

/** actor → information id → when it learnt it (the saved state's `knows`). */
export type Knowledge = Dict<Dict<number>>;

/** What was learnt between two checkpoints, in order. */
export interface Learnt {
  readonly actors: readonly string[];
  readonly infos: readonly string[];
  readonly times: readonly number[];
  /** Whether the entry gave its actor a table (the actor knew nothing before). */
  readonly created: readonly boolean[];
}

export class KnowledgeJournal {
  private actors: string[] = [];
  private infos: string[] = [];
  private times: number[] = [];
  private created: boolean[] = [];

  /** Notes that `actor` learnt `info` at `time` (`created`: its table was made for it). */
  record(actor: string, info: string, time: number, created: boolean): void {
    this.actors.push(actor);
    this.infos.push(info);
    this.times.push(time);
    this.created.push(created);
  }

  /** What was learnt since the last checkpoint; the next is counted from now. */
  take(): Learnt {
    const learnt: Learnt = {
      actors: this.actors,
      infos: this.infos,
      times: this.times,
      created: this.created,
    };
    this.actors = [];
    this.infos = [];
    this.times = [];
    this.created = [];
    return learnt;
  }

  /** Takes `knows` back to the last checkpoint: what was learnt since is forgotten. */
  discard(knows: Knowledge): void {
    forget(knows, this.take());
  }

  /**
   * Takes `learnt` back as pending, before what was learnt since (a checkpoint taken again at
   * the same step: the new one must hold both).
   */
  reopen(learnt: Learnt): void {
    this.actors = [...learnt.actors, ...this.actors];
    this.infos = [...learnt.infos, ...this.infos];
    this.times = [...learnt.times, ...this.times];
    this.created = [...learnt.created, ...this.created];
  }
}

/** Takes `knows` from the later checkpoint of `learnt` to the earlier one. */
export function forget(knows: Knowledge, learnt: Learnt): void {
  for (let i = learnt.actors.length - 1; i >= 0; i--) {
    const actor = learnt.actors[i]!;
    if (learnt.created[i]) delete knows[actor];
    else delete knows[actor]![learnt.infos[i]!];
  }
}

/** Takes `knows` from the earlier checkpoint of `learnt` to the later one. */
export function relearn(knows: Knowledge, learnt: Learnt): void {
  for (let i = 0; i < learnt.actors.length; i++) {
    const actor = learnt.actors[i]!;
    const table = learnt.created[i] ? (knows[actor] = dict()) : knows[actor]!;
    table[learnt.infos[i]!] = learnt.times[i]!;
  }
}

/** A copy of every actor's table (prototype-free, keys in the same order). */
export function copyKnowledge(knows: Knowledge): Knowledge {
  const copy = dict<Dict<number>>();
  for (const actor of Object.keys(knows)) copy[actor] = dict(knows[actor]);
  return copy;
}
