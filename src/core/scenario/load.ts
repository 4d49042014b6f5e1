// Reading a scenario file: YAML → schema → cross-references, all or nothing. Every problem
// comes back as `file:line:col: what is wrong, and what would be right`, in words a trainer
// can act on; nothing throws. Takes text or bytes (the edges read files), never a path. Each
// problem is data (problems.ts, loader-problems.ts) worded by the edge's `describe` in the
// reader's language; only the schema's English explanations (explain.ts) are words already.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import { checkConditions, unknownMark, type Found } from './conditions';
import { DEFAULT_MESSAGE, explainIssues, issuesInFrench } from './explain';
import { flowCommas, type FlowComma } from './flow-comma';
import { isSchemaProblem } from './loader-problems';
import { plainProblem, problem, type DescribeProblem, type Problem } from './problems';
import { checkReferences, type Path } from './refs';
import { salvage } from './salvage';
import { cut, visible } from './suggest';
import { scenarioSchema, type Scenario } from './schema';
import { checkWarnings } from './warnings';

export interface ScenarioError {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like an editor's column. */
  col: number;
  message: string;
  /** The problem as data, for the checks whose words come from the message catalogs. */
  problem?: Problem;
}

/** A likely mistake in a scenario that still loads: located and worded like an error. */
export type ScenarioWarning = ScenarioError;

export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioWarning[] }
  | { ok: false; errors: ScenarioError[]; warnings: ScenarioWarning[] };

/** Larger files are almost certainly not a hand-written scenario. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

export function formatError(e: ScenarioError): string {
  return `${e.file}:${e.line}:${e.col}: ${e.message}`;
}

/** Reads a file's raw bytes: refuses oversize and binary files before parsing anything. */
export function loadScenarioBytes(
  bytes: Uint8Array,
  file: string,
  options: LoadOptions = {},
): LoadResult {
  const fail = failing(file, options);
  try {
    if (bytes.length > MAX_SCENARIO_BYTES) return fail(1, 1, tooLarge(bytes.length));
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (utf16) return fail(1, 1, problem('problem.file.utf16', {}));
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      const at = positionInBytes(bytes, nul);
      return fail(at.line, at.col, problem('problem.file.binary', {}));
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const at = positionInBytes(bytes, firstInvalidUtf8(bytes));
      return fail(at.line, at.col, problem('problem.file.not-utf8', {}));
    }
    return loadScenario(text, file, options);
  } catch (err) {
    return fail(1, 1, internalError(err));
  }
}

export interface LoadOptions {
  /**
   * The language of schema problems: French uses zod's own French messages; every other
   * problem is worded by `describe`.
   */
  readonly language?: 'en' | 'fr';
  /**
   * Words the problems that are typed data (problems.ts) in the reader's language: the edges
   * pass the message catalogs' renderer. Without it, a problem shows its kind and parameters.
   */
  readonly describe?: DescribeProblem;
}

/** Parses and checks a scenario; on any error returns every error found and no scenario. */
export function loadScenario(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const fail = failing(file, options);
  try {
    return load(text, file, options);
  } catch (err) {
    if (isStackOverflow(err)) return fail(1, 1, TOO_DEEP);
    return fail(1, 1, internalError(err));
  }
}

// ─── nesting ──────────────────────────────────────────────────────────────────────────

/** A scenario nests a handful of levels; the YAML reader recurses once per level. */
export const MAX_NESTING = 64;

/** Block nesting needs a column per level at least; no scenario line is indented this far. */
const MAX_INDENT = 400;

const TOO_DEEP = problem('problem.file.too-deep', { nesting: MAX_NESTING, indent: MAX_INDENT });

function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/**
 * The offset where lists or mappings first nest deeper than MAX_NESTING, if they do: flow
 * brackets outside quotes and comments, and block indentation (a column or a "- " per level).
 * Checked before parsing, so a deep file gets a located sentence instead of a stack overflow.
 */
