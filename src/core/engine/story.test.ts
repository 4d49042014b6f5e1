import { describe, expect, it } from 'vitest';
import { isStoryEntry } from './story';
import type { LogEntry } from './types';

const entry = (event: string, marks?: string[]): LogEntry => ({
  seq: 0,
  time: 0,
  actor: 'a',
  at: 'a',
  event,
  text: '',
  ...(marks ? { marks } : {}),
});

describe('isStoryEntry', () => {
  it.each<[string, string[] | undefined, boolean]>([
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
