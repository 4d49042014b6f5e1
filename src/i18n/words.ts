// Words at the edges: the message catalogs and the one renderer the CLI, the app and the
// report use for the log. Imports only core's light vocabulary (and types), so the app's first
// screen can use it without loading the engine. English is built in; the web app fetches
// another language with `loadCatalog` before showing it (src/i18n/index.ts loads them all).
export {
  describeEntry,
  describePhrase,
  describeProblem,
  describeState,
  describeTerm,
} from './describe';
export {
  CATALOGS,
  loadCatalog,
  type AppKey,
  type Catalog,
  type MessageKey,
  type ReportKey,
} from './catalogs';
export { formatShare, formatDurationIn, formatList, formatClock } from './format';
export { LOCALES, isLocale, localeOf, localeFromEnv, type Locale, type UiLocale } from './locale';
export { PSEUDO_LOCALE, PSEUDO_OPEN, PSEUDO_CLOSE } from './pseudo';
export { translate } from './translate';
export { detailText, measureText, measureValue, observedText } from './measures';
