// Schema problems in trainer language: turns zod's issues into "what is wrong, and what would
// be right", reading the scenario schema itself for field descriptions, allowed values and
// known keys. Used by load.ts, which finds where in the file each problem is.
import { z } from 'zod';
import { formatDuration, MAX_DURATION, parseDuration } from '../time';
import type { Path } from './refs';
import { duration, scenarioSchema, timePoint } from './schema';
import { closest, didYouMean, quote, quoteList } from './suggest';

/** Pass `error: () => DEFAULT_MESSAGE` to safeParse so messages written in the schema stand out. */
export const DEFAULT_MESSAGE = '\u0000zod-default';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

export interface Problem {
  path: Path;
  /** For unknown keys: point at this key of the mapping at `path`. */
  key?: string;
  message: string;
}

/** One problem per zod issue (several for unknown keys), each with the path to point at. */
export function explainIssues(issues: readonly Issue[], data: unknown): Problem[] {
  const problems: Problem[] = [];
  // A misspelt key also shows up as a missing one; the "did you mean" says it all.
  const guessed = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = toPath(issue.path);
    // The mapping's own value picks the branch of a tagged union (an event by its "type").
    const known = objectKeys(schemaAt(path, data), valueAt(data, path));
    for (const key of issue.keys) {
      const guess = closest(key, known);
      if (guess !== undefined) guessed.add(JSON.stringify([...path, guess]));
      problems.push({
        path,
        key,
        message:
          `unknown key ${quote(key)} in this ${contextName(path)};` +
          didYouMean(key, known) +
          (known.length > 0 ? ` known keys: ${quoteList(known, 30)}` : ''),
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = toPath(issue.path);
    if (isMissing(path, data) && guessed.has(JSON.stringify(path))) continue;
    problems.push(explainIssue(issue, path, data));
  }
  return problems;
}

const french = z.locales.fr().localeError;

/** zod's own French message for an issue (what `explainIssues` says in English, shorter). */
function inFrench(issue: Issue): string {
  const said = french(issue as Parameters<typeof french>[0]);
  return typeof said === 'string' ? said : (said?.message ?? issue.message);
}

/**
 * One problem per zod issue (one per unknown key), worded by zod's French locale; messages
 * the schema itself writes are kept as written.
 */
export function issuesInFrench(issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = toPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.push({ path, key, message: inFrench({ ...issue, keys: [key] }) });
      continue;
    }
    const authored = issue.message === DEFAULT_MESSAGE ? undefined : issue.message;
    const field = [...path].reverse().find((p) => typeof p === 'string');
    const message = authored ?? inFrench(issue);
    problems.push({ path, message: field === undefined ? message : `« ${field} » : ${message}` });
  }
  return problems;
}

