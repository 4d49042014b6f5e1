// The languages PeaceMesh speaks, and how a front end picks one.

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A locale a screen can be drawn in: a language, or the pseudo-locale en-XA (accented English
 * between ⟦ ⟧) that shows which text did not come from the catalogs.
 */
export type UiLocale = Locale | 'en-XA';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The locale for a language tag or a POSIX locale name ("fr", "fr-CA", "fr_FR.UTF-8" → fr);
 * English for anything else.
 */
export function localeOf(tag: string | undefined | null): Locale {
  const lang =
    (tag ?? '')
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return isLocale(lang) ? lang : 'en';
}

/**
 * The CLI's locale: `--lang` when given, else LC_ALL, LC_MESSAGES or LANG as POSIX orders
 * them (the first one set wins).
 */
export function localeFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  flag?: string,
): Locale {
  if (flag) return localeOf(flag);
  const set = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find(
    (v) => v !== undefined && v !== '',
  );
  return localeOf(set);
}
