import { describe, expect, it } from 'vitest';
import { statusFor, supportAllowed, supportMitigated, SUPPORT_KINDS } from './hrddp';

describe('HRDDP across UN support', () => {
  it('allows every kind of support to a cleared or unassessed unit', () => {
    for (const kind of SUPPORT_KINDS) {
      expect(supportAllowed({ hrddp: 'cleared' }, kind)).toBe(true);
      expect(supportAllowed({}, kind)).toBe(true);
      expect(supportMitigated({ hrddp: 'cleared', allows: [kind] }, kind)).toBe(false);
    }
  });

  it('refuses every kind under suspension, except those mitigation measures name', () => {
    for (const kind of SUPPORT_KINDS)
      expect(supportAllowed({ hrddp: 'suspended' }, kind)).toBe(false);
    const standing = { hrddp: 'suspended', allows: ['joint-patrol', 'mentoring'] } as const;
    expect(SUPPORT_KINDS.filter((k) => supportAllowed(standing, k))).toEqual([
      'joint-patrol',
      'mentoring',
    ]);
    expect(supportMitigated(standing, 'mentoring')).toBe(true);
    expect(supportMitigated(standing, 'escort')).toBe(false);
  });

  it('under mitigation, allows all unless the measures name some', () => {
    expect(SUPPORT_KINDS.every((k) => supportAllowed({ hrddp: 'mitigation' }, k))).toBe(true);
    const named = { hrddp: 'mitigation', allows: ['handover'] } as const;
    expect(SUPPORT_KINDS.filter((k) => supportAllowed(named, k))).toEqual(['handover']);
  });

  it('reports the status a supported handover reads', () => {
    expect(statusFor({}, 'handover')).toBeUndefined();
    expect(statusFor({ hrddp: 'cleared' }, 'handover')).toBe('cleared');
    expect(statusFor({ hrddp: 'mitigation' }, 'handover')).toBe('mitigation');
    expect(statusFor({ hrddp: 'suspended' }, 'handover')).toBe('suspended');
    expect(statusFor({ hrddp: 'suspended', allows: ['handover'] }, 'handover')).toBe('mitigation');
    expect(statusFor({ hrddp: 'mitigation', allows: ['mentoring'] }, 'handover')).toBe('suspended');
  });
});
