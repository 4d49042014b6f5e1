// Entry of exercise mode (a join link: /?exercise=ID&seat=TOKEN): connects the seat to the
// host and renders its screen. Loaded on demand, so the single-user app never pays for it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExerciseConnection } from './connection';
import { ConnectionContext } from './context';
import { ExerciseApp } from './ExerciseApp';
import type { Words } from '../../store';
import { initialLocale, LocaleProvider } from '../i18n';
import './exercise.css';

export function mountExercise(
  root: HTMLElement,
  exercise: string,
  token: string,
  words: Words,
): void {
  const locale = initialLocale(words);
  const connection = ExerciseConnection.forPage(exercise, token, locale);
  connection.open();
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider words={words} initial={locale}>
        <ConnectionContext value={connection}>
          <ExerciseApp />
        </ConnectionContext>
      </LocaleProvider>
    </StrictMode>,
  );
}
