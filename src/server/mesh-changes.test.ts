import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../graph/types.ts';
import type { MeshView } from '../common/mesh-view.ts';
import { applyMeshChanges, meshChanges } from './mesh-changes.ts';

const node = (id: string, state = 'available'): GraphNode => ({
  id,
  kind: 'civilian',
  label: id.toUpperCase(),
  role: 'office',
  state,
  workload: 0,
  capacity: 2,
});

const view = (nodes: GraphNode[], messages: MeshView['messages'] = []): MeshView => ({
  nodes,
  links: [{ id: 'a~b~0', source: 'a', target: 'b', channel: 'radio' }],
  messages,
  meetings: [],
  selected: null,
});

describe('the mesh sent as changes', () => {
  const a = node('a');
  const b = node('b');
  const c = node('c');

  it('sends the whole mesh first, then only the nodes that changed and never the links again', () => {
    const first = meshChanges(view([a, b, c]), undefined);
    expect(first.changes).toMatchObject({ full: true, nodes: [a, b, c] });
    expect(first.changes.links).toHaveLength(1);
    const busy = node('b', 'busy');
    const message = {
      id: 'm1',
      from: 'a',
      to: 'b',
      progress: 0.5,
      about: { kind: 'about.text' as const, params: { text: 'escort' } },
    };
    const second = meshChanges(view([a, busy, c], [message]), first.sent);
    expect(second.changes).toEqual({
      full: false,
      nodes: [busy],
      messages: [message],
      meetings: [],
      selected: null,
    });
    const quiet = meshChanges(view([a, busy, c]), second.sent);
    expect(quiet.changes.nodes).toEqual([]);
    // A seat applying them has the mesh the host has, in the same order.
    let seat = applyMeshChanges(undefined, first.changes);
    seat = applyMeshChanges(seat, second.changes);
    expect(seat).toEqual(view([a, busy, c], [message]));
    const unchanged = seat.nodes;
    seat = applyMeshChanges(seat, quiet.changes);
    expect(seat).toEqual(view([a, busy, c]));
    // Nothing changed: the same nodes, so the seat's graph has nothing to redraw.
    expect(seat.nodes).toBe(unchanged);
  });

  it('a node equal in content but not the same object counts as changed (the host keeps objects)', () => {
    const first = meshChanges(view([a, b]), undefined);
    expect(meshChanges(view([a, { ...b }]), first.sent).changes.nodes).toEqual([b]);
  });

  it('sends the whole mesh again when a node it had is gone', () => {
    const first = meshChanges(view([a, b, c]), undefined);
    const next = meshChanges(view([a, c]), first.sent);
    expect(next.changes.full).toBe(true);
    expect(applyMeshChanges(view([a, b, c]), next.changes).nodes).toEqual([a, c]);
  });

  it('puts a node the seat had not seen at the end', () => {
    const first = meshChanges(view([a]), undefined);
    const next = meshChanges(view([a, b]), first.sent);
    expect(next.changes).toMatchObject({ full: false, nodes: [b] });
    expect(applyMeshChanges(applyMeshChanges(null, first.changes), next.changes).nodes).toEqual([
      a,
      b,
    ]);
  });
});
