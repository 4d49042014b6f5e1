// The engine (core + zod + yaml, ~150 KB gzipped) is its own chunk, fetched while the app
// shell paints: the store and UI import core's *types* only, never its values, so the
// initial bundle stays inside the 150 KB budget (docs/BENCHMARKS.md).
import { pageLocale } from './logText';

export type Core = typeof import('../core/index.ts');

let pending: Promise<Core> | undefined;

/**
 * The engine, with the rest of the catalogs of every language begun (the log, the scenario
 * loader's problems, …; the first screen had only the app's own words): nothing the engine makes
 * can be shown before its words are in.
 */
export function loadCore(): Promise<Core> {
  return (pending ??= Promise.all([import('../core/index.ts'), loadWholeWords()]).then(
    ([core]) => core,
  ));
}

/** The log's renderer and its catalogs (src/i18n). */
export type Words = typeof import('../i18n/words.ts');

let pendingWords: Promise<Words> | undefined;

/**
 * The renderer is a chunk of its own too, with no language built in; the page awaits it (and its
 * language's first-screen part, `loadCatalog`) before its first paint.
 */
export function loadWords(): Promise<Words> {
  return (pendingWords ??= import('../i18n/words.ts'));
}

/**
 * The renderer with every language begun loaded in whole, and the page's own (<html lang>),
 * which the store words its text in: what the log and the panels need.
 */
export async function loadWholeWords(): Promise<Words> {
  const words = await loadWords();
  await Promise.all([words.loadRestOfCatalogs(), words.loadCatalog(pageLocale(words))]);
  return words;
}
