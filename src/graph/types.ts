// The graph's contract with the app: plain view data in, selection out. The store derives a
// GraphView from the engine; createMeshGraph (meshGraph.ts) draws it. No DOM types here
// beyond the factory's SVG element, so the store can import these without pulling in d3.
import type { ActorKind, Channel } from '../core/index.ts';

export interface GraphNode {
  id: string;
  kind: ActorKind;
  label: string;
  role: string;
  /** Component state: 'available' | 'busy' | 'overloaded', or a process state. */
  state: string;
  workload: number;
  capacity: number;
}

export interface GraphLink {
  id: string;
  source: string;
  target: string;
  channel: Channel;
}

export interface GraphMessage {
  id: string;
  from: string;
  to: string;
  /** 0..1 along the edge from `from` to `to`. */
  progress: number;
  lost?: boolean;
  about: string;
}

export interface GraphMeeting {
  id: string;
  label: string;
  attendees: string[];
}

export interface GraphView {
  nodes: GraphNode[];
  links: GraphLink[];
  messages: GraphMessage[];
  meetings: GraphMeeting[];
  selected: string | null;
}

export interface MeshGraphOptions {
  seed: number;
  onSelect(id: string | null): void;
  /**
   * Layout ticks run at once on the first non-empty update, before its first positions are
   * drawn, so a scenario opens already laid out (deterministic: depends only on the node count
   * unless given). 0 animates from the start, as the frame benchmark does.
   */
  warmupTicks?: number;
  /** Accessible name of the whole graph; default the catalogs' `app.mesh.label` in the page's language. */
  label?: string;
  /**
   * The words the drawing writes (tooltips, accessible names), in the reader's language; the SVG
   * graph's default: the catalogs' in the page's language (catalogWords.ts).
   */
  words?: GraphWords;
}

/** What the graph says in words; English unless the page gives its own (src/ui/graph). */
export interface GraphWords {
  /** An actor kind's name: "UN police". */
  kind(kind: GraphNode['kind']): string;
  /** An actor's state: "available". */
  state(state: string): string;
  /** A meeting hub's tooltip. */
  meeting(label: string, attendees: readonly string[]): string;
  /** The whole graph's description for assistive technology. */
  describe(actors: number, links: number): string;
}

export interface MeshGraph {
  update(view: GraphView): void;
  destroy(): void;
  /** Frames the whole mesh in the viewport and resumes following the layout as it moves. */
  fit?(): void;
}
