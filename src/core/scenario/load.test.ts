/// <reference types="vite/client" />
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatError,
  loadScenario as loadWithOptions,
  loadScenarioBytes as loadBytesWithOptions,
  MAX_SCENARIO_BYTES,
  type LoadOptions,
  type LoadResult,
  type ScenarioError,
} from './load';
import minimal from '../../../tests/fixtures/minimal.yaml?raw';
import { problemText } from '../../i18n/testing';

// Problems are data the catalogs word: these tests read them in English.
const loadScenario = (text: string, file: string, options: LoadOptions = {}) =>
  loadWithOptions(text, file, { describe: problemText, ...options });
const loadScenarioBytes = (bytes: Uint8Array, file: string) =>
  loadBytesWithOptions(bytes, file, { describe: problemText });

// A small valid scenario; each case below changes one thing. The assertions name its line and
// column numbers, so keep this text as it is.
const BASE = `version: 1
id: drill
title: Drill
summary: A small drill.
duration: 72h
objectives:
  - id: lo-escort
    text: Apply the IASC criteria.
actors:
  - { id: wfp, kind: humanitarian, role: UN agency, name: WFP }
  - { id: hc, kind: humanitarian, role: HC, name: Humanitarian Coordinator }
  - { id: bn, kind: military, role: battalion, name: Battalion East, teams: 1 }
  - { id: joc, kind: civilian, role: JOC, name: JOC }
areas:
  - { id: east, name: Eastern district, lead: bn }
structures:
  - id: hub
    name: Hub
    links:
      - { from: wfp, to: hc, channel: liaison, latency: 30m }
      - { from: hc, to: joc, channel: radio, latency: 5m }
      - { from: joc, to: bn, channel: radio, latency: 5m }
    meetings:
      - id: hct
        name: HCT
        chair: hc
        invitees: [wfp, joc]
        first: T+02:00
        every: 24h
    authority:
      escortDecision: hc
      escortProviders: [bn]
      situationalAwareness: joc
      pocResponse: joc
      pocResponders: [bn]
      handoverDecision: joc
defaultStructure: hub
injects:
  - serial: 1
    at: T+01:00
    text: WFP asks for an escort.
    objective: lo-escort
    event:
      type: escort-request
      id: convoy-1
      requester: wfp
      convoy: food convoy
      area: east
      need: life-saving
      hostStateUnable: true
      escortCredible: 0.8
      exitPlan: true
  - serial: 2
    when: { on: escort.declined, ref: convoy-1, delay: 1h }
    text: WFP asks why.
    event: { type: information, id: why, from: wfp, to: [hc], summary: Why? }
decisions:
  - id: escort-or-not
    at: T+03:00
    by: hc
    prompt: Approve the escort?
    options:
      - { id: approve, label: Approve }
      - { id: decline, label: Decline }
    default: decline
`;

