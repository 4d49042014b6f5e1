// Messages kept as differences: after any walk back and forth along the chain, the table must
// hold exactly the messages of the checkpoint walked to, each at its position there, and a
// checkpoint's table rebuilt for its JSON must read as the table did then.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dict } from './dict';
import {
  MessageJournal,
  messagesAt,
  messagesOf,
  redoMessages,
  undoMessages,
  wholeMessages,
  type MessageDelta,
  type Messages,
} from './message-journal';
import type { Envelope } from './types';

type Op =
  { kind: 'send' } | { kind: 'move'; pick: number; at: number } | { kind: 'drop'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: 'send' as const }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    at: fc.double({ min: 0, max: 1e4, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
);
const segments = fc.array(fc.array(op, { maxLength: 10 }), { minLength: 1, maxLength: 8 });

const envelope = (id: number): Envelope => ({
  id,
  from: 'a',
  to: 'b',
  target: 'b',
  event: { type: 'x' },
  info: [],
  need: 'none',
  about: { key: 'about.relay', params: {} } as never,
  sentAt: id,
  path: ['a', 'c', 'b'],
  hop: 0,
  departed: undefined,
  arrives: undefined,
});

/** The engine's way: note first, then change the table or the message in place. */
function apply(journal: MessageJournal, messages: Messages, o: Op, next: () => number): void {
  const ids = Object.keys(messages).map(Number);
  if (o.kind === 'send') {
    const id = next();
    journal.change(messages, id);
    messages[id] = envelope(id);
    return;
  }
  if (ids.length === 0) return;
  const id = ids[o.pick % ids.length]!;
  journal.change(messages, id);
  if (o.kind === 'drop') delete messages[id];
  else {
    const msg = messages[id]!;
    msg.hop += 1;
    msg.departed = o.at;
    msg.arrives = o.at + 1.5;
  }
}

describe('MessageJournal', () => {
  it('walks back and forth to each checkpoint; each reads as the table did then', () => {
    fc.assert(
      fc.property(
        segments,
        fc.nat(4),
        fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
        (ops, start, walk) => {
          let id = 0;
          const next = () => id++;
          const messages = dict<Envelope>();
          const journal = new MessageJournal();
          for (let i = 0; i < start; i++) apply(journal, messages, { kind: 'send' }, next);
          const whole = wholeMessages(messages);
          journal.track();
          const at: string[] = [JSON.stringify(messages)];
          const deltas: MessageDelta[] = [];
          for (const segment of ops) {
            for (const o of segment) apply(journal, messages, o, next);
            deltas.push(journal.take(messages));
            at.push(JSON.stringify(messages));
          }
          // Each checkpoint rebuilt from the whole one, without touching the run's messages.
          const now = JSON.stringify(messages);
          at.forEach((json, k) =>
            expect(JSON.stringify(messagesAt(whole, deltas.slice(0, k)))).toBe(json),
          );
          expect(JSON.stringify(messages)).toBe(now);
          // Changes after the last checkpoint are forgotten by discard().
          apply(journal, messages, { kind: 'send' }, next);
          apply(journal, messages, { kind: 'move', pick: 0, at: 7 }, next);
          apply(journal, messages, { kind: 'drop', pick: 1 }, next);
          journal.discard(messages);
          expect(JSON.stringify(messages)).toBe(at.at(-1));
          let here = deltas.length;
          for (const n of walk) {
            const to = n % at.length;
            while (here > to) undoMessages(messages, deltas[--here]!);
            while (here < to) redoMessages(messages, deltas[here++]!);
            expect(JSON.stringify(messages)).toBe(at[to]);
          }
          // And the first checkpoint taken up by a run, its messages put back where they were.
          expect(JSON.stringify(messagesOf(whole))).toBe(at[0]);
        },
      ),
    );
  });

  it('reopens a delta: the next one holds both, from the earlier checkpoint', () => {
    fc.assert(
      fc.property(segments, (ops) => {
        let id = 0;
        const next = () => id++;
        const messages = dict<Envelope>();
        const journal = new MessageJournal();
        journal.track();
        const before = JSON.stringify(messages);
        for (const o of ops[0]!) apply(journal, messages, o, next);
        const dropped = journal.take(messages);
        for (const o of ops.slice(1).flat()) apply(journal, messages, o, next);
        journal.reopen(dropped);
        const merged = journal.take(messages);
        const after = JSON.stringify(messages);
        undoMessages(messages, merged);
        expect(JSON.stringify(messages)).toBe(before);
        redoMessages(messages, merged);
        expect(JSON.stringify(messages)).toBe(after);
      }),
    );
  });
});
