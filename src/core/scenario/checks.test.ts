// The checks whose words come from the catalogs: conditional injects (conditions.ts), metric
// names, head-count quorums, the comma inside `{ … }` (flow-comma.ts) and the warnings for
// likely mistakes (warnings.ts). Each case changes one thing of a small valid scenario.
import { parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import DILEMMA from '../../../scenarios/convoy-escort-dilemma.yaml?raw';
import { describeProblem } from '../../i18n/index.ts';
import { problemText } from '../../i18n/testing';
import { Simulation } from '../engine/engine';
import { loadScenario, type LoadResult, type ScenarioError } from './load';

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
  - { id: hpol, kind: host-police, role: district command, name: Police, readiness: { respond: true, certified: 0.5, logistics: true, stability: true } }
areas:
  - { id: east, name: Eastern district, lead: bn }
  - { id: west, name: Western district, lead: hpol }
structures:
  - id: hub
    name: Hub
    links:
      - { from: wfp, to: hc, channel: liaison, latency: 30m }
      - { from: hc, to: joc, channel: radio, latency: 5m }
      - { from: joc, to: bn, channel: radio, latency: 5m }
      - { from: joc, to: hpol, channel: radio, latency: 5m }
    meetings:
      - id: hct
        name: HCT
        chair: hc
        invitees: [wfp, joc, bn]
        first: T+02:00
        every: 24h
    authority:
      escortDecision: hc
      escortProviders: [bn]
      situationalAwareness: joc
      pocResponse: joc
      pocResponders: [bn]
      handoverDecision: joc
injects:
  - serial: 1
    at: T+01:00
    text: WFP asks for an escort.
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
metrics: [escortApprovals]
`;

function edit(from: string, to: string, text = BASE): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`edit: ${from} must occur once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const load = (text: string): LoadResult =>
  loadScenario(text, 'drill.yaml', { describe: problemText });

function errors(text: string): ScenarioError[] {
  const result = load(text);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.errors;
}

function only(list: readonly ScenarioError[]): ScenarioError {
  expect(list.map((e) => `${e.line}:${e.col}: ${e.message}`)).toHaveLength(1);
  return list[0]!;
}

function warnings(text: string): ScenarioError[] {
  const result = load(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.warnings;
}

describe('the base scenario', () => {
  it('loads without errors or warnings', () => {
    expect(warnings(BASE)).toEqual([]);
  });
});

describe('conditional injects: what `when` waits for can happen', () => {
  it('a misspelt mark lists the marks of its family, with the one meant', () => {
    const e = only(errors(edit('on: escort.declined', 'on: escort.decliend')));
    expect([e.line, e.col]).toEqual([55, 17]);
    expect(e.problem?.kind).toBe('problem.mark-unknown');
    expect(e.message).toMatch(
      /^unknown log mark "escort.decliend" in "on"; did you mean "escort.declined"\?/,
    );
    expect(e.message).toContain('escort.approved, escort.declined');
  });

  it('a mark from no family names the one meant and lists the families, in a readable length', () => {
    const e = only(errors(edit('on: escort.declined', 'on: declined')));
    expect(e.message).toContain('did you mean "escort.declined"?');
    expect(e.message).toContain('incident.…');
    expect(e.message).toContain('meeting.…');
    expect(e.message).toContain('handover.…');
    expect(e.message).not.toContain('meeting.held');
    expect(e.message.length).toBeLessThan(600);
  });

  it('a ref on a mark about no scenario id (messages, injects) is an error', () => {
    const e = only(
      errors(edit('on: escort.declined, ref: convoy-1', 'on: message.lost, ref: convoy-1')),
    );
    expect([e.line, e.col]).toEqual([55, 36]);
    expect(e.message).toContain('"ref" cannot go with "message.lost"');
  });

  it('a ref naming another kind of thing than the mark is about never fires: an error', () => {
    const e = only(errors(edit('ref: convoy-1', 'ref: why')));
    expect(e.message).toBe(
      '"why" in "ref" is an information event, but "escort.declined" entries are about escort requests: this inject would never arrive; choose a mark about it in "on", or another "ref"',
    );
  });

  it('a meeting, a decision point or an actor is a valid ref for marks about them', () => {
    for (const when of [
      'on: meeting.postponed, ref: hct',
      'on: decision.made, ref: escort-or-not',
      'on: team.team, ref: bn',
      'on: information.reached, ref: convoy-1',
    ])
      expect(load(edit('on: escort.declined, ref: convoy-1', when)).ok, when).toBe(true);
  });

  it('an unknown ref lists the ids a mark of that family can be about', () => {
    const e = only(
      errors(edit('on: escort.declined, ref: convoy-1', 'on: meeting.held, ref: hcy')),
    );
    expect(e.message).toContain(
      'unknown id "hcy" in "ref": "meeting.held" entries are about meetings',
    );
    expect(e.message).toContain('did you mean "hct"? ids: hct');
  });

  it('warns when nothing in the scenario can write the mark', () => {
    const [w, ...rest] = warnings(
      edit('on: escort.declined, ref: convoy-1', 'on: handover.reversed'),
    );
    expect(rest).toEqual([]);
    expect([w?.line, w?.col]).toEqual([55, 17]);
    expect(w?.message).toContain(
      'nothing in this scenario can write "handover.reversed": it has no handovers',
    );
  });
});

describe('metric names', () => {
  it('an unknown metric is located, with the one meant and every metric', () => {
    const e = only(errors(edit('metrics: [escortApprovals]', 'metrics: [escortAprovals]')));
    expect([e.line, e.col]).toEqual([67, 11]);
    expect(e.message).toContain(
      'unknown metric "escortAprovals" in "metrics"; did you mean "escortApprovals"?',
    );
    expect(e.message).toContain('pocUnanswered');
  });
});

describe('quorum', () => {
  it('is a share or a head count of invitees', () => {
    expect(load(edit('every: 24h', 'every: 24h\n        quorum: 3')).ok).toBe(true);
    expect(load(edit('every: 24h', 'every: 24h\n        quorum: 0.75')).ok).toBe(true);
  });

  it('a head count above the invitees could never be reached', () => {
    const e = only(errors(edit('every: 24h', 'every: 24h\n        quorum: 4')));
    expect(e.message).toContain('"quorum" 4 is more invitees than this meeting has (3)');
  });

  it('the meeting machine holds a session on a head count as on a share', () => {
    // A fourth invitee no link reaches never attends: 3 of 4 can be present.
    const sessions = (quorum: string) => {
      const text = edit(
        'invitees: [wfp, joc, bn]',
        'invitees: [wfp, joc, bn, ngo]',
        edit(
          '  - { id: joc,',
          '  - { id: ngo, kind: humanitarian, role: NGO, name: NGO }\n  - { id: joc,',
          edit('every: 24h', `every: 24h\n        quorum: ${quorum}`),
        ),
      );
      const loaded = load(text);
      if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
      const log = new Simulation(loaded.scenario, { seed: 1 }).run().log;
      return {
        held: log.filter((e) => e.kind === 'meeting.held').length,
        postponed: log.filter((e) => e.kind === 'meeting.postponed').length,
      };
    };
    expect(sessions('3').held).toBeGreaterThan(0);
    expect(sessions('3')).toEqual(sessions('0.75'));
    expect(sessions('4')).toEqual(sessions('1'));
    expect(sessions('4').held).toBe(0);
  });

  it('anything else says both forms', () => {
    const e = only(errors(edit('every: 24h', 'every: 24h\n        quorum: 2.5')));
    expect(e.message).toContain('a share of the invitees from 0 to 1, like 0.5, or a head count');
  });
});

describe('a comma inside { … }', () => {
  it('says to quote the text it cut', () => {
    const e = only(
      errors(
        edit('name: Battalion East, teams: 1 }', 'name: Battalion East, Sector 2, teams: 1 }'),
      ),
    );
    expect(e.problem?.kind).toBe('problem.flow-comma');
    expect(e.message).toBe(
      'unknown key "Sector 2": inside { … } a comma ends a value, so the text of "name" stopped at the comma; put the whole text in quotes: name: "Battalion East, Sector 2"',
    );
  });
});

describe('warnings for likely mistakes', () => {
  it('an actor with no link', () => {
    const w = only(
      warnings(edit('      - { from: joc, to: hpol, channel: radio, latency: 5m }\n', '')),
    );
    expect([w.line, w.col]).toEqual([14, 11]);
    expect(w.message).toContain('no link reaches "hpol" in hub');
  });

  it('a link given twice, either way round', () => {
    const w = only(
      warnings(
        edit(
          '      - { from: joc, to: bn, channel: radio, latency: 5m }\n',
          '      - { from: joc, to: bn, channel: radio, latency: 5m }\n      - { from: bn, to: joc, channel: liaison, latency: 1h }\n',
        ),
      ),
    );
    expect(w.line).toBe(25);
    expect(w.message).toContain(
      'a second link between "bn" and "joc" in this structure (the first is on line 24)',
    );
  });

  it('one-way links in both directions are not duplicates', () => {
    const text = edit(
      '      - { from: joc, to: bn, channel: radio, latency: 5m }\n',
      '      - { from: joc, to: bn, channel: radio, latency: 5m, oneWay: true }\n      - { from: bn, to: joc, channel: liaison, latency: 1h, oneWay: true }\n',
    );
    expect(warnings(text)).toEqual([]);
  });

  it('a recipient named twice', () => {
    const w = only(warnings(edit('to: [hc]', 'to: [hc, hc]')));
    expect(w.message).toBe('"hc" is listed twice in "to": once is enough');
    const invitee = only(
      warnings(edit('invitees: [wfp, joc, bn]', 'invitees: [wfp, joc, bn, joc]')),
    );
    expect(invitee.message).toContain('"joc" is listed twice in "invitees"');
  });

  it('readiness or HRDDP status on an actor that is not host-state police', () => {
    const w = only(warnings(edit('teams: 1 }', 'teams: 1, hrddp: cleared }')));
    expect(w.message).toBe(
      '"hrddp" applies to host-state police only: "bn" is a military unit, so the simulation ignores it; remove it, or make the actor "host-police"',
    );
  });

  it('HRDDP mitigation on an actor that receives no UN support under HRDDP', () => {
    const text = edit(
      'teams: 1 }',
      'teams: 1, hrddpMitigation: { measures: vetted officers only, allows: [escort] } }',
    );
    const w = only(warnings(text));
    expect([w.line, w.col]).toEqual([12, 97]);
    expect(w.message).toBe(
      '"hrddpMitigation" mitigates UN support to host-state police only: "bn" is a military unit, which receives no support under HRDDP, so the measures mean nothing there; move them to the host-state police unit they concern',
    );
    const fr = loadScenario(text, 'drill.yaml', { describe: (p) => describeProblem(p, 'fr') });
    expect(fr.ok && fr.warnings[0]?.message).toContain(
      '« bn » est une unité militaire, qui ne reçoit aucun appui soumis à la PDVDH',
    );
    // On the host-state police unit it concerns, under a suspension, it is what the format is for.
    expect(
      warnings(
        edit(
          'stability: true } }',
          'stability: true }, hrddp: suspended, hrddpMitigation: { measures: vetted officers only, allows: [escort] } }',
        ),
      ),
    ).toEqual([]);
  });

  it('HRDDP mitigation on a cleared unit that nothing ever restricts', () => {
    const measures =
      'stability: true }, hrddpMitigation: { measures: vetted officers only, allows: [escort] } }';
    const text = edit('stability: true } }', measures);
    const w = only(warnings(text));
    expect(w.line).toBe(14);
    expect(w.message).toBe(
      '"hpol" is cleared under HRDDP and no "hrddp-status" event ever suspends its support or puts it under mitigation, so its "hrddpMitigation" measures never apply; set "hrddp: suspended" or "mitigation", add the event that changes it, or remove the measures',
    );
    // A suspension scripted later (here in a decision's option) makes them meaningful.
    const later = edit(
      '      - { id: decline, label: Decline }',
      '      - { id: decline, label: Decline, events: [{ type: hrddp-status, actor: hpol, hrddp: suspended }] }',
      text,
    );
    expect(warnings(later)).toEqual([]);
  });

  it('criterion 2 stated against the host-state police leading the area', () => {
    const w = only(warnings(edit('area: east', 'area: west')));
    expect(w.line).toBe(51);
    expect(w.message).toContain(
      '"hostStateUnable: true" contradicts "hpol", the host-state police leading "west", whose readiness says it can respond',
    );
    // Uncertain facts contradict nothing.
    expect(
      warnings(
        edit('area: east', 'area: west', edit('hostStateUnable: true', 'hostStateUnable: 0.5')),
      ),
    ).toEqual([]);
  });

  it('criterion 3 stated against a high threat or hostile armed groups in the area', () => {
    const w = only(
      warnings(
        edit(
          '{ id: east, name: Eastern district, lead: bn }',
          '{ id: east, name: Eastern district, lead: bn, threat: high }',
          edit('escortCredible: 0.8', 'escortCredible: true'),
        ),
      ),
    );
    expect(w.message).toContain(
      '"escortCredible: true" contradicts "east", whose threat is high: the world would judge an escort there not credible or safe',
    );
    const fr = loadScenario(
      edit(
        '{ id: east, name: Eastern district, lead: bn }',
        '{ id: east, name: Eastern district, lead: bn, threat: high }',
        edit('escortCredible: 0.8', 'escortCredible: true'),
      ),
      'drill.yaml',
      { describe: (p) => describeProblem(p, 'fr') },
    );
    expect(fr.ok && fr.warnings[0]?.message).toContain('dont la menace est élevée');
  });

  it('an alternative to the escort stated twice, with different answers', () => {
    const w = only(
      warnings(
        edit(
          '      exitPlan: true',
          '      exitPlan: true\n      alternatives: [{ kind: other-route, works: 0.2 }, { kind: other-route, works: false }]',
        ),
      ),
    );
    expect(w.message).toBe(
      'the alternative "another route" is already given on line 54, with another answer to whether it works: say it once',
    );
  });

  it('warnings are worded in French from the same data', () => {
    const result = loadScenario(edit('to: [hc]', 'to: [hc, hc]'), 'drill.yaml', {
      describe: (p) => describeProblem(p, 'fr'),
    });
    expect(result.ok && result.warnings[0]?.message).toBe(
      '« hc » figure deux fois dans « to » : une fois suffit',
    );
  });

  it('a file with errors still reports every error in one pass', () => {
    const text = edit(
      'kind: military',
      'kind: navy',
      edit('metrics: [escortApprovals]', 'metrics: [nope]'),
    );
    const list = errors(text);
    expect(list.map((e) => e.line)).toEqual([12, 67]);
  });

  it('an unknown top-level key, a wrong "metrics" or "defaultStructure" hide no cross-reference error', () => {
    const unknownActor = (text: string) =>
      edit('escortDecision: hc', 'escortDecision: nobody', text);
    for (const text of [
      `${BASE}bogus: 1\n`,
      edit('metrics: [escortApprovals]', 'metrics: 5'),
      `${BASE}defaultStructure: Hub Two\n`,
      edit('summary: A small drill.', 'summary: A small drill.\nsetting: [a]'),
    ]) {
      const list = errors(unknownActor(text));
      expect(list, text.slice(-40)).toHaveLength(2);
      expect(list.some((e) => e.message.startsWith('unknown actor "nobody"'))).toBe(true);
    }
  });
});

describe('the "known keys" hint', () => {
  it('inside an event lists the keys of its type', () => {
    const e = only(errors(edit('      exitPlan: true', '      exitPlan: true\n      bogus: 1')));
    expect(e.message).toContain('unknown key "bogus" in this event; known keys: "type", "id"');
    expect(e.message).toContain('"hostStateUnable"');
  });
});

describe('the "known keys" hint is never empty', () => {
  it('for an unknown key in each kind of mapping of a bundled scenario', () => {
    // One mapping per set of keys: every kind of section, each tried once.
    const kinds = new Map<string, number>();
    let index = 0;
    visit(parseDocument(DILEMMA), {
      Map(_, map) {
        const keys = map.items.map((p) => String((p.key as { value?: unknown }).value)).sort();
        if (!kinds.has(keys.join())) kinds.set(keys.join(), index);
        index++;
      },
    });
    expect(kinds.size).toBeGreaterThan(30);
    for (const i of kinds.values()) {
      const doc = parseDocument(DILEMMA);
      let seen = 0;
      visit(doc, {
        Map(_, map) {
          if (seen++ === i) map.set('bogus-key', 1);
        },
      });
      const result = load(doc.toString());
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const hint = result.errors.find((e) => e.message.startsWith('unknown key "bogus-key"'));
      expect(hint?.message, `mapping ${i}`).toMatch(/known keys: "/);
    }
    // A loaded machine: each load is quick, a few dozen of them are not.
  }, 120_000);
});
