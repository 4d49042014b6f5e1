// Observations, ratings and the improvement plan: recorded through the controller, saved with
// the run, back after a reload, and in the exported run file.
import { describe, expect, it } from 'vitest';
import * as core from '../core/index.ts';
import { createAppStore } from './appStore';
import { RunController } from './controller';
import { emptyObservationDraft } from './evaluation';
import { ManualFrames } from './frames';
import { memoryStorage, parseRunFile, type RunStorage } from './persist';
import type { BundledScenario } from './scenarios';
import ESCORT from '../../tests/fixtures/escort-drill.yaml?raw';

const bundled: BundledScenario[] = [
  { file: 'escort-drill.yaml', load: () => Promise.resolve(ESCORT) },
];

async function open(storage: RunStorage) {
  const store = createAppStore();
  const frames = new ManualFrames();
  const c = new RunController(store, {
    core,
    frames,
    storage,
    scenarios: bundled,
    autosaveDelay: 0,
  });
  await c.start();
  return { store, c, frames };
}

describe('evaluation in the app', () => {
  it('records an observation tied to the clicked entry, rates, plans, and keeps all over a reload', async () => {
    const storage = memoryStorage();
    const { store, c, frames } = await open(storage);
    await c.seekTime(6 * 60);
    frames.flush();
    const entry = store.getState().log.at(-1)!;
    c.selectEntry(entry.seq);
    const objective = store.getState().scenario!.objectives[0]!.id;
    c.setEvaluator('Maj. Diallo');
    const problem = c.recordObservation({
      ...emptyObservationDraft('Maj. Diallo', entry.at),
      kind: 'improvement',
      text: 'The facilitator did not ask which alternatives had been tried.',
      objective,
    });
    expect(problem).toBeNull();
    expect(c.recordObservation(emptyObservationDraft())).toBe('Write what you observed.');
    c.rate(objective, 'S', 'Criteria applied, but late.');
    c.addPlanAction(objective);
    const action = store.getState().evaluation.plan[0]!;
    c.updatePlanAction(action.id, {
      action: 'Checklist of alternatives at the CMCoord desk',
      owner: 'OCHA',
    });
    await c.saveNow();

    const [obs] = store.getState().evaluation.observations;
    expect(obs).toMatchObject({
      kind: 'improvement',
      entrySeq: entry.seq,
      actor: entry.at,
      objective,
      author: 'Maj. Diallo',
      time: Math.floor(store.getState().time),
    });

    const again = await open(storage);
    const evaluation = again.store.getState().evaluation;
    expect(evaluation.observations).toEqual([obs]);
    expect(evaluation.ratings).toEqual([
      { objective, rating: 'S', rationale: 'Criteria applied, but late.', author: 'Maj. Diallo' },
    ]);
    expect(evaluation.plan[0]).toMatchObject({ owner: 'OCHA', objective });

    const exported = again.c.exportRun()!;
    const parsed = parseRunFile(exported.text);
    expect(parsed.ok && parsed.run.evaluation?.observations).toEqual([obs]);
    c.destroy();
    again.c.destroy();
  });

  it('builds the hot wash beside the doctrine-only run, and a report with the observation', async () => {
    const { store, c, frames } = await open(memoryStorage());
    await c.seekTime(ESCORT_END);
    frames.flush();
    c.recordObservation({
      ...emptyObservationDraft('EXCON'),
      text: 'Alternatives were weighed first.',
    });
    const opening = c.openHotWash();
    frames.flush();
    await opening;
    const d = store.getState().hotwash!;
    expect(d.metrics.every((m) => m.baseline !== null || m.run === null)).toBe(true);
    expect(d.observations.map((o) => o.text)).toEqual(['Alternatives were weighed first.']);
    const report = c.report('md');
    frames.flush();
    const md = (await report)!;
    expect(md.fileName).toMatch(/-aar\.md$/);
    expect(md.text).toContain('Alternatives were weighed first.');
    c.closeHotWash();
    expect(store.getState().hotwash).toBeNull();
    c.destroy();
  });

  it('refuses a damaged evaluation in a run file with a notice, and keeps the run', async () => {
    const storage = memoryStorage();
    const first = await open(storage);
    await first.c.saveNow();
    const saved = structuredClone(storage.current!);
    first.c.destroy();
    storage.current = { ...saved, evaluation: { observations: [{ id: 1 }] } as never };
    const { store, c } = await open(storage);
    expect(store.getState().scenario?.id).toBe('escort-drill');
    expect(store.getState().evaluation.observations).toEqual([]);
    expect(store.getState().notice).toMatch(/could not be read/);
    c.destroy();
  });
});

const ESCORT_END = 24 * 60;
