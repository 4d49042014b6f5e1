// The engine (core + zod + yaml, ~150 KB gzipped) is its own chunk, fetched while the app
// shell paints: the store and UI import core's *types* only, never its values, so the
// initial bundle stays inside the 150 KB budget (docs/BENCHMARKS.md).
export type Core = typeof import('../core/index.ts');

let pending: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  return (pending ??= import('../core/index.ts'));
}
