import { describe, expect, it } from 'vitest';
import { accessibleName, diffKeyed, linkKey, nodeChanges, shortLabel, stateLine } from './diff.ts';
import type { GraphNode } from './types.ts';

const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind: 'military',
  label: id.toUpperCase(),
  role: 'battalion',
  state: 'available',
  workload: 0,
  capacity: 3,
  ...extra,
});

describe('diffKeyed', () => {
  it('finds what entered and exited, in view order', () => {
    const prev = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    const d = diffKeyed(prev, [node('b'), node('c'), node('d')], (n) => n.id);
    expect(d.entered.map((n) => n.id)).toEqual(['c', 'd']);
    expect(d.exited).toEqual(['a']);
    expect(d.same).toBe(false);
  });

  it('reports the same set when only the data changed', () => {
    const prev = new Set(['a', 'b']);
    const d = diffKeyed(prev, [node('b', { state: 'busy' }), node('a')], (n) => n.id);
    expect(d.same).toBe(true);
    expect(d.items.map((n) => n.id)).toEqual(['b', 'a']);
  });

  it('keeps the first of duplicate keys', () => {
    const d = diffKeyed(new Set<string>(), [node('a'), node('a', { label: 'again' })], (n) => n.id);
    expect(d.items).toHaveLength(1);
    expect(d.items[0]?.label).toBe('A');
  });
});

describe('linkKey', () => {
  it('changes when a link changes channel or ends, so it is redrawn', () => {
    const link = { id: 'l1', source: 'a', target: 'b', channel: 'radio' as const };
    expect(linkKey(link)).toBe(linkKey({ ...link }));
    expect(linkKey(link)).not.toBe(linkKey({ ...link, channel: 'report' }));
    expect(linkKey(link)).not.toBe(linkKey({ ...link, target: 'c' }));
  });
});

describe('nodeChanges', () => {
  it('lists only the fields that changed', () => {
    const a = node('a');
    expect(nodeChanges(a, a)).toEqual([]);
    expect(nodeChanges(a, { ...a })).toEqual([]);
    expect(nodeChanges(a, { ...a, state: 'busy', workload: 3 })).toEqual(['state', 'load']);
    expect(nodeChanges(a, { ...a, kind: 'police', label: 'FPU' })).toEqual(['kind', 'label']);
  });
});

describe('stateLine', () => {
  it('shows the state and the load against capacity', () => {
    expect(stateLine({ state: 'busy', workload: 3, capacity: 4 })).toBe('busy · 3/4');
    expect(stateLine({ state: 'meeting', workload: 0, capacity: 0 })).toBe('meeting');
  });
});

describe('shortLabel', () => {
  it('keeps short names and cuts long ones at a word with an ellipsis', () => {
    expect(shortLabel('JOC')).toBe('JOC');
    // names up to 36 characters are drawn whole
    expect(shortLabel('Joint Operations Centre, Carana')).toBe('Joint Operations Centre, Carana');
    expect(shortLabel('Community liaison assistant, Tokono')).toBe(
      'Community liaison assistant, Tokono',
    );
    expect(shortLabel('Joint Operations Centre, Carana Sector East')).toBe(
      'Joint Operations Centre, Carana…',
    );
    expect(shortLabel('Supercalifragilisticexpialidociousxxxxx')).toBe(
      'Supercalifragilisticexpialidociousx…',
    );
    expect(shortLabel('Joint Operations Centre, Carana Sector East').length).toBeLessThanOrEqual(
      36,
    );
  });
});

describe('accessibleName', () => {
  it('gives the full name, role, kind and state, whatever the drawing shortened', () => {
    expect(
      accessibleName('Joint Operations Centre, Galasi', 'JOC', 'Mission civilian', 'busy · 2/6'),
    ).toBe('Joint Operations Centre, Galasi — JOC (Mission civilian): busy · 2/6');
  });
});
