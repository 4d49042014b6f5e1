// The web app's entry to the catalogs: English built in, French fetched on demand, so a page in
// English never downloads the French catalogs. (This file imports ./words only: importing
// ./index would load French up front.)
import { describe, expect, it } from 'vitest';
import { loadCatalog, translate } from './words';

describe('catalogs loaded on demand', () => {
  it('speaks English at once, and French only once its catalog is loaded', async () => {
    expect(translate('en', 'app.close')).toBe('Close');
    expect(() => translate('fr', 'app.close')).toThrow(/fr catalog .* before loadCatalog/);
    await loadCatalog('en-XA'); // the pseudo-locale derives from English: nothing to fetch
    expect(translate('en-XA', 'app.close')).toMatch(/^⟦.+⟧$/);
    await loadCatalog('fr');
    expect(translate('fr', 'app.close')).toBe('Fermer');
    await loadCatalog('fr'); // a second call finds it loaded
    expect(translate('fr', 'app.close')).toBe('Fermer');
  });
});
