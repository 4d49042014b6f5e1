// A catalog string by key, with ICU arguments: the CLI's help, summaries and errors.
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogOf, messageOf, type MessageKey } from './catalogs';
import type { UiLocale } from './locale';
import { isLiteral } from './literal';
import { PSEUDO_LOCALE, pseudoAst, pseudoText } from './pseudo';

const compiled = new Map<string, IntlMessageFormat>();

export function translate(
  locale: UiLocale,
  key: MessageKey,
  values: Readonly<Record<string, string | number | boolean>> = {},
): string {
  if (locale !== PSEUDO_LOCALE) {
    const message = messageOf(locale, key);
    // Most of the CLI's help texts are literal: returned as they are, not compiled by
    // IntlMessageFormat at every start (≈ 12 ms of `peacemesh run`'s start-up).
    if (typeof message === 'string' && isLiteral(message)) return message;
  }
  const id = `${locale}\u0000${key}`;
  let m = compiled.get(id);
  if (!m) compiled.set(id, (m = compile(key, locale)));
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) args[k] = typeof v === 'boolean' ? String(v) : v;
  return String(m.format(args));
}

/** A catalog message compiled for a locale (the pseudo-locale derives from English). */
export function compile(key: MessageKey, locale: UiLocale): IntlMessageFormat {
  return locale === PSEUDO_LOCALE
    ? new IntlMessageFormat(pseudoAst(messageOf('en', key)), 'en')
    : new IntlMessageFormat(messageOf(locale, key), locale);
}

/** A plain catalog string (a term, a label with no arguments); undefined for a key not there. */
export function plain(key: MessageKey, locale: UiLocale): string | undefined {
  const message = catalogOf(locale === PSEUDO_LOCALE ? 'en' : locale)[key];
  if (message === undefined) return undefined;
  const text =
    typeof message === 'string'
      ? message
      : String(new IntlMessageFormat(message, locale === PSEUDO_LOCALE ? 'en' : locale).format());
  return locale === PSEUDO_LOCALE ? pseudoText(text) : text;
}
