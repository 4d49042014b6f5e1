// Test helpers for the panels: a real store and controller on the decision drill fixture,
// hand-driven frames, the engine imported directly. Used by src/ui/*.test.tsx only.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import * as core from '../core/index.ts';
import {
  createAppStore,
  ManualFrames,
  RunController,
  type AppStore,
  type BundledScenario,
} from '../store';
import DRILL from '../../tests/fixtures/app-decision-drill.yaml?raw';
import { AppContext } from './context';

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

export async function rig(): Promise<Rig> {
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
    show: (ui) => render(<AppContext value={{ store, controller }}>{ui}</AppContext>),
  };
}
