// The scenarios bundled with the app (scenarios/*.yaml), each fetched as text on demand.

export interface BundledScenario {
  /** File name, e.g. "carana-three-bad-days.yaml". */
  readonly file: string;
  readonly load: () => Promise<string>;
}

export const DEFAULT_SCENARIO = 'carana-three-bad-days.yaml';

const found = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

export function bundledScenarios(): BundledScenario[] {
  return Object.entries(found)
    .map(([path, load]) => ({ file: path.slice(path.lastIndexOf('/') + 1), load }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The default scenario if bundled, else the first in alphabetical order. */
export function defaultScenario(
  scenarios: readonly BundledScenario[],
): BundledScenario | undefined {
  return (
    scenarios.find((s) => s.file === DEFAULT_SCENARIO) ??
    [...scenarios].sort((a, b) => a.file.localeCompare(b.file))[0]
  );
}
