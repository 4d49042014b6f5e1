import { describe, expect, it } from 'vitest';
import { isStoryEntry } from './story';
import type { LogEntry } from './types';
import type { Mark } from '../vocabulary';

const entry = (event: string, marks?: Mark[]): LogEntry => ({
  seq: 0,
  time: 0,
  actor: 'a',
  at: 'a',
  event,
  kind: 'transition',
  params: { event, before: 'a', after: 'b' },
  ...(marks ? { marks } : {}),
});

describe('isStoryEntry', () => {
  it.each<[string, Mark[] | undefined, boolean]>([
    ['task', undefined, false],
    ['task', ['task.unanswered'], true],
    ['task.done', undefined, false],
    ['message.sent', ['message.sent'], false],
    ['message.delivered', ['message.delivered'], false],
    ['information.reached', ['information.reached'], false],
    ['message.lost', ['message.lost'], true],
    ['message.undeliverable', ['message.undeliverable'], true],
    ['inject', ['inject'], true],
    ['assessed', ['escort.approved'], true],
    ['rsvp', undefined, true],
  ])('%s %j → %s', (event, marks, shown) => expect(isStoryEntry(entry(event, marks))).toBe(shown));
});