function explainIssue(issue: Issue, path: Path, data: unknown): Problem {
  const schema = schemaAt(path, data);
  const field = subject(path);
  const input: unknown = issue.input;
  const authored = issue.message === DEFAULT_MESSAGE ? undefined : issue.message;
  const kind = kindOf(schema);
  const expected = expectation(schema);
  const got = ` (got ${show(input)})`;

  if (issue.code === 'invalid_union' && typeof issue.discriminator === 'string') {
    const tag = issue.discriminator;
    const options = ('options' in issue ? (issue.options ?? []) : []).map(String);
    const parent = path[path.length - 1] === tag ? path.slice(0, -1) : path;
    const value = valueAt(data, [...parent, tag]);
    if (value === undefined) {
      return {
        path: parent,
        message: `missing "${tag}" in this ${contextName(parent)}: say what it sets in motion, one of ${quoteList(options, 30)}`,
      };
    }
    return {
      path: [...parent, tag],
      message: `"${tag}" must be one of ${quoteList(options, 30)} (got ${show(value)})${suggestion(String(value), options)}`,
    };
  }
  if (isMissing(path, data)) return { path: path.slice(0, -1), message: missing(path, schema) };

  switch (issue.code) {
    case 'invalid_type':
      if (input === null || input === undefined) {
        const write = kind === 'text' ? '' : `: write ${expected}`;
        return { path, message: `${field} is empty${write}${describeAfter(schema)}` };
      }
      return { path, message: `${field} must be ${expected}${got}${hint(kind, schema, input)}` };

    case 'invalid_value':
      if (issue.values.length === 1)
        return { path, message: `${field} must be ${show(issue.values[0])}${got}` };
      return {
        path,
        message:
          `${field} must be one of ${quoteList(issue.values.map(String), 30)}${got}` +
          suggestion(String(input), issue.values.map(String)),
      };

    case 'invalid_union':
      return { path, message: `${field} must be ${expected}${got}${hint(kind, schema, input)}` };

    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      if (issue.origin === 'array') {
        const n = Array.isArray(input) ? input.length : 0;
        const count = ` (got ${n === 0 ? 'none' : n})`;
        if (authored !== undefined) return { path, message: `${authored}${count}` };
        const side = issue.code === 'too_small' ? 'at least' : 'at most';
        return {
          path,
          message: `${field} needs ${side} ${String(limit)} ${Number(limit) === 1 ? 'entry' : 'entries'}${count}`,
        };
      }
      if (issue.origin === 'string') {
        if (issue.code === 'too_big') {
          const n = typeof input === 'string' ? input.length : 0;
          return {
            path,
            message: `${field} is too long: ${n} characters, at most ${String(limit)}${got}`,
          };
        }
        return { path, message: `${field} may not be empty${describeAfter(schema)}` };
      }
      const range = numberRange(schema);
      if (range.min !== undefined && range.max !== undefined) {
        return {
          path,
          message: `${field} must be between ${range.min} and ${range.max}${got}${hint(kind, schema, input)}`,
        };
      }
      const side = issue.code === 'too_small' ? 'at least' : 'at most';
      return { path, message: `${field} must be ${side} ${String(limit)}${got}` };
    }

    case 'invalid_format': {
      if (kind === 'id' && typeof input === 'string') {
        const slug = input
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '');
        const tryThis = slug === '' ? '' : `; try ${quote(slug)}`;
        return {
          path,
          message: `${field} is not a valid id${got}: ${authored ?? ID_RULE}${tryThis}`,
        };
      }
      return {
        path,
        message: `${field} is not written right${got}${authored === undefined ? '' : `: ${authored}`}`,
      };
    }

    case 'custom':
      if (kind === 'duration' && typeof input === 'string') {
        const length = parseDuration(input);
        if (length !== undefined && length > MAX_DURATION) {
          return {
            path,
            message: `${field} is longer than a year${got}: durations go up to ${formatDuration(MAX_DURATION)} (366 days)`,
          };
        }
      }
      if (kind === 'duration' || kind === 'time') {
        return { path, message: `${field} must be ${expected}${got}${hint(kind, schema, input)}` };
      }
      return { path, message: authored ?? `${field} is not valid here` };

    default:
      return { path, message: `${field} must be ${expected}${got}` };
  }
}

const ID_RULE = 'ids are short lower-case words joined by hyphens, like "bn-east"';

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/** The data (as parsed from YAML) at a path, or undefined. */
function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** The path names a key its mapping does not have. */
function isMissing(path: Path, data: unknown): boolean {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return false;
  const parent = valueAt(data, path.slice(0, -1));
  return (
    parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !(last in parent)
  );
}

/** `; did you mean "x"?` or nothing. */
function suggestion(word: string, known: readonly string[]): string {
  const guess = didYouMean(word, known);
  return guess === '' ? '' : `;${guess}`;
}

const SPELLED_OUT: ReadonlySet<Kind> = new Set([
  'duration',
  'time',
  'whole',
  'number',
  'boolean',
  'chance',
  'enum',
  'literal',
]);

function missing(path: Path, schema: Schema | undefined): string {
  const key = String(path[path.length - 1]);
  const where = `missing "${key}" in this ${contextName(path.slice(0, -1))}`;
  const why = description(schema);
  const kind = kindOf(schema);
  const write = SPELLED_OUT.has(kind) ? `; write ${expectation(schema)}` : '';
  return `${where}${why === undefined ? '' : `: ${why}`}${write}`;
}

function describeAfter(schema: Schema | undefined): string {
  const why = description(schema);
  return why === undefined ? '' : ` (${why})`;
}

const SINGULAR: Record<string, string> = {
  actors: 'actor',
  links: 'link',
  meetings: 'meeting',
  structures: 'structure',
  injects: 'inject',
  decisions: 'decision',
  objectives: 'objective',
  areas: 'area',
  options: 'option',
  alternatives: 'alternative',
  events: 'event',
  event: 'event',
  when: 'condition',
};

/** What the mapping at `path` is, in words: "meeting", "link", "scenario"… */
function contextName(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i];
    if (typeof step === 'string') return SINGULAR[step] ?? `"${step}" section`;
  }
  return 'scenario';
}

/** How a value is referred to in a message: `"capacity"`, `entry 2 of "invitees"`. */
function subject(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the scenario';
  if (typeof last === 'number') {
    const list = path[path.length - 2];
    return `entry ${last + 1} of ${list === undefined ? 'the list' : `"${String(list)}"`}`;
  }
  return `"${last}"`;
}

