// Words at the edges with every language loaded up front: the CLI, the server, the report and
// tests translate synchronously in any locale. The web app imports ./words instead, so its
// start carries English only and fetches French when the reader picks it.
import { addCatalog, type Catalog } from './catalogs';
import { en } from './en';
import { fr } from './fr';
import type { Locale } from './locale';

addCatalog('fr', fr);

export * from './words';
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, fr };
