// The keys of the big-mesh graphs (WebGL and the 2D-canvas picture), one reading for both:
// N / P move the keyboard focus from actor to actor in the table's order, Enter or Space
// selects the focused actor, Escape clears the selection, the arrows look left, right, up and
// down, + / − zoom in and out, 0 fits the mesh. Each graph moves its own camera.

/** What a key asks of the graph. */
export interface GraphKeyActions {
  readonly selected: string | null;
  readonly focused: string | null;
  /** The actors in the table's order, and where one stands in it (−1: not there). */
  readonly count: number;
  at(index: number): string | undefined;
  indexOf(id: string): number;
  select(id: string | null): void;
  focus(id: string): void;
  /** Look further that way: −1 left / up, +1 right / down. */
  look(dx: -1 | 0 | 1, dy: -1 | 0 | 1): void;
  zoom(direction: 'in' | 'out'): void;
  fit(): void;
}

const LOOK: Readonly<Record<string, readonly [-1 | 0 | 1, -1 | 0 | 1]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Handles a key pressed on the graph; a key it takes has its default prevented. */
export function onGraphKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'preventDefault'>,
  a: GraphKeyActions,
): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const key = event.key;
  if (key === 'Escape') {
    if (a.selected === null) return;
    event.preventDefault();
    a.select(null);
  } else if (key === 'Enter' || key === ' ') {
    if (a.focused === null) return;
    event.preventDefault();
    a.select(a.focused);
  } else if (key === 'n' || key === 'N' || key === 'p' || key === 'P') {
    if (a.count === 0) return;
    event.preventDefault();
    const from = a.focused === null ? -1 : a.indexOf(a.focused);
    const step = key === 'n' || key === 'N' ? 1 : -1;
    const next = a.at((from + step + a.count) % a.count);
    if (next !== undefined) a.focus(next);
  } else if (LOOK[key] !== undefined) {
    event.preventDefault();
    a.look(...LOOK[key]);
  } else if (key === '+' || key === '=' || key === '-' || key === '_') {
    event.preventDefault();
    a.zoom(key === '+' || key === '=' ? 'in' : 'out');
  } else if (key === '0') {
    event.preventDefault();
    a.fit();
  }
}
