// A small two-structure scenario for the comparison tests (core, CLI and browser): in "hub"
// an escort request goes through the UN-CMCoord officer to the HC by slow reports; in
// "direct" WFP reaches the HC over a liaison officer, so decisions should come sooner.
export const COMPARE_DRILL_YAML = `version: 1
id: compare-drill
title: Compare drill
summary: One escort request and one handover, under two coordination structures.
duration: 24h
objectives:
  - id: lo-escort
    text: See how the structure changes the time to an escort decision.
actors:
  - { id: wfp, kind: humanitarian, role: UN agency, name: WFP }
  - { id: ocha, kind: humanitarian, role: UN-CMCoord officer, name: OCHA CMCoord, handling: 30m }
  - { id: hc, kind: humanitarian, role: HC, name: Humanitarian Coordinator, handling: 1h }
  - { id: bn, kind: military, role: battalion, name: Battalion East, teams: 1 }
  - { id: joc, kind: civilian, role: JOC, name: JOC, handling: 10m }
areas:
  - { id: east, name: Eastern district, lead: bn }
structures:
  - id: hub
    name: CMCoord hub
    links:
      - { from: wfp, to: ocha, channel: liaison, latency: 30m, jitter: 20m, reliability: 0.95 }
      - { from: ocha, to: hc, channel: report, latency: 1h, jitter: 30m }
      - { from: ocha, to: bn, channel: liaison, latency: 45m, jitter: 30m }
      - { from: hc, to: joc, channel: radio, latency: 5m }
      - { from: joc, to: bn, channel: radio, latency: 5m }
    meetings:
      - { id: cmcoord-forum, name: CMCoord forum, chair: ocha, invitees: [wfp, bn], first: 'T+02:00', every: 12h }
    authority:
      escortDecision: hc
      escortFacilitator: ocha
      escortProviders: [bn]
      situationalAwareness: joc
      pocResponse: joc
      pocResponders: [bn]
      handoverDecision: joc
  - id: direct
    name: Direct liaison
    links:
      - { from: wfp, to: hc, channel: liaison, latency: 20m, jitter: 10m }
      - { from: hc, to: bn, channel: liaison, latency: 20m, jitter: 10m }
      - { from: wfp, to: ocha, channel: radio, latency: 5m }
      - { from: hc, to: joc, channel: radio, latency: 5m }
      - { from: joc, to: bn, channel: radio, latency: 5m }
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
      alternatives: [{ kind: access-negotiation, works: 0.3 }]
      hostStateUnable: true
      escortCredible: 0.8
      exitPlan: true
  - serial: 2
    at: T+03:00
    text: Hand the eastern district over.
    event:
      type: handover
      id: east-handover
      area: east
      from: bn
      to: joc
      threshold: 0.8
`;
