// The sweep grammar: how a path finds values in a scenario, what values mean, and the
// errors a planner gets for a wrong path (each names what exists instead).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPARE_DRILL_YAML } from '../../../tests/fixtures/compare-drill';
import { scenarioSchema } from '../scenario/schema';
import {
  applyAssignments,
  parsePath,
  parseSweep,
  parseValue,
  splitValues,
  SweepError,
  sweepPoints,
  type Assignment,
} from './sweep';
import { problemText, refusal } from '../../i18n/testing';

const RAW = parse(COMPARE_DRILL_YAML) as {
  actors: Array<Record<string, unknown>>;
  structures: Array<{
    id: string;
    links: Array<Record<string, unknown>>;
    meetings?: Array<Record<string, unknown>>;
  }>;
  injects: Array<{ event: Record<string, unknown> }>;
};

const apply = (path: string, value: string) =>
  applyAssignments(RAW, scenarioSchema, [{ path, value }]) as typeof RAW;
const error = (path: string, value = '1'): string => {
  try {
    apply(path, value);
  } catch (e) {
    if (e instanceof SweepError) return problemText(e.problem);
    throw e;
  }
  throw new Error(`expected a SweepError for ${path}`);
};

describe('reading a sweep argument', () => {
  it('splits path and values', () => {
    expect(parseSweep('actors.bn.teams=1,2,3')).toEqual({
      path: 'actors.bn.teams',
      values: ['1', '2', '3'],
    });
    expect(parseSweep(' structures.hub.links[ocha>hc].latency = 30m, 1h ,2h')).toEqual({
      path: 'structures.hub.links[ocha>hc].latency',
      values: ['30m', '1h', '2h'],
    });
  });

  it('keeps commas inside brackets and quotes', () => {
    expect(splitValues('[bn, fpu],[bn],"a,b"')).toEqual(['[bn, fpu]', '[bn]', '"a,b"']);
  });

  it.each([
    ['actors.bn.teams', /path=value1,value2/],
    ['=1,2', /path=value1,value2/],
    ['actors.bn.teams=', /needs a comma-separated list/],
    ['actors.bn.teams=1,,2', /none empty/],
    ['actors..teams=1', /empty step/],
    ['actors.bn.teams.=1', /empty step/],
    ['actors[bn.teams=1', /cannot read the step "actors\[bn.teams" of the path/],
  ])('rejects %s', (text, message) => {
    expect(() => parseSweep(text)).toThrow(SweepError);
    expect(refusal(() => parseSweep(text))).toMatch(message);
  });

  it('reads paths: name[sel] is name.sel', () => {
    expect(parsePath('structures.hub.links[ocha>hc].latency')).toEqual([
      'structures',
      'hub',
      'links',
      'ocha>hc',
      'latency',
    ]);
    expect(parsePath('structures.hub.links.ocha>hc.latency')).toEqual(
      parsePath('structures.hub.links[ocha>hc].latency'),
    );
    expect(parsePath('injects[*].event.threshold')).toEqual(['injects', '*', 'event', 'threshold']);
  });

  it('reads values as the YAML file would', () => {
    expect(parseValue('30m')).toBe('30m');
    expect(parseValue('0.7')).toBe(0.7);
    expect(parseValue('3')).toBe(3);
    expect(parseValue('true')).toBe(true);
    expect(parseValue('T+06:30')).toBe('T+06:30');
    expect(parseValue('[bn, fpu]')).toEqual(['bn', 'fpu']);
  });

  it('crosses sweeps, the first varying slowest', () => {
    const points = sweepPoints([
      { path: 'a', values: ['1', '2'] },
      { path: 'b', values: ['x', 'y', 'z'] },
    ]);
    const show = (p: Assignment[]) => p.map((a) => `${a.path}=${a.value}`).join(' ');
    expect(points.map(show)).toEqual([
      'a=1 b=x',
      'a=1 b=y',
      'a=1 b=z',
      'a=2 b=x',
      'a=2 b=y',
      'a=2 b=z',
    ]);
    expect(sweepPoints([])).toEqual([[]]);
  });
});

