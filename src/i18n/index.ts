// Words at the edges: the message catalogs (English, French) and the one renderer the CLI,
// the app and the report use for the log. Imports only core's light vocabulary (and types),
// so the app's first screen can use it without loading the engine.
export { describeEntry, describePhrase, describeProblem, describeTerm } from './describe';
export { CATALOGS, type AppKey, type Catalog, type MessageKey, type ReportKey } from './catalogs';
export { formatShare, formatDurationIn, formatList, formatClock } from './format';
export { LOCALES, isLocale, localeOf, localeFromEnv, type Locale, type UiLocale } from './locale';
export { PSEUDO_LOCALE, PSEUDO_OPEN, PSEUDO_CLOSE } from './pseudo';
export { translate } from './translate';
export { detailText, measureText, measureValue, observedText } from './measures';
