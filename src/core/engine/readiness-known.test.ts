import { describe, expect, it } from 'vitest';
import type { LiveInstance } from '../machines/registry';
import type { WorldFact } from './knowledge';
import { reviewsOnLearning } from './readiness-known';

const overwhelmed: WorldFact = {
  info: 'attack',
  at: 30,
  from: 'cla',
  summary: 'armed attack',
  fact: { about: 'host-police', unit: 'cnp', status: 'overwhelmed' },
};

const handover = (id: string, context: Record<string, unknown>, done = false): LiveInstance => ({
  id,
  machine: 'handover',
  value: {},
  context: {
    flow: 'police-to-host-police',
    phase: 'monitoring',
    authority: 'joc',
    to: 'cnp',
    ...context,
  },
  done,
});

describe('a monitoring review on what the handover authority learns', () => {
  const monitoring = handover('h1', {});

  it('reviews the handovers in monitoring under the actor that learns the unit was overwhelmed', () => {
    expect(reviewsOnLearning([overwhelmed], [monitoring], 'joc', 'attack')).toEqual(['h1']);
  });

  it('not for another actor, another unit, another phase, a finished handover or other news', () => {
    expect(reviewsOnLearning([overwhelmed], [monitoring], 'unpol', 'attack')).toEqual([]);
    expect(
      reviewsOnLearning([overwhelmed], [handover('h2', { to: 'cnp-2' })], 'joc', 'attack'),
    ).toEqual([]);
    expect(
      reviewsOnLearning(
        [overwhelmed],
        [handover('h3', { phase: 'joint field assessment' })],
        'joc',
        'attack',
      ),
    ).toEqual([]);
    expect(reviewsOnLearning([overwhelmed], [handover('h4', {}, true)], 'joc', 'attack')).toEqual(
      [],
    );
    expect(reviewsOnLearning([overwhelmed], [monitoring], 'joc', 'other')).toEqual([]);
    const able: WorldFact = {
      ...overwhelmed,
      fact: { ...overwhelmed.fact, status: 'able' } as WorldFact['fact'],
    };
    expect(reviewsOnLearning([able], [monitoring], 'joc', 'attack')).toEqual([]);
    // A scripted change is common ground: known to all at once, reviewed by no one's hearing.
    expect(
      reviewsOnLearning([{ ...overwhelmed, common: true }], [monitoring], 'joc', 'attack'),
    ).toEqual([]);
  });
});
