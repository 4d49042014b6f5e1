// Comparing structures: which runs a plan makes, that results depend on the plan only (not
// on how the runs are split or ordered, which is what makes any worker count give the same
// numbers), partial results, and sweeps end to end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARE_DRILL_YAML } from '../../../tests/fixtures/compare-drill';
import { loadScenario } from '../scenario/load';
import {
  compare,
  CompareError,
  planComparison,
  runBatch,
  summarizeComparison,
  type RunResult,
} from './compare';
import { SweepError } from './sweep';
import { problemText, refusal } from '../../i18n/testing';

const TEXT = COMPARE_DRILL_YAML;
const SOURCE = { text: TEXT, file: 'compare-drill.yaml' };
const loaded = loadScenario(TEXT, 'compare-drill.yaml');
if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
const SCENARIO = loaded.scenario;

describe('planning', () => {
  it('runs every point × structure × seed, in that order', () => {
    const plan = planComparison(SCENARIO, { seeds: 3, seedStart: 10 });
    expect(plan.structures).toEqual(['hub', 'direct']);
    expect(plan.seeds).toEqual([10, 11, 12]);
    expect(plan.runs.map((r) => `${r.structure}/${r.seed}`)).toEqual([
      'hub/10',
      'hub/11',
      'hub/12',
      'direct/10',
      'direct/11',
      'direct/12',
    ]);
    expect(plan.runs.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('takes structures in the order given (the first is the reference) and exact seeds', () => {
    const plan = planComparison(SCENARIO, { structures: ['direct', 'hub'], seeds: [7, 3] });
    expect(plan.structures).toEqual(['direct', 'hub']);
    expect(plan.runs.map((r) => r.seed)).toEqual([7, 3, 7, 3]);
  });

  it('puts the default structure first when none are given', () => {
    const plan = planComparison({ ...SCENARIO, defaultStructure: 'direct' }, { seeds: 1 });
    expect(plan.structures).toEqual(['direct', 'hub']);
  });

  it.each([
    [
      { structures: ['hub', 'joc-centred'], seeds: 1 },
      /no structure "joc-centred" in scenario compare-drill; it has: hub, direct/,
    ],
    [{ structures: ['hub', 'hub'], seeds: 1 }, /structure "hub" is listed twice/],
    [{ seeds: 0 }, /number of seeds is a whole number from 1/],
    [{ seeds: [] }, /at least one seed/],
    [{ seeds: 1, metrics: ['speed' as never] }, /no metric "speed"; metrics are: escortRequests/],
  ])('refuses %o', (options, message) => {
    expect(() => planComparison(SCENARIO, options)).toThrow(CompareError);
    expect(refusal(() => planComparison(SCENARIO, options))).toMatch(message);
  });
});

describe('results', () => {
  const full = compare(SCENARIO, { seeds: 6 });

  it('has one result per run and a summary per structure and metric', () => {
    expect(full.runs).toHaveLength(12);
    expect(full.partial).toBe(false);
    expect(full.completed).toBe(12);
    const sent = full.summaries.filter((s) => s.metric === 'messagesSent');
    expect(sent.map((s) => s.structure)).toEqual(['hub', 'direct']);
    expect(sent[0]!.difference).toBeNull();
    expect(sent[1]!.summary.n).toBe(6);
  });

  it('does not depend on how runs are split into batches or in what order they finish', () => {
    const plan = planComparison(SCENARIO, { seeds: 6 });
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...plan.runs], { minLength: plan.runs.length }),
        fc.integer({ min: 1, max: 12 }),
        (order, size) => {
          const results: RunResult[] = [];
          for (let i = 0; i < order.length; i += size)
            results.push(...runBatch(plan, order.slice(i, i + size)).reverse());
          expect(JSON.stringify(summarizeComparison(plan, results))).toBe(JSON.stringify(full));
        },
      ),
      { numRuns: 8 },
    );
  });

  it('the same seed gives the same run whatever else is in the comparison', () => {
    const alone = compare(SCENARIO, { structures: ['direct'], seeds: [4] });
    const run = full.runs.find((r) => r.structure === 'direct' && r.seed === 4)!;
    expect(alone.runs[0]!.metrics).toEqual(run.metrics);
  });

  it('stops when asked and says the result is partial', () => {
    const signal = { aborted: false };
    const seen: number[] = [];
    const stopped = compare(SCENARIO, {
      seeds: 6,
      signal,
      onProgress: (done, total) => {
        seen.push(done);
        expect(total).toBe(12);
        if (done === 5) signal.aborted = true;
      },
    });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(stopped).toMatchObject({ partial: true, completed: 5, planned: 12 });
    // Direct has no finished run: its summaries have n = 0 and no difference.
    const direct = stopped.summaries.find(
      (s) => s.structure === 'direct' && s.metric === 'messagesSent',
    )!;
    expect(direct.summary.n).toBe(0);
    expect(direct.difference).toBeNull();
  });

  it('shows the difference the scenario is written for: direct liaison decides sooner', () => {
    const r = compare(SCENARIO, { seeds: 30, metrics: ['decisionTimeMean'] });
    expect(r.summaries).toHaveLength(2);
    const direct = r.summaries[1]!;
    expect(direct.structure).toBe('direct');
    expect(direct.difference!.high).toBeLessThan(0);
  });
});

