import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { buildWanted } from './tests/helpers/build-wanted.ts';
import { BROWSER_TESTS, KEEPS_MODULE_STATE, NODE_TESTS } from './tests/helpers/test-files.ts';

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
            // One module graph per worker, kept from file to file: vitest otherwise starts a
            // worker per file, and each file imported xstate, zod and the core anew (115 s of
            // imports in a 228 s run of these files). A file here leaves nothing in a module
            // that the next file could see; those that do run in `unit-isolated`
            // (tests/helpers/test-files.ts), and the set-up file fails a file that leaves a
            // global, an environment variable or fake timers changed.
            isolate: false,
            setupFiles: ['tests/helpers/shared-modules.ts'],
            // Builds dist-node/ when it is missing or older than the source (tests/cli run it).
            globalSetup: ['tests/helpers/build-cli.ts'],
            include: NODE_TESTS,
            exclude: [...configDefaults.exclude, ...KEEPS_MODULE_STATE],
          },
        },
        {
          extends: true,
          test: {
            // The Node files that mock a module or test a module's first use: modules of their
            // own, imported afresh for each file.
            name: 'unit-isolated',
            environment: 'node',
            globalSetup: ['tests/helpers/build-cli.ts'],
            include: [...KEEPS_MODULE_STATE],
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
          // Tells the set-up whether a file of this run serves the production build, from the
          // run's list of files, so it starts the build with the run or not at all.
          plugins: [buildWanted()],
          test: {
            // Real Chromium against the app's production build served by `vite preview`, or the
            // Vite dev server for the files that need dev mode (tests/helpers/browser.ts). The dev
            // server, Chromium, the production build and its preview server are the run's,
            // started once and shared by every file (tests/helpers/browser-resources.ts); each
            // file opens its own contexts and pages, so files run side by side like the others
            // (a page mostly waits on its renders: one file at a time left a core idle for the
            // last ~2 minutes of a run).
            name: 'browser',
            environment: 'node',
            globalSetup: ['tests/helpers/build-cli.ts', 'tests/helpers/browser-resources.ts'],
            include: BROWSER_TESTS,
            // A worker keeps its modules from file to file (playwright-core, the exercise host,
            // the core), as in `unit`, and with the same set-up file to keep files from leaving
            // the process changed.
            isolate: false,
            setupFiles: ['tests/helpers/shared-modules.ts'],
            // A page-driving test took 30 s at load 20 and 83 s at load 36 (usability's "keeps a
            // run…"): three minutes, so a loaded machine stays green and a hung page still fails.
            testTimeout: 180_000,
            hookTimeout: 180_000,
            // `expect.poll` waits on a page that renders in its own time: 1 s by default, not
            // enough on a loaded machine (a poll ends as soon as its condition holds).
            expect: { poll: { timeout: 15_000 } },
          },
        },
      ],
    },
  }),
);
