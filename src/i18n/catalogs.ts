// The message catalogs: every key the renderer, the CLI and the app use, in each language. A
// key is a log entry kind, a phrase kind, a term of the vocabulary ("phase.joint planning"), a
// CLI string ("cli.…") or an app string ("app.…", src/i18n/app-en.ts). The type makes a
// missing key a compile error; a test checks that no key is left unused and that both
// languages use the same arguments.
import type { EntryKind, PhraseKind } from './types';
import type { TERMS } from './types';
import { en } from './en';
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
 * The catalogs loaded so far: English always (the fallback every locale is checked against, and
 * the pseudo-locale's source); French once `loadCatalog('fr')` has fetched it. The web app starts
 * with English only and fetches French before drawing a French page; src/i18n/index.ts, which
 * the CLI, the server, the report and tests import, loads every language up front.
 */
const loaded: { en: Catalog } & Partial<Record<Locale, Catalog>> = { en };
export const CATALOGS: Readonly<{ en: Catalog } & Partial<Record<Locale, Catalog>>> = loaded;

export function addCatalog(locale: Locale, catalog: Catalog): void {
  loaded[locale] = catalog;
}

/** A loaded catalog; asking for one not loaded yet is a programming error, not a fallback. */
export function catalogOf(locale: Locale): Catalog {
  const catalog = loaded[locale];
  if (catalog === undefined) throw new Error(`the ${locale} catalog is used before loadCatalog`);
  return catalog;
}

/** Fetches a language's catalog (the pseudo-locale derives from English: nothing to fetch). */
export async function loadCatalog(locale: UiLocale): Promise<void> {
  if (locale === 'fr' && loaded.fr === undefined) addCatalog('fr', (await import('./fr')).fr);
}
