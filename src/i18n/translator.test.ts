import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './catalogs';
import { translate } from './translate';
import { translator } from './translator';

describe('a translator bound to a locale', () => {
  beforeAll(() => Promise.all([loadCatalog('en'), loadCatalog('fr')]));

  it('gives the catalog message in that locale, with its arguments', () => {
    const fr = translator('fr');
    expect(fr('cli.error', { message: 'x' })).toBe(translate('fr', 'cli.error', { message: 'x' }));
    expect(fr('cli.error', { message: 'x' })).not.toBe(
      translator('en')('cli.error', { message: 'x' }),
    );
  });
});
