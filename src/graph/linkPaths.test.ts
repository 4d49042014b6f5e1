import { describe, expect, it } from 'vitest';
import { dashed, linkPaths } from './linkPaths.ts';

describe('linkPaths', () => {
  it('batches the links of each channel into one path, the selected actor’s apart', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 10, y: 5 };
    const c = { x: -3, y: 2.5 };
    const paths = linkPaths([
      { channel: 'radio', a, b, active: false },
      { channel: 'radio', a: b, b: c, active: false },
      { channel: 'radio', a, b: c, active: true },
      { channel: 'report', a, b, active: false },
      { channel: 'liaison', a, b: undefined, active: false },
      // A node that joined and has no position from the layout yet.
      { channel: 'liaison', a, b: { x: NaN, y: NaN }, active: false },
    ]);
    expect(paths.radio).toEqual({
      normal: 'M0,0L10,5M10,5L-3,2.5',
      active: 'M0,0L-3,2.5',
      normalCount: 2,
      activeCount: 1,
    });
    expect(paths.report.normalCount).toBe(1);
    expect(paths.report.normal).toMatch(/^M0,0L/);
    expect(paths.liaison).toEqual({ normal: '', active: '', normalCount: 0, activeCount: 0 });
    expect(paths['meeting-only'].normal).toBe('');
  });

  it('draws dashed channels as dash geometry, scaled with the zoom', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 110, y: 0 };
    const near = linkPaths([{ channel: 'report', a, b, active: false }], 1).report.normal;
    const far = linkPaths([{ channel: 'report', a, b, active: false }], 4).report.normal;
    expect(near.split('M').length - 1).toBe(10);
    expect(far.split('M').length - 1).toBeLessThan(4);
    expect(linkPaths([{ channel: 'report', a, b, active: false }], 0).report.normal).toBe(
      'M0,0L110,0',
    );
  });
});

describe('dashed', () => {
  it('alternates on and off along the line and stops at its end', () => {
    expect(dashed({ x: 0, y: 0 }, { x: 10, y: 0 }, [3, 2])).toBe('M0,0L3,0M5,0L8,0');
    expect(dashed({ x: 0, y: 0 }, { x: 0, y: 12 }, [3, 2])).toBe('M0,0L0,3M0,5L0,8M0,10L0,12');
    expect(dashed({ x: 0, y: 0 }, { x: 10, y: 0 }, [3, 2], 2)).toBe('M0,0L6,0');
  });

  it('falls back to a solid line when it cannot dash', () => {
    expect(dashed({ x: 1, y: 1 }, { x: 1, y: 1 }, [3, 2])).toBe('M1,1L1,1');
    expect(dashed({ x: 0, y: 0 }, { x: 5, y: 0 }, [])).toBe('M0,0L5,0');
  });
});
