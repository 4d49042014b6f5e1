// Live injects from exercise control: the form's checks, and the RunController pushing them
// into the run so that they are logged at once, replay exactly and are saved with the run.
import { beforeAll, describe, expect, it } from 'vitest';
import * as core from '../core/index.ts';
import { text } from '../i18n/testing';
import { createAppStore, type AppStore } from './appStore';
import { loadWords } from './engine';
import { bindWords } from './logText';
import { RunController } from './controller';
import { ManualFrames } from './frames';
import { checkInject, emptyDraft, nextLiveId, type InjectDraft } from './injects';
import { checkSavedRun, memoryStorage, type RunStorage } from './persist';
import { liveSummary } from './views';
import type { BundledScenario } from './scenarios';
import DRILL from '../../tests/fixtures/app-decision-drill.yaml?raw';

const bundled: BundledScenario[] = [
  { file: 'decision-drill.yaml', load: () => Promise.resolve(DRILL) },
];

async function setup(
  storage: RunStorage | null = null,
): Promise<{ store: AppStore; c: RunController; frames: ManualFrames }> {
  const store = createAppStore();
  const frames = new ManualFrames();
  const c = new RunController(store, {
    core,
    frames,
    storage,
    scenarios: bundled,
    autosaveDelay: 0,
    checkpointEvery: 5,
  });
  await c.start();
  return { store, c, frames };
}

const info = (over: Partial<InjectDraft> = {}): InjectDraft => ({
  ...emptyDraft('information'),
  from: 'joc',
  to: ['hc', 'ocha'],
  summary: 'armed group seen near the eastern road',
  text: 'JOC duty officer phones: armed group seen near the eastern road.',
  ...over,
});

const liveEntries = (store: AppStore) =>
  store.getState().log.filter((e) => e.marks?.includes('inject.live'));
const logText = (store: AppStore) => JSON.stringify(store.getState().log);

const loaded = core.loadScenario(DRILL, 'decision-drill.yaml');
if (!loaded.ok) throw new Error('the drill fixture does not load');
const ctx = {
  actors: loaded.scenario.actors,
  areas: loaded.scenario.areas,
  schema: core.simEventSchema,
  id: 'live-1',
};

