// `peacemesh run --decide ID=OPTION` and `--inputs FILE`: a run played in the app (exported
// with "Export run") and an exercise played in a training room (an exported package) replay
// headless with the same log hash; bad ids get located sentences listing the valid ones.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as core from '../../src/core/index';
import { Exercise } from '../../src/server/exercise';
import { exportPackage } from '../../src/server/package';
import { createAppStore } from '../../src/store/appStore';
import { RunController } from '../../src/store/controller';
import { ManualFrames } from '../../src/store/frames';
import { emptyDraft } from '../../src/store/injects';
import { cli, peacemesh, ROOT } from './peacemesh';

const DRILL_FILE = 'tests/fixtures/app-decision-drill.yaml';
const DRILL = readFileSync(join(ROOT, DRILL_FILE), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'peacemesh-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hashOf = (stdout: string): string => (JSON.parse(stdout) as { hash: string }).hash;
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A run played in the app to its end: a live inject, the decision point answered "push". */
async function appRun(): Promise<{ exported: string; hash: string }> {
  const store = createAppStore();
  const c = new RunController(store, {
    core,
    frames: new ManualFrames(),
    storage: null,
    scenarios: [{ file: 'decision-drill.yaml', load: () => Promise.resolve(DRILL) }],
    autosaveDelay: 0,
    checkpointEvery: 5,
  });
  await c.start();
  await c.seekTime(200);
  const pushed = await c.pushInject({
    ...emptyDraft('information'),
    from: 'joc',
    to: ['hc', 'ocha'],
    summary: 'armed group seen near the eastern road',
    text: 'JOC duty officer phones: armed group seen near the eastern road.',
  });
  expect(pushed.ok).toBe(true);
  await c.seekTime(600);
  expect(store.getState().status).toBe('awaiting-decision');
  c.choose('push');
  await c.seekTime(24 * 60);
  expect(store.getState().status).toBe('finished');
  const hash = core.hashText(JSON.stringify(store.getState().log));
  const exported = c.exportRun()!.text;
  c.destroy();
  return { exported, hash };
}

/**
 * An exercise hosted in-process: HC held by a player seat who declines the escort doctrine
 * would approve, a live inject staged by EXCON, the decision point answered, run to its end.
 */
function exercise(): Exercise {
  let seq = 0;
  const entry = (kind: string, body: Record<string, unknown>) => ({
    exercise: 'drill-1',
    seq: seq++,
    kind,
    body,
    at: '2026-11-27T09:00:00.000Z',
  });
  const ex = new Exercise(
    entry('create', {
      scenario: DRILL,
      file: 'app-decision-drill.yaml',
      seed: 4,
      excon: { id: 'excon', token: 'excon-token' },
    }),
  );
  let n = 0;
  const ids = { next: (prefix: string) => `${prefix}-${++n}`, token: () => `token-${++n}` };
  const send = (msg: Parameters<Exercise['command']>[1]) => {
    for (const d of ex.command(ex.seats.get('excon')!, msg, ids)) {
      const e = entry(d.kind, d.body);
      if (d.applied) ex.record(e);
      else ex.apply(e);
    }
  };
  send({ type: 'seat.create', role: 'player', name: 'HC', actors: ['hc'] });
  send({ type: 'start' });
  send({
    type: 'inject.stage',
    text: 'Roadblock reported on the eastern road.',
    event: { type: 'information', id: 'live-1', from: 'joc', to: ['hc'], summary: 'roadblock' },
    at: 150,
  });
  let played = 0;
  for (let guard = 0; ex.sim.status !== 'finished' && guard < 200; guard++) {
    const question = ex.sim.question;
    if (question) {
      const other = question.options.find((o) => o.id !== question.doctrine);
      played++;
      send({ type: 'play', key: question.key, option: other?.id ?? question.doctrine });
    } else if (ex.sim.awaiting) {
      send({ type: 'decide', decision: ex.sim.awaiting.id, option: 'push' });
    } else send({ type: 'move', move: { to: 'time', time: 24 * 60 } });
  }
  expect(ex.sim.status).toBe('finished');
  expect(played).toBeGreaterThan(0);
  return ex;
}

describe('peacemesh run --inputs', () => {
  it("replays a run exported by the app: the app's log hash", async () => {
    const { exported, hash } = await appRun();
    const file = write('drill.peacemesh-run.json', exported);
    const replayed = await cli(['run', DRILL_FILE, '--inputs', file, '--json']);
    expect(replayed.stderr).toBe('');
    expect(replayed.code).toBe(0);
    expect(hashOf(replayed.stdout)).toBe(hash);
    // Without the inputs the run is another one: the test can fail.
    const plain = await cli(['run', DRILL_FILE, '--json']);
    expect(hashOf(plain.stdout)).not.toBe(hash);
  });

  it("replays an exercise package, played decisions and live injects included: the exercise's hash", async () => {
    const ex = exercise();
    const pkg = exportPackage(ex);
    const file = write('drill-1.peacemesh.json', JSON.stringify(pkg));
    // Structure and seed come from the package; the real executable, as a trainer runs it.
    const replayed = await peacemesh(['run', DRILL_FILE, '--inputs', file]);
    expect(replayed.stderr).toBe('');
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toContain(`log hash ${pkg.hash} `);
    expect(replayed.stdout).toContain('(played) decides');
    expect(replayed.stdout).toContain('live inject: Roadblock reported on the eastern road.');
  });

  it('takes a plain { decisions, injects } document, and --decide over it', async () => {
    const sim = new core.Simulation(
      (core.loadScenario(DRILL, 'd.yaml') as { scenario: core.Scenario }).scenario,
      { seed: 2, inputs: { decisions: { 'second-convoy': 'wait' } } },
    ).run();
    const file = write(
      'plain.json',
      JSON.stringify({ decisions: { 'second-convoy': 'push' }, seed: 2 }),
    );
    const overridden = await cli([
      'run',
      DRILL_FILE,
      '--inputs',
      file,
      '--decide',
      'second-convoy=wait',
      '--json',
    ]);
    expect(overridden.code).toBe(0);
    expect(hashOf(overridden.stdout)).toBe(core.hashText(JSON.stringify(sim.log)));
  });
});

describe('bad decisions and inputs', () => {
  it('--decide: an unknown decision point or option lists the valid ones', async () => {
    const point = await cli(['run', DRILL_FILE, '--decide', 'second-convoi=push']);
    expect(point.code).toBe(1);
    expect(point.stderr).toBe(
      '--decide second-convoi=push: no decision point "second-convoi" in this scenario; did you mean "second-convoy"? decision points: second-convoy\n',
    );
    const option = await cli(['run', DRILL_FILE, '--decide', 'second-convoy=pusj']);
    expect(option.stderr).toBe(
      '--decide second-convoy=pusj: decision point "second-convoy" has no option "pusj"; did you mean "push"? options: wait, push\n',
    );
    const usage = await cli(['run', DRILL_FILE, '--decide', 'push']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Expected ID=OPTION');
  });

  it('--inputs: each bad id or inject is located in the file', async () => {
    const file = write(
      'bad.json',
      '{\n  "decisions": {\n    "second-convoy": "wiat"\n  },\n  "injects": [\n    { "at": 60, "text": "x", "event": { "type": "information", "id": "i1", "from": "nobody", "to": ["hc"], "summary": "s" } }\n  ]\n}\n',
    );
    const result = await cli(['run', DRILL_FILE, '--inputs', file]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      `${file}:3:5: decision point "second-convoy" has no option "wiat"; did you mean "wait"? options: wait, push`,
      `${file}:6:39: live inject 1 names the actor "nobody", which this scenario does not have`,
      '',
    ]);
  });

  it('--inputs: not inputs, or inputs of another scenario, in a sentence', async () => {
    const other = write('other.json', JSON.stringify(JSON.parse((await appRun()).exported)));
    const wrong = await cli(['run', 'tests/fixtures/escort-drill.yaml', '--inputs', other]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('these inputs were recorded on the scenario "decision-drill"');
    const junk = await cli(['run', DRILL_FILE, '--inputs', write('junk.json', '[1, 2]')]);
    expect(junk.stderr).toContain('not run inputs: expected a run exported by the app');
  });
});
