import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/** The Node test files: the engine, the CLI (in-process and as a process), the library. */
const NODE_TESTS = [
  'src/**/*.test.ts',
  'tests/scenarios/**/*.test.ts',
  'tests/cli/**/*.test.ts',
  'tests/library/**/*.test.ts',
];

/**
 * Node test files that need modules of their own, run in the isolated `unit-isolated` project
 * (a fresh module graph per file). Every other Node file shares its worker's modules with the
 * files run before it (`unit`, `isolate: false`): xstate, zod, the core and the catalogs are
 * imported once per worker, not once per file. A file belongs here when it mocks a module, or
 * tests a module's state before and after its first use (see CONTRIBUTING.md, "Tests").
 */
const KEEPS_MODULE_STATE = [
  // vi.mock / vi.doMock: a mocked module would stay mocked for the files after it.
  'src/workers/run-batch-limit.test.ts',
  'tests/scenarios/pure-transition.test.ts',
  // Catalogs not loaded yet, then loaded: another file may have loaded them all already.
  'src/i18n/words.test.ts',
  'src/i18n/cli-words.test.ts',
];

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Vitest's default is one worker fewer than the cores: a single worker on a 2-core
      // machine, with the other core idle (vitest's own process mostly waits on its workers).
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // Vitest's 5 s default fails jsdom renders and whole-scenario runs that take 1–2 s on a
      // quiet machine when the load average is 20 and more. A hung test still fails.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            // One module graph per worker, kept from file to file (vitest starts a worker per
            // file otherwise, and each file imported the core anew: half of the unit tests'
            // time went on imports). Tests still get fresh objects: a file keeps nothing in
            // a module that another file could see (KEEPS_MODULE_STATE above).
            isolate: false,
            // Builds dist-node/ when it is missing or older than the source (tests/cli run it).
            globalSetup: ['tests/helpers/build-cli.ts'],
            include: NODE_TESTS,
            exclude: [...configDefaults.exclude, ...KEEPS_MODULE_STATE],
          },
        },
        {
          extends: true,
          test: {
            name: 'unit-isolated',
            environment: 'node',
            globalSetup: ['tests/helpers/build-cli.ts'],
            include: KEEPS_MODULE_STATE,
          },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
          },
        },
        {
          extends: true,
          test: {
            // Real Chromium against a Vite dev server (tests/helpers/browser.ts). The dev server,
            // Chromium and the production build are the run's, started once and shared by every
            // file (tests/helpers/browser-resources.ts); each file opens its own contexts and
            // pages, so files run side by side like the others (a page mostly waits on its
            // renders: one file at a time left a core idle for the last ~2 minutes of a run).
            name: 'browser',
            environment: 'node',
            globalSetup: ['tests/helpers/build-cli.ts', 'tests/helpers/browser-resources.ts'],
            include: ['tests/browser/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // `expect.poll` waits on a page that renders in its own time: 1 s by default, not
            // enough on a loaded machine (a poll ends as soon as its condition holds).
            expect: { poll: { timeout: 15_000 } },
          },
        },
      ],
    },
  }),
);
