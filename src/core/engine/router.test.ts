import { describe, expect, it } from 'vitest';
import { structureSchema } from '../scenario/schema';
import { Router } from './router';

const structure = structureSchema.parse({
  id: 's',
  name: 'S',
  links: [
    { from: 'a', to: 'b', channel: 'radio', latency: '10m' },
    { from: 'b', to: 'c', channel: 'radio', latency: '10m' },
    { from: 'a', to: 'c', channel: 'report', latency: '30m' },
    { from: 'c', to: 'd', channel: 'meeting-only', latency: '1m' },
    { from: 'd', to: 'e', channel: 'liaison', latency: '5m', oneWay: true },
  ],
  authority: {
    escortDecision: 'a',
    escortProviders: ['b'],
    situationalAwareness: 'a',
    pocResponse: 'a',
    pocResponders: ['b'],
    handoverDecision: 'a',
  },
});

const ids = (hops: ReturnType<Router['path']>) => hops && hops.map((h) => `${h.from}>${h.to}`);

describe('Router', () => {
  it('takes the lowest-latency path the structure allows', () => {
    expect(ids(new Router(structure).path('a', 'c'))).toEqual(['a>b', 'b>c']);
  });

  it('counts a relay desk’s handling time against a path through it', () => {
    const router = new Router(structure, (actor) => (actor === 'b' ? 30 : 0));
    expect(ids(router.path('a', 'c'))).toEqual(['a>c']);
  });

  it('never routes over meeting-only links, and respects one-way links', () => {
    const router = new Router(structure);
    expect(router.path('a', 'd')).toBeNull();
    expect(ids(router.path('d', 'e'))).toEqual(['d>e']);
    expect(router.path('e', 'd')).toBeNull();
    expect(router.path('a', 'a')).toEqual([]);
  });
});