function deepestNesting(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '-') {
        if (++indent > MAX_INDENT) return i;
        continue;
      }
      lineStart = false;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    } else if ((c === '"' || c === "'") && /[\s[{,:]|^$/.test(text[i - 1] ?? '')) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Line and column of an offset, without YAML's parser (used before it runs). */
class LineCounterAt {
  constructor(private readonly text: string) {}
  at(offset: number): { line: number; col: number } {
    const before = this.text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, col: offset - lineStart + 1 };
  }
}

/** A piece of the file quoted inside a message: short, one line. */
function brief(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// ─── the three stages ─────────────────────────────────────────────────────────────────

/** After a broken bracket or indent, YAML finds fault with every line that follows. */
const MAX_YAML_ERRORS = 20;

function load(text: string, file: string, options: LoadOptions): LoadResult {
  const fail = failing(file, options);
  if (text.length > MAX_SCENARIO_BYTES) return fail(1, 1, tooLarge(text.length));

  const tooDeep = deepestNesting(text);
  if (tooDeep !== undefined) {
    const { line, col } = new LineCounterAt(text).at(tooDeep);
    return fail(line, col, TOO_DEEP);
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    // Problems come back as data; yaml would otherwise print warnings on stderr itself.
    logLevel: 'error',
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
  });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: Math.max(1, line), col: Math.max(1, col) };
  };
  const errors: ScenarioError[] = [];
  // Whatever a message repeats from the file, it shows no raw control character.
  const report = (offset: number, message: string) =>
    errors.push({ file, ...at(offset), message: visible(message) });
  const describe = options.describe ?? plainProblem;
  // A message the schema writes itself is a problem kind, worded like the others.
  const authored = (message: string) =>
    isSchemaProblem(message) ? describe(problem(message, {})) : message;
  const located = (offset: number, p: Problem): ScenarioError => ({
    file,
    ...at(offset),
    message: visible(describe(p)),
    problem: p,
  });
  const reportProblem = (offset: number, p: Problem) => errors.push(located(offset, p));

  // One error per line: what YAML reports after the first problem on a line is its echo.
  const yamlLines = new Set<number>();
  const yamlProblems = [...doc.errors, ...doc.warnings]
    .map((e) => yamlProblem(e, doc, at))
    .sort((a, b) => a.offset - b.offset);
  for (const { offset, problem: p } of yamlProblems) {
    const { line } = at(offset);
    if (yamlLines.has(line)) continue;
    if (yamlLines.size === MAX_YAML_ERRORS) {
      const more = new Set(yamlProblems.map((y) => at(y.offset).line)).size - yamlLines.size;
      reportProblem(offset, problem('problem.yaml.more', { more }));
      break;
    }
    yamlLines.add(line);
    reportProblem(offset, p);
  }
  visit(doc, {
    Pair(_, pair) {
      if (isMap(pair.key) || isSeq(pair.key))
        reportProblem(rangeStart(pair.key) ?? 0, problem('problem.yaml.key-not-scalar', {}));
    },
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        reportProblem(
          alias.range?.[0] ?? 0,
          problem('problem.yaml.alias-unknown', { alias: brief(alias.source) }),
        );
      }
    },
  });
  if (errors.length > 0) return failWith(errors);

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null))
    return fail(1, 1, problem('problem.file.empty', {}));
  if (!isMap(root)) {
    reportProblem(
      root.range?.[0] ?? 0,
      problem('problem.file.not-mapping', {
        list: isSeq(root),
        value: isSeq(root) ? '' : cut(String(root)),
      }),
    );
    return failWith(errors);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    if (isStackOverflow(err)) return fail(1, 1, TOO_DEEP);
    const aliases = err instanceof ReferenceError && /alias/i.test(err.message);
    return fail(1, 1, problem('problem.yaml.unreadable', { aliases }));
  }

  const parsed = scenarioSchema.safeParse(data, {
    reportInput: true,
    error: () => DEFAULT_MESSAGE,
  });
  if (!parsed.success) {
    // A conditional inject's `on` is worded from the catalogs, with the marks to choose from;
    // an `on` left out is the schema's "missing" like any other required key.
    const isOn = (i: (typeof parsed.error.issues)[number]) =>
      i.code === 'invalid_value' &&
      i.input !== undefined &&
      i.path.length >= 2 &&
      i.path.at(-2) === 'when' &&
      i.path.at(-1) === 'on';
    const issues = parsed.error.issues
      .filter((i) => !isOn(i))
      .map((i) => ({ ...i, message: authored(i.message) }));
    for (const issue of parsed.error.issues.filter(isOn)) {
      const path = issue.path.filter((k) => typeof k !== 'symbol');
      reportProblem(locate(doc, path), unknownMark(issue.input));
    }
    // A comma inside `{ … }` ends a text: the rest became a key the schema does not know.
    const commas = flowCommas(doc);
    const comma = (offset: number): FlowComma | undefined =>
      commas.find((c) => c.offset === offset);
    const explained =
      options.language === 'fr' ? issuesInFrench(issues) : explainIssues(issues, data);
    for (const p of explained) {
      const offset = locate(doc, p.path, p.key);
      const split = p.key === undefined ? undefined : comma(offset);
      if (split !== undefined) reportProblem(offset, problem('problem.flow-comma', split.params));
      else report(offset, p.message);
    }
    // Unknown actors and the like in the same pass: cross-check what the schema accepted.
    // An unknown key is left out by itself (its path names it), not with the mapping it is in.
    const rest = salvage(
      data,
      parsed.error.issues.flatMap((i) => {
        const path = i.path.filter((k) => typeof k !== 'symbol');
        return i.code === 'unrecognized_keys' ? i.keys.map((k) => [...path, k]) : [path];
      }),
    );
    const reparsed = rest && scenarioSchema.safeParse(rest.data);
    if (rest && reparsed?.success) {
      const lineOf = (path: Path) => at(locate(doc, rest.original(path))).line;
      for (const issue of checkReferences(reparsed.data, lineOf))
        if (!rest.fromRemoved(JSON.stringify(issue.problem.params)))
          reportProblem(locate(doc, rest.original(issue.path)), issue.problem);
      for (const found of checkConditions(reparsed.data).errors)
        if (!rest.fromRemoved(JSON.stringify(found.problem.params)))
          reportProblem(locate(doc, rest.original(found.path)), found.problem);
    }
    return failWith(errors);
  }

  const lineOf = (path: Path) => at(locate(doc, path)).line;
  for (const issue of checkReferences(parsed.data, lineOf))
    reportProblem(locate(doc, issue.path), issue.problem);
  const conditions = checkConditions(parsed.data);
  for (const found of conditions.errors) reportProblem(locate(doc, found.path), found.problem);
  const warnings = sorted(
    [...conditions.warnings, ...checkWarnings(parsed.data, lineOf)].map((w: Found) =>
      located(locate(doc, w.path), w.problem),
    ),
  );
  if (errors.length > 0) return failWith(errors, warnings);
  return { ok: true, scenario: parsed.data, warnings };
}

