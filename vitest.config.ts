import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            // Builds dist-node/ when it is missing or older than the source (tests/cli run it).
            globalSetup: ['tests/helpers/build-cli.ts'],
            include: [
              'src/**/*.test.ts',
              'tests/scenarios/**/*.test.ts',
              'tests/cli/**/*.test.ts',
              'tests/library/**/*.test.ts',
            ],
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
            // Real Chromium against a Vite dev server (tests/helpers/browser.ts): slow to start,
            // and one file at a time so parallel browsers don't skew frame timings.
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