describe('checking a live inject', () => {
  // Problems are worded from the catalogs, which the app binds once they load (French too, as
  // the page fetches it before it turns French).
  beforeAll(async () => {
    const words = await loadWords();
    await Promise.all([words.loadCatalog('en'), words.loadCatalog('fr')]);
    bindWords(words);
  });

  it('names every missing field in plain words, per kind', () => {
    const problems = (draft: InjectDraft) => {
      const r = checkInject(draft, ctx);
      return r.ok ? {} : Object.fromEntries(r.problems.map((p) => [p.field, p.message]));
    };
    expect(problems(emptyDraft('information'))).toEqual({
      text: expect.stringMatching(/inject text/),
      from: expect.stringMatching(/comes from/),
      to: expect.stringMatching(/at least one actor/),
      summary: expect.stringMatching(/what the information is/),
    });
    expect(Object.keys(problems(emptyDraft('incident'))).sort()).toEqual([
      'area',
      'reportedBy',
      'summary',
      'text',
    ]);
    expect(Object.keys(problems(emptyDraft('capacity-change'))).sort()).toEqual([
      'actor',
      'capacity',
      'text',
    ]);
    expect(Object.keys(problems(emptyDraft('escort-request'))).sort()).toEqual([
      'area',
      'convoy',
      'need',
      'requester',
      'text',
    ]);
    expect(problems(info({ to: ['joc'] }))).toEqual({ to: expect.stringMatching(/itself/) });
    expect(problems(info({ from: 'nobody' }))).toEqual({
      from: '"nobody" is not an actor of this scenario.',
    });
    const capacity = { ...emptyDraft('capacity-change'), text: 'x', actor: 'bn' };
    expect(problems({ ...capacity, capacity: '0', teams: '1.5' })).toEqual({
      capacity: expect.stringMatching(/1 or more/),
      teams: expect.stringMatching(/whole number/),
    });
  });

  it('passes a complete draft through core’s schema, defaults filled, with the given id', () => {
    const r = checkInject(
      {
        ...emptyDraft('escort-request'),
        text: 'WFP asks again.',
        requester: 'wfp',
        convoy: 'medical convoy',
        area: 'east',
        need: 'critical',
        escortCredible: true,
      },
      ctx,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.event).toMatchObject({
      type: 'escort-request',
      id: 'live-1',
      hostStateUnable: false,
      escortCredible: true,
      alternatives: [],
      pressure: false,
    });
    expect(r.event.type === 'escort-request' && r.event.length).toBe(360);
    const cap = checkInject(
      { ...emptyDraft('capacity-change'), text: 'Two teams redeploy.', actor: 'bn', teams: '3' },
      ctx,
    );
    expect(cap.ok && cap.event).toEqual({ type: 'capacity-change', actor: 'bn', teams: 3 });
  });

  it('lets core’s schema have the last word', () => {
    const r = checkInject(info(), { ...ctx, id: 'Not An Id' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatchObject({
      field: 'form',
      message: expect.stringMatching(/lower-case/),
    });
  });

  it('speaks the page’s language: problems and the one-line summary in French', () => {
    const page = globalThis as { document?: unknown };
    page.document = { documentElement: { lang: 'fr' } };
    try {
      const r = checkInject(emptyDraft('incident'), ctx);
      expect(!r.ok && r.problems.find((p) => p.field === 'summary')?.message).toBe(
        'Décrivez l’incident en quelques mots.',
      );
      const names = new Map([['east', 'District est']]);
      expect(
        liveSummary(
          {
            type: 'incident',
            id: 'x',
            area: 'east',
            reportedBy: 'joc',
            summary: 'tirs',
            severity: 'high',
            threatToCivilians: true,
            needToKnow: [],
          } as unknown as core.SimEvent,
          names,
        ),
      ).toBe('Incident · District est · gravité élevée, menace pour les civils : tirs');
      const bad = checkSavedRun({ format: 'peacemesh-run', version: 2 });
      expect(!bad.ok && bad.problem).toMatch(/^la version 2 de déroulement/);
    } finally {
      delete page.document;
    }
  });

  it('gives ids live-1, live-2… skipping those taken', () => {
    expect(nextLiveId(new Set())).toBe('live-1');
    expect(nextLiveId(new Set(['live-1', 'live-3']))).toBe('live-2');
  });
});

describe('RunController: live injects', () => {
  it('logs a pushed inject at once, at the clock shown, and lists it as live', async () => {
    const { store, c } = await setup();
    await c.seekTime(200);
    const before = store.getState().log;
    const result = await c.pushInject(info());
    expect(result).toEqual({ ok: true, at: 200, id: 'live-1', delivered: true });
    const s = store.getState();
    // what had happened stays as it was; the inject follows
    expect(s.log.slice(0, before.length)).toEqual(before);
    const [entry] = liveEntries(store);
    expect(entry).toMatchObject({
      time: 200,
      actor: 'EXCON',
      event: 'inject',
    });
    expect(text(entry)).toContain('armed group seen');
    expect(s.time).toBe(200);
    expect(s.live).toEqual([
      expect.objectContaining({
        serial: 'L1',
        at: 200,
        type: 'information',
        processId: 'live-1',
        delivered: 200,
        deliveredSeq: entry!.seq,
      }),
    ]);
    expect(s.live[0]!.summary).toBe(
      'Information · JOC → Humanitarian Coordinator, OCHA CMCoord: armed group seen near the eastern road',
    );
    expect(s.notice).toBe('Live inject L1 pushed at T+03:20');
    expect(s.branches[0]!.description).toMatch(/1 live inject$/);
    // the process it started runs on
    await c.seekTime(400);
    expect(store.getState().log.some((e) => e.actor === 'live-1' && e.event !== 'inject')).toBe(
      true,
    );
  });

  it('survives stepping and seeking back before it and forward again, exactly', async () => {
    const { store, c } = await setup();
    await c.seekTime(200);
    await c.pushInject(info());
    await c.seekTime(500);
    const at500 = logText(store);
    const steps = store.getState().step;
    await c.seekTime(150);
    expect(liveEntries(store)).toEqual([]);
    expect(store.getState().live[0]?.delivered).toBeNull();
    await c.seekTime(500);
    expect(logText(store)).toBe(at500);
    expect(store.getState().step).toBe(steps);
    // one event at a time, back over it and forward again
    let guard = 0;
    while (liveEntries(store).length > 0 && guard++ < 100) c.stepBack();
    expect(liveEntries(store)).toEqual([]);
    await c.stepForward();
    expect(liveEntries(store)).toHaveLength(1);
    await c.seekTime(500);
    expect(logText(store)).toBe(at500);
    c.reset();
    await c.seekTime(500);
    expect(logText(store)).toBe(at500);
  });

  it('never rewrites the minute the engine has already worked through', async () => {
    const { store, c } = await setup();
    await c.stepForward();
    await c.stepForward();
    const s = store.getState();
    const before = s.log;
    expect(s.time).toBe(before.at(-1)!.time);
    const result = await c.pushInject(info());
    expect(result.ok && result.at).toBe(s.time + 1);
    expect(store.getState().log.slice(0, before.length)).toEqual(before);
    expect(liveEntries(store)[0]?.time).toBe(s.time + 1);
  });

  it('is saved with the run: autosave, export and a new controller replay it exactly', async () => {
    const storage = memoryStorage();
    const first = await setup(storage);
    await first.c.seekTime(200);
    await first.c.pushInject(info());
    await first.c.seekTime(300);
    await first.c.pushInject({
      ...emptyDraft('capacity-change'),
      actor: 'bn',
      teams: '2',
      text: 'A second team arrives.',
    });
    await first.c.seekTime(450);
    await first.c.saveNow();
    const saved = storage.current!.branches[0]!.inputs.injects;
    expect(saved.map((i) => [i.at, i.event.type, i.text])).toEqual([
      [200, 'information', 'JOC duty officer phones: armed group seen near the eastern road.'],
      // an event fell on T+05:00 itself: the inject takes the next minute
      [301, 'capacity-change', 'A second team arrives.'],
    ]);
    const exported = JSON.parse(first.c.exportRun()!.text) as typeof storage.current;
    expect(exported!.branches[0]!.inputs.injects).toEqual(saved);
    const log = logText(first.store);
    first.c.destroy();

    const second = await setup(storage);
    second.frames.flush();
    expect(logText(second.store)).toBe(log);
    expect(second.store.getState().live.map((r) => r.serial)).toEqual(['L1', 'L2']);
    expect(await second.c.importRun(JSON.stringify(exported), 'run.json')).toBe(true);
    expect(logText(second.store)).toBe(log);
  });

  it('keeps live injects with their branch: a fork inherits only those before the decision', async () => {
    const { store, c } = await setup();
    await c.seekTime(200);
    await c.pushInject(info());
    await c.seekTime(600); // the decision point at T+08:00
    expect(store.getState().status).toBe('awaiting-decision');
    const blocked = await c.pushInject(info());
    expect(blocked).toEqual({
      ok: false,
      problems: [{ field: 'form', message: expect.stringMatching(/decision/) }],
    });
    c.choose('wait');
    await c.seekTime(700);
    const result = await c.pushInject(info({ summary: 'second report' }));
    expect(result.ok && result.id).toBe('live-2');
    await c.fork('second-convoy', 'push');
    expect(store.getState().branchId).toBe('B');
    expect(store.getState().live.map((r) => r.processId)).toEqual(['live-1']);
    await c.seekTime(750);
    const pushed = await c.pushInject(info({ summary: 'third report' }));
    expect(pushed.ok && pushed.id).toBe('live-3'); // unique across the run
    await c.switchBranch('A');
    expect(store.getState().live.map((r) => r.processId)).toEqual(['live-1', 'live-2']);
  });

  it('does not restore a saved run whose live inject is incomplete', async () => {
    const { c } = await setup();
    await c.seekTime(200);
    await c.pushInject(info());
    const run = c.snapshot()!;
    expect(checkSavedRun(run).ok).toBe(true);
    const broken = {
      ...run,
      branches: [
        { ...run.branches[0]!, inputs: { decisions: {}, injects: [{ at: 200, text: 'x' }] } },
      ],
    };
    expect(checkSavedRun(broken)).toEqual({
      ok: false,
      problem: 'live inject 1 of branch 1 is incomplete (at, text, event)',
    });
  });

  it('refuses an invalid draft without touching the run; the dialog pauses playback', async () => {
    const { store, c, frames } = await setup();
    await c.seekTime(120);
    const before = logText(store);
    const result = await c.pushInject(info({ text: '  ' }));
    expect(result.ok).toBe(false);
    expect(logText(store)).toBe(before);
    expect(store.getState().live).toEqual([]);
    c.play();
    frames.tick(16);
    expect(store.getState().playing).toBe(true);
    c.openInject();
    expect(store.getState()).toMatchObject({ playing: false, injectOpen: true });
    c.closeInject();
    expect(store.getState().injectOpen).toBe(false);
  });
});
