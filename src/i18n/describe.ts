// One renderer for the log: a typed entry (or a phrase inside one) in words, from the message
// catalogs. The CLI timeline, the app's event log, inspector and timeline, and the report all
// call it, so a line reads the same everywhere and in every language.
import type { IntlMessageFormat } from 'intl-messageformat';
import { TERMS, type LogEntryLike, type Phrase, type TermParam } from './types';
import type { MessageKey } from './catalogs';
import { formatClock, formatDurationIn, formatList, formatShare } from './format';
import type { UiLocale as Locale } from './locale';
import { compile, plain } from './translate';
import type { Problem } from '../core/index.ts';

/** Params that are clock times, durations and shares (see core/engine/entry-kinds.ts). */
const TIMES = new Set(['at', 'start', 'first', 'next', 'arrives']);
const DURATIONS = new Set([
  'every',
  'travel',
  'onSite',
  'reassessAfter',
  'monitoring',
  'reviewEvery',
  'retry',
  'length',
  // scenario problems: a link's delays
  'jitter',
  'latency',
  'floor',
  'maxJitter',
]);
const SHARES = new Set(['quorum', 'certified', 'threshold', 'improvement']);
/** The vocabulary each term param draws on (its catalog prefix). */
const TERM_VOCABULARY: Readonly<Record<TermParam, string>> = {
  phase: 'phase',
  skipped: 'phase',
  cut: 'phase',
  need: 'need',
  severity: 'severity',
  alternative: 'alternative',
  unit: 'unit',
  channel: 'channel',
  support: 'support',
};
const isTermParam = (key: string): key is TermParam => Object.hasOwn(TERMS, key);

const compiled = new Map<string, { format: IntlMessageFormat; args: ReadonlySet<string> }>();

/** The compiled message and the argument names it uses (for `has_x` and absent optionals). */
function message(key: MessageKey, locale: Locale) {
  const id = `${locale}\u0000${key}`;
  let m = compiled.get(id);
  if (!m) {
    const format = compile(key, locale);
    m = { format, args: argumentNames(format.getAst()) };
    compiled.set(id, m);
  }
  return m;
}

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** Every argument an ICU message reads, in every branch. */
function argumentNames(ast: Ast, into = new Set<string>()): Set<string> {
  for (const el of ast as unknown as ReadonlyArray<Record<string, unknown>>) {
    if (el['type'] !== 0 && typeof el['value'] === 'string') into.add(el['value']);
    const options = el['options'] as Record<string, { value: Ast }> | undefined;
    if (options) for (const o of Object.values(options)) argumentNames(o.value, into);
    if (Array.isArray(el['children'])) argumentNames(el['children'] as Ast, into);
  }
  return into;
}

const isPhrase = (v: unknown): v is Phrase =>
  typeof v === 'object' && v !== null && 'kind' in v && 'params' in v;

/** A select key from a value ("military-to-police" → "military_to_police"). */
const selectKey = (v: string): string => v.replace(/[^A-Za-z0-9_]/g, '_');

/** A catalog key's last part from words: "in session" → "in-session". */
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A machine state's path in words ("requested › with decider"), each leaf the catalogs name. */
export function describeState(path: string, locale: Locale): string {
  return path
    .split('.')
    .map((leaf) => plain(`app.state.${slug(leaf)}` as MessageKey, locale) ?? leaf)
    .join(' › ');
}

/** The params naming machine states (a transition's ends). */
const STATES = new Set(['before', 'after']);

function value(key: string, v: unknown, locale: Locale): string | number {
  if (isPhrase(v)) return describePhrase(v, locale);
  if (typeof v === 'string' && STATES.has(key)) return describeState(v, locale);
  if (Array.isArray(v))
    return formatList(
      v.map((x) => String(value(key, x, locale))),
      locale,
    );
  if (typeof v === 'string' && isTermParam(key))
    return plain(`${TERM_VOCABULARY[key]}.${v}` as MessageKey, locale) ?? v;
  if (typeof v === 'number') {
    if (TIMES.has(key)) return formatClock(v);
    if (DURATIONS.has(key)) return formatDurationIn(v, locale);
    // A quorum above 1 is a head count of invitees, not a share.
    if (SHARES.has(key) && !(key === 'quorum' && v > 1)) return formatShare(v, locale);
    return v;
  }
  if (typeof v === 'boolean') return String(v);
  return typeof v === 'string' ? v : String(v ?? '');
}

/** Whether an optional value is there to be said (a duration of 0 is "none"). */
function present(key: string, v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'number' && DURATIONS.has(key)) return v > 0;
  return true;
}

function render(
  key: MessageKey,
  params: Readonly<Record<string, unknown>>,
  locale: Locale,
): string {
  const m = message(key, locale);
  const values: Record<string, string | number> = {};
  for (const arg of m.args) {
    if (arg.startsWith('has_')) {
      const name = arg.slice(4);
      values[arg] = present(name, params[name]) ? 'yes' : 'no';
    } else if (arg.endsWith('_key')) {
      values[arg] = selectKey(String(params[arg.slice(0, -4)] ?? ''));
    } else {
      values[arg] = arg in params ? value(arg, params[arg], locale) : '';
    }
  }
  return String(m.format.format(values));
}

/** A phrase (what a message is about, a reason, a readiness gap) in words. */
export function describePhrase(p: Phrase, locale: Locale): string {
  return render(p.kind, p.params as Readonly<Record<string, unknown>>, locale);
}

/** What a log entry says, in words, in the given language. */
export function describeEntry(entry: LogEntryLike, locale: Locale): string {
  return render(entry.kind, entry.params as Readonly<Record<string, unknown>>, locale);
}

/** A term of the vocabulary in words (a handover phase, a severity). */
export function describeTerm(vocabulary: string, value: string, locale: Locale): string {
  return plain(`${vocabulary}.${value}` as MessageKey, locale) ?? value;
}

/** A scenario problem (a located error or warning the checks found) in words. */
export function describeProblem(p: Problem, locale: Locale): string {
  return render(p.kind, p.params as Readonly<Record<string, unknown>>, locale);
}
