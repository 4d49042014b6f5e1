// The web app's entry: one store and one controller for the page, the engine fetched in the
// background while the shell paints, the run saved when the page is hidden or closed. A join
// link to an exercise host (?exercise=ID&seat=TOKEN) opens exercise mode instead.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bindWords, createAppStore, idbStorage, loadWords, RunController } from '../store';
import { App } from './App';
import { AppContext } from './context';
import { preloadMeshGraph } from './GraphArea';
import { initialLocale, LocaleProvider } from './i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const params = new URLSearchParams(location.search);
const exercise = params.get('exercise');
const seat = params.get('seat');

// The catalogs come first: every label on the page is in the reader's language, from the first
// paint. The app's own words in that language are all the first screen needs; the rest of the
// catalog (the log, the scenario's problems) comes with the engine, before anything can show them
// (src/store/engine.ts).
const words = await loadWords();
bindWords(words);
const locale = initialLocale(words);
// A seat shows the host's log from its first screen: the whole catalog first.
await words.loadCatalog(locale, exercise && seat ? 'all' : 'first-screen');
// The store words its notices in <html lang>'s language (src/store/logText.ts), and only that
// language's catalog is loaded: set now, before anything starts, not at the first render.
document.documentElement.lang = locale;
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
  preloadMeshGraph();

  const flush = () => void controller.saveNow();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  createRoot(root).render(
    <StrictMode>
      <LocaleProvider words={words} initial={locale}>
        <AppContext value={{ store, controller }}>
          <App />
        </AppContext>
      </LocaleProvider>
    </StrictMode>,
  );
}
