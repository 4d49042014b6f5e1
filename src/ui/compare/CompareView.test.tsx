// The comparison view refusing a swept value the scenario cannot hold: every place it is
// refused at, in the page's language, a line each (as the CLI says them).
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import DRILL from '../../../tests/fixtures/app-decision-drill.yaml?raw';
import * as words from '../../i18n/index.ts';
import { LocaleProvider } from '../i18n';
import CompareView from './CompareView';

afterEach(cleanup);

/** `file:line:col` of where `find` starts (or the value after it) on the line holding `on`. */
function place(on: string, find: string, after = 0): string {
  const lines = DRILL.split('\n');
  const line = lines.findIndex((l) => l.includes(on));
  return `decision-drill.yaml:${line + 1}:${lines[line]!.indexOf(find) + 1 + after}`;
}

async function refusal(locale: 'en' | 'fr', sweep: string): Promise<string> {
  const { container } = render(
    <LocaleProvider words={words} initial={locale}>
      <CompareView scenarioText={DRILL} fileName="decision-drill.yaml" onClose={() => {}} />
    </LocaleProvider>,
  );
  // The form waits on the comparison code's loading: sized for a loaded machine.
  await expect
    .poll(() => container.querySelector('form.compare-form'), { timeout: 60_000 })
    .not.toBeNull();
  fireEvent.change(container.querySelector('textarea[name="sweep"]')!, {
    target: { value: sweep },
  });
  await act(async () => {
    fireEvent.submit(container.querySelector('form.compare-form')!);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  await expect
    .poll(() => container.querySelector('.compare-error')?.textContent ?? '')
    .not.toBe('');
  return container.querySelector('.compare-error')!.textContent!;
}

describe('a swept value refused in several places', () => {
  // `*` puts `handling` in every actor: where ocha, hc and joc write theirs, and at the block
  // of wfp and bn, which leave it to its default.
  const places = [
    place('id: wfp,', '{'),
    place('id: ocha,', 'handling: ', 'handling: '.length),
    place('id: hc,', 'handling: ', 'handling: '.length),
    place('id: bn,', '{'),
    place('id: joc,', 'handling: ', 'handling: '.length),
  ];

  it('is refused at each place, a line each, in English', { timeout: 120_000 }, async () => {
    const lines = (await refusal('en', 'actors.*.handling=soon')).split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(': with ')))).toEqual(places);
    for (const l of lines) expect(l).toMatch(/"handling" must be a duration/);
  });

  it('and in French', { timeout: 120_000 }, async () => {
    const lines = (await refusal('fr', 'actors.*.handling=soon')).split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(' : avec ')))).toEqual(places);
  });
});
