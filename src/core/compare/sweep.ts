// Parameter sweeps in the spirit of NetLogo's BehaviorSpace: one or more paths into the
// scenario, each with a list of values; every combination becomes a "point" that is run under
// every structure and seed. A path is applied to the scenario as written (before defaults and
// units), and the result is validated again with the scenario schema, so "1h" or 0.7 mean
// what they mean in the file and a bad value is reported like a bad file would be.
//
// Grammar (full description with examples in docs/COMPARE.md):
//   sweep    := path "=" value ("," value)*       commas inside [...] or quotes don't split
//   path     := step ("." step)*                  `name[sel]` is the same as `name.sel`
//   step     := field name | item selector (after a list)
//   selector := id | "*" | from ">" to (a link) | serial (an inject) | event id (an inject)
//   value    := a YAML scalar or flow list: 30m, 0.7, 3, true, [bn-east, fpu]
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { plainProblem, problem, type Problem } from '../scenario/problems';
import type { Located } from './sweep-location';

export interface SweepSpec {
  /** The path as the user wrote it, e.g. `structures.hub.links[ocha>hc].latency`. */
  readonly path: string;
  /** Each value as written, e.g. `30m`, `0.7`, `[bn, fpu]`. */
  readonly values: readonly string[];
}

/** One value for one path: a coordinate of a sweep point. */
export interface Assignment {
  readonly path: string;
  readonly value: string;
}

/** One thing wrong with a sweep, and its place in the scenario file when it has one. */
export interface SweepProblem {
  readonly problem: Problem;
  readonly at?: Located;
}

/**
 * A sweep the user got wrong: its problem says what is wrong and what would be right, worded
 * at the edge (the message is the problem as data, for a program to read). A swept value the
 * scenario cannot hold is `at` the place in the scenario file it goes; a sweep written wrong
 * on the command line has no place in a file. A swept value the loader refuses for several
 * reasons (one value put in several places, or breaking several rules) has each in `problems`
 * at its own place, the first being `problem` and `at`; the message has a line for each.
 */
export class SweepError extends Error {
  override readonly name = 'SweepError';
  readonly problems: readonly SweepProblem[];
  constructor(
    readonly problem: Problem,
    readonly at?: Located,
    more: readonly SweepProblem[] = [],
  ) {
    const problems = [{ problem, ...(at ? { at } : {}) }, ...more];
    super(problems.map((p) => lineOf(p, plainProblem(p.problem))).join('\n'));
    this.problems = problems;
  }

  /** Each problem in words (`describe`'s), after `file:line:col: ` when it has a place; a line each. */
  text(describe: (p: Problem) => string): string {
    return this.problems.map((p) => lineOf(p, describe(p.problem))).join('\n');
  }
}

const lineOf = ({ at }: SweepProblem, words: string): string =>
  at ? `${at.file}:${at.line}:${at.col}: ${words}` : words;

/** A sweep path that leads nowhere, and why. */
const pathError = (path: string, why: Problem): SweepError =>
  new SweepError(problem('problem.compare.path', { path, why }));

/** `path=v1,v2,...` → its path and values. */
export function parseSweep(text: string): SweepSpec {
  const eq = text.indexOf('=');
  if (eq <= 0) {
    throw new SweepError(problem('problem.compare.sweep-form', { gotJson: JSON.stringify(text) }));
  }
  const path = text.slice(0, eq).trim();
  parsePath(path);
  const values = splitValues(text.slice(eq + 1));
  if (values.length === 0 || values.some((v) => v === '')) {
    throw new SweepError(problem('problem.compare.sweep-values', { path }));
  }
  return { path, values };
}

/** Splits on commas that are not inside brackets, braces or quotes. */
export function splitValues(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last !== '' || out.length > 0) out.push(last);
  return out;
}

/** `a.b[c].d` → ["a", "b", "c", "d"]. */
export function parsePath(path: string): string[] {
  const tokens: string[] = [];
  const steps: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    const ch = path[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if ((ch === '.' && depth === 0) || ch === undefined) {
      steps.push(path.slice(start, i).trim());
      start = i + 1;
    }
  }
  for (const step of steps) {
    if (step === '')
      throw new SweepError(
        problem('problem.compare.path-empty-step', { pathJson: JSON.stringify(path) }),
      );
    const m = /^([^[\]]+)(?:\[([^[\]]+)\])?$/.exec(step);
    if (!m) {
      throw new SweepError(
        problem('problem.compare.path-step', {
          stepJson: JSON.stringify(step),
          pathJson: JSON.stringify(path),
        }),
      );
    }
    tokens.push(m[1]!.trim());
    if (m[2] !== undefined) tokens.push(m[2].trim());
  }
  return tokens;
}

/** A value as written on the command line, read the way the scenario file would read it. */
export function parseValue(text: string): unknown {
  try {
    return parseYaml(text) as unknown;
  } catch {
    return text;
  }
}

/** Every combination of the sweeps' values; the first sweep varies slowest. */
export function sweepPoints(sweeps: readonly SweepSpec[]): Assignment[][] {
  let points: Assignment[][] = [[]];
  for (const sweep of sweeps) {
    points = points.flatMap((p) =>
      sweep.values.map((value) => [...p, { path: sweep.path, value }]),
    );
  }
  return points;
}

/**
 * The scenario as written with the assignments applied (a copy; the input is untouched).
 * Throws a SweepError when a path leads nowhere; validating the values is the caller's job.
 */
