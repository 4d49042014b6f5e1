// The scenarios bundled with the app (scenarios/*.yaml), each fetched as text on demand.

export interface BundledScenario {
  /** File name, e.g. "carana-three-bad-days.yaml". */
  readonly file: string;
  readonly load: () => Promise<string>;
}

export const DEFAULT_SCENARIO = 'carana-three-bad-days.yaml';

const found = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });
// Development only, while scenarios/ is still empty: a test fixture keeps the app usable.
const fallback: Record<string, () => Promise<string>> = import.meta.env.DEV
  ? import.meta.glob<string>('/tests/fixtures/escort-drill.yaml', { query: '?raw', import: 'default' })
  : {};

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function list(files: Record<string, () => Promise<string>>): BundledScenario[] {
  return Object.entries(files)
    .map(([path, load]) => ({ file: fileName(path), load }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

export function bundledScenarios(): BundledScenario[] {
  const scenarios = list(found);
  return scenarios.length > 0 ? scenarios : list(fallback);
}

/** The default scenario if bundled, else the first in alphabetical order. */
export function defaultScenario(scenarios: readonly BundledScenario[]): BundledScenario | undefined {
  return scenarios.find((s) => s.file === DEFAULT_SCENARIO) ?? scenarios[0];
}
