// IASC criterion 2 and the POC responders from the host-state police as they stand now: the
// district a handover moved to them during the run, HRDDP mitigation measures that allow or
// withhold the support, and readiness settled for the run.
import { describe, expect, it } from 'vitest';
import { formatError, loadScenario, type Scenario } from '../../src/core/index';
import { marked, play } from '../helpers/scenarios';

const YAML = `
version: 1
id: host-police-support
title: Criterion 2 from the host-state police as they stand
summary: The HC judges criterion 2 on the units holding each area now.
duration: 2d
objectives:
  - { id: lo-c2, text: Judge criterion 2 on the host-state police holding the route. }
actors:
  - { id: hc, kind: humanitarian, role: Humanitarian Coordinator, name: HC, handling: 10m }
  - { id: wfp, kind: humanitarian, role: UN agency, name: WFP, handling: 10m }
  - { id: joc, kind: civilian, role: JOC, name: JOC, handling: 10m }
  - { id: bn, kind: military, role: battalion, name: Battalion, teams: 3, handling: 10m }
  - { id: unpol, kind: police, role: UNPOL team site, name: UNPOL South, handling: 10m }
  - id: cnp-south
    kind: host-police
    role: district command
    name: CNP South
    teams: 2
    handling: 10m
    readiness: { respond: true, certified: 0.9, logistics: true, stability: true }
    hrddp: cleared
  - id: cnp-east
    kind: host-police
    role: district command
    name: CNP East
    teams: 2
    handling: 10m
    readiness: { respond: true, certified: 0.9, logistics: true, stability: true }
    hrddp: suspended
    hrddpMitigation: { measures: vetted officers only, allows: [escort] }
  - id: cnp-west
    kind: host-police
    role: district command
    name: CNP West
    teams: 2
    handling: 10m
    readiness: { respond: true, certified: 0.9, logistics: true, stability: true }
    hrddp: mitigation
    hrddpMitigation: { measures: mentoring under supervision, allows: [mentoring] }
areas:
  - { id: south, name: South district, lead: unpol, threat: low }
  - { id: east, name: East district, lead: cnp-east, threat: low }
  - { id: west, name: West district, lead: cnp-west, threat: low }
structures:
  - id: direct
    name: Direct links
    links:
      - { from: wfp, to: hc, channel: liaison, latency: 10m }
      - { from: hc, to: bn, channel: radio, latency: 10m }
      - { from: hc, to: joc, channel: radio, latency: 10m }
      - { from: joc, to: unpol, channel: radio, latency: 10m }
      - { from: joc, to: bn, channel: radio, latency: 10m }
      - { from: unpol, to: cnp-south, channel: liaison, latency: 10m }
    authority:
      escortDecision: hc
      escortProviders: [bn]
      situationalAwareness: joc
      pocResponse: joc
      pocResponders: [bn]
      handoverDecision: joc
injects:
  - serial: 1
    at: T+00:00
    text: South district is assessed for CNP South.
    event:
      { type: handover, id: south-transition, area: south, from: unpol, to: cnp-south, phases: { assessment: 1h, monitoring: 4d } }
  - serial: 2
    at: T+12:00
    text: WFP asks for an escort into South district, handed to CNP South since.
    event: { type: escort-request, id: wfp-south, requester: wfp, convoy: food, area: south, need: life-saving, exitPlan: true }
  - serial: 3
    at: T+12:00
    text: WFP asks for an escort into East district.
    event: { type: escort-request, id: wfp-east, requester: wfp, convoy: food, area: east, need: life-saving, exitPlan: true }
  - serial: 4
    at: T+12:00
    text: WFP asks for an escort into West district.
    event: { type: escort-request, id: wfp-west, requester: wfp, convoy: food, area: west, need: life-saving, exitPlan: true }
`;

function scenario(): Scenario {
  const result = loadScenario(YAML, 'host-police-support.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.scenario;
}

describe('criterion 2 from the host-state police as they stand', () => {
  const { log } = play(scenario(), 'direct', 1);
  const verdict = (id: string) =>
    marked(log, 'escort.approved', id).length > 0
      ? 'approved'
      : marked(log, 'escort.declined', id).length > 0
        ? 'declined'
        : 'none';

  it('counts the unit a handover gave the district to as able to secure it', () => {
    expect(marked(log, 'handover.transferred', 'south-transition')).toHaveLength(1);
    expect(verdict('wfp-south')).toBe('declined');
  });

  it('follows HRDDP mitigation measures: a suspension lifted for escorts, a mitigation that withholds them', () => {
    // CNP East is suspended, but its measures allow support to secure a movement: able.
    expect(verdict('wfp-east')).toBe('declined');
    // CNP West is under mitigation allowing mentoring only: no UN reliance on it for the route.
    expect(verdict('wfp-west')).toBe('approved');
  });
});