function show(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') {
    return quote(value);
  }
  // YAML's own spelling: a message never says NaN or Infinity.
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of keys';
  return String(value);
}

// ─── reading the schema ───────────────────────────────────────────────────────────────

type Kind =
  | 'duration'
  | 'time'
  | 'id'
  | 'text'
  | 'whole'
  | 'number'
  | 'boolean'
  | 'chance'
  | 'enum'
  | 'literal'
  | 'list'
  | 'object'
  | 'event'
  | 'other';

// Clones made by .describe() share their inner parts, so identity of the input side holds.
const DURATION_IN = duration._zod.def.in;
const TIME_IN = timePoint._zod.def.in;

/** Strips optional/default/prefault wrappers (keeping transforms: they say "duration"). */
function unwrap(schema: Schema | undefined): Schema | undefined {
  let s = schema;
  while (
    s instanceof z.ZodOptional ||
    s instanceof z.ZodDefault ||
    s instanceof z.ZodPrefault ||
    s instanceof z.ZodNullable
  ) {
    s = s.unwrap() as Schema;
  }
  return s;
}

/** Strips wrappers and transforms; picks the branch of a tagged union that `value` names. */
function bare(schema: Schema | undefined, value: unknown): Schema | undefined {
  let s = unwrap(schema);
  while (s instanceof z.ZodPipe) s = unwrap(s._zod.def.in as Schema);
  if (s instanceof z.ZodDiscriminatedUnion) {
    const tag = s._zod.def.discriminator;
    const wanted = valueAt(value, [tag]);
    return s.options.find((o) => {
      const option = bare(o as Schema, undefined);
      const literal =
        option instanceof z.ZodObject ? unwrap(option.shape[tag] as Schema) : undefined;
      return literal instanceof z.ZodLiteral && literal.values.has(wanted as never);
    }) as Schema | undefined;
  }
  return s;
}

/** The schema for the value at `path` (outermost wrapper, which carries the description). */
function schemaAt(path: Path, data: unknown): Schema | undefined {
  let s: Schema | undefined = scenarioSchema;
  for (const [i, step] of path.entries()) {
    const b = bare(s, valueAt(data, path.slice(0, i)));
    if (b instanceof z.ZodObject && typeof step === 'string')
      s = b.shape[step] as Schema | undefined;
    else if (b instanceof z.ZodArray && typeof step === 'number') s = b.element as Schema;
    else return undefined;
  }
  return s;
}

