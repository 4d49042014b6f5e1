// The web app's entry to the catalogs: no language built in, the page's language's own app words
// fetched for the first screen, the rest of every catalog begun (the log, the scenario's
// problems) fetched with the engine. So a page in one language never downloads the other's
// catalogs, and nothing shows a message from a part not loaded yet. (This file imports ./words only:
// importing ./index would load every catalog up front.) The tests run in order, on one module.
import { describe, expect, it } from 'vitest';
import { CATALOGS, hasMessage, loadCatalog, loadRestOfCatalogs, translate } from './words';

describe('catalogs loaded on demand', () => {
  it('answers a French page from the French words alone', async () => {
    expect(() => translate('fr', 'app.close')).toThrow(/fr catalog .* before loadCatalog/);
    await loadCatalog('fr', 'first-screen');
    expect(translate('fr', 'app.close')).toBe('Fermer');
    // What the app asks before naming a state or a metric's definition it may have no words for.
    expect(hasMessage('fr', 'app.state.available')).toBe(true);
    expect(hasMessage('fr', 'app.state.no-such-state')).toBe(false);
    expect(Object.hasOwn(CATALOGS, 'en')).toBe(false);
    expect(() => hasMessage('en', 'app.close')).toThrow(/en catalog .* before loadCatalog/);
  });

  it('draws the first screen with the app’s words only, and refuses the rest until loaded', async () => {
    await loadCatalog('en', 'first-screen');
    expect(translate('en', 'app.close')).toBe('Close');
    expect(hasMessage('en-XA', 'app.state.available')).toBe(true);
    expect(() => translate('en', 'exercise.end', { at: 'T+01:00' })).toThrow(
      /"exercise.end" is used before the en catalog is loaded in whole/,
    );
    expect(() => translate('fr', 'exercise.end', { at: 'T+01:00' })).toThrow(/loaded in whole/);
  });

  it('loads the rest of every language begun, with the engine', async () => {
    await loadRestOfCatalogs();
    expect(translate('en', 'exercise.end', { at: 'T+01:00' })).toBe('end of exercise at T+01:00');
    expect(translate('fr', 'exercise.end', { at: 'T+01:00' })).toMatch(/T\+01:00/);
    expect(Object.keys(CATALOGS.fr ?? {}).length).toBe(Object.keys(CATALOGS.en ?? {}).length);
  });

  it('speaks the pseudo-locale from English, and finds a loaded catalog loaded', async () => {
    await loadCatalog('en-XA'); // the pseudo-locale derives from English: nothing more to fetch
    expect(translate('en-XA', 'app.close')).toMatch(/^⟦.+⟧$/);
    await loadCatalog('fr'); // a second call finds it loaded
    expect(translate('fr', 'app.close')).toBe('Fermer');
  });
});
