// A player seat's screen in English and French: the decision card names the actors and areas
// (never their ids) in the seat's language, and the processes panel says each state in it.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import CARANA from '../../../scenarios/carana-three-bad-days.yaml?raw';
import * as words from '../../i18n/index.ts';
import type { UiLocale } from '../../i18n/index.ts';
import { ExerciseDriver } from '../../server/exercise-driver.ts';
import { Audience, frameNow, seatState } from '../../server/views.ts';
import { LocaleProvider } from '../i18n';
import { ExerciseConnection } from './connection';
import { ConnectionContext } from './context';
import { ExerciseApp } from './ExerciseApp';

afterEach(cleanup);

// The default exercise, run until the HC's escort decision waits for the HC's seat.
const x = new ExerciseDriver('carana-three-bad-days.yaml', 1, CARANA);
x.send('EXCON', { type: 'seat.create', role: 'player', name: 'HC seat', actors: ['hc'] });
x.send('EXCON', { type: 'start' });
x.toNextDecision();

function showHc(locale: UiLocale) {
  const seat = x.seat('HC seat');
  const audience = new Audience(x.exercise);
  const connection = new ExerciseConnection('ws://localhost/never-opened');
  connection.store.setState({
    connected: true,
    state: seatState(x.exercise, seat, frameNow(x.exercise, audience), new Set([seat.id])),
    log: audience.visible(seat, x.exercise.sim.log),
  });
  return render(
    <LocaleProvider words={words} initial={locale}>
      <ConnectionContext value={connection}>
        <ExerciseApp />
      </ConnectionContext>
    </LocaleProvider>,
  );
}

describe("a player's decision in the seat's language", () => {
  const scenario = x.exercise.scenario;
  const name = (id: string) =>
    scenario.actors.find((a) => a.id === id)?.name ?? scenario.areas.find((a) => a.id === id)!.name;

  it.each(['en', 'fr'] as const)('names actors and areas, not their ids (%s)', (locale) => {
    const question = x.exercise.sim.question;
    expect(question?.actor).toBe('hc');
    showHc(locale);
    const card = screen.getByTestId('decision-card');
    const prompt = card.querySelector('.xdecision__prompt')!.textContent!;
    // The escort's requester and its destination, by name.
    expect(prompt).toContain(name('wfp'));
    expect(prompt).not.toMatch(/(?<![\w-])wfp(?![\w-])/);
    const facts = [...card.querySelectorAll('.xdecision__facts li')].map((li) => li.textContent);
    expect(facts.join('\n')).toContain(name('tokono'));
    // (the request's own id, wfp-tokono, is no name of anything)
    expect(facts.join('\n')).not.toMatch(/(?<![\w-])tokono(?![\w-])/);
  });

  it.each([
    ['en', 'requested › with decider'],
    ['fr', 'demandée › chez le décideur'],
  ] as const)('says the escort request’s state in the seat’s language (%s)', (locale, said) => {
    showHc(locale);
    const panel = screen.getByRole('heading', { level: 2, name: /process/i }).closest('section')!;
    expect(
      within(panel)
        .getByText(/wfp-tokono/)
        .closest('li')!.textContent,
    ).toContain(said);
  });
});
