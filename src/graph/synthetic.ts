// Views for the graph's test page, its benchmark and its tests: a small realistic sector mesh
// and seeded synthetic meshes of any size, plus traffic that keeps messages moving.
import { createRng, type ActorKind, type Channel, type Rng } from '../core/vocabulary.ts';
import type { GraphLink, GraphMessage, GraphNode, GraphView } from './types.ts';

type Row = [
  id: string,
  kind: ActorKind,
  label: string,
  role: string,
  state: string,
  workload: number,
  capacity: number,
];

const SECTOR_ACTORS: Row[] = [
  ['fhq', 'military', 'Force HQ', 'force HQ', 'available', 1, 4],
  ['bn-east', 'military', 'Battalion East', 'battalion', 'busy', 3, 4],
  ['bn-west', 'military', 'Battalion West', 'battalion', 'available', 1, 3],
  ['unpol', 'police', 'UNPOL Sector East', 'UNPOL', 'available', 0, 3],
  ['fpu-1', 'police', 'FPU 1', 'FPU', 'escorting', 2, 3],
  ['hc', 'humanitarian', 'Humanitarian Coordinator', 'HC', 'busy', 2, 3],
  ['ocha', 'humanitarian', 'OCHA CMCoord', 'UN-CMCoord officer', 'overloaded', 5, 3],
  ['wfp', 'humanitarian', 'WFP', 'UN agency', 'available', 1, 3],
  ['unhcr', 'humanitarian', 'UNHCR', 'UN agency', 'available', 0, 3],
  ['ngo-forum', 'humanitarian', 'NGO Forum', 'NGO', 'available', 0, 2],
  ['joc', 'civilian', 'JOC', 'JOC', 'busy', 3, 4],
  ['jmac', 'civilian', 'JMAC', 'JMAC', 'available', 1, 3],
  ['civil-affairs', 'civilian', 'Civil Affairs East', 'civil affairs', 'available', 0, 3],
  ['hofo', 'civilian', 'Head of Field Office', 'HoFO', 'available', 1, 3],
  ['dpc-east', 'host-police', 'District Police East', 'district command', 'available', 1, 3],
  ['pnp-hq', 'host-police', 'National Police HQ', 'national HQ', 'busy', 2, 3],
];

const SECTOR_LINKS: [string, string, Channel][] = [
  ['fhq', 'bn-east', 'radio'],
  ['fhq', 'bn-west', 'radio'],
  ['fhq', 'joc', 'liaison'],
  ['bn-east', 'joc', 'radio'],
  ['bn-west', 'joc', 'radio'],
  ['unpol', 'fpu-1', 'radio'],
  ['unpol', 'joc', 'liaison'],
  ['unpol', 'dpc-east', 'liaison'],
  ['fpu-1', 'bn-east', 'radio'],
  ['ocha', 'hc', 'report'],
  ['ocha', 'bn-east', 'liaison'],
  ['wfp', 'ocha', 'liaison'],
  ['unhcr', 'ocha', 'liaison'],
  ['ngo-forum', 'ocha', 'meeting-only'],
  ['hc', 'hofo', 'report'],
  ['hofo', 'joc', 'radio'],
  ['jmac', 'joc', 'report'],
  ['civil-affairs', 'hofo', 'report'],
  ['civil-affairs', 'dpc-east', 'meeting-only'],
  ['dpc-east', 'pnp-hq', 'radio'],
  ['pnp-hq', 'unpol', 'report'],
];

/** A small sector mesh with every kind, state and channel, a meeting and a lost message. */
export function sampleView(): GraphView {
  const nodes: GraphNode[] = SECTOR_ACTORS.map(
    ([id, kind, label, role, state, workload, capacity]) => ({
      id,
      kind,
      label,
      role,
      state,
      workload,
      capacity,
    }),
  );
  const links: GraphLink[] = SECTOR_LINKS.map(([source, target, channel]) => ({
    id: `${source}~${target}`,
    source,
    target,
    channel,
  }));
  return {
    nodes,
    links,
    messages: [
      { id: 'm1', from: 'wfp', to: 'ocha', progress: 0.55, about: 'escort request: food convoy' },
      { id: 'm2', from: 'joc', to: 'bn-east', progress: 0.3, about: 'tasking: route check' },
      { id: 'm3', from: 'ocha', to: 'hc', progress: 0.7, about: 'escort request: IASC criteria' },
      {
        id: 'm4',
        from: 'dpc-east',
        to: 'unpol',
        progress: 0.45,
        lost: true,
        about: 'incident report',
      },
    ],
    meetings: [
      { id: 'smt', label: 'Security cell', attendees: ['joc', 'unpol', 'dpc-east', 'hofo'] },
    ],
    selected: null,
  };
}