/** The one problem that stops the loader at `line:col`, worded by the edge's `describe`. */
function failing(file: string, options: LoadOptions) {
  const describe = options.describe ?? plainProblem;
  return (line: number, col: number, p: Problem): LoadResult => ({
    ok: false,
    errors: [{ file, line, col, message: visible(describe(p)), problem: p }],
    warnings: [],
  });
}

/** Sorted by position, each distinct message once. */
function sorted(errors: readonly ScenarioError[]): ScenarioError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.line}:${e.col}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) => a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}

function failWith(errors: ScenarioError[], warnings: ScenarioWarning[] = []): LoadResult {
  return { ok: false, errors: sorted(errors), warnings };
}

function tooLarge(size: number): Problem {
  const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return problem('problem.file.too-large', { size: mib(size), limit: mib(MAX_SCENARIO_BYTES) });
}

function internalError(err: unknown): Problem {
  return problem('problem.file.bug', { why: err instanceof Error ? err.message : String(err) });
}

// ─── bytes ────────────────────────────────────────────────────────────────────────────

/** The offset of the first byte that makes the text invalid UTF-8 (a prefix search). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const validPrefix = (n: number) => {
    try {
      // stream: a sequence cut at the end of the prefix is not an error yet.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (validPrefix(mid)) good = mid;
    else bad = mid;
  }
  // Decoding fails at byte bad - 1, but the sequence it breaks may start up to 3 bytes earlier.
  for (let j = bad - 2; j >= 0 && j >= bad - 4; j--) {
    const byte = bytes[j] as number;
    if (byte < 0x80) break;
    if (byte >= 0xc0) return j;
  }
  return bad - 1;
}

function positionInBytes(bytes: Uint8Array, offset: number): { line: number; col: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(0, offset)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: before.length - lineStart + 1 };
}

// ─── YAML syntax ──────────────────────────────────────────────────────────────────────

function yamlProblem(
  e: YAMLError,
  doc: Document,
  at: (offset: number) => { line: number },
): { offset: number; problem: Problem } {
  const unclosed = unclosedOpener(e, doc);
  if (unclosed !== undefined) return unclosed;
  if (e.code === 'DUPLICATE_KEY') {
    const dup = duplicateKey(doc, e.pos[0]);
    if (dup !== undefined) {
      return {
        offset: dup.offset,
        problem: problem('problem.yaml.duplicate-key', {
          key: cut(dup.key),
          line: at(dup.firstOffset).line,
        }),
      };
    }
  }
  return { offset: e.pos[0], problem: yamlMessage(e) };
}

/** What YAML found wrong, in a trainer's words (its own words where nothing better fits). */
function yamlMessage(e: YAMLError): Problem {
  const original = brief(e.message.split('\n')[0] ?? e.message, 160);
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return problem('problem.yaml.duplicate', {});
    case 'TAB_AS_INDENT':
      return problem('problem.yaml.tab', {});
    case 'BLOCK_AS_IMPLICIT_KEY':
      return problem('problem.yaml.two-pairs', {});
    case 'MULTILINE_IMPLICIT_KEY':
      return problem('problem.yaml.multiline-key', {});
    case 'MULTIPLE_DOCS':
      return problem('problem.yaml.documents', {});
    case 'MISSING_CHAR':
      return problem('problem.yaml.unclosed', { original });
    case 'BAD_INDENT':
      return problem('problem.yaml.indent', { original });
    case 'TAG_RESOLVE_FAILED':
      return problem('problem.yaml.tag', { original });
    case 'UNEXPECTED_TOKEN': {
      const token = /token in YAML stream: "(.*)"$/.exec(original)?.[1];
      if (token !== undefined) return problem('problem.yaml.token', { token });
      return problem('problem.yaml.other', { original });
    }
    default:
      return problem('problem.yaml.other', { original });
  }
}

