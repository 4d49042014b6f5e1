// A player seat's screen in English and French: the decision card names the actors and areas
// (never their ids) in the seat's language, the processes panel says each state in it, and the
// mesh says what each message in flight is about in it (the host sends phrases, not words).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import CARANA from '../../../scenarios/carana-three-bad-days.yaml?raw';
import * as words from '../../i18n/index.ts';
import type { UiLocale } from '../../i18n/index.ts';
import { ExerciseDriver } from '../../server/exercise-driver.ts';
import { hostMessage } from '../../server/protocol.ts';
import { applyStateChanges, stateChanges } from '../../server/state-changes.ts';
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

describe('messages in flight in the seat’s language', () => {
  // The same exercise stepped until a message to or from the HC is on its way.
  const y = new ExerciseDriver('carana-three-bad-days.yaml', 1, CARANA);
  y.send('EXCON', { type: 'seat.create', role: 'player', name: 'HC seat', actors: ['hc'] });
  y.send('EXCON', { type: 'start' });
  const seat = y.seat('HC seat');
  const audience = new Audience(y.exercise);
  const state = () => seatState(y.exercise, seat, frameNow(y.exercise, audience), new Set());
  for (let i = 0; i < 200 && state().graph.messages.length === 0; i++)
    y.send('EXCON', { type: 'move', move: { to: 'step' } });

  it.each(['en', 'fr'] as const)(
    'the mesh table words each message for the seat (%s)',
    (locale) => {
      const [message] = state().graph.messages;
      expect(message).toBeDefined();
      // As the seat receives it: through JSON and the protocol's check, then applied.
      const frame = stateChanges(state(), undefined).frame;
      const received = hostMessage.parse(
        JSON.parse(JSON.stringify({ type: 'state', state: frame })),
      );
      if (received.type !== 'state') throw new Error('not a state');
      expect(typeof JSON.parse(JSON.stringify(frame)).mesh.messages[0].about).toBe('object');
      const connection = new ExerciseConnection('ws://localhost/never-opened');
      connection.store.setState({
        connected: true,
        state: applyStateChanges(null, received.state),
      });
      render(
        <LocaleProvider words={words} initial={locale}>
          <ConnectionContext value={connection}>
            <ExerciseApp />
          </ConnectionContext>
        </LocaleProvider>,
      );
      fireEvent.click(screen.getByRole('button', { name: locale === 'fr' ? 'Tableau' : 'Table' }));
      const said = words.describePhrase(message!.about, locale);
      const other = words.describePhrase(message!.about, locale === 'fr' ? 'en' : 'fr');
      expect(said).not.toBe(other);
      const table = screen
        .getByText(locale === 'fr' ? 'Messages en transit' : 'Messages in transit', {
          exact: false,
        })
        .closest('table')!;
      expect(table.textContent).toContain(said);
      expect(table.textContent).not.toContain(other);
    },
  );
});
