// Flat ESLint config. The no-restricted-imports blocks enforce the layering in ARCHITECTURE.md:
// core is headless and imports nothing from the edges; the edges import core via its index only;
// the exercise host (and src/common, which it shares with the app) never imports the app's store
// or screens.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const CORE_WHY =
  'src/core is the headless deterministic engine shared by CLI, workers and browser; ' +
  'it must not depend on UI/DOM/Node — move this to the edge.';

const INDEX_WHY =
  'Import the engine through src/core/index.ts (or the light src/core/vocabulary.ts) only, so core can reorganise its internals ' +
  'without breaking the CLI, workers, store and UI — export what you need from the index.';

const HOST_WHY =
  'The exercise host and src/common are shared by the app and the host: they must not import the ' +
  "app's state (src/store) or screens (src/ui). Move what both need to src/common.";

/** Anything below core/ except its index and its two light entries (see ARCHITECTURE.md). */
const CORE_INDEX_ONLY = {
  // Anything below core/ except its index (`../core` itself stays allowed), the light
  // vocabulary entry the first screen uses without loading the engine, and the light entry
  // comparison workers load (runs.ts: no loader, zod or YAML).
  group: [
    '**/core/*',
    '!**/core/index',
    '!**/core/index.ts',
    '!**/core/index.js',
    '!**/core/vocabulary',
    '!**/core/vocabulary.ts',
    '!**/core/runs',
    '!**/core/runs.ts',
  ],
  message: INDEX_WHY,
};

const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'setTimeout', 'clearTimeout', 'structuredClone', 'performance'].map(
    (name) => [name, 'readonly'],
  ),
);

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-node/',
      'node_modules/',
      'coverage/',
      'screenshots/',
      'docs/',
      'schema/',
      'test-results/',
      'tmp/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    // Plain JS entry points (bin shims, this file) run on Node.
    files: ['**/*.js'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'zustand',
                'zustand/*',
                'd3-selection',
                'd3-zoom',
                'd3-drag',
                'idb',
                'idb/*',
                'comlink',
                'bullmq',
                'ioredis',
                'node:*',
                ...builtinModules.flatMap((name) => [name, `${name}/*`]),
              ],
              message: CORE_WHY,
            },
            {
              // Relative paths climbing out of core into an edge layer.
              regex:
                '^(\\.\\./)+(store|ui|graph|cli|server|workers|report|jobqueue|i18n|common)(/|$)',
              message: CORE_WHY,
            },
          ],
        },
      ],
    },
  },
  {
    // Core's tests may render the log they check through the catalogs (src/i18n).
    files: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'zustand',
                'zustand/*',
                'd3-selection',
                'd3-zoom',
                'd3-drag',
                'idb',
                'idb/*',
                'comlink',
                'node:*',
                ...builtinModules.flatMap((name) => [name, `${name}/*`]),
              ],
              message: CORE_WHY,
            },
            {
              // Relative paths climbing out of core into an edge layer.
              regex: '^(\\.\\./)+(store|ui|graph|cli|server|workers|report|jobqueue|common)(/|$)',
              message: CORE_WHY,
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/ui/**/*.{ts,tsx}',
      'src/store/**/*.{ts,tsx}',
      'src/graph/**/*.{ts,tsx}',
      'src/cli/**/*.ts',
      'src/workers/**/*.ts',
      'src/i18n/**/*.ts',
      'src/report/**/*.ts',
      'src/jobqueue/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CORE_INDEX_ONLY] }],
    },
  },
  {
    // The exercise host and the views it shares with the app (src/common) never reach into the
    // app's state or its React screens: what a seat sees is built from core and src/common alone.
    files: ['src/server/**/*.ts', 'src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            CORE_INDEX_ONLY,
            {
              regex: '^(\\.\\./)+(store|ui)(/|$)',
              message: HOST_WHY,
            },
          ],
        },
      ],
    },
  },
);