export function applyAssignments(
  raw: unknown,
  root: z.ZodType,
  assignments: readonly Assignment[],
): unknown {
  const copy = JSON.parse(JSON.stringify(raw)) as unknown;
  for (const { path, value } of assignments) {
    const tokens = parsePath(path);
    const set = visit(copy, root, tokens, 0, [], parseValue(value), path);
    if (set === 0) throw new SweepError(problem('problem.compare.nothing-to-change', { path }));
  }
  return copy;
}

// ── walking the scenario and its schema together ───────────────────────────────────────────

type Node = Record<string, unknown>;
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
};

const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;
const WRAPPERS = new Set([
  'optional',
  'default',
  'prefault',
  'nullable',
  'readonly',
  'catch',
  'nonoptional',
]);

/** The schema that applies to `value`: wrappers removed, a union resolved by its discriminator. */
function resolve(schema: z.ZodType, value: unknown): z.ZodType {
  let s = schema;
  for (;;) {
    const d = defOf(s);
    if (WRAPPERS.has(d.type) && d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else if (d.type === 'union' && d.options) {
      const key = d.discriminator;
      const tag = key !== undefined && isObject(value) ? value[key] : undefined;
      const match = d.options.find((o) => {
        const shape = defOf(resolve(o, undefined)).shape;
        const lit = key !== undefined && shape?.[key] ? defOf(shape[key]!).values : undefined;
        return lit?.includes(tag) ?? false;
      });
      if (!match) return s;
      s = match;
    } else return s;
  }
}

const isObject = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** How an item of a list is named in a path. */
function itemNames(item: unknown): string[] {
  if (!isObject(item)) return [];
  const names: string[] = [];
  if (typeof item['id'] === 'string') names.push(item['id']);
  if (typeof item['from'] === 'string' && typeof item['to'] === 'string' && 'channel' in item) {
    names.push(`${item['from']}>${item['to']}`);
    if (item['oneWay'] !== true) names.push(`${item['to']}>${item['from']}`);
  }
  if (typeof item['serial'] === 'number') names.push(String(item['serial']));
  const event = item['event'];
  if (isObject(event) && typeof event['id'] === 'string') names.push(event['id']);
  return names;
}

/** Names quoted and joined; empty when there are none (the catalogs then say so). */
const listed = (words: readonly string[]): string => words.map((w) => JSON.stringify(w)).join(', ');

function visit(
  node: unknown,
  schema: z.ZodType,
  tokens: readonly string[],
  i: number,
  trail: readonly string[],
  value: unknown,
  path: string,
): number {
  // Empty for the scenario itself (the catalogs name it).
  const where = trail.join('.');
  const token = tokens[i]!;
  const s = resolve(schema, node);
  const d = defOf(s);

  if (Array.isArray(node)) {
    if (d.type !== 'array' || !d.element)
      throw pathError(path, problem('problem.compare.path.not-a-list', { where }));
    const element = d.element;
    if (!node.some(isObject)) {
      throw pathError(path, problem('problem.compare.path.list-of-values', { where }));
    }
    if (token === '*') {
      let count = 0;
      let firstError: SweepError | undefined;
      for (const item of node) {
        try {
          count += visit(
            item,
            element,
            tokens,
            i + 1,
            [...trail, itemNames(item)[0] ?? '?'],
            value,
            path,
          );
        } catch (error) {
          if (!(error instanceof SweepError)) throw error;
          firstError ??= error;
        }
      }
      if (count === 0) {
        const first = firstError?.problem;
        throw pathError(
          path,
          problem('problem.compare.path.no-item-has', {
            where,
            rest: tokens.slice(i + 1).join('.'),
            ...(first?.kind === 'problem.compare.path' ? { first: first.params.why } : {}),
          }),
        );
      }
      return count;
    }
    const matches = node.filter((item) => itemNames(item).includes(token));
    if (matches.length === 0) {
      const known = node.map((item) => itemNames(item)[0] ?? '?');
      throw pathError(
        path,
        problem('problem.compare.path.no-item', {
          where,
          tokenJson: JSON.stringify(token),
          known: listed(known),
        }),
      );
    }
    return matches.reduce<number>(
      (n, item) => n + visit(item, element, tokens, i + 1, [...trail, token], value, path),
      0,
    );
  }

  if (!isObject(node) || d.type !== 'object' || !d.shape) {
    throw pathError(path, problem('problem.compare.path.a-value', { where }));
  }
  const fields = Object.keys(d.shape);
  if (!fields.includes(token)) {
    throw pathError(
      path,
      problem('problem.compare.path.no-field', {
        where,
        tokenJson: JSON.stringify(token),
        fields: listed(fields),
      }),
    );
  }
  if (i === tokens.length - 1) {
    const leaf = defOf(resolve(d.shape[token]!, node[token]));
    if (
      leaf.type === 'object' ||
      (leaf.type === 'array' && isObject((node[token] as unknown[] | undefined)?.[0]))
    ) {
      throw pathError(
        path,
        problem('problem.compare.path.whole-block', { where: [...trail, token].join('.') }),
      );
    }
    node[token] = value;
    return 1;
  }
  if (node[token] === undefined) {
    throw pathError(
      path,
      problem('problem.compare.path.not-written', { where, tokenJson: JSON.stringify(token) }),
    );
  }
  return visit(node[token], d.shape[token]!, tokens, i + 1, [...trail, token], value, path);
}
