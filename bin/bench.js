#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmarks from source through tsx (see bin/peacemesh.js).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });

/** @type {{ main: (argv: string[]) => Promise<number | void> }} */
const bench = await import(new URL('../bench/main.ts', import.meta.url).href);
const code = await bench.main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