describe('sweeps', () => {
  it('runs each value as its own point, under every structure', () => {
    const r = compare(SCENARIO, {
      seeds: 4,
      source: SOURCE,
      sweeps: [{ path: 'structures.hub.links[ocha>hc].latency', values: ['30m', '4h'] }],
      metrics: ['decisionTimeMean'],
    });
    expect(r.points.map((p) => p.label)).toEqual([
      'links[ocha>hc].latency=30m',
      'links[ocha>hc].latency=4h',
    ]);
    expect(r.runs).toHaveLength(16);
    const hub = r.summaries.filter((s) => s.structure === 'hub').map((s) => s.summary.mean!);
    // Slower by less than the 3h30m added: past some latency, messages go round via bn and joc.
    expect(hub[1]! - hub[0]!).toBeGreaterThan(30);
    expect(hub[1]! - hub[0]!).toBeLessThan(210);
    // Direct does not use that link: the same numbers at both points.
    const direct = r.summaries.filter((s) => s.structure === 'direct').map((s) => s.summary.mean);
    expect(direct[0]).toBe(direct[1]);
  });

  it('crosses several sweeps', () => {
    const plan = planComparison(SCENARIO, {
      seeds: 1,
      source: SOURCE,
      sweeps: [
        { path: 'actors.bn.teams', values: ['0', '1', '2'] },
        { path: 'injects.*.event.threshold', values: ['0.7', '0.9'] },
      ],
    });
    expect(plan.points.map((p) => p.label)).toEqual([
      'bn.teams=0, event.threshold=0.7',
      'bn.teams=0, event.threshold=0.9',
      'bn.teams=1, event.threshold=0.7',
      'bn.teams=1, event.threshold=0.9',
      'bn.teams=2, event.threshold=0.7',
      'bn.teams=2, event.threshold=0.9',
    ]);
    expect(plan.points[4]!.scenario.actors.find((a) => a.id === 'bn')!.teams).toBe(2);
    expect(plan.runs).toHaveLength(12);
  });

  it('reads units as the file does', () => {
    const plan = planComparison(SCENARIO, {
      seeds: 1,
      source: SOURCE,
      sweeps: [{ path: 'structures.*.meetings.cmcoord-forum.every', values: ['12h', '1d'] }],
    });
    expect(plan.points.map((p) => p.scenario.structures[0]!.meetings[0]!.every)).toEqual([
      720, 1440,
    ]);
  });

  it.each([
    [
      'actors.bn.teams',
      ['1.5'],
      /with actors\.bn\.teams=1\.5 the scenario is not valid: "teams" must be a whole number/,
    ],
    ['injects.*.event.threshold', ['2'], /"threshold" must be between 0 and 1/],
    [
      'structures.*.meetings.cmcoord-forum.every',
      ['often'],
      /"every" must be a duration, like "45m"/,
    ],
    [
      'structures.hub.authority.escortDecision',
      ['nobody'],
      /unknown actor "nobody" in "escortDecision"; known actors: wfp/,
    ],
  ])('reports an invalid value for %s clearly', (path, values, message) => {
    expect(() =>
      planComparison(SCENARIO, { seeds: 1, source: SOURCE, sweeps: [{ path, values }] }),
    ).toThrow(SweepError);
    expect(
      refusal(() =>
        planComparison(SCENARIO, {
          seeds: 1,
          source: SOURCE,
          sweeps: [{ path, values }],
          describe: problemText,
        }),
      ),
    ).toMatch(message);
  });

  /** Line and column (1-based) where `find` starts on the first line of the drill holding `on`. */
  const where = (on: string, find: string) => {
    const lines = TEXT.split('\n');
    const line = lines.findIndex((l) => l.includes(on));
    return { file: 'compare-drill.yaml', line: line + 1, col: lines[line]!.indexOf(find) + 1 };
  };

  it.each([
    ['actors.bn.teams', '1.5', where('id: bn,', '1 }')],
    ['injects.*.event.threshold', '2', where('threshold: 0.8', '0.8')],
    ['structures.hub.authority.escortDecision', 'nobody', where('escortDecision: hc', 'hc')],
    // A value the file leaves to its default: the block that would hold it.
    ['structures.hub.links[ocha>hc].capacity', '0', where('{ from: ocha, to: hc', '{')],
  ])('locates an invalid value for %s=%s where it goes in the file', (path, value, at) => {
    let error: unknown;
    try {
      planComparison(SCENARIO, {
        seeds: 1,
        source: SOURCE,
        sweeps: [{ path, values: [value] }],
        describe: problemText,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SweepError);
    const sweep = error as SweepError;
    expect(sweep.at).toEqual(at);
    // The library's message (the problem as data) and the edges' words, both located.
    expect(sweep.message).toMatch(
      new RegExp(`^compare-drill\\.yaml:${at.line}:${at.col}: problem\\.compare\\.sweep-invalid`),
    );
    expect(sweep.text(problemText)).toMatch(
      new RegExp(
        `^compare-drill\\.yaml:${at.line}:${at.col}: with ${path.replace(/[.*[\]]/g, '\\$&')}=${value} the scenario is not valid: `,
      ),
    );
    // Not the position in the text written for the loader.
    expect(sweep.text(problemText)).not.toMatch(/\d+:\d+: .*\d+:\d+: /);
  });

  it('locates each problem of a value the loader refuses in several places, a line each', () => {
    // `*` puts `handling` in every actor: where ocha, hc and joc write theirs, and at the block
    // of wfp and bn, which leave it to its default.
    const each = [
      where('id: wfp,', '{'),
      where('id: ocha,', 'handling: '),
      where('id: hc,', 'handling: '),
      where('id: bn,', '{'),
      where('id: joc,', 'handling: '),
    ].map((at, i) => ([1, 2, 4].includes(i) ? { ...at, col: at.col + 'handling: '.length } : at));
    let error: unknown;
    try {
      planComparison(SCENARIO, {
        seeds: 1,
        source: SOURCE,
        sweeps: [{ path: 'actors.*.handling', values: ['soon'] }],
        describe: problemText,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SweepError);
    const sweep = error as SweepError;
    expect(sweep.problems.map((p) => p.at)).toEqual(each);
    expect(sweep.at).toEqual(each[0]);
    const lines = sweep.text(problemText).split('\n');
    expect(lines).toHaveLength(5);
    for (const [i, at] of each.entries())
      expect(lines[i]).toMatch(
        new RegExp(
          `^compare-drill\\.yaml:${at.line}:${at.col}: with actors\\.\\*\\.handling=soon the scenario is not valid: [^;]*"handling"`,
        ),
      );
    // The library's message too: a located line each.
    expect(sweep.message.split('\n').map((l) => /^[^:]+:\d+:\d+: /.exec(l)?.[0])).toEqual(
      each.map((at) => `compare-drill.yaml:${at.line}:${at.col}: `),
    );
  });

  it('needs the scenario as written, and each path once', () => {
    const sweep = { path: 'actors.bn.teams', values: ['1'] };
    expect(refusal(() => planComparison(SCENARIO, { seeds: 1, sweeps: [sweep] }))).toMatch(
      /needs the scenario as written/,
    );
    expect(
      refusal(() => planComparison(SCENARIO, { seeds: 1, source: SOURCE, sweeps: [sweep, sweep] })),
    ).toMatch(/given twice/);
  });
});
