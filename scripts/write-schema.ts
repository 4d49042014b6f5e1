// `npm run schema`: writes schema/scenario.schema.json from the zod schema in src/core.
// The JSON file is committed so editors find it; json-schema.test.ts fails when it is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../src/core';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../schema/scenario.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
