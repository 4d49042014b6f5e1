// The web app's entry: one store and one controller for the page, the engine fetched in the
// background while the shell paints, the run saved when the page is hidden or closed. A join
// link to an exercise host (?exercise=ID&seat=TOKEN) opens exercise mode instead.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bindWords, createAppStore, idbStorage, loadWords, RunController } from '../store';
import { App } from './App';
import { AppContext } from './context';
import { initialLocale, LocaleProvider } from './i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const params = new URLSearchParams(location.search);
const exercise = params.get('exercise');
const seat = params.get('seat');

// The catalogs come first: every label on the page is in the reader's language, from the first
// paint (English is built into the renderer's chunk; another language is fetched now).
const words = await loadWords();
await words.loadCatalog(initialLocale(words));
bindWords(words);
if (exercise && seat) {
  void import('./exercise/mount').then((m) => m.mountExercise(root, exercise, seat, words));
} else {
  startApp(root);
}

function startApp(root: HTMLElement): void {
  const store = createAppStore();
  const controller = new RunController(store, {
    storage: typeof indexedDB === 'undefined' ? null : idbStorage(),
    // Branch comparisons run in the same Web Workers as the structure comparison, loaded when
    // first needed.
    runPlan: async (plan, onProgress) => {
      const { defaultBrowserWorkers, runPlanInWorkers } = await import('./compare/runInWorkers');
      const outcome = await runPlanInWorkers(plan, {
        workers: defaultBrowserWorkers(),
        onProgress,
      });
      return outcome.results;
    },
  });
  void controller.start();

  const flush = () => void controller.saveNow();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  createRoot(root).render(
    <StrictMode>
      <LocaleProvider words={words} initial={initialLocale(words)}>
        <AppContext value={{ store, controller }}>
          <App />
        </AppContext>
      </LocaleProvider>
    </StrictMode>,
  );
}
