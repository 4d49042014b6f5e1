// The engine (core + zod + yaml, ~150 KB gzipped) is its own chunk, fetched while the app
// shell paints: the store and UI import core's *types* only, never its values, so the
// initial bundle stays inside the 150 KB budget (docs/BENCHMARKS.md).
export type Core = typeof import('../core/index.ts');

let pending: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  return (pending ??= import('../core/index.ts'));
}

/** The log's renderer and its catalogs (src/i18n). */
export type Words = typeof import('../i18n/words.ts');

let pendingWords: Promise<Words> | undefined;

/**
 * The renderer is a chunk of its own too, with English built in; the page awaits it (and the
 * catalog of its language, `loadCatalog`) before its first paint, while the engine loads.
 */
export function loadWords(): Promise<Words> {
  return (pendingWords ??= import('../i18n/words.ts'));
}
