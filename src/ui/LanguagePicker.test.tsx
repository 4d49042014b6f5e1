// The picker's `onChange` (the main header relabels the store's text with it) runs once the
// page has switched, so what it words reads the new language, not the one being left.
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as words from '../i18n/words.ts';
import { LocaleProvider } from './i18n';
import { LanguagePicker } from './LanguagePicker';

afterEach(cleanup);

describe('the language picker', () => {
  it('calls onChange after the page is in the picked language', async () => {
    await words.loadCatalog('en', 'first-screen'); // as src/ui/main.tsx does before the page
    const seen: string[] = [];
    const view = render(
      <LocaleProvider words={words} initial="en">
        <LanguagePicker onChange={() => seen.push(document.documentElement.lang)} />
      </LocaleProvider>,
    );
    const select = view.getByRole('combobox');
    await act(async () => {
      fireEvent.change(select, { target: { value: 'fr' } });
      await words.loadCatalog('fr');
    });
    expect(seen).toEqual(['fr']);
    expect(view.getByText('Langue')).toBeDefined();
  });
});