const KIND_SHARE: [ActorKind, number][] = [
  ['military', 0.25],
  ['police', 0.2],
  ['humanitarian', 0.25],
  ['civilian', 0.2],
  ['host-police', 0.1],
];

const KIND_WORDS: Readonly<Record<ActorKind, [prefix: string, role: string]>> = {
  military: ['Coy', 'company'],
  police: ['FPU', 'FPU'],
  humanitarian: ['Agency', 'UN agency'],
  civilian: ['Office', 'civil affairs'],
  'host-police': ['Station', 'district command'],
};

const CHANNEL_SHARE: [Channel, number][] = [
  ['radio', 0.45],
  ['liaison', 0.2],
  ['report', 0.25],
  ['meeting-only', 0.1],
];

/**
 * A seeded mesh of `count` actors: a random tree (each actor reports to an earlier one) plus
 * 40% extra cross-links, about one message per eight actors and a meeting per hundred.
 */
export function syntheticView(count: number, seed: number): GraphView {
  const rng = createRng(seed);
  const nodes: GraphNode[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(rng, KIND_SHARE);
    const [prefix, role] = KIND_WORDS[kind];
    const roll = rng.next();
    const state = roll < 0.7 ? 'available' : roll < 0.9 ? 'busy' : 'overloaded';
    const capacity = rng.int(2, 5);
    const workload =
      state === 'available'
        ? rng.int(0, capacity - 1)
        : state === 'busy'
          ? capacity
          : capacity + rng.int(1, 3);
    nodes.push({ id: `a${i}`, kind, label: `${prefix} ${i}`, role, state, workload, capacity });
  }
  const links: GraphLink[] = [];
  const pairs = new Set<string>();
  const addLink = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) return;
    pairs.add(key);
    links.push({
      id: `l${links.length}`,
      source: `a${a}`,
      target: `a${b}`,
      channel: pick(rng, CHANNEL_SHARE),
    });
  };
  // Attach to an early node more often than a late one: a few hubs, like real command lines.
  for (let i = 1; i < count; i++) addLink(i, Math.floor(Math.pow(rng.next(), 2) * i));
  const extra = Math.floor(count * 0.4);
  for (let e = 0; e < extra && count > 2; e++)
    addLink(rng.int(0, count - 1), rng.int(0, count - 1));

  const traffic = createTraffic(links, seed + 1, Math.max(2, Math.round(count / 8)));
  const meetings = [];
  for (let m = 0; m * 100 < count; m++) {
    const attendees = new Set<string>();
    const size = Math.min(count, rng.int(3, 5));
    while (attendees.size < size) attendees.add(`a${rng.int(0, count - 1)}`);
    meetings.push({ id: `meet-${m}`, label: `Coordination ${m + 1}`, attendees: [...attendees] });
  }
  return { nodes, links, messages: traffic.messages(), meetings, selected: null };
}

export interface Traffic {
  messages(): GraphMessage[];
  /** Moves every message on by `seconds`; arrivals are replaced by new messages elsewhere. */
  step(seconds: number): GraphMessage[];
}

/** Messages crossing random links at about one edge per 2–4 s; one in twelve is lost midway. */
export function createTraffic(links: readonly GraphLink[], seed: number, count: number): Traffic {
  const rng = createRng(seed);
  let next = 0;
  const spawn = (progress: number) => {
    const link = links[rng.int(0, Math.max(links.length - 1, 0))];
    if (link === undefined) return undefined;
    const forward = rng.chance(0.5);
    const lost = rng.chance(1 / 12);
    return {
      message: {
        id: `t${next++}`,
        from: forward ? link.source : link.target,
        to: forward ? link.target : link.source,
        progress,
        about: 'synthetic traffic',
      } satisfies GraphMessage,
      speed: 1 / (2 + rng.next() * 2),
      lostAt: lost ? 0.3 + rng.next() * 0.4 : 2,
    };
  };
  let live = Array.from({ length: links.length === 0 ? 0 : count }, () => spawn(rng.next())).filter(
    (m) => m !== undefined,
  );
  const view = (): GraphMessage[] =>
    live.map(({ message, lostAt }) =>
      message.progress >= lostAt ? { ...message, lost: true } : message,
    );
  return {
    messages: view,
    step(seconds) {
      live = live.map((m) => {
        const progress = m.message.progress + m.speed * seconds;
        const gone = progress >= 1 || progress >= m.lostAt + 0.1;
        return gone ? (spawn(0) ?? m) : { ...m, message: { ...m.message, progress } };
      });
      return view();
    },
  };
}

function pick<T>(rng: Rng, shares: readonly [T, number][]): T {
  let roll = rng.next();
  for (const [value, share] of shares) {
    roll -= share;
    if (roll < 0) return value;
  }
  const last = shares[shares.length - 1];
  if (last === undefined) throw new Error('pick from an empty list');
  return last[0];
}
