#!/usr/bin/env node
// `npx peacemesh`: runs the prebuilt CLI bundle (dist-node/, built by `npm ci` through the
// `prepare` script), so start-up compiles nothing. When the bundle is missing or older than the
// source — a developer mid-edit — it runs the TypeScript from source through tsx instead and
// says so on stderr. PEACEMESH_FROM_SOURCE=1 asks for the source on purpose (and stays quiet).
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { bundleStatus } from './bundle.js';

// Before any of the engine is compiled, for this process and every worker thread it starts:
// V8's optimising compiler compiles each hot function without inlining its callees into it.
// Every worker thread is a V8 isolate that optimises the engine again on its own, and inlining
// made those compiles (and recompiles after a deoptimisation) the largest part of that
// warm-up; the engine runs as fast without it once warm (docs/BENCHMARKS.md, batch compare).
setFlagsFromString('--no-turbo-inlining');

const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The one answer that needs no code at all: print it without loading any.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  process.exitCode = await (await loadCli()).main(argv);
}

/** @returns {Promise<{ main: (argv: string[]) => Promise<number> }>} */
async function loadCli() {
  const fromSource = process.env['PEACEMESH_FROM_SOURCE'] === '1';
  const status = fromSource ? undefined : bundleStatus();
  if (status?.fresh) return import(new URL('../dist-node/cli/main.js', import.meta.url).href);
  if (status) {
    process.stderr.write(
      `peacemesh: running from source (${status.reason}); \`npm run build:cli\` makes start-up fast again\n`,
    );
  }
  const { fileURLToPath } = await import('node:url');
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });
  return import(new URL('../src/cli/main.ts', import.meta.url).href);
}
