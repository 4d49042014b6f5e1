// Entry of a Node comparison worker: registers tsx (as bin/peacemesh.js does) so the worker
// thread can load the TypeScript core straight from source, then starts node-worker.ts.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url)) });
await import(new URL('./node-worker.ts', import.meta.url).href);
