// The RunController without React or a browser: hand-driven frames, in-memory autosave.
import { describe, expect, it } from 'vitest';
import * as core from '../core/index.ts';
import { createAppStore, type AppStore } from './appStore';
import { RunController } from './controller';
import { ManualFrames } from './frames';
import { memoryStorage, type RunStorage } from './persist';
import type { BundledScenario } from './scenarios';
import DRILL from '../../tests/fixtures/app-decision-drill.yaml?raw';
import ESCORT from '../../tests/fixtures/escort-drill.yaml?raw';
import { text } from '../i18n/testing';

const bundled: BundledScenario[] = [
  { file: 'a-decision-drill.yaml', load: () => Promise.resolve(DRILL) },
  { file: 'b-escort-drill.yaml', load: () => Promise.resolve(ESCORT) },
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
  });
  await c.start();
  return { store, c, frames };
}

/** What a user sees of a position: clock, log length, inspector. */
const seen = (store: AppStore) => {
  const s = store.getState();
  return { time: s.time, step: s.step, log: s.log.length, inspector: JSON.stringify(s.inspector) };
};

describe('RunController', () => {
  it('opens the first bundled scenario at T+00:00 with one node per actor', async () => {
    const { store } = await setup();
    const s = store.getState();
    expect(s.phase).toBe('ready');
    expect(s.scenario?.id).toBe('decision-drill');
    expect(s.graph.nodes.map((n) => n.id)).toEqual(['wfp', 'ocha', 'hc', 'bn', 'joc']);
    expect(s.graph.links).toHaveLength(5);
    expect(s.time).toBe(0);
    expect(s.metricInfo.length).toBe(core.METRIC_KEYS.length);
    expect(s.msel.map((r) => r.serial)).toEqual([1]);
  });

  it('hands panels the same rows when a publish changed nothing they show', async () => {
    const { store, c } = await setup();
    const before = store.getState();
    // Selecting an actor publishes everything again; the MSEL, decisions, metrics, branches
    // and graph nodes are rebuilt but equal, so panels reading them see the same objects.
    c.select('wfp');
    const after = store.getState();
    expect(after.selected).toBe('wfp');
    expect(after.msel).toBe(before.msel);
    expect(after.decisions).toBe(before.decisions);
    expect(after.metrics).toBe(before.metrics);
    expect(after.branches).toBe(before.branches);
    expect(after.metricInfo).toBe(before.metricInfo);
    expect(after.graph.nodes).toBe(before.graph.nodes);
    expect(after.graph.links).toBe(before.graph.links);
    expect(after.graph).not.toBe(before.graph);
  });

  it('plays: the clock runs at the chosen speed and the log grows', async () => {
    const { store, c, frames } = await setup();
    c.setSpeed(60);
    c.play();
    frames.tick(16); // the first frame only starts the clock
    for (let i = 0; i < 90; i++) frames.tick(1000 / 30); // 3 s at 60 min/s
    const s = store.getState();
    expect(s.playing).toBe(true);
    expect(s.time).toBeGreaterThanOrEqual(175);
    expect(s.time).toBeLessThanOrEqual(181);
    expect(s.log.length).toBeGreaterThan(3);
    expect(s.log.every((e) => e.time <= s.time)).toBe(true);
    c.pause();
    expect(store.getState().playing).toBe(false);
  });

  it('steps to the next meaningful event and back to exactly where it was', async () => {
    const { store, c, frames } = await setup();
    c.select('ocha');
    c.play();
    frames.tick(16);
    for (let i = 0; i < 7; i++) frames.tick(100); // somewhere between two events
    c.pause();
    const before = seen(store);
    await c.stepForward();
    const after = seen(store);
    expect(after.step).toBeGreaterThan(before.step);
    const last = store.getState().log.at(-1)!;
    expect(core.formatTime(after.time)).toBe(core.formatTime(last.time));
    c.stepBack();
    expect(seen(store)).toEqual(before);
    // and forward again lands on the same event
    await c.stepForward();
    expect(seen(store)).toEqual(after);
  });

  it('skips bookkeeping when stepping', async () => {
    const { store, c } = await setup();
    for (let i = 0; i < 12; i++) await c.stepForward();
    const log = store.getState().log;
    // every stop ends on a meaningful entry
    expect(log.at(-1)!.event).not.toMatch(/^task/);
    // and back to T+00:00 one meaningful step at a time
    let guard = 0;
    while (store.getState().step > 0 && guard++ < 50) c.stepBack();
    expect(store.getState().step).toBe(0);
    expect(store.getState().log.length).toBe(0);
  });

  it('pauses at a decision point, records the choice, and forks another branch', async () => {
    const { store, c, frames } = await setup();
    c.setSpeed(360);
    c.play();
    frames.flush(2000, 100);
    let s = store.getState();
    expect(s.playing).toBe(false);
    expect(s.status).toBe('awaiting-decision');
    expect(s.awaiting?.id).toBe('second-convoy');
    expect(s.time).toBe(480);
    c.choose('wait');
    s = store.getState();
    expect(s.awaiting).toBeNull();
    expect(
      s.log.some((e) => e.event === 'decision.made' && text(e).includes('Wait for the criteria')),
    ).toBe(true);
    // choosing resumes playback, to the end
    frames.flush(2000, 100);
    expect(store.getState().status).toBe('finished');
    const endA = store.getState().log.length;

    await c.fork('second-convoy', 'push');
    s = store.getState();
    expect(s.branches.map((b) => b.id)).toEqual(['A', 'B']);
    expect(s.branchId).toBe('B');
    expect(s.time).toBe(480);
    expect(s.log.at(-1)?.event).not.toBe('decision.point');
    expect(
      s.log.some((e) => e.event === 'decision.made' && text(e).includes('Push it through')),
    ).toBe(true);

    await c.switchBranch('A');
    expect(store.getState().log.length).toBe(endA);

    const comparing = c.compare();
    frames.flush(5000, 100);
    await comparing;
    const cmp = store.getState().comparison!;
    expect(cmp.branches).toEqual(['A', 'B']);
    // every branch over 30 seeds, the run's own first
    expect(cmp.seeds).toHaveLength(30);
    expect(cmp.seeds[0]).toBe(1);
    expect(cmp.summaries['A']!.escortRequests?.mean).toBe(1);
    expect(cmp.summaries['B']!.escortRequests?.mean).toBe(2);
    expect(cmp.summaries['B']!.approvedWithCriterionUnmet?.mean).toBe(1);
    // a count with no direction differs; pushing it through against the criteria is worse;
    // a time the decision does not change is within noise, not "worse"
    expect(cmp.differences['B']!.escortRequests?.verdict).toBe('differs');
    expect(cmp.differences['B']!.approvedWithCriterionUnmet?.verdict).toBe('worse');
    expect(cmp.differences['B']!.decisionTimeMean?.verdict).toBe('');
    expect(cmp.differences['A']).toEqual({});
  });

  it('steps back over an answered decision and replays it the same way', async () => {
    const { store, c } = await setup();
    await c.seekTime(600);
    expect(store.getState().status).toBe('awaiting-decision');
    c.choose('push');
    await c.seekTime(900);
    const at900 = seen(store);
    await c.seekTime(100);
    expect(store.getState().decisions[0]?.passed).toBe(false);
    expect(store.getState().decisions[0]?.chosen).toBe('push');
    await c.seekTime(900);
    expect(seen(store)).toEqual(at900);
    expect(store.getState().status).toBe('running');
  });

  it('moves to a clicked log entry and selects its actor', async () => {
    const { store, c } = await setup();
    await c.seekTime(400);
    const entry = store
      .getState()
      .log.find((e) => e.event === 'message.delivered' && e.at === 'ocha')!;
    c.seekToEntry(entry.seq);
    const s = store.getState();
    expect(s.selected).toBe('ocha');
    expect(s.log.at(-1)!.seq).toBeGreaterThanOrEqual(entry.seq);
    expect(s.time).toBe(entry.time);
    expect(s.inspector?.name).toBe('OCHA CMCoord');
  });

  it('keeps the run when a file is invalid, listing every error with its place', async () => {
    const { store, c } = await setup();
    await c.seekTime(200);
    const before = seen(store);
    const ok = c.openScenarioText('version: 1\nid: Bad Id\ntitle: x\nwhat: 3\n', 'bad.yaml');
    expect(ok).toBe(false);
    const s = store.getState();
    expect(s.errors?.errors.length).toBeGreaterThan(1);
    for (const e of s.errors!.errors) {
      expect(e.file).toBe('bad.yaml');
      expect(e.line).toBeGreaterThan(0);
      expect(e.col).toBeGreaterThan(0);
    }
    expect(seen(store)).toEqual(before);
    c.dismissErrors();
    expect(store.getState().errors).toBeNull();
  });

  it('restarts under another structure and seed', async () => {
    const { store, c } = await setup();
    await c.seekTime(300);
    c.setStructure('direct');
    let s = store.getState();
    expect(s.structureId).toBe('direct');
    expect(s.time).toBe(0);
    expect(s.graph.links.map((l) => l.source)).toContain('wfp');
    c.setSeed(7);
    s = store.getState();
    expect(s.seed).toBe(7);
    expect(s.structureId).toBe('direct');
  });

  it('keeps a run a new seed replaced: undo brings it back, and the autosave never overwrites it', async () => {
    const storage = memoryStorage();
    const first = await setup(storage);
    await first.c.seekTime(600);
    first.c.choose('wait');
    await first.c.fork('second-convoy', 'push');
    await first.c.seekTime(700);
    const before = seen(first.store);
    first.c.setSeed(5);
    let s = first.store.getState();
    expect(s.seed).toBe(5);
    expect(s.time).toBe(0);
    expect(s.undoable).toBe(true);
    expect(s.notice).toMatch(/Recent runs/);
    expect(s.recent).toHaveLength(1);
    expect(s.recent[0]).toMatchObject({ seed: 1, branches: 2, decisions: 2, time: 700 });
    await first.c.saveNow();
    // the autosave holds the new run; the replaced one is kept apart
    expect(storage.current?.seed).toBe(5);
    expect(storage.recent.map((r) => r.seed)).toEqual([1]);

    // a run at its very start has nothing to lose: another seed replaces it without keeping it
    first.c.setSeed(6);
    expect(first.store.getState().recent).toHaveLength(1);
    await first.c.saveNow();

    // and a reload still offers it
    first.c.destroy();
    const second = await setup(storage);
    second.frames.flush();
    expect(second.store.getState().recent.map((r) => r.seed)).toEqual([1]);
    await second.c.seekTime(200);
    expect(await second.c.undo()).toBe(true);
    second.frames.flush();
    s = second.store.getState();
    expect(seen(second.store)).toEqual(before);
    expect(s.branches.map((b) => b.id)).toEqual(['A', 'B']);
    // the run it replaced (seed 6 at T+03:20) is kept in its turn
    expect(s.recent.map((r) => r.seed)).toEqual([6]);
  });

  it('autosaves and a new controller returns to the same point, branches included', async () => {
    const storage = memoryStorage();
    const first = await setup(storage);
    await first.c.seekTime(600);
    first.c.choose('wait');
    await first.c.fork('second-convoy', 'push');
    await first.c.seekTime(700);
    first.c.select('hc');
    await first.c.saveNow();
    const before = seen(first.store);
    first.c.destroy();

    const second = await setup(storage);
    second.frames.flush();
    expect(seen(second.store)).toEqual(before);
    expect(second.store.getState().branches.map((b) => b.id)).toEqual(['A', 'B']);
    expect(second.store.getState().selected).toBe('hc');
    await second.c.switchBranch('A');
    expect(second.store.getState().time).toBe(480);
  });

  it('exports a run and imports it again; a broken import is reported and changes nothing', async () => {
    const { store, c } = await setup();
    await c.seekTime(333);
    const exported = c.exportRun()!;
    expect(exported.fileName).toBe('decision-drill-hub-seed1.peacemesh-run.json');
    const before = seen(store);
    c.reset();
    expect(store.getState().time).toBe(0);
    expect(await c.importRun(exported.text, exported.fileName)).toBe(true);
    expect(seen(store)).toEqual(before);
    expect(await c.importRun('{"format":"nope"}', 'x.json')).toBe(false);
    expect(store.getState().errors?.errors[0]?.message).toMatch(/not a PeaceMesh run/);
    expect(seen(store)).toEqual(before);
  });

  it('refuses a file far too large before reading it', async () => {
    const { store, c } = await setup();
    const before = seen(store);
    let read = false;
    const huge = {
      name: 'huge.yaml',
      size: 6 * 1024 ** 3,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    expect(await c.openFile(huge)).toBe(false);
    expect(read).toBe(false);
    expect(store.getState().errors?.errors[0]?.message).toBe(
      'this file is 6144 MiB, more than the 1 MiB a scenario file may be: is this the right file?',
    );
    expect(seen(store)).toEqual(before);
  });

  it('refuses an imported run with a seed out of range or a live inject it could not run', async () => {
    const { store, c } = await setup();
    await c.seekTime(333);
    const exported = JSON.parse(c.exportRun()!.text) as {
      seed: number;
      branches: { inputs: { injects: unknown[] } }[];
    };
    const before = seen(store);
    const withSeed = JSON.stringify({ ...exported, seed: -5 });
    expect(await c.importRun(withSeed, 'x.json')).toBe(false);
    expect(store.getState().errors?.errors[0]?.message).toBe(
      "the run's seed -5 is outside 0–2147483647, the seeds PeaceMesh runs",
    );
    const inject = (event: unknown) => ({ at: 10, text: 'x', event, step: 1 });
    for (const [event, message] of [
      [{ type: 'capacity-change', actor: 'hc', capacity: 'lots' }, /is not an event PeaceMesh/],
      [
        { type: 'capacity-change', actor: 'constructor', teams: 1 },
        /names the actor "constructor"/,
      ],
    ] as const) {
      const doc = structuredClone(exported);
      doc.branches[0]!.inputs.injects.push(inject(event));
      expect(await c.importRun(JSON.stringify(doc), 'x.json')).toBe(false);
      expect(store.getState().errors?.errors[0]?.message).toMatch(message);
    }
    expect(seen(store)).toEqual(before);
  });

  it('does long work in slices and reports progress', async () => {
    const store = createAppStore();
    const frames = new ManualFrames();
    const c = new RunController(store, {
      core,
      frames,
      scenarios: bundled,
      frameBudget: 0,
      chunk: 2,
    });
    await c.start();
    const busy: Array<number | null> = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.busy) busy.push(s.busy.progress);
    });
    const done = c.seekTime(470);
    expect(c.busy).toBe(true);
    frames.flush();
    await done;
    unsubscribe();
    expect(busy.length).toBeGreaterThan(0);
    expect(store.getState().busy).toBeNull();
    expect(store.getState().time).toBe(470);
  });
});
