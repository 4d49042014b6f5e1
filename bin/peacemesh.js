#!/usr/bin/env node
// `npx peacemesh`: runs the TypeScript CLI from source through tsx, so it works straight after
// `npm ci` with no build step. Paths are resolved from this file, not the caller's cwd.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });

/** @type {{ main: (argv: string[]) => Promise<number> }} */
const cli = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await cli.main(process.argv.slice(2));
