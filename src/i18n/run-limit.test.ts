// A run stopped at a size limit, as the CLI says it: the engine's own sentence in English,
// word for word, and a French one of its own.
import { describe, expect, it } from 'vitest';
import { formatTime, RunLimitError } from '../core/index.ts';
// Through ./index, which loads the French catalogs the French case needs.
import { translate } from './index';

const said = (e: RunLimitError, locale: 'en' | 'fr') =>
  translate(locale, 'cli.run.limit', { limit: e.limit, at: formatTime(e.time), size: e.size });

describe('a run stopped at a limit', () => {
  it.each([new RunLimitError('log', 728), new RunLimitError('agenda', 95, 1200)])(
    'says the engine’s sentence in English and its own in French (%s)',
    (e) => {
      expect(said(e, 'en')).toBe(e.message);
      const fr = said(e, 'fr');
      expect(fr).toMatch(/^le déroulement s’est arrêté à T\+\d\d:\d\d : /);
      expect(fr).not.toContain('the run');
    },
  );
});
