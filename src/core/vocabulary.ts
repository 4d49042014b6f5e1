// The small, dependency-light part of core the first screen of the app needs: the kinds of
// actor, the channels, and the seeded RNG (for a layout that opens the same way each time).
// Importing it does not pull in the engine, zod or yaml; everything here is also re-exported
// by core's index.
export { createRng, restoreRng, type Rng } from './rng';

export const ACTOR_KINDS = [
  'military',
  'police',
  'humanitarian',
  'civilian',
  'host-police',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const CHANNELS = ['radio', 'liaison', 'report', 'meeting-only'] as const;
export type Channel = (typeof CHANNELS)[number];
