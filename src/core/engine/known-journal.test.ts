// Knowledge journalled between checkpoints must give back, walking back and forth, exactly the
// tables (key order included: the saved state's JSON follows it) held at each checkpoint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dict } from './dict';
import {
  copyKnowledge,
  forget,
  KnowledgeJournal,
  relearn,
  type Knowledge,
  type Learnt,
} from './known-journal';

/** Learns as the engine does: a table made on the first item, known items skipped. */
function learn(
  knows: Knowledge,
  journal: KnowledgeJournal,
  actor: string,
  info: string,
  at: number,
) {
  let table = knows[actor];
  const created = table === undefined;
  if (!table) table = knows[actor] = dict();
  if (table[info] !== undefined) return;
  table[info] = at;
  journal.record(actor, info, at, created);
}

const learning = fc.array(
  fc.array(
    fc.tuple(
      // "constructor" and "__proto__": ids are scenario text, and tables have no prototype.
      fc.constantFrom('hq', 'fpu-1', 'ngo', 'constructor', '__proto__'),
      fc.constantFrom('i1', 'i2', 'i3', '10', '2', 'toString'),
    ),
    { maxLength: 8 },
  ),
  { minLength: 1, maxLength: 8 },
);

describe('KnowledgeJournal', () => {
  it('forgets and relearns to each checkpoint, tables and order as they were', () => {
    fc.assert(
      fc.property(
        learning,
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (segments, walk) => {
          const knows = dict<Record<string, number>>();
          knows['hq'] = dict({ base: 0 }); // known before the first checkpoint (a restored save)
          const journal = new KnowledgeJournal();
          const at: string[] = [JSON.stringify(knows)];
          const learnt: Learnt[] = [];
          let time = 1;
          for (const segment of segments) {
            for (const [actor, info] of segment) learn(knows, journal, actor, info, time++);
            learnt.push(journal.take());
            at.push(JSON.stringify(knows));
          }
          learn(knows, journal, 'late', 'i1', time);
          journal.discard(knows);
          expect(JSON.stringify(knows)).toBe(at.at(-1));
          let here = learnt.length;
          for (const n of walk) {
            const to = n % at.length;
            while (here > to) forget(knows, learnt[--here]!);
            while (here < to) relearn(knows, learnt[here++]!);
            expect(JSON.stringify(knows)).toBe(at[to]);
            expect(Object.getPrototypeOf(knows)).toBeNull();
            for (const table of Object.values(knows))
              expect(Object.getPrototypeOf(table)).toBeNull();
          }
          // A copy is its own, equal table by table.
          const copy = copyKnowledge(knows);
          expect(JSON.stringify(copy)).toBe(JSON.stringify(knows));
          expect(copy['hq']).not.toBe(knows['hq']);
        },
      ),
    );
  });

  it('reopens what a dropped checkpoint held, before what was learnt since', () => {
    fc.assert(
      fc.property(learning, learning, (first, second) => {
        const knows = dict<Record<string, number>>();
        const journal = new KnowledgeJournal();
        const before = JSON.stringify(knows);
        let time = 1;
        for (const [actor, info] of first.flat()) learn(knows, journal, actor, info, time++);
        const dropped = journal.take();
        for (const [actor, info] of second.flat()) learn(knows, journal, actor, info, time++);
        journal.reopen(dropped);
        const merged = journal.take();
        const after = JSON.stringify(knows);
        forget(knows, merged);
        expect(JSON.stringify(knows)).toBe(before);
        relearn(knows, merged);
        expect(JSON.stringify(knows)).toBe(after);
      }),
    );
  });
});
