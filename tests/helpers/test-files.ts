// Which test files share their worker's modules and which get modules of their own: read by
// vitest.config.ts (the `unit`, `unit-isolated` and `browser` projects) and by the test that
// holds every file to the rule (tests/suite/module-state.test.ts). The rule is in
// CONTRIBUTING.md, "Tests".

/** The Node test files: the engine, the machines, the CLI (in-process and as a process), the library. */
export const NODE_TESTS = [
  'src/**/*.test.ts',
  'tests/scenarios/**/*.test.ts',
  'tests/cli/**/*.test.ts',
  'tests/library/**/*.test.ts',
  'tests/suite/**/*.test.ts',
];

/** The Chromium test files (tests/helpers/browser.ts): they share their modules too. */
export const BROWSER_TESTS = ['tests/browser/**/*.test.ts'];

/**
 * Node test files that need modules of their own: the `unit-isolated` project imports every
 * module afresh for each of them. Every other Node file runs in `unit`, where a worker keeps its
 * modules from one file to the next (xstate, zod, the core and the catalogs imported once per
 * worker rather than once per file). A file belongs here, with its reason, when it
 * - mocks a module (`vi.mock`, `vi.doMock`, `vi.resetModules`): the mock would outlive the file;
 * - or checks a module's state before its first use (a catalog not loaded yet, a lazy loader
 *   not called yet): a file before it in the same worker may have used it already.
 */
export const KEEPS_MODULE_STATE: readonly string[] = [
  // vi.mock('../core/runs'): run-batch's view of the core is a mock for this file only.
  'src/workers/run-batch-limit.test.ts',
  // vi.mock('../../core/runs'): a batch that reaches the size limit, for this file only.
  'src/ui/compare/runInWorkers.test.ts',
  // vi.resetModules + vi.doMock: the whole core again, on xstate's own transition().
  'tests/scenarios/pure-transition.test.ts',
  // French (and the rest of English) not loaded yet, then loaded.
  'src/i18n/words.test.ts',
  'src/i18n/cli-words.test.ts',
  // vi.useFakeTimers: the picture worker's slices are timed by setTimeout, faked per test.
  'src/graph/picturePainter.test.ts',
];

/**
 * What a file of a project with shared modules may not call: each replaces a module or a global for the
 * files after it in the same worker. `vi.stubGlobal` is allowed with `vi.unstubAllGlobals()` in
 * an `afterEach`/`afterAll` of the same file.
 */
export const MODULE_STATE_CALLS = [
  'vi.mock(',
  'vi.doMock(',
  'vi.resetModules(',
  'vi.stubEnv(',
  'vi.useFakeTimers(',
] as const;
