// Words at the edges: the message catalogs and the one renderer the CLI, the app and the
// report use for the log. Imports only core's light vocabulary (and types), so the app's first
// screen can use it without loading the engine. The web app fetches its language's own words
// (`loadCatalog(locale, 'first-screen')`) before its first paint, and the rest of each catalog
// with the engine (`loadRestOfCatalogs`, src/store/engine.ts).
// src/i18n/index.ts loads every catalog whole.
export {
  describeEntry,
  describePhrase,
  describeProblem,
  describeState,
  describeTerm,
} from './describe';
export {
  CATALOGS,
  hasMessage,
  loadCatalog,
  loadRestOfCatalogs,
  type AppKey,
  type Catalog,
  type CatalogPart,
  type MessageKey,
  type ReportKey,
} from './catalogs';
export { formatShare, formatDurationIn, formatList, formatClock } from './format';
export { LOCALES, isLocale, localeOf, localeFromEnv, type Locale, type UiLocale } from './locale';
export { PSEUDO_LOCALE, PSEUDO_OPEN, PSEUDO_CLOSE } from './pseudo';
export { translate } from './translate';
export { detailText, measureText, measureValue, observedText } from './measures';
