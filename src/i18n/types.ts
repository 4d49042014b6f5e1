// What the renderer reads from core: only the light vocabulary, so the app's first screen can
// render the log without loading the engine.
export { TERMS, MARKS } from '../core/vocabulary.ts';
export type { EntryKind, PhraseKind, Phrase, Said, TermParam } from '../core/vocabulary.ts';
import type { Said } from '../core/vocabulary.ts';

/** Anything shaped like a log entry's content: a kind and its params. */
export type LogEntryLike = Pick<Said, 'kind' | 'params'>;
