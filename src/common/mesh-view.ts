// The mesh a run shows at a time: plain data derived from a Simulation, what a message is about
// still a typed phrase. Shared by the web app (src/store words the phrases in the page's
// language) and the exercise host (src/server cuts each seat's mesh from it, and each seat words
// the phrases in its own language), so neither depends on the other. Pure: no words, no DOM.
import { dequal } from 'dequal';
import type { Phrase, Simulation, Structure } from '../core/index.ts';
import type {
  GraphLink,
  GraphMeeting,
  GraphMessage,
  GraphNode,
  GraphView,
} from '../graph/types.ts';

/**
 * How long a lost message is reported after the loss, in simulated minutes (the graph marks
 * it when first reported and fades the mark out on its own).
 */
export const LOST_VISIBLE_FOR = 45;

/** Links per structure: the same array for every view of it, so the graph never diffs them. */
const linksOf = new WeakMap<Structure, GraphLink[]>();

/** A message on the mesh with what it is about still a phrase, for a reader to put in words. */
export type MeshMessage = Omit<GraphMessage, 'about'> & { about: Phrase };

/**
 * The mesh with its messages' subjects not yet in words: the app words them for its page
 * (`buildGraphView` in src/store), the exercise host sends them to the seats, each of which
 * words them in its own language.
 */
export type MeshView = Omit<GraphView, 'messages'> & { messages: MeshMessage[] };

/**
 * The mesh at `time`: actors, links, messages under way (and those lost in the last `lostFor`
 * minutes) and meetings in session. Given the `previous` view, actors that did not change keep
 * their node objects, and the node array is kept whole when none did, so a reader (the graph,
 * a seat's changes) only looks at what moved.
 */
export function buildMeshView(
  sim: Simulation,
  time: number,
  selected: string | null,
  lostFor: number = LOST_VISIBLE_FOR,
  previous?: Pick<GraphView, 'nodes' | 'meetings'>,
): MeshView {
  const before = new Map<string, GraphNode>();
  for (const n of previous?.nodes ?? []) before.set(n.id, n);
  let reused = previous !== undefined && previous.nodes.length === sim.scenario.actors.length;
  const nodes: GraphNode[] = sim.scenario.actors.map((actor, i) => {
    const live = sim.instance(actor.id);
    const ctx = (live?.context ?? {}) as { workload?: number; capacityNow?: number };
    const node: GraphNode = {
      id: actor.id,
      kind: actor.kind,
      label: actor.name,
      role: actor.role,
      state: live?.state ?? 'available',
      workload: ctx.workload ?? 0,
      capacity: ctx.capacityNow ?? actor.capacity,
    };
    const old = before.get(actor.id);
    if (old !== undefined && sameNode(old, node)) {
      if (previous?.nodes[i] !== old) reused = false;
      return old;
    }
    reused = false;
    return node;
  });
  let links = linksOf.get(sim.structure);
  if (links === undefined) {
    links = sim.structure.links.map((link, i) => ({
      id: `${link.from}~${link.to}~${i}`,
      source: link.from,
      target: link.to,
      channel: link.channel,
    }));
    linksOf.set(sim.structure, links);
  }
  const messages: MeshMessage[] = [];
  for (const m of sim.inFlight()) {
    if (m.departed > time) continue; // still queued for the link
    const length = m.arrives - m.departed;
    const progress = length <= 0 ? 1 : Math.min(1, Math.max(0, (time - m.departed) / length));
    messages.push({
      id: `m${m.id}`,
      from: m.from,
      to: m.to,
      progress,
      about: m.about,
    });
  }
  for (let i = sim.log.length - 1; i >= 0; i--) {
    const e = sim.log[i]!;
    if (e.time < time - lostFor) break;
    if (e.kind !== 'message.lost' || !e.route || e.route.length < 2) continue;
    messages.push({
      id: `lost-${e.seq}`,
      from: e.route[0]!,
      to: e.route[1]!,
      progress: 0.5,
      lost: true,
      about: e.params.about,
    });
  }
  const meetings: GraphMeeting[] = [];
  for (const inst of sim.instances()) {
    if (inst.machine !== 'meeting' || inst.done || inst.state !== 'in session') continue;
    const ctx = inst.context as { name?: string; chair?: string; present?: string[] };
    const attendees = [...new Set([ctx.chair ?? inst.host, ...(ctx.present ?? [])])];
    meetings.push({ id: inst.id, label: ctx.name ?? inst.id, attendees });
  }
  return {
    nodes: reused && previous ? previous.nodes : nodes,
    links,
    messages,
    meetings:
      previous !== undefined && dequal(previous.meetings, meetings) ? previous.meetings : meetings,
    selected,
  };
}

function sameNode(a: GraphNode, b: GraphNode): boolean {
  return (
    a.kind === b.kind &&
    a.label === b.label &&
    a.role === b.role &&
    a.state === b.state &&
    a.workload === b.workload &&
    a.capacity === b.capacity
  );
}
