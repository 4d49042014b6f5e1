// The mesh a seat sees, sent as changes. Links never change during an exercise: a connection
// gets them once, with its first state. Nodes (the actors: state, workload, capacity) change
// now and then: after the first state a connection gets only those that changed since it last
// had them. Messages in flight and meetings move at every step and are small: sent whole.
// The host keeps, per connection, the node objects it sent; the host's mesh view hands back
// the same object for a node that did not change (`frameNow` in views.ts), so a change is a
// different object. Both the host and the seats (src/ui/exercise/connection.ts) use this file.
// What a message is about travels as a phrase: each seat words it in its own language.
import type { GraphNode } from '../graph/types.ts';
import type { MeshView } from '../common/mesh-view.ts';

export interface MeshChanges {
  /** The whole mesh: links and every node; the seat replaces what it had. */
  readonly full: boolean;
  /** With `full` only. */
  readonly links?: MeshView['links'];
  /** Every node with `full`, else the nodes that changed. */
  readonly nodes: GraphNode[];
  readonly messages: MeshView['messages'];
  readonly meetings: MeshView['meetings'];
  readonly selected: string | null;
}

/** What one connection has been sent of the mesh: node id → the node object it last had. */
export type MeshSent = Map<string, GraphNode>;

/**
 * The changes that bring a connection from what it was sent (`sent`; absent for a connection's
 * first state) to `graph`, and what it will then have been sent.
 */
export function meshChanges(
  graph: MeshView,
  sent: MeshSent | undefined,
): { readonly changes: MeshChanges; readonly sent: MeshSent } {
  const now: MeshSent = new Map(graph.nodes.map((n) => [n.id, n]));
  const rest = { messages: graph.messages, meetings: graph.meetings, selected: graph.selected };
  // Nodes that left the mesh cannot be said as changes: the whole mesh again (actors are the
  // scenario's, so this does not happen within an exercise).
  const full = !sent || [...sent.keys()].some((id) => !now.has(id));
  if (full)
    return {
      changes: { full: true, links: graph.links, nodes: graph.nodes, ...rest },
      sent: now,
    };
  return {
    changes: { full: false, nodes: graph.nodes.filter((n) => sent.get(n.id) !== n), ...rest },
    sent: now,
  };
}

/**
 * The mesh after `changes`: the whole mesh they carry, or `previous` with the nodes that changed
 * put in place (a node not seen before goes at the end).
 */
export function applyMeshChanges(
  previous: MeshView | null | undefined,
  changes: MeshChanges,
): MeshView {
  const rest = {
    messages: changes.messages,
    meetings: changes.meetings,
    selected: changes.selected,
  };
  if (changes.full || !previous)
    return { nodes: changes.nodes, links: changes.links ?? previous?.links ?? [], ...rest };
  if (changes.nodes.length === 0) return { nodes: previous.nodes, links: previous.links, ...rest };
  const changed = new Map(changes.nodes.map((n) => [n.id, n]));
  const nodes = previous.nodes.map((n) => {
    const c = changed.get(n.id);
    if (c) changed.delete(n.id);
    return c ?? n;
  });
  nodes.push(...changed.values());
  return { nodes, links: previous.links, ...rest };
}