describe('applying a path', () => {
  it('a link by "from>to", and by the other direction when it is two-way', () => {
    expect(
      apply('structures.hub.links[ocha>hc].latency', '2h').structures[0]!.links[1]!['latency'],
    ).toBe('2h');
    expect(
      apply('structures.hub.links[hc>ocha].latency', '2h').structures[0]!.links[1]!['latency'],
    ).toBe('2h');
  });

  it('an actor field by the actor id; a field the file leaves to its default', () => {
    expect(apply('actors.bn.teams', '3').actors[3]!['teams']).toBe(3);
    expect(apply('actors.wfp.capacity', '5').actors[0]!['capacity']).toBe(5);
  });

  it('"*" applies to every item that has the field, skipping those that do not', () => {
    const out = apply('structures.*.meetings.cmcoord-forum.every', '24h');
    expect(out.structures[0]!.meetings![0]!['every']).toBe('24h');
    expect(out.structures[1]!.meetings).toBeUndefined();
    // Only the handover event has a threshold; the escort request is left alone.
    const t = apply('injects.*.event.threshold', '0.6');
    expect(t.injects[1]!.event['threshold']).toBe(0.6);
    expect(t.injects[0]!.event).not.toHaveProperty('threshold');
  });

  it('an inject by serial or by its event id', () => {
    expect(apply('injects.2.event.threshold', '0.5').injects[1]!.event['threshold']).toBe(0.5);
    expect(
      apply('injects.east-handover.event.threshold', '0.5').injects[1]!.event['threshold'],
    ).toBe(0.5);
  });

  it('leaves its input untouched', () => {
    const before = JSON.stringify(RAW);
    apply('actors.bn.teams', '3');
    expect(JSON.stringify(RAW)).toBe(before);
  });
});

describe('errors name what exists', () => {
  it('an unknown top-level field lists the fields', () => {
    expect(error('actor.bn.teams')).toMatch(
      /the scenario has no field "actor"; its fields are .*"actors"/,
    );
  });

  it('an unknown item lists the items', () => {
    expect(error('actors.bn-east.teams')).toBe(
      'sweep "actors.bn-east.teams": actors has no item "bn-east"; it has "wfp", "ocha", "hc", "bn", "joc" (or "*" for all)',
    );
    expect(error('structures.hub.links[ocha>hx].latency', '1h')).toMatch(
      /structures\.hub\.links has no item "ocha>hx"; it has "wfp>ocha", "ocha>hc", "ocha>bn", "hc>joc", "joc>bn"/,
    );
  });

  it('an unknown field lists the fields of that block', () => {
    expect(error('actors.bn.team')).toMatch(
      /actors\.bn has no field "team"; its fields are .*"teams"/,
    );
    expect(error('injects.1.event.threshold', '0.5')).toMatch(
      /injects\.1\.event has no field "threshold"; its fields are .*"hostStateUnable"/,
    );
  });

  it('a wildcard that matches nothing says so, with the first reason', () => {
    expect(error('structures.*.meetings.weekly.every', '24h')).toMatch(
      /no item of structures has meetings\.weekly\.every \(first item: structures\.hub\.meetings has no item "weekly"/,
    );
  });

  it('a list of plain values is set whole, not entered', () => {
    expect(error('structures.hub.authority.escortProviders.bn')).toMatch(
      /is a list of values.*set it whole/,
    );
  });

  it('a path must end at a value, and may not go past one', () => {
    expect(error('structures.hub.authority')).toMatch(
      /structures\.hub\.authority is a whole block; name one of its fields/,
    );
    expect(error('actors.bn.teams.more')).toMatch(/actors\.bn\.teams is a value, not a block/);
  });

  it('a block missing from the file is not invented', () => {
    expect(error('actors.bn.readiness.certified', '0.5')).toMatch(
      /actors\.bn has no "readiness" written in the file/,
    );
  });
});
