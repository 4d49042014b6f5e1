import { describe, expect, it } from 'vitest';
import { onGraphKey, type GraphKeyActions } from './graphKeys.ts';

/** A graph of three actors that records what each key asked of it. */
function graph(state: { selected?: string | null; focused?: string | null } = {}) {
  const asked: string[] = [];
  const ids = ['a', 'b', 'c'];
  const actions: GraphKeyActions = {
    selected: state.selected ?? null,
    focused: state.focused ?? null,
    count: ids.length,
    at: (i) => ids[i],
    indexOf: (id) => ids.indexOf(id),
    select: (id) => asked.push(`select ${id}`),
    focus: (id) => asked.push(`focus ${id}`),
    look: (dx, dy) => asked.push(`look ${dx} ${dy}`),
    zoom: (d) => asked.push(`zoom ${d}`),
    fit: () => asked.push('fit'),
  };
  const press = (key: string, mods: { ctrlKey?: boolean } = {}) => {
    let prevented = false;
    onGraphKey(
      {
        key,
        ctrlKey: mods.ctrlKey ?? false,
        metaKey: false,
        altKey: false,
        preventDefault: () => {
          prevented = true;
        },
      },
      actions,
    );
    return prevented;
  };
  return { asked, press };
}

describe('the big-mesh graphs’ keys', () => {
  it('moves the focus in the table’s order, round the ends', () => {
    const g = graph({ focused: 'c' });
    expect(g.press('n')).toBe(true);
    expect(g.press('P')).toBe(true);
    expect(g.asked).toEqual(['focus a', 'focus b']);
  });

  it('selects the focused actor, clears a selection, and leaves keys it has no use for', () => {
    const focused = graph({ focused: 'b' });
    expect(focused.press('Enter')).toBe(true);
    expect(focused.press(' ')).toBe(true);
    expect(focused.press('Escape')).toBe(false); // nothing selected: Escape is the page's
    expect(focused.asked).toEqual(['select b', 'select b']);
    const selected = graph({ selected: 'a' });
    expect(selected.press('Enter')).toBe(false); // nothing focused
    expect(selected.press('Escape')).toBe(true);
    expect(selected.press('x')).toBe(false);
    expect(selected.press('n', { ctrlKey: true })).toBe(false);
    expect(selected.asked).toEqual(['select null']);
  });

  it('looks, zooms and fits', () => {
    const g = graph();
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '=', '-', '_', '0'])
      expect(g.press(key)).toBe(true);
    expect(g.asked).toEqual([
      'look -1 0',
      'look 1 0',
      'look 0 -1',
      'look 0 1',
      'zoom in',
      'zoom in',
      'zoom out',
      'zoom out',
      'fit',
    ]);
  });
});
