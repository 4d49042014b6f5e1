// Whether the production build of the app is wanted by a file of this run, decided from the
// run's own list of files: a vitest plugin (on the `browser` project, vitest.config.ts) that adds
// a reporter, and the reporter's `onTestRunStart(specifications)` — vitest's public view of what
// this run will execute, filters (`vitest run tests/browser/csp`) applied — hands the answer to
// the browser set-up (tests/helpers/browser-resources.ts) as `browserBuildWanted`. Vitest calls
// `onTestRunStart` before it starts a project's global set-up, so the set-up reads the answer as
// it starts and begins the build with the dev server and Chromium: a whole-suite run builds at
// once (the first file that serves the build no longer waits for all of it), a run of files that
// only use the dev server never builds.
import { readFileSync } from 'node:fs';
import type { Reporter, TestProject, TestSpecification } from 'vitest/node';
import type { Plugin } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file of this run serves the built app (tests/helpers/build-wanted.ts). */
    browserBuildWanted: boolean;
  }
}

/**
 * A test file that serves the built app: through `builtApp()`, `startHostHarness()` or
 * `startBuiltAppHarness()`.
 */
export function servesTheBuild(source: string): boolean {
  return /\b(builtApp|startHostHarness|startBuiltAppHarness)\(/.test(source);
}

function reporter(project: TestProject): Reporter {
  return {
    onTestRunStart(specifications: ReadonlyArray<TestSpecification>) {
      const wanted = specifications.some(
        (spec) =>
          spec.project.name === project.name && servesTheBuild(readFileSync(spec.moduleId, 'utf8')),
      );
      project.provide('browserBuildWanted', wanted);
    },
  };
}

/** The plugin for the browser project: `plugins: [buildWanted()]`. */
export function buildWanted(): Plugin {
  return {
    name: 'peacemesh:build-wanted',
    configureVitest({ vitest, project }) {
      // Reporters are created from the resolved config after this hook: an instance added here
      // runs beside those of the config or the command line (`--reporter` replaces the config's).
      vitest.config.reporters.push(reporter(project));
    },
  };
}
