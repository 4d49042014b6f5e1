// A run as a small JSON document: the scenario text, structure, seed, every branch's inputs
// (decisions, live injects) and position. Everything else is recomputed by replay, which is
// exact, so the document stays small. Autosaved to IndexedDB; exported and imported as a file.
import { openDB } from 'idb';
import type { EvaluationRecord, RunInputs } from '../core/index.ts';
import type { AppKey } from '../i18n/index.ts';
import { appText } from './logText';

export const RUN_FORMAT = 'peacemesh-run';

export interface SavedBranch {
  readonly id: string;
  readonly label: string;
  readonly origin: {
    readonly parent: string;
    readonly decision: string;
    readonly option: string;
  } | null;
  readonly inputs: RunInputs;
  readonly step: number;
  readonly time: number;
}

export interface SavedRun {
  readonly format: typeof RUN_FORMAT;
  readonly version: 1;
  readonly savedAt: string;
  readonly scenario: {
    readonly fileName: string;
    readonly text: string;
    readonly bundled: boolean;
  };
  readonly structure: string;
  readonly seed: number;
  readonly speed: number;
  readonly branches: readonly SavedBranch[];
  readonly branch: string;
  readonly selected: string | null;
  /**
   * Observations, objective ratings and the improvement plan (absent in runs saved before
   * evaluation existed). Checked by core's evaluation schema when the run is restored.
   */
  readonly evaluation?: EvaluationRecord;
  /** Shown as the table rather than the graph (restored after a reload). */
  readonly tableView?: boolean;
}

/** Where runs are kept between visits. */
export interface RunStorage {
  load(): Promise<SavedRun | null>;
  save(run: SavedRun): Promise<void>;
  /** Runs put aside when another replaced them (newest first); kept apart from the autosave. */
  loadRecent(): Promise<SavedRun[]>;
  saveRecent(runs: readonly SavedRun[]): Promise<void>;
}

const DB_NAME = 'peacemesh';
const STORE = 'runs';
const KEY = 'current';
const RECENT_KEY = 'recent';

/** The browser's IndexedDB through `idb`. */
export function idbStorage(): RunStorage {
  const db = openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return {
    async load() {
      const found: unknown = await (await db).get(STORE, KEY);
      const checked = checkSavedRun(found);
      return checked.ok ? checked.run : null;
    },
    async save(run) {
      await (await db).put(STORE, run, KEY);
    },
    async loadRecent() {
      const found: unknown = await (await db).get(STORE, RECENT_KEY);
      return checkRecent(found);
    },
    async saveRecent(runs) {
      await (await db).put(STORE, runs, RECENT_KEY);
    },
  };
}

/** The readable runs of a stored recent-runs list (an unreadable one is skipped, not fatal). */
function checkRecent(found: unknown): SavedRun[] {
  if (!Array.isArray(found)) return [];
  return found.flatMap((doc) => {
    const checked = checkSavedRun(doc);
    return checked.ok ? [checked.run] : [];
  });
}

/** Keeps the run in memory (tests, or a browser without IndexedDB). */
export function memoryStorage(
  initial: SavedRun | null = null,
): RunStorage & { current: SavedRun | null; recent: SavedRun[] } {
  const store = {
    current: initial,
    recent: [] as SavedRun[],
    load: () => Promise.resolve(store.current),
    save: (run: SavedRun) => {
      store.current = structuredClone(run);
      return Promise.resolve();
    },
    loadRecent: () => Promise.resolve(structuredClone(store.recent)),
    saveRecent: (runs: readonly SavedRun[]) => {
      store.recent = structuredClone([...runs]);
      return Promise.resolve();
    },
  };
  return store;
}

type Checked = { ok: true; run: SavedRun } | { ok: false; problem: string };

/**
 * Words a problem with a saved run from the catalogs: the app's, in the page's language, by
 * default; the CLI passes its own translate in the language it speaks.
 */
