import { describe, expect, it } from 'vitest';
import { markWords, readable, stateLeaf, stateWords } from './words';

const names = new Map([
  ['hc', 'DSRSG / RC / HC'],
  ['wfp', 'WFP Sector East'],
  ['wfp-tokono', 'WFP convoy'],
  ['tokono', 'Tokono and the IDP site'],
]);

describe('readable', () => {
  it('replaces whole ids by names, longest first, and leaves prose alone', () => {
    expect(readable('wfp needs to move food to tokono; the hc decides', names)).toBe(
      'WFP Sector East needs to move food to Tokono and the IDP site; the DSRSG / RC / HC decides',
    );
    expect(readable('wfp-tokono: asked', names)).toBe('WFP convoy: asked');
    expect(readable('The HC and hcx and wfp-tokono-2 stay', names)).toBe(
      'The HC and hcx and wfp-tokono-2 stay',
    );
  });
});

describe('stateWords and markWords', () => {
  it('read state paths and marks as words', () => {
    expect(stateWords('policeToHostPolice.self-assessment.asking')).toBe(
      'police to host police › self assessment › asking',
    );
    expect(stateLeaf('a.waitingForReply')).toBe('waiting for reply');
    expect(markWords('escort.declined')).toBe('escort request declined');
    expect(markWords('poc.unanswered')).toBe('protection of civilians alert unanswered');
    expect(markWords('handover.gap-opened')).toBe('handover gap opened');
  });
});