function objectKeys(schema: Schema | undefined, value?: unknown): string[] {
  const s = bare(schema, value);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function eventTypes(): string[] {
  const union = unwrap(schemaAt(['injects', 0, 'event'], undefined));
  if (!(union instanceof z.ZodDiscriminatedUnion)) return [];
  return union.options.flatMap((o) => {
    const option = bare(o as Schema, undefined);
    const literal =
      option instanceof z.ZodObject ? unwrap(option.shape['type'] as Schema) : undefined;
    return literal instanceof z.ZodLiteral ? [...literal.values].map(String) : [];
  });
}

function description(schema: Schema | undefined): string | undefined {
  for (let s = schema; s !== undefined;) {
    const text = (s as z.ZodType).description;
    if (text !== undefined)
      return text.replace(/\.$/, '').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
    const inner = unwrap(s);
    if (inner !== s) s = inner;
    else if (s instanceof z.ZodPipe) s = s._zod.def.in as Schema;
    else return undefined;
  }
  return undefined;
}

function kindOf(schema: Schema | undefined): Kind {
  const s = unwrap(schema);
  if (s instanceof z.ZodPipe) {
    if (s._zod.def.in === DURATION_IN) return 'duration';
    if (s._zod.def.in === TIME_IN) return 'time';
  }
  const b = bare(s, undefined);
  if (b instanceof z.ZodString) {
    const patterns = (b._zod.def.checks ?? []).flatMap((c) => {
      const def = c._zod.def as { check: string; pattern?: unknown };
      return def.check === 'string_format' && def.pattern instanceof RegExp ? [def.pattern] : [];
    });
    const idLike =
      patterns.length > 0 && patterns.every((p) => p.test('bn-east') && !p.test('Bn East'));
    return idLike ? 'id' : 'text';
  }
  if (b instanceof z.ZodNumber) return b.isInt ? 'whole' : 'number';
  if (b instanceof z.ZodBoolean) return 'boolean';
  if (b instanceof z.ZodEnum) return 'enum';
  if (b instanceof z.ZodLiteral) return 'literal';
  if (b instanceof z.ZodArray) return 'list';
  if (b instanceof z.ZodObject) return 'object';
  if (unwrap(schema) instanceof z.ZodDiscriminatedUnion) return 'event';
  if (b instanceof z.ZodUnion) {
    const options = b.options.map((o) => bare(o as Schema, undefined));
    if (
      options.some((o) => o instanceof z.ZodBoolean) &&
      options.some((o) => o instanceof z.ZodNumber)
    ) {
      return 'chance';
    }
  }
  return 'other';
}

function numberRange(schema: Schema | undefined): { min?: number; max?: number } {
  const s = bare(schema, undefined);
  const n =
    s instanceof z.ZodNumber
      ? s
      : s instanceof z.ZodUnion
        ? (s.options
            .map((o) => bare(o as Schema, undefined))
            .find((o) => o instanceof z.ZodNumber) as z.ZodNumber | undefined)
        : undefined;
  if (n === undefined) return {};
  const range: { min?: number; max?: number } = {};
  if (
    n.minValue !== null &&
    Number.isFinite(n.minValue) &&
    Math.abs(n.minValue) < Number.MAX_SAFE_INTEGER
  ) {
    range.min = n.minValue;
  }
  if (
    n.maxValue !== null &&
    Number.isFinite(n.maxValue) &&
    Math.abs(n.maxValue) < Number.MAX_SAFE_INTEGER
  ) {
    range.max = n.maxValue;
  }
  return range;
}

/** What would be right, as a phrase after "must be". */
function expectation(schema: Schema | undefined): string {
  const kind = kindOf(schema);
  const b = bare(schema, undefined);
  switch (kind) {
    case 'duration':
      return 'a duration, like "45m", "2h", "1h30m" or "3d"';
    case 'time':
      return 'a time "T+hh:mm" from the start of the exercise, like "T+06:30"';
    case 'id':
      return 'an id: lower-case letters, digits and hyphens, like "bn-east"';
    case 'text':
      return 'text';
    case 'whole': {
      const { min } = numberRange(schema);
      return min !== undefined && min > 0
        ? `a whole number, ${min} or more, like 3`
        : 'a whole number, like 3';
    }
    case 'number': {
      const { min, max } = numberRange(schema);
      return min === 0 && max === 1 ? 'a number between 0 and 1, like 0.8' : 'a number, like 0.8';
    }
    case 'boolean':
      return 'true or false';
    case 'chance':
      return 'true, false, or a chance between 0 and 1, like 0.7';
    case 'enum':
      return `one of ${quoteList((b as z.ZodEnum).options.map(String), 30)}`;
    case 'literal':
      return quoteList([...(b as z.ZodLiteral).values].map(String));
    case 'list': {
      const element = (b as z.ZodArray).element as Schema;
      const each = kindOf(element);
      if (each === 'id') return 'a list of ids, like [bn-east, ocha-hub]';
      if (each === 'object' || each === 'event')
        return 'a list of entries, each starting with "- " on its own line';
      return `a list, each entry ${expectation(element)}`;
    }
    case 'object': {
      const keys = Object.entries((b as z.ZodObject).shape)
        .filter(([, v]) => !(v as z.ZodType).safeParse(undefined).success)
        .map(([k]) => k);
      return `a mapping of keys to values (with ${quoteList(keys)})`;
    }
    case 'event':
      return `an event: a mapping with "type:" set to one of ${quoteList(eventTypes(), 30)}`;
    default:
      return 'a value of another kind';
  }
}

/** A nudge for the common mistakes behind a wrong value. */
function hint(kind: Kind, schema: Schema | undefined, input: unknown): string {
  if (
    (kind === 'boolean' || kind === 'chance') &&
    typeof input === 'string' &&
    /^(yes|no|y|n|on|off)$/i.test(input)
  ) {
    return '; YAML 1.2 reads only true and false as yes/no answers';
  }
  if (
    (kind === 'number' || kind === 'chance') &&
    typeof input === 'string' &&
    /^\s*\d{1,3}(\.\d{1,4})?\s*%\s*$/.test(input)
  ) {
    return `; write ${input.trim()} as ${Number(input.replace('%', '').trim()) / 100}`;
  }
  if (
    (kind === 'number' || kind === 'chance') &&
    typeof input === 'number' &&
    input > 1 &&
    input <= 100
  ) {
    const { max } = numberRange(schema);
    if (max === 1) return `; for ${input}% write ${input / 100}`;
  }
  if (kind === 'duration' && typeof input === 'number')
    return `; add a unit, like "${input}m" or "${input}h"`;
  if (kind === 'time' && typeof input === 'string') {
    const m = /^\s*(?:T\s*\+?\s*)?(\d{1,3}):([0-5]\d)\s*$/.exec(input);
    if (m) return `; write "T+${(m[1] as string).padStart(2, '0')}:${m[2] as string}"`;
  }
  return '';
}
