// Words at the edges with every language loaded up front: the server, the report, the library
// and tests translate synchronously in any locale. The web app imports ./words instead (its
// language's first-screen part fetched, then the rest), and the CLI's bundle ./cli-words (English
// up front, French when asked): see scripts/build-cli.js.
import { addCatalog, type Catalog } from './catalogs';
import { en } from './en';
import { fr } from './fr';
import type { Locale } from './locale';

addCatalog('en', en);
addCatalog('fr', fr);

export * from './words';
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, fr };
