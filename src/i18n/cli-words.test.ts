// The CLI bundle's words (scripts/build-cli.js puts ./cli-words in place of ./index): English
// whole from the start, French only once a command asks for it. (This file imports ./cli-words
// only: importing ./index would load French up front.)
import { describe, expect, it } from 'vitest';
import { CATALOGS, loadCatalog, translate } from './cli-words';

describe('the CLI’s catalogs', () => {
  it('has all of English at once, and French only after loadCatalog', async () => {
    expect(translate('en', 'exercise.end', { at: 'T+01:00' })).toBe('end of exercise at T+01:00');
    expect(CATALOGS.fr).toBeUndefined();
    expect(() => translate('fr', 'cli.error', { message: 'x' })).toThrow(/before loadCatalog/);
    await loadCatalog('fr');
    expect(Object.keys(CATALOGS.fr ?? {}).length).toBe(Object.keys(CATALOGS.en).length);
    expect(translate('fr', 'exercise.end', { at: 'T+01:00' })).toBe('fin de l’exercice à T+01:00');
  });
});
