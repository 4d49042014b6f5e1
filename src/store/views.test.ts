// View-model helpers: context in words, compact state lists, the saved-run checks.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as core from '../core/index.ts';
import * as words from '../i18n/index.ts';
import { bindWords } from './logText';
import { checkSavedRun, parseRunFile } from './persist';
import { buildEntry, buildGraphView, describeContext, labelOf, plain, stateChips } from './views';
import TOKONO from '../../scenarios/heavy-weapons-tokono.yaml?raw';

// The app binds the catalogs before any panel shows; English here.
beforeAll(() => bindWords(words));

describe('context in words', () => {
  const names = new Map([
    ['wfp', 'WFP'],
    ['bn', 'Battalion East'],
  ]);

  it('labels camelCase keys and formats plain values', () => {
    expect(labelOf('hostStateUnable')).toBe('Host state unable');
    expect(plain(true)).toBe('yes');
    expect(plain([])).toBe('none');
    expect(plain(['wfp', 'bn'], names)).toBe('WFP, Battalion East');
    expect(plain({ kind: 'other-route', works: false })).toBe('other-route (works: no)');
    expect(plain({ id: 'bn', kind: 'military', able: true }, names)).toBe(
      'Battalion East (kind: military, able: yes)',
    );
    expect(plain({ respond: true, certified: 0.64 })).toBe('respond: yes, certified: 64%');
  });

  it('renders a machine context as labelled fields with times and durations', () => {
    const fields = describeContext(
      'escort',
      {
        id: 'c1',
        convoy: 'food convoy',
        requester: 'wfp',
        providers: ['bn'],
        length: 480,
        requestedAt: 75,
        exitPlan: false,
        extraThing: 3,
      },
      core,
      names,
    );
    expect(fields).toEqual([
      { label: 'Convoy', value: 'food convoy' },
      { label: 'Requested by', value: 'WFP' },
      { label: 'Exit plan (criterion 4)', value: 'no' },
      { label: 'Escort providers', value: 'Battalion East' },
      { label: 'Movement length', value: '8h' },
      { label: 'Requested at', value: 'T+01:15' },
      { label: 'Extra thing', value: '3' },
    ]);
  });
});

describe('state chips', () => {
  it('marks the current state and keeps nested machines to the current path', () => {
    const component = stateChips(core, 'component', 'busy');
    expect(component.map((s) => [s.name, s.current])).toEqual([
      ['available', false],
      ['busy', true],
      ['overloaded', false],
    ]);
    const escort = stateChips(core, 'escort', 'requested.with decider');
    expect(escort.find((s) => s.name === 'requested')?.current).toBe(true);
    expect(escort.find((s) => s.name === 'requested.with decider')?.current).toBe(true);
    expect(escort.some((s) => s.name === 'approved.tasking provider')).toBe(false);
  });
});

describe('saved runs', () => {
  const run = {
    format: 'peacemesh-run',
    version: 1,
    savedAt: '2026-01-01T00:00:00.000Z',
    scenario: { fileName: 'x.yaml', text: 'version: 1', bundled: true },
    structure: 'hub',
    seed: 3,
    speed: 60,
    branches: [
      {
        id: 'A',
        label: 'A',
        origin: null,
        inputs: { decisions: {}, injects: [] },
        step: 4,
        time: 90,
      },
    ],
    branch: 'A',
    selected: null,
  };

  it('accepts a well-formed run and says what is wrong with others', () => {
    expect(checkSavedRun(run).ok).toBe(true);
    expect(parseRunFile('{ nope')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not JSON/),
    });
    expect(checkSavedRun({ ...run, version: 2 })).toMatchObject({
      problem: expect.stringMatching(/version 2/),
    });
    expect(checkSavedRun({ ...run, branch: 'Z' })).toMatchObject({
      problem: expect.stringMatching(/which branch/),
    });
    expect(checkSavedRun({ ...run, branches: [{ id: 'A' }] })).toMatchObject({
      problem: expect.stringMatching(/branch 1/),
    });
  });
});

describe('bundled scenarios', () => {
  it('lists scenarios/*.yaml alphabetically and opens the named default first', async () => {
    const { bundledScenarios, defaultScenario, DEFAULT_SCENARIO } = await import('./scenarios');
    const list = bundledScenarios();
    expect(list.map((s) => s.file)).toEqual([...list.map((s) => s.file)].sort());
    if (list.some((s) => s.file === DEFAULT_SCENARIO))
      expect(defaultScenario(list)?.file).toBe(DEFAULT_SCENARIO);
    expect(
      defaultScenario([
        { file: 'b.yaml', load: async () => '' },
        { file: 'a.yaml', load: async () => '' },
      ])?.file,
    ).toBe('a.yaml');
    expect(await list[0]?.load()).toMatch(/^[\s\S]*version: 1/);
  });
});

describe('graph view', () => {
  it('keeps what did not change from the previous view, and only that', () => {
    const loaded = core.loadScenario(
      readFileSync('tests/fixtures/escort-drill.yaml', 'utf8'),
      'escort-drill.yaml',
    );
    if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
    const sim = new core.Simulation(loaded.scenario, { seed: 2 });
    const first = buildGraphView(sim, sim.time, null);
    // Nothing happened: the same node array and link array, so the graph diffs nothing.
    const again = buildGraphView(sim, sim.time, null, undefined, first);
    expect(again.nodes).toBe(first.nodes);
    expect(again.links).toBe(first.links);
    // Step until an actor changes: its node is new, every other node is the same object.
    let next = again;
    while (next.nodes === first.nodes && sim.status === 'running') {
      sim.stepOnce();
      next = buildGraphView(sim, sim.time, null, undefined, first);
    }
    expect(next.nodes).not.toBe(first.nodes);
    const fresh = buildGraphView(sim, sim.time, null);
    expect(next.nodes).toEqual(fresh.nodes);
    const changed = next.nodes.filter((n, i) => n !== first.nodes[i]);
    expect(changed.length).toBeGreaterThan(0);
    for (const n of changed) expect(n).not.toEqual(first.nodes.find((m) => m.id === n.id));
    expect(next.links).toBe(first.links);
  });
});

describe('the why of a provider’s answer to an escort task', () => {
  it('shows on the provider’s own line: each rule on what it knew, and the uninformed note', () => {
    const loaded = core.loadScenario(TOKONO, 'heavy-weapons-tokono.yaml');
    if (!loaded.ok) throw new Error('the teaching scenario does not load');
    const sim = new core.Simulation(loaded.scenario, {
      structure: 'military-chain',
      seed: 1,
    }).run();
    const refused = sim.log.find((e) => e.kind === 'team.refused' && e.actor === 'bn-east')!;
    const bn = buildEntry(sim, refused.seq)!.why!;
    expect(bn.rules).toEqual([
      'a team free: yes (0 of 2 out)',
      'an escort able to hold on tokono-road (threat high as known): no (facts read: jmac-heavy-weapons)',
    ]);
    expect(bn.uninformed).toBeNull();
    const sent = sim.log.find((e) => e.kind === 'team.out' && e.actor === 'fpu-1')!;
    expect(buildEntry(sim, sent.seq)!.why!.uninformed).toContain(
      'fpu-1 accepts the escort task for wfp-tokono',
    );
  });
});
