// For tests: what an entry, or a machine's explain action, says in English, as a trainer
// reads it ('' for nothing). Through ./index, which loads every catalog whole.
import { CompareError, SweepError, type Problem } from '../core/index.ts';
import { describeEntry, describePhrase, describeProblem } from './index';
import type { LogEntryLike, Phrase } from './types';

export function text(e: LogEntryLike | { readonly kind?: undefined } | undefined): string {
  return e === undefined || e.kind === undefined ? '' : describeEntry(e as LogEntryLike, 'en');
}

/** One parameter of an entry, whatever its kind (tests read several kinds alike). */
export function param(e: { readonly params: object } | undefined, key: string): unknown {
  return e === undefined ? undefined : (e.params as Readonly<Record<string, unknown>>)[key];
}

/** A phrase (a readiness gap, a reason) in English. */
export const phraseText = (p: Phrase): string => describePhrase(p, 'en');

/** A scenario problem (a located error or warning) in English: pass as the loader's `describe`. */
export const problemText = (p: Problem): string => describeProblem(p, 'en');

/** What a refused comparison request (a CompareError or SweepError `fn` throws) says in English. */
export function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof CompareError || e instanceof SweepError) return problemText(e.problem);
    throw e;
  }
  throw new Error('expected a CompareError or a SweepError');
}