/**
 * YAML notices an unclosed quote or bracket only where the text runs out; the fix belongs
 * where it was opened, so point there.
 */
function unclosedOpener(
  e: YAMLError,
  doc: Document,
): { offset: number; problem: Problem } | undefined {
  const quote = e.code === 'MISSING_CHAR' && /closing (["'])quote/.exec(e.message)?.[1];
  const bracket =
    e.code === 'BAD_INDENT' &&
    /^Flow (?:map|sequence) .* end with an? ([}\]])/.exec(e.message)?.[1];
  if (!quote && !bracket) return undefined;
  let opener: number | undefined;
  const endsHere = (node: { range?: readonly number[] | null | undefined }) =>
    node.range != null && (node.range[1] === e.pos[0] || node.range[2] === e.pos[0]);
  visit(doc, {
    Scalar(_, node) {
      const quoted = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      if (quote && node.type === quoted && endsHere(node)) opener = node.range?.[0];
    },
    Map(_, node) {
      if (bracket === '}' && node.flow === true && endsHere(node)) opener = node.range?.[0];
    },
    Seq(_, node) {
      if (bracket === ']' && node.flow === true && endsHere(node)) opener = node.range?.[0];
    },
  });
  if (opener === undefined) return undefined;
  if (quote) return { offset: opener, problem: problem('problem.yaml.unclosed-quote', { quote }) };
  const close = String(bracket);
  return {
    offset: opener,
    problem: problem('problem.yaml.unclosed-bracket', { open: close === '}' ? '{' : '[', close }),
  };
}

/** The repeated key YAML complains about (its report starts where the key's line does). */
function duplicateKey(
  doc: Document,
  offset: number,
): { key: string; offset: number; firstOffset: number } | undefined {
  let found: { key: string; offset: number; firstOffset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        const name = keyName(pair.key);
        const start = rangeStart(pair.key);
        const first = seen.get(name);
        if (start === undefined) continue;
        if (first === undefined) seen.set(name, start);
        else if (start >= offset && (found === undefined || start < found.offset)) {
          found = { key: name, offset: start, firstOffset: first };
        }
      }
    },
  });
  return found;
}

// ─── positions ────────────────────────────────────────────────────────────────────────

function rangeStart(node: unknown): number | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: unknown }).range;
    if (Array.isArray(range) && typeof range[0] === 'number') return range[0];
  }
  return undefined;
}

function keyName(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? '' : String(key);
}

/**
 * The offset of the YAML node at `path` (or of the key `key` inside the mapping at `path`).
 * Where the path ends in a value the file does not hold, the deepest node that exists is used;
 * where a value is empty (`chair:`), its key.
 */
function locate(doc: Document, path: Path, key?: string): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  const steps = key === undefined ? path : [...path, key];
  for (const [i, step] of steps.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyName(p.key) === String(step));
      if (pair === undefined) return offset;
      keyNode = pair.key;
      next = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step];
    } else return offset;

    const lastStep = i === steps.length - 1;
    if (lastStep && key !== undefined) return rangeStart(keyNode) ?? offset;
    const empty =
      next === null ||
      next === undefined ||
      (isScalar(next) && next.value === null && isEmptyRange(next));
    if (empty) return rangeStart(keyNode) ?? offset;
    node = next;
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

function isEmptyRange(node: unknown): boolean {
  const range = (node as { range?: number[] }).range;
  return range === undefined || range[0] === range[1];
}
