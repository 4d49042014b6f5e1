// Words for the CLI's bundle, which scripts/build-cli.js puts in place of ./index.ts: English up
// front (the language of most runs, and the fallback), French fetched only when asked for
// (`--lang fr`, or LC_ALL / LC_MESSAGES / LANG), so an English start does not read and compile
// a second catalog. src/cli/main.ts awaits `loadCatalog` for the command's language before any
// word is written; `peacemesh serve`, whose seats and reports may be in either language, loads
// them all. Same exports as ./index.ts, so the CLI's modules import '../i18n' either way.
import { addCatalog, CATALOGS as LOADED, type Catalog } from './catalogs';
import { en } from './en';
import type { Locale } from './locale';

addCatalog('en', en);

export * from './words';
/** Every catalog loaded so far (English always; French after `loadCatalog('fr')`). */
export const CATALOGS = LOADED as Readonly<{ en: Catalog } & Partial<Record<Locale, Catalog>>>;