export type Say = (key: AppKey, values?: Readonly<Record<string, string | number>>) => string;

/** The largest seed the engine's generator takes (as the CLI's --seed). */
const MAX_SEED = 2 ** 31 - 1;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a document read from a file or the database; says what is wrong in plain words. */
export function checkSavedRun(doc: unknown, say: Say = appText): Checked {
  const refuse = (key: AppKey, values?: Readonly<Record<string, string | number>>): Checked => ({
    ok: false,
    problem: say(key, values),
  });
  if (!isObject(doc)) return refuse('app.run-file.not-object');
  if (doc['format'] !== RUN_FORMAT) return refuse('app.run-file.format', { format: RUN_FORMAT });
  if (doc['version'] !== 1)
    return refuse('app.run-file.version', { version: String(doc['version']) });
  const scenario = doc['scenario'];
  if (
    !isObject(scenario) ||
    typeof scenario['text'] !== 'string' ||
    typeof scenario['fileName'] !== 'string'
  ) {
    return refuse('app.run-file.scenario');
  }
  if (typeof doc['structure'] !== 'string') return refuse('app.run-file.structure');
  if (typeof doc['seed'] !== 'number' || !Number.isInteger(doc['seed']))
    return refuse('app.run-file.seed');
  if (doc['seed'] < 0 || doc['seed'] > MAX_SEED)
    return refuse('app.run-file.seed-range', { seed: String(doc['seed']), max: String(MAX_SEED) });
  const branches = doc['branches'];
  if (!Array.isArray(branches) || branches.length === 0) return refuse('app.run-file.branches');
  for (const [i, b] of branches.entries()) {
    if (
      !isObject(b) ||
      typeof b['id'] !== 'string' ||
      typeof b['label'] !== 'string' ||
      typeof b['step'] !== 'number' ||
      typeof b['time'] !== 'number' ||
      !isObject(b['inputs']) ||
      !isObject((b['inputs'] as Record<string, unknown>)['decisions']) ||
      !Array.isArray((b['inputs'] as Record<string, unknown>)['injects'])
    ) {
      return refuse('app.run-file.branch', { branch: i + 1 });
    }
    const decisions = (b['inputs'] as Record<string, unknown>)['decisions'] as object;
    if (Object.values(decisions).some((option) => typeof option !== 'string')) {
      return refuse('app.run-file.decision', { branch: i + 1 });
    }
    const injects = (b['inputs'] as Record<string, unknown>)['injects'] as unknown[];
    for (const [j, inject] of injects.entries()) {
      if (
        !isObject(inject) ||
        typeof inject['at'] !== 'number' ||
        !Number.isInteger(inject['at']) ||
        inject['at'] < 0 ||
        typeof inject['text'] !== 'string' ||
        !isObject(inject['event']) ||
        typeof inject['event']['type'] !== 'string'
      ) {
        return refuse('app.run-file.inject', { inject: j + 1, branch: i + 1 });
      }
    }
  }
  if (
    typeof doc['branch'] !== 'string' ||
    !branches.some((b: Record<string, unknown>) => b['id'] === doc['branch'])
  ) {
    return refuse('app.run-file.current');
  }
  const evaluation = doc['evaluation'];
  if (evaluation !== undefined && !isObject(evaluation)) return refuse('app.run-file.evaluation');
  return {
    ok: true,
    run: {
      ...(doc as unknown as SavedRun),
      speed: typeof doc['speed'] === 'number' && doc['speed'] > 0 ? doc['speed'] : 30,
      selected: typeof doc['selected'] === 'string' ? doc['selected'] : null,
      tableView: doc['tableView'] === true,
      scenario: {
        ...(scenario as unknown as SavedRun['scenario']),
        bundled: scenario['bundled'] === true,
      },
    },
  };
}

/** Reads an exported run file's text. */
export function parseRunFile(text: string, say: Say = appText): Checked {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, problem: say('app.run-file.not-json') };
  }
  return checkSavedRun(doc, say);
}
