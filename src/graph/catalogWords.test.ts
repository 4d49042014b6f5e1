import { describe, expect, it } from 'vitest';
import '../i18n/index.ts';
import { catalogWords } from './catalogWords.ts';

describe('catalogWords', () => {
  it('writes the catalogs’ words in the language asked for', () => {
    const fr = catalogWords('fr');
    expect(fr.kind('police')).toBe('Police des Nations Unies');
    expect(fr.state('busy')).toBe('occupé');
    expect(fr.meeting('Point de situation', ['JOC', 'UNPOL'])).toBe(
      'Réunion : Point de situation — JOC et UNPOL',
    );
    expect(fr.describe(3, 2)).toMatch(/^3 /);
    const en = catalogWords('en');
    expect(en.kind('police')).toBe('UN police');
    expect(en.state('with decider')).toBe(en.state('With Decider'));
  });

  it('shows a state the catalogs lack as written', () => {
    expect(catalogWords('fr').state('holding the bridge')).toBe('holding the bridge');
  });
});
