// The app's language: a context holding the locale and `t`, the catalog lookup every component
// uses for its words. The catalogs come with the renderer's chunk (src/i18n/words.ts), which the
// page loads before its first paint with the catalog of the language it opens in; the choice is
// remembered in localStorage and <html lang> follows it (screen readers, hyphenation, and the
// log renderer in src/store read it).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { GraphWords } from '../graph/types.ts';
import type { Words } from '../store';
import type { AppKey, Locale, MessageKey, UiLocale } from '../i18n/words.ts';

const STORAGE_KEY = 'peacemesh.lang';

export type Translate = (
  key: AppKey | MessageKey,
  values?: Readonly<Record<string, string | number | boolean>>,
) => string;

export interface LocaleServices {
  readonly locale: UiLocale;
  /** Switches once the language's words are in; settles then (or at once, offline). */
  readonly setLocale: (locale: Locale) => Promise<void>;
  readonly t: Translate;
  /** Minutes as a duration in the page's language ("2h15m", "2 h 15"). */
  readonly span: (minutes: number) => string;
  /** A share 0–1 as a percentage ("80%", "80 %"). */
  readonly share: (share: number) => string;
  /** A metric's value in its unit, or "—" when there is nothing to measure yet. */
  readonly metric: (
    value: number | null | undefined,
    unit: 'count' | 'minutes' | 'share',
  ) => string;
  readonly words: Words;
}

const LocaleContext = createContext<LocaleServices | null>(null);

/**
 * The language a page opens in: `?lang=` (en, fr, or the pseudo-locale en-XA for finding
 * untranslated text), else the one picked before, else the browser's.
 */
export function initialLocale(words: Words): UiLocale {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  if (asked === 'en-XA') return asked;
  if (asked) return words.localeOf(asked);
  let stored: string | null = null;
  try {
    stored = globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // storage refused (private mode): the browser's language will do
  }
  if (words.isLocale(stored)) return stored;
  return words.localeOf(globalThis.navigator?.language);
}

function showLang(locale: UiLocale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function LocaleProvider({
  words,
  initial,
  children,
}: {
  readonly words: Words;
  readonly initial: UiLocale;
  readonly children: ReactNode;
}) {
  const [locale, setState] = useState<UiLocale>(() => {
    showLang(initial);
    return initial;
  });
  const setLocale = useCallback(
    (next: Locale) => {
      // A language other than English is fetched the first time it is picked: the page
      // switches once its words are in, never half-translated. Offline, it stays as it is.
      return words.loadCatalog(next).then(
        () => {
          showLang(next);
          try {
            globalThis.localStorage?.setItem(STORAGE_KEY, next);
          } catch {
            // not remembered, still switched
          }
          setState(next);
        },
        () => undefined,
      );
    },
    [words],
  );
  const value = useMemo<LocaleServices>(
    () => ({
      locale,
      setLocale,
      words,
      t: (key, values) => words.translate(locale, key, values),
      span: (minutes) => words.formatDurationIn(minutes, locale),
      share: (share) => words.formatShare(share, locale),
      metric: (value, unit) => {
        if (value === null || value === undefined || Number.isNaN(value)) return '—';
        if (unit === 'minutes') return words.formatDurationIn(value, locale);
        if (unit === 'share') return words.formatShare(value, locale);
        return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
      },
    }),
    [locale, setLocale, words],
  );
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): LocaleServices {
  const services = useContext(LocaleContext);
  if (!services) throw new Error('PeaceMesh components must be rendered inside <LocaleProvider>');
  return services;
}

/** The catalog lookup for the page's language. */
export const useT = (): Translate => useLocale().t;

type Kind = Parameters<GraphWords['kind']>[0];

/** An actor kind's name: "UN police", "Police des Nations Unies". */
export const kindName = (t: Translate, kind: Kind): string => t(`app.kind.${kind}`);

/** An actor's state in words ("available", "disponible"); a state the catalogs lack as written. */
export function stateName({ t, words, locale }: LocaleServices, state: string): string {
  // The catalogs' keys are states' words joined by hyphens ("with decider" → with-decider).
  const key = `app.state.${state
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
  return words.hasMessage(locale, key) ? t(key) : state;
}

/** What the mesh graph writes, in the page's language. */
export function graphWords(services: LocaleServices): GraphWords {
  const { t } = services;
  return {
    kind: (kind) => kindName(t, kind),
    state: (state) => stateName(services, state),
    meeting: (label, attendees) =>
      t('app.graph.meeting', {
        label,
        attendees: services.words.formatList(attendees, services.locale),
      }),
    describe: (actors, links) => t('app.graph.describe', { actors, links }),
  };
}
