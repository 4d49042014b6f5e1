// A conditional inject whose `when` lacks its `on` (found by the fuzz test: a condition
// replaced by `{ constructor: x }`) is refused as a missing key, never as the unknown mark
// "undefined".
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { expect, it } from 'vitest';
import { loadScenario } from '../../src/core/index';

it('refuses a condition without its mark as a missing "on"', () => {
  const data = parse(readFileSync('scenarios/carana-three-bad-days.yaml', 'utf8')) as {
    injects: { when?: unknown }[];
  };
  const inject = data.injects.find((i) => i.when !== undefined)!;
  inject.when = { constructor: 'x' };
  const result = loadScenario(stringify(data), 'mutant.yaml');
  expect(result.ok).toBe(false);
  const messages = result.ok ? [] : result.errors.map((e) => e.message);
  expect(messages.some((m) => m.startsWith('missing "on" in this condition'))).toBe(true);
  expect(messages.join('\n')).not.toMatch(/\bundefined\b|mark-unknown/);
});
