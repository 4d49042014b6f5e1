// The message catalogs: every key the renderer, the CLI and the app use, in each language. A
// key is a log entry kind, a phrase kind, a term of the vocabulary ("phase.joint planning"), a
// CLI string ("cli.…") or an app string ("app.…", src/i18n/app-en.ts). The type makes a
// missing key a compile error; a test checks that no key is left unused and that both
// languages use the same arguments.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { EntryKind, PhraseKind } from './types';
import type { TERMS } from './types';
import type { Locale, UiLocale } from './locale';
// Scenario problems (core/scenario/problems.ts): checks whose words live here.
import type { ProblemKind } from '../core/index.ts';

type Values<P extends keyof typeof TERMS> = (typeof TERMS)[P][number];
export type TermKey =
  | `phase.${Values<'phase'>}`
  | `need.${Values<'need'>}`
  | `severity.${Values<'severity'>}`
  | `alternative.${Values<'alternative'>}`
  | `unit.${Values<'unit'>}`
  | `channel.${Values<'channel'>}`
  | `support.${Values<'support'>}`;

export type { CliKey } from './cli-keys';
import type { CliKey } from './cli-keys';
import type { GraphKey } from './graph-keys';

export type { AppKey } from './app-en';
import type { AppKey } from './app-en';
export type { ReportKey } from './report-keys';
import type { ReportKey } from './report-keys';
import type { CliMessageKey } from './cli-messages-en';

export type MessageKey =
  | EntryKind
  | PhraseKind
  | TermKey
  | CliKey
  | CliMessageKey
  | ReportKey
  | AppKey
  | GraphKey
  | ProblemKind;
export type Catalog = Readonly<Record<MessageKey, string>>;

/**
 * A message as loaded: ICU text, or already parsed to IntlMessageFormat's AST (the web app's
 * build precompiles the app's own words: vite.config.ts).
 */
export type Message = string | MessageFormatElement[];

/** Messages of a language loaded so far: its first-screen part, or the whole catalog. */
export type Messages = Readonly<Partial<Record<MessageKey, Message>>>;

/**
 * Which part of a language's catalog to load: the app's own words (`app.…`, src/i18n/app-en.ts),
 * all the web app's first screen needs before the engine has loaded anything; or all of it (the
 * log, the scenario loader's problems, the CLI's and the report's words, …).
 */
export type CatalogPart = 'first-screen' | 'all';

/**
 * The catalogs loaded so far. The web app fetches its page language's first-screen part before
 * its first paint, and the rest with the engine (`loadRestOfCatalogs`), before anything can show
 * a log entry or a scenario problem; src/i18n/index.ts, which the CLI, the server, the report and
 * tests import, adds whole catalogs up front. No language is built in: a French page never
 * downloads the English words.
 */
const loaded: Partial<Record<Locale, Messages>> = {};
const whole = new Set<Locale>();
export const CATALOGS: Readonly<Partial<Record<Locale, Messages>>> = loaded;

/** The language whose catalog a locale reads (the pseudo-locale derives from English). */
const languageOf = (locale: UiLocale): Locale => (locale === 'fr' ? 'fr' : 'en');

export function addCatalog(locale: Locale, messages: Messages, part: CatalogPart = 'all'): void {
  loaded[locale] = { ...loaded[locale], ...messages };
  if (part === 'all') whole.add(locale);
}

/** A loaded catalog; asking for one not loaded yet is a programming error, not a fallback. */
export function catalogOf(locale: Locale): Messages {
  const catalog = loaded[locale];
  if (catalog === undefined) throw new Error(`the ${locale} catalog is used before loadCatalog`);
  return catalog;
}

/**
 * Whether the catalog a page reads has a key: what the app asks before naming a state, a
 * metric's definition or a refusal it may have no words for (then shows them as they come).
 * Asked of the page's own catalog, every language having the same keys (src/i18n/app-fr.ts is
 * typed by app-en.ts's keys, catalogs.test.ts compares the whole catalogs), so a French page
 * needs no English catalog to tell.
 */
export function hasMessage(locale: UiLocale, key: string): key is MessageKey {
  return Object.hasOwn(catalogOf(languageOf(locale)), key);
}

/**
 * A message of a loaded catalog. A key whose part is not loaded yet is a programming error too:
 * the page never shows a message in another language, or a key, in its place.
 */
export function messageOf(locale: Locale, key: MessageKey): Message {
  const message = catalogOf(locale)[key];
  if (message === undefined)
    throw new Error(`"${key}" is used before the ${locale} catalog is loaded in whole`);
  return message;
}

/**
 * Fetches a language's catalog, or its first-screen part (the pseudo-locale derives from
 * English). A whole catalog comes with the ICU parser
 * for its messages, which are text: the web app's build gives IntlMessageFormat a parser that
 * takes only precompiled messages (the app's own words, vite.config.ts), so the real one stays
 * off the first screen.
 */
export async function loadCatalog(locale: UiLocale, part: CatalogPart = 'all'): Promise<void> {
  const language = languageOf(locale);
  if (whole.has(language)) return;
  if (part === 'first-screen') {
    if (loaded[language] === undefined)
      addCatalog(
        language,
        language === 'fr' ? (await import('./app-fr')).appFr : (await import('./app-en')).appEn,
        'first-screen',
      );
    return;
  }
  // Each language's import awaited on its own: written as one conditional expression, the build
  // preloaded the English catalog's chunks for a French page too.
  const wholeCatalog = async () =>
    language === 'fr' ? (await import('./fr')).fr : (await import('./en')).en;
  const [parser, catalog] = await Promise.all([
    import('@formatjs/icu-messageformat-parser'),
    wholeCatalog(),
  ]);
  IntlMessageFormat.__parse = parser.parse;
  addCatalog(language, catalog);
}

/** Every language begun with its first-screen part, loaded in whole (with the engine). */
export async function loadRestOfCatalogs(): Promise<void> {
  await Promise.all(
    (Object.keys(loaded) as Locale[]).filter((l) => !whole.has(l)).map((l) => loadCatalog(l)),
  );
}
