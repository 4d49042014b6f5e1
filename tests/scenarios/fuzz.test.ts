// Mutated copies of real scenarios, as a careless or hostile author might write them: values
// replaced by traps (durations past a year, prototype names, control characters, huge or
// negative numbers, deep lists), keys deleted, entries doubled, ids copied onto other ids.
// Each file must be refused with located sentences, or run to its end (or stop at a size
// limit with a sentence) with the same log twice. Run counts are bounded for a loaded machine.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario, RunLimitError, Simulation } from '../../src/core/index';

const BASES = ['scenarios/convoy-escort-dilemma.yaml', 'tests/fixtures/escort-drill.yaml'].map(
  (file) => ({ file, data: parse(readFileSync(file, 'utf8')) as unknown }),
);

type Path = (string | number)[];
type Mutation = { at: number; kind: 'replace' | 'delete' | 'double' | 'copy-id'; value: unknown };

const TRAPS: unknown[] = [
  `1${'0'.repeat(310)}d`,
  '99999999999999999999d',
  '367d',
  '366d',
  '0m',
  '1m',
  'T+999:59',
  'T+00:00',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '\u001b]0;PWNED\u0007\u001b[2J',
  '\u001b[2K\rT+00:00  EXCON  forged line',
  'x'.repeat(3000),
  -1,
  0,
  2 ** 31,
  1e308,
  1.5,
  true,
  null,
  [],
  {},
  { __proto__: null, constructor: 'x' },
  JSON.parse(`${'['.repeat(70)}1${']'.repeat(70)}`) as unknown,
];

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'delete', 'double', 'copy-id'),
  value: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRAPS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 2 ** 40 }) },
    { weight: 1, arbitrary: fc.double() },
  ),
});

/** Every path in the document, containers and leaves alike, in document order. */
function paths(node: unknown, at: Path = []): Path[] {
  const out: Path[] = at.length ? [at] : [];
  if (Array.isArray(node)) node.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (node !== null && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) out.push(...paths(v, [...at, k]));
  return out;
}

function ids(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(ids);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === 'id' && typeof v === 'string' ? [v] : ids(v),
  );
}

function apply(data: unknown, m: Mutation): void {
  const all = paths(data);
  const path = all[m.at % all.length];
  if (!path) return;
  const parent = path.slice(0, -1).reduce<unknown>((n, k) => (n as never)[k], data) as Record<
    string | number,
    unknown
  >;
  const key = path[path.length - 1]!;
  switch (m.kind) {
    case 'replace':
      parent[key] = structuredClone(m.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'double':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key]));
      else parent[key] = structuredClone(parent[key]);
      break;
    case 'copy-id': {
      const known = ids(data);
      if (known.length > 0) parent[key] = known[m.at % known.length];
      break;
    }
  }
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const INTERNAL = /\bundefined\b|\bNaN\b|Infinity|\[object |Error\b|call stack|\bat \S+ \(/;

describe('mutated scenarios', () => {
  it('are refused with located sentences, or run to the same end twice', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES.keys()),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (which, mutations) => {
          const data = structuredClone(BASES[which]!.data);
          for (const m of mutations) apply(data, m);
          const text = stringify(data);
          const lines = text.split('\n').length;
          const result = loadScenario(text, 'mutant.yaml');
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors) {
              expect(e.line).toBeGreaterThanOrEqual(1);
              expect(e.line).toBeLessThanOrEqual(lines);
              expect(e.col).toBeGreaterThanOrEqual(1);
              expect(e.message.length).toBeGreaterThan(10);
              expect(e.message.length).toBeLessThan(1500);
              expect(e.message).not.toMatch(RAW_CONTROL);
              expect(e.message, e.message).not.toMatch(INTERNAL);
            }
            return;
          }
          const play = () => {
            const sim = new Simulation(result.scenario, {
              seed: 5,
              limits: { log: 20_000, agenda: 20_000 },
            });
            let stopped = '';
            try {
              sim.run();
            } catch (error) {
              if (!(error instanceof RunLimitError)) throw error;
              stopped = error.message;
            }
            return { log: JSON.stringify(sim.log), stopped, sim };
          };
          const a = play();
          const b = play();
          expect(b.log).toBe(a.log);
          expect(b.stopped).toBe(a.stopped);
          if (a.stopped === '') expect(a.sim.status).toBe('finished');
          for (const e of a.sim.log) expect(Number.isFinite(e.time)).toBe(true);
          expect(a.log).not.toMatch(/NaN|Infinity/);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});
