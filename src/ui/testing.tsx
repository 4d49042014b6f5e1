// Test helpers for the panels: a real store and controller on the decision drill fixture,
// hand-driven frames, the engine imported directly. Used by src/ui/*.test.tsx only.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import * as core from '../core/index.ts';
import * as words from '../i18n/index.ts';
import type { UiLocale } from '../i18n/index.ts';
import {
  createAppStore,
  ManualFrames,
  RunController,
  type AppStore,
  type BundledScenario,
} from '../store';
import DRILL from '../../tests/fixtures/app-decision-drill.yaml?raw';
import { AppContext } from './context';
import { LocaleProvider } from './i18n';

export interface Rig {
  readonly store: AppStore;
  readonly controller: RunController;
  readonly frames: ManualFrames;
  show(ui: ReactNode): RenderResult;
}

export const DRILL_SCENARIO: BundledScenario = {
  file: 'decision-drill.yaml',
  load: () => Promise.resolve(DRILL),
};

/** Wraps a tree in the catalogs, in a language (English unless asked). */
export function inLocale(ui: ReactNode, locale: UiLocale = 'en'): ReactNode {
  return (
    <LocaleProvider words={words} initial={locale}>
      {ui}
    </LocaleProvider>
  );
}

export async function rig(locale: UiLocale = 'en'): Promise<Rig> {
  const store = createAppStore();
  const frames = new ManualFrames();
  const controller = new RunController(store, {
    core,
    frames,
    scenarios: [DRILL_SCENARIO],
    storage: null,
  });
  await controller.start();
  return {
    store,
    controller,
    frames,
    show: (ui) =>
      render(inLocale(<AppContext value={{ store, controller }}>{ui}</AppContext>, locale)),
  };
}