/** BASE with `from` (which must occur exactly once) replaced by `to`. */
function edit(from: string, to: string, text = BASE): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`edit: ${from} must occur once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function errorsOf(result: LoadResult): ScenarioError[] {
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.errors;
}

/** The only error for `text`. */
function onlyError(text: string): ScenarioError {
  const errors = errorsOf(loadScenario(text, 'drill.yaml', { describe: problemText }));
  expect(errors.map(formatError)).toHaveLength(1);
  return errors[0] as ScenarioError;
}

function expectError(e: ScenarioError, line: number, col: number, ...words: string[]) {
  expect({ line: e.line, col: e.col }, e.message).toEqual({ line, col });
  for (const w of words) expect(e.message).toContain(w);
}

describe('loadScenario: a valid scenario', () => {
  it('loads tests/fixtures/minimal.yaml, which points editors at the JSON Schema', () => {
    const result = loadScenario(minimal, 'tests/fixtures/minimal.yaml');
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    expect(minimal.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schema/scenario.schema.json',
    );
  });

  it('loads, with durations and times in minutes and defaults filled in', () => {
    const result = loadScenario(BASE, 'drill.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { scenario } = result;
    expect(scenario.duration).toBe(72 * 60);
    expect(scenario.actors[0]).toMatchObject({ id: 'wfp', capacity: 3, handling: 20, teams: 0 });
    expect(scenario.structures[0]?.meetings[0]).toMatchObject({
      first: 120,
      every: 1440,
      length: 60,
    });
    expect(scenario.injects[1]?.when).toEqual({
      on: 'escort.declined',
      ref: 'convoy-1',
      delay: 60,
    });
  });

  it('formats an error as file:line:col: message', () => {
    expect(formatError({ file: 'a.yaml', line: 3, col: 7, message: 'wrong' })).toBe(
      'a.yaml:3:7: wrong',
    );
  });
});

describe('loadScenario: YAML problems', () => {
  it('points a never-closed quote at where it opens', () => {
    const e = onlyError(edit('summary: A small drill.', 'summary: "A small drill.'));
    expectError(e, 4, 10, 'quoted text is never closed', 'add the closing "');
  });

  it('points a never-closed flow mapping at its "{"', () => {
    const e = onlyError(edit('lead: bn }', 'lead: bn'));
    expectError(e, 15, 5, '"{" is never closed', 'add "}"');
  });

  it('explains "key: value" inside a plain value', () => {
    const e = onlyError(
      edit('text: Apply the IASC criteria.', 'text: Note: apply the IASC criteria.'),
    );
    expectError(e, 8, 11, 'put the whole text in quotes');
  });

  it('reports a duplicate key at the second one, naming the line of the first', () => {
    const e = onlyError(edit('title: Drill\n', 'title: Drill\ntitle: Drill again\n'));
    expectError(e, 4, 1, 'duplicate key "title"', 'line 3');
  });

  it('refuses tabs used for indentation', () => {
    const errors = errorsOf(
      loadScenario(edit('  - id: lo-escort', '\t- id: lo-escort'), 'drill.yaml'),
    );
    expectError(errors[0] as ScenarioError, 7, 1, 'tab', 'spaces');
  });

  it('refuses a second document', () => {
    const e = onlyError(`${BASE}---\nversion: 1\n`);
    expectError(e, 66, 1, 'one YAML document', '---');
  });

  it('refuses a list used as a key', () => {
    const e = onlyError(edit('title: Drill\n', 'title: Drill\n[a, b]: x\n'));
    expectError(e, 4, 1, 'a key must be a single word or text');
  });

  it('refuses an alias to no anchor', () => {
    const e = onlyError(edit('lead: bn }', 'lead: *bn }'));
    expectError(e, 15, 47, '*bn refers to no anchor');
  });

  it('stops listing a cascade of YAML errors after 20 lines', () => {
    // A stray indent breaks the structure: YAML finds fault with every later line.
    const errors = errorsOf(loadScenario(edit('name: WFP }', 'name: WFP\n}'), 'drill.yaml'));
    expectError(errors[0] as ScenarioError, 10, 5, '"{" is never closed');
    expect(errors).toHaveLength(21);
    expect(errors.at(-1)?.message).toMatch(/^and \d+ more lines with YAML errors/);
  });

  it('reports every syntax error, in order', () => {
    const text = edit(
      'title: Drill\n',
      'title: Drill\ntitle: Again\n',
      edit('lead: bn }', 'lead: bn'),
    );
    const errors = errorsOf(loadScenario(text, 'drill.yaml'));
    expect(errors.map((e) => [e.line, e.col])).toEqual([
      [4, 1],
      [16, 5],
    ]);
  });
});

describe('loadScenario: whole-file problems', () => {
  it.each(['', '   \n', '# just a comment\n# and another\n'])(
    'calls %j empty and says how to start',
    (text) => {
      const e = onlyError(text);
      expectError(e, 1, 1, 'the file is empty', 'version: 1');
    },
  );

  it('refuses a top-level list', () => {
    const e = onlyError('# scenario\n- version: 1\n- id: drill\n');
    expectError(e, 2, 1, 'a scenario is a mapping', 'holds a list');
  });

  it('refuses a lone value', () => {
    const e = onlyError('hello\n');
    expectError(e, 1, 1, 'a scenario is a mapping', '"hello"');
  });

  it('refuses a binary file, at the first NUL byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('version: 1\nid: x'), 0, 1, 2]);
    const [e] = errorsOf(loadScenarioBytes(bytes, 'drill.png'));
    expect(e).toEqual({
      file: 'drill.png',
      line: 2,
      col: 6,
      message: expect.stringContaining('not a text file') as unknown as string,
      problem: { kind: 'problem.file.binary', params: {} },
    });
  });

  it('refuses text that is not UTF-8, at the first bad byte', () => {
    // "é" in Latin-1 is the lone byte 0xE9.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('version: 1\ntitle: Caf'),
      0xe9,
      0x0a,
    ]);
    const [e] = errorsOf(loadScenarioBytes(bytes, 'drill.yaml'));
    expectError(e as ScenarioError, 2, 11, 'not UTF-8', 'save it as UTF-8');
  });

  it('asks for UTF-8 when given UTF-16', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x76, 0, 0x3a, 0]); // "v:" in UTF-16LE
    const [e] = errorsOf(loadScenarioBytes(bytes, 'drill.yaml'));
    expectError(e as ScenarioError, 1, 1, 'UTF-16', 'save it as UTF-8');
  });

  it('reads UTF-8 bytes, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(edit('title: Drill', 'title: Drill à Tokono'));
    expect(loadScenarioBytes(bytes, 'drill.yaml').ok).toBe(true);
    expect(loadScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'drill.yaml').ok).toBe(
      true,
    );
  });

  it('refuses an oversize file before parsing it', () => {
    const bytes = new Uint8Array(MAX_SCENARIO_BYTES + 1).fill(0x23); // all "#"
    const [e] = errorsOf(loadScenarioBytes(bytes, 'huge.yaml'));
    expectError(e as ScenarioError, 1, 1, 'too large', '1.0 MiB');
    const [t] = errorsOf(loadScenario('#'.repeat(MAX_SCENARIO_BYTES + 1), 'huge.yaml'));
    expectError(t as ScenarioError, 1, 1, 'too large');
  });
});

describe('loadScenario: schema problems, in trainer language', () => {
  it('wrong type: says what would be right and what was written', () => {
    const e = onlyError(edit('teams: 1 }', 'teams: three }'));
    expectError(e, 12, 77, '"teams" must be a whole number, like 3 (got "three")');
  });

  it('unknown key: points at the key and suggests the closest known one', () => {
    const e = onlyError(edit('latency: 30m }', 'latncy: 30m }'));
    expectError(
      e,
      20,
      48,
      'unknown key "latncy"',
      'did you mean "latency"?',
      'known keys:',
      '"jitter"',
    );
  });

  it('unknown key with no close match: lists the known keys', () => {
    const e = onlyError(edit('title: Drill\n', 'title: Drill\ncolour: blue\n'));
    expectError(e, 4, 1, 'unknown key "colour" in this scenario; known keys: "version"');
    expect(e.message).not.toContain('did you mean');
  });

  it('missing field: names it and explains it from the schema', () => {
    const e = onlyError(edit('        chair: hc\n', ''));
    expectError(
      e,
      24,
      9,
      'missing "chair" in this meeting',
      'the actor who convenes and chairs the meeting',
    );
  });

  it('missing field that needs a format: says how to write it', () => {
    const e = onlyError(edit('to: joc, channel: radio, latency: 5m', 'to: joc, channel: radio'));
    expectError(e, 21, 9, 'missing "latency" in this link', 'write a duration, like "45m"');
  });

  it('empty value: says it is empty', () => {
    const e = onlyError(edit('name: WFP }', 'name: }'));
    expectError(e, 10, 53, '"name" is empty', 'the name shown to trainees');
  });

  it('bad enum value: lists the allowed values and suggests one', () => {
    const e = onlyError(edit('kind: military', 'kind: militray'));
    expectError(
      e,
      12,
      21,
      '"kind" must be one of "military", "police", "humanitarian", "civilian", "host-police"',
    );
    expect(e.message).toContain('(got "militray"); did you mean "military"?');
  });

  it('a misspelt mark in a conditional inject is located, with the mark meant', () => {
    const e = onlyError(edit('on: escort.declined', 'on: escort.decline'));
    expect(e.line).toBe(54);
    expect(e.message).toContain(
      'unknown log mark "escort.decline" in "on"; did you mean "escort.declined"?',
    );
    // The marks of its family, all of them: what the run writes about escorts.
    expect(e.message).toContain('escort.requested, escort.alternative');
    expect(e.message).toContain('escort.stalled');
    expect(e.message).not.toContain('meeting.held');
  });

  it("in French, schema problems use zod's French messages, naming the field", () => {
    const result = loadScenario(BASE.replace('kind: military', 'kind: militray'), 'f.yaml', {
      language: 'fr',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 12,
        col: 21,
        message: expect.stringMatching(/^« kind » : Option invalide : une valeur parmi "military"/),
      }),
    ]);
  });

  it('bad duration: shows the accepted forms', () => {
    const e = onlyError(edit('every: 24h', 'every: daily'));
    expectError(
      e,
      29,
      16,
      '"every" must be a duration, like "45m", "2h", "1h30m" or "3d" (got "daily")',
    );
  });

  it('a duration without a unit: asks for one', () => {
    const e = onlyError(edit('latency: 30m }', 'latency: 30 }'));
    expectError(e, 20, 57, '"latency" must be a duration', '(got 30); add a unit, like "30m"');
  });

  it('bad time: shows the T+hh:mm form and the likely fix', () => {
    const e = onlyError(edit('at: T+01:00', 'at: 01:00'));
    expectError(e, 40, 9, '"at" must be a time "T+hh:mm"', '(got "01:00"); write "T+01:00"');
  });

  it('bad id: explains ids and offers one', () => {
    const e = onlyError(edit('id: drill', 'id: Sector East Drill'));
    expectError(e, 2, 5, '"id" is not a valid id', 'lower-case', 'try "sector-east-drill"');
  });

  it('yes/no instead of true/false', () => {
    const e = onlyError(edit('exitPlan: true', 'exitPlan: yes'));
    expectError(
      e,
      52,
      17,
      '"exitPlan" must be true, false, or a chance between 0 and 1',
      'only true and false',
    );
  });

  it('a percentage where a chance between 0 and 1 belongs', () => {
    const e = onlyError(edit('escortCredible: 0.8', 'escortCredible: 80'));
    expectError(
      e,
      51,
      23,
      '"escortCredible" must be between 0 and 1 (got 80)',
      'for 80% write 0.8',
    );
  });

  it('unknown event type: lists the types', () => {
    const e = onlyError(edit('type: escort-request', 'type: escort'));
    expectError(e, 44, 13, '"type" must be one of "escort-request"', '(got "escort")');
  });

  it("too few entries: uses the schema's own words", () => {
    const e = onlyError(edit('invitees: [wfp, joc]', 'invitees: []'));
    expectError(e, 27, 19, 'a meeting needs at least one invitee besides the chair (got none)');
  });

  it('an inject needs a time or a condition', () => {
    const e = onlyError(edit('    at: T+01:00\n', ''));
    expectError(e, 39, 5, 'exactly one of "at"', '"when"');
  });

  it('does not report a misspelt key a second time as missing', () => {
    const errors = errorsOf(loadScenario(edit('chair: hc', 'chiar: hc'), 'drill.yaml'));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('did you mean "chair"?'),
    ]);
  });

  it('counts lines the same in a file with Windows line endings', () => {
    const text = edit('teams: 1 }', 'teams: three }').replaceAll('\n', '\r\n');
    expectError(onlyError(text), 12, 77, '"teams" must be a whole number');
  });

  it('reports every schema problem at once, sorted by position', () => {
    const text = edit('every: 24h', 'every: daily', edit('kind: military', 'kind: navy'));
    const errors = errorsOf(loadScenario(text, 'drill.yaml'));
    expect(errors.map((e) => e.line)).toEqual([12, 29]);
  });
});

describe('loadScenario: cross-references', () => {
  it('unknown actor id: suggests the closest', () => {
    const e = onlyError(edit('escortDecision: hc', 'escortDecision: hcc'));
    expectError(
      e,
      31,
      23,
      'unknown actor "hcc" in "escortDecision"',
      'did you mean "hc"?',
      'known actors:',
    );
  });

  it('duplicate actor id: at the second, naming the line of the first', () => {
    const e = onlyError(
      edit('areas:\n', '  - { id: hc, kind: civilian, role: HC, name: Second HC }\nareas:\n'),
    );
    expectError(e, 14, 11, 'duplicate actor id "hc"', 'the actor on line 11');
  });

  it('link to nowhere', () => {
    const e = onlyError(edit('{ from: joc, to: bn,', '{ from: joc, to: nb,'));
    expectError(e, 22, 26, 'link to nowhere', 'unknown actor "nb" in "to"', 'did you mean "bn"?');
  });

  it('link from an actor to itself', () => {
    const e = onlyError(edit('{ from: joc, to: bn,', '{ from: joc, to: joc,'));
    expectError(e, 22, 26, 'a link from "joc" to itself');
  });

  it('meeting chair unknown', () => {
    const e = onlyError(edit('chair: hc', 'chair: ocha'));
    expectError(e, 26, 16, 'unknown actor "ocha" in "chair"');
  });

  it('meeting chair also invited', () => {
    const e = onlyError(edit('invitees: [wfp, joc]', 'invitees: [wfp, hc]'));
    expectError(e, 27, 25, '"hc" chairs this meeting and is also listed as an invitee');
  });

  it('handover review naming no handover', () => {
    const e = onlyError(
      edit(
        '    event: { type: information, id: why, from: wfp, to: [hc], summary: Why? }',
        '    event: { type: handover-review, handover: mureba, reason: riot }',
      ),
    );
    expectError(
      e,
      56,
      47,
      '"handover" names "mureba", but no handover event has that id',
      'handovers: none',
    );
  });

  it('time after the end of the exercise', () => {
    const e = onlyError(edit('at: T+01:00', 'at: T+80:00'));
    expectError(e, 40, 9, 'T+80:00 is after the end of this 72h exercise');
  });

  it('unknown structure name in defaultStructure: lists the names', () => {
    const e = onlyError(edit('defaultStructure: hub', 'defaultStructure: hubb'));
    expectError(
      e,
      37,
      19,
      'unknown structure "hubb"',
      'did you mean "hub"?',
      'known structures: hub',
    );
  });

  it('unknown area', () => {
    const e = onlyError(edit('area: east', 'area: west'));
    expectError(e, 48, 13, 'unknown area "west"', 'known areas: east');
  });

  it('decision default that is not an option', () => {
    const e = onlyError(edit('default: decline', 'default: refuse'));
    expectError(
      e,
      65,
      14,
      '"default" must be one of this decision\'s options',
      'options: approve and decline',
    );
  });

  it('inject objective that is not an objective', () => {
    const e = onlyError(edit('objective: lo-escort', 'objective: lo-escrot'));
    expectError(e, 42, 16, 'unknown learning objective "lo-escrot"', 'did you mean "lo-escort"?');
  });

  it('conditional inject naming no event', () => {
    const e = onlyError(edit('ref: convoy-1', 'ref: convoy-2'));
    expectError(
      e,
      54,
      39,
      'unknown id "convoy-2" in "ref": "escort.declined" entries are about escort requests',
      'did you mean "convoy-1"? ids: convoy-1',
    );
  });

  it('duplicate inject serial', () => {
    const e = onlyError(edit('  - serial: 2', '  - serial: 1'));
    expectError(e, 53, 13, 'duplicate inject serial 1', 'line 39');
  });

  it('duplicate option id within a decision', () => {
    const text = edit('default: decline', 'default: approve');
    const e = onlyError(
      edit('{ id: decline, label: Decline }', '{ id: approve, label: Decline }', text),
    );
    expectError(e, 64, 15, 'duplicate option id "approve"', 'the option on line 63');
  });

  it('a meeting that recurs every 0m', () => {
    const e = onlyError(edit('every: 24h', 'every: 0m'));
    expectError(e, 29, 16, '"every" must be longer than 0m');
  });

  it('reports every cross-reference problem at once, and no scenario', () => {
    const text = edit('chair: hc', 'chair: ocha', edit('area: east', 'area: west'));
    const result = loadScenario(text, 'drill.yaml');
    expect(result).not.toHaveProperty('scenario');
    expect(errorsOf(result).map((e) => e.line)).toEqual([26, 48]);
  });
});

// Generous timeout: a few hundred loads, on a machine that may be busy with other suites.
describe('loadScenario never throws', { timeout: 30_000 }, () => {
  const lines = BASE.split('\n');
  const mutation = fc.oneof(
    fc.nat({ max: lines.length - 1 }).map((i) => lines.filter((_, j) => j !== i).join('\n')),
    fc
      .nat({ max: lines.length - 1 })
      .map((i) => lines.flatMap((l, j) => (j === i ? [l, l] : [l])).join('\n')),
    fc
      .nat({ max: BASE.length - 2 })
      .map((i) => BASE.slice(0, i) + BASE[i + 1] + BASE[i] + BASE.slice(i + 2)),
    fc
      .tuple(fc.nat({ max: BASE.length - 1 }), fc.string({ maxLength: 4 }))
      .map(([i, s]) => BASE.slice(0, i) + s + BASE.slice(i + 1)),
  );
  // Text made of YAML's punctuation and the scenario's own words reaches past the parser.
  const yamlish = fc
    .array(
      fc.constantFrom(
        ...[
          '\n',
          '  ',
          '- ',
          ': ',
          '{',
          '}',
          '[',
          ']',
          ', ',
          '"',
          "'",
          '#',
          '&a ',
          '*a',
          '!x ',
          '---',
        ],
        ...['version', '1', 'id', 'actors', 'kind', 'military', 'from', 'T+01:00', '2h', 'true'],
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(''));
  // Either a scenario, or at least one error, each with a position and none from a crash.
  const wellFormed = (result: LoadResult): boolean =>
    result.ok ||
    (result.errors.length >= 1 &&
      result.errors.every(
        (e) =>
          Number.isInteger(e.line) &&
          e.line >= 1 &&
          Number.isInteger(e.col) &&
          e.col >= 1 &&
          !e.message.includes('bug in PeaceMesh'),
      ));

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), yamlish), (text) =>
        wellFormed(loadScenario(text, 'x')),
      ),
    );
  });

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        wellFormed(loadScenarioBytes(bytes, 'x')),
      ),
    );
  });

  it('on a valid scenario with a line deleted or doubled, or characters swapped or replaced', () => {
    fc.assert(
      fc.property(mutation, (text) => wellFormed(loadScenario(text, 'x'))),
      { numRuns: 300 },
    );
  });
});

describe('loadScenario: schema and reference errors in one pass', () => {
  it('reports an unknown actor beside the schema errors, at their own places', () => {
    let text = edit('duration: 72h', 'duration: soon');
    text = edit('kind: military, role: battalion', 'kind: navy, role: battalion', text);
    text = edit(
      '{ from: hc, to: joc, channel: radio',
      '{ from: hc, to: jocc, channel: radio',
      text,
    );
    text = edit('      escortDecision: hc', '      escortDecision: hcc', text);
    const errors = errorsOf(loadScenario(text, 'drill.yaml'));
    const lines = errors.map((e) => `${e.line}: ${e.message}`);
    expect(lines.some((l) => l.startsWith('5: '))).toBe(true); // duration
    expect(lines.some((l) => l.startsWith('12: '))).toBe(true); // the unknown kind
    expect(lines.some((l) => /^21: .*unknown actor "jocc"/.test(l))).toBe(true);
    expect(lines.some((l) => /^31: .*unknown actor "hcc"/.test(l))).toBe(true);
  });

  it('does not blame references to an item the schema already rejected', () => {
    // bn's kind is wrong: links, areas and authority naming bn are not reported as unknown
    const errors = errorsOf(
      loadScenario(
        edit('kind: military, role: battalion', 'kind: navy, role: battalion'),
        'd.yaml',
      ),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(12);
  });
});
