// View models: plain data the panels render, derived from a Simulation at a display time.
// Pure functions of the engine's state and log; the controller decides when to rebuild them.
import type { GraphMeeting, GraphMessage, GraphNode, GraphView } from '../graph/types.ts';
import type {
  Decision,
  Inject,
  LogEntry,
  Scenario,
  SimEvent,
  Simulation,
  Structure,
} from '../core/index.ts';
import type { Core } from './engine';
import { catalogText, entryText, phraseText } from './logText';
import { markWords, readable, stateLeaf, stateWords, type Names } from './words';

/**
 * How long a lost message is reported after the loss, in simulated minutes (the graph marks
 * it when first reported and fades the mark out on its own).
 */
export const LOST_VISIBLE_FOR = 45;

export function buildGraphView(
  sim: Simulation,
  time: number,
  selected: string | null,
  lostFor: number = LOST_VISIBLE_FOR,
): GraphView {
  const nodes: GraphNode[] = sim.scenario.actors.map((actor) => {
    const live = sim.instance(actor.id);
    const ctx = (live?.context ?? {}) as { workload?: number; capacityNow?: number };
    return {
      id: actor.id,
      kind: actor.kind,
      label: actor.name,
      role: actor.role,
      state: live?.state ?? 'available',
      workload: ctx.workload ?? 0,
      capacity: ctx.capacityNow ?? actor.capacity,
    };
  });
  const links = sim.structure.links.map((link, i) => ({
    id: `${link.from}~${link.to}~${i}`,
    source: link.from,
    target: link.to,
    channel: link.channel,
  }));
  const messages: GraphMessage[] = [];
  for (const m of sim.inFlight()) {
    if (m.departed > time) continue; // still queued for the link
    const length = m.arrives - m.departed;
    const progress = length <= 0 ? 1 : Math.min(1, Math.max(0, (time - m.departed) / length));
    messages.push({
      id: `m${m.id}`,
      from: m.from,
      to: m.to,
      progress,
      about: phraseText(m.about),
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
      about: phraseText(e.params.about),
    });
  }
  const meetings: GraphMeeting[] = [];
  for (const inst of sim.instances()) {
    if (inst.machine !== 'meeting' || inst.done || inst.state !== 'in session') continue;
    const ctx = inst.context as { name?: string; chair?: string; present?: string[] };
    const attendees = [...new Set([ctx.chair ?? inst.host, ...(ctx.present ?? [])])];
    meetings.push({ id: inst.id, label: ctx.name ?? inst.id, attendees });
  }
  return { nodes, links, messages, meetings, selected };
}

// ── inspector ─────────────────────────────────────────────────────────────────────────

export interface Field {
  readonly label: string;
  readonly value: string;
}

export interface StateChip {
  readonly name: string;
  /** The state in words, its last step only ("asking"). */
  readonly label: string;
  readonly description: string;
  readonly current: boolean;
}

export interface ProcessView {
  readonly id: string;
  readonly machine: string;
  readonly title: string;
  readonly state: string;
  /** The state path in words ("self assessment › asking"). */
  readonly stateLabel: string;
  readonly done: boolean;
  readonly role: string;
  readonly fields: readonly Field[];
  readonly states: readonly StateChip[];
}

export interface MessageLine {
  readonly seq: number;
  readonly time: number;
  /** The other end: who it came from, or who it went to. */
  readonly other: string;
  readonly about: string;
  readonly outcome: 'sent' | 'delivered' | 'lost' | 'unanswered' | 'undeliverable';
}

export interface InspectorView {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly role: string;
  readonly state: string;
  readonly stateLabel: string;
  readonly stateDescription: string;
  readonly fields: readonly Field[];
  readonly states: readonly StateChip[];
  readonly processes: readonly ProcessView[];
  readonly incoming: readonly MessageLine[];
  readonly outgoing: readonly MessageLine[];
  readonly knows: readonly Field[];
  /** The latest log entries at this actor, newest first, each in words. */
  readonly recent: ReadonlyArray<LogEntry & { readonly text: string }>;
}

type Format = Pick<Core, 'formatTime' | 'formatDuration' | 'machineStateNames'>;

type Kind = 'time' | 'duration' | 'share' | 'bool' | 'text' | 'hidden' | 'actor' | 'actors';

/** Labels for the context fields of the machines, in the order shown. */
const FIELDS: Record<string, readonly (readonly [key: string, label: string, kind: Kind])[]> = {
  component: [
    ['workload', 'Tasks in hand', 'text'],
    ['capacityNow', 'Capacity (tasks at once)', 'text'],
    ['handling', 'Time per task', 'duration'],
    ['teams', 'Teams', 'text'],
    ['teamsOut', 'Teams out', 'text'],
    ['peak', 'Peak workload', 'text'],
    ['capacity', 'Capacity at start', 'hidden'],
    ['id', '', 'hidden'],
    ['kind', '', 'hidden'],
    ['role', '', 'hidden'],
  ],
  escort: [
    ['convoy', 'Convoy', 'text'],
    ['requester', 'Requested by', 'actor'],
    ['area', 'Area', 'text'],
    ['need', 'Need', 'text'],
    ['alternatives', 'Alternatives considered', 'text'],
    ['hostStateUnable', 'Host state unable (criterion 2)', 'bool'],
    ['escortCredible', 'Escort credible and safe (criterion 3)', 'bool'],
    ['exitPlan', 'Exit plan (criterion 4)', 'bool'],
    ['unmet', 'Criteria not met', 'text'],
    ['facilitator', 'Facilitated by', 'actor'],
    ['decider', 'Decided by', 'actor'],
    ['providers', 'Escort providers', 'actors'],
    ['provider', 'Provider asked (in order)', 'hidden'],
    ['attempts', 'Providers asked', 'text'],
    ['length', 'Movement length', 'duration'],
    ['requestedAt', 'Requested at', 'time'],
    ['pressure', 'Under political pressure', 'bool'],
    ['incident', '', 'hidden'],
    ['followUp', 'Follow-up after', 'duration'],
    ['id', '', 'hidden'],
  ],
  meeting: [
    ['name', 'Meeting', 'text'],
    ['chair', 'Chair', 'actor'],
    ['invitees', 'Invitees', 'actors'],
    ['session', 'Session', 'text'],
    ['start', 'Session starts', 'time'],
    ['every', 'Every', 'duration'],
    ['length', 'Length', 'duration'],
    ['quorum', 'Quorum', 'share'],
    ['present', 'Present', 'actors'],
    ['absent', 'Absent', 'actors'],
    ['unreachable', 'Unreachable', 'actors'],
    ['postponeBy', 'Postponed by (no quorum)', 'duration'],
    ['first', 'First session', 'time'],
    ['inviteAt', 'Invitations go out', 'time'],
    ['lead', 'Invitations ahead', 'duration'],
    ['slot', '', 'hidden'],
    ['clock', '', 'hidden'],
    ['round', '', 'hidden'],
    ['replies', '', 'hidden'],
    ['startAt', '', 'hidden'],
    ['id', '', 'hidden'],
  ],
};

const HOST_POLICE_FIELDS: readonly (readonly [string, string, Kind])[] = [
  ['readiness', 'Readiness', 'text'],
  ['improvement', 'Certified share gained per week', 'share'],
  ['hrddp', 'HRDDP status of UN support', 'text'],
  ['weeks', 'Weeks of mentoring', 'text'],
];

FIELDS['hostPolice'] = [...HOST_POLICE_FIELDS, ...(FIELDS['component'] ?? [])];
// Military, UN police, humanitarian and civilian components share the component's fields.
for (const kind of ['military', 'police', 'humanitarian', 'civilian'])
  FIELDS[kind] = FIELDS['component'] ?? [];
FIELDS['information'] = [
  ['summary', 'What', 'text'],
  ['from', 'From', 'actor'],
  ['to', 'To', 'actors'],
  ['received', 'Received by', 'text'],
  ['id', '', 'hidden'],
];
FIELDS['notification'] = [
  ['convoy', 'Movement', 'text'],
  ['by', 'Notified by', 'actor'],
  ['area', 'Area', 'text'],
  ['recipients', 'Notified', 'actors'],
  ['acknowledged', 'Acknowledged by', 'text'],
  ['id', '', 'hidden'],
];
FIELDS['handover'] = [
  ['area', 'Area', 'text'],
  ['from', 'From', 'actor'],
  ['to', 'To', 'actor'],
  ['authority', 'Decided by', 'actor'],
  ['flow', 'Kind', 'text'],
  ['phase', 'Phase', 'text'],
  ['threshold', 'Certified share required', 'share'],
  ['briefed', 'Intelligence briefed', 'bool'],
  ['withdrawn', 'Outgoing unit withdrawn', 'bool'],
  ['transferred', 'Responsibility transferred', 'bool'],
  ['gapOpen', 'Security gap open', 'bool'],
  ['attempts', 'Attempts', 'text'],
  ['assessments', 'Assessments', 'text'],
  ['reason', 'Reason', 'text'],
  ['withdrawAfter', 'Outgoing unit leaves after', 'duration'],
  ['reassessAfter', 'Reassessed after', 'duration'],
  ['reviewEvery', 'Reviewed every', 'duration'],
  ['followUp', 'Follow-up after', 'duration'],
  ['retry', 'Retry after', 'duration'],
  ['phases', '', 'hidden'],
  ['briefingSent', '', 'hidden'],
  ['report', '', 'hidden'],
  ['id', '', 'hidden'],
];
FIELDS['poc'] = [
  ['summary', 'Threat', 'text'],
  ['area', 'Area', 'text'],
  ['severity', 'Severity', 'text'],
  ['threatToCivilians', 'Threat to civilians', 'bool'],
  ['reporter', 'Reported by', 'actor'],
  ['hub', 'Situational awareness', 'actor'],
  ['decider', 'Decides the response', 'actor'],
  ['responder', 'Responder', 'actor'],
  ['candidates', 'Possible responders', 'actors'],
  ['needToKnow', 'Need to know', 'actors'],
  ['attempts', 'Responders asked', 'text'],
  ['reason', 'Reason', 'text'],
  ['followUp', 'Follow-up after', 'duration'],
  ['onSite', 'Time on site', 'duration'],
  ['responders', '', 'hidden'],
  ['choice', '', 'hidden'],
  ['id', '', 'hidden'],
];

/** The context field that names a process instance in words. */
const TITLE_FIELD: Record<string, string> = {
  escort: 'convoy',
  meeting: 'name',
  information: 'summary',
  notification: 'convoy',
  handover: 'area',
  poc: 'summary',
};

const MACHINE_TITLES: Record<string, string> = {
  component: 'Component',
  military: 'Military component',
  police: 'UN police component',
  humanitarian: 'Humanitarian actor',
  civilian: 'Mission civilian component',
  escort: 'Escort request',
  meeting: 'Meeting',
  notification: 'Movement notification',
  information: 'Information',
  poc: 'Protection of civilians',
  handover: 'Handover',
  hostPolice: 'Host-state police',
};

/** "hostStateUnable" → "Host state unable". */
export function labelOf(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A plain value in words: lists joined, yes/no, objects as "key: value" pairs. */
export function plain(value: unknown, names?: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (typeof value === 'string') return names?.get(value) ?? value;
  if (Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((v) => plain(v, names)).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // { id, … } reads as "Name (rest)"; { kind, works } and similar as "kind (works: no)".
    if (typeof o['id'] === 'string') {
      const rest = Object.entries(o).filter(([k]) => k !== 'id');
      return `${names?.get(o['id']) ?? o['id']}${rest.length ? ` (${rest.map(([k, v]) => `${labelOf(k).toLowerCase()}: ${plain(v, names)}`).join(', ')})` : ''}`;
    }
    if (typeof o['kind'] === 'string') {
      const rest = Object.entries(o).filter(([k]) => k !== 'kind');
      return `${o['kind']}${rest.length ? ` (${rest.map(([k, v]) => `${labelOf(k).toLowerCase()}: ${plain(v, names)}`).join(', ')})` : ''}`;
    }
    const entries = Object.entries(o);
    const share = (k: string, v: unknown) =>
      typeof v === 'number' && v <= 1 && /certified|share|quorum|threshold|attendance/i.test(k)
        ? `${Math.round(v * 100)}%`
        : plain(v, names);
    return entries.length === 0
      ? 'none'
      : entries
          .map(([k, v]) => `${names?.get(k) ?? labelOf(k).toLowerCase()}: ${share(k, v)}`)
          .join(', ');
  }
  return String(value);
}

export function describeContext(
  machine: string,
  context: unknown,
  core: Format,
  names: ReadonlyMap<string, string>,
): Field[] {
  if (!context || typeof context !== 'object') return [];
  const ctx = context as Record<string, unknown>;
  const known = FIELDS[machine] ?? [['id', '', 'hidden']];
  const seen = new Set<string>();
  const out: Field[] = [];
  const show = (key: string, label: string, kind: Kind): void => {
    seen.add(key);
    if (kind === 'hidden' || !(key in ctx)) return;
    const v = ctx[key];
    // An empty reason or a missing value says nothing: no row rather than an empty one.
    if (v === undefined || v === null || v === '') return;
    let value: string;
    if (kind === 'time' && typeof v === 'number') value = core.formatTime(v);
    else if (kind === 'duration' && typeof v === 'number') value = core.formatDuration(v);
    // A quorum above 1 is a head count, not a share.
    else if (kind === 'share' && typeof v === 'number' && v <= 1) value = `${Math.round(v * 100)}%`;
    else value = plain(v, kind === 'actor' || kind === 'actors' ? names : undefined);
    out.push({ label, value });
  };
  for (const [key, label, kind] of known) show(key, label, kind);
  for (const key of Object.keys(ctx)) if (!seen.has(key)) show(key, labelOf(key), 'text');
  return out;
}

/** Does a process's context name this actor (requester, decider, chair, invitee…)? */
function involves(context: unknown, actor: string): boolean {
  if (!context || typeof context !== 'object') return false;
  for (const [key, v] of Object.entries(context as Record<string, unknown>)) {
    if (key === 'id') continue;
    if (v === actor) return true;
    if (Array.isArray(v) && v.includes(actor)) return true;
  }
  return false;
}

function roleIn(context: unknown, actor: string): string {
  if (!context || typeof context !== 'object') return '';
  const roles: string[] = [];
  for (const [key, v] of Object.entries(context as Record<string, unknown>)) {
    if (key === 'id') continue;
    if (v === actor || (Array.isArray(v) && v.includes(actor)))
      roles.push(labelOf(key).toLowerCase());
  }
  return roles.join(', ');
}

/**
 * A machine's states with the current one marked. Nested machines show their top level and,
 * below it, only the states along the current path, so a long machine stays readable.
 */
export function stateChips(core: Format, machine: string, current: string): StateChip[] {
  const out: StateChip[] = [];
  for (const s of core.machineStateNames(machine)) {
    const dot = s.name.lastIndexOf('.');
    const parent = dot < 0 ? '' : s.name.slice(0, dot);
    if (parent && current !== parent && !current.startsWith(`${parent}.`)) continue;
    out.push({
      name: s.name,
      label: stateLeaf(s.name),
      description: s.description,
      current: current === s.name || current.startsWith(`${s.name}.`),
    });
  }
  return out;
}

export function buildInspector(
  sim: Simulation,
  actorId: string,
  core: Format,
  recentCount = 8,
): InspectorView | null {
  const actor = sim.scenario.actors.find((a) => a.id === actorId);
  if (!actor) return null;
  const names = scenarioNames(sim.scenario);
  const live = sim.instance(actorId);
  const state = live?.state ?? 'available';
  const states = stateChips(core, live?.machine ?? 'component', state);
  const processes: ProcessView[] = [];
  for (const inst of sim.instances()) {
    if (inst.id === actorId || sim.scenario.actors.some((a) => a.id === inst.id)) continue; // actors, not processes
    if (inst.host !== actorId && !involves(inst.context, actorId)) continue;
    const title =
      (inst.context as Record<string, unknown>)[TITLE_FIELD[inst.machine] ?? 'name'] ?? inst.id;
    processes.push({
      id: inst.id,
      machine: inst.machine,
      title: `${MACHINE_TITLES[inst.machine] ?? labelOf(inst.machine)}: ${typeof title === 'string' ? readable(title, names) : inst.id}`,
      state: inst.state,
      stateLabel: stateWords(inst.state),
      done: inst.done,
      role: inst.host === actorId ? 'host' : roleIn(inst.context, actorId),
      fields: describeContext(inst.machine, inst.context, core, names),
      states: stateChips(core, inst.machine, inst.state),
    });
  }
  // Active processes first, then the finished ones; newest first within each.
  processes.sort((a, b) => Number(a.done) - Number(b.done));

  const incoming: MessageLine[] = [];
  const outgoing: MessageLine[] = [];
  const recent: Array<LogEntry & { readonly text: string }> = [];
  for (let i = sim.log.length - 1; i >= 0; i--) {
    const e = sim.log[i]!;
    const about = () =>
      'params' in e && 'about' in e.params ? readable(phraseText(e.params.about), names) : '';
    if (outgoing.length < recentCount && e.kind === 'message.sent' && e.at === actorId) {
      outgoing.push({
        seq: e.seq,
        time: e.time,
        other: nameOf(names, e.params.to),
        about: about(),
        outcome: 'sent',
      });
    } else if (
      outgoing.length < recentCount &&
      (e.kind === 'message.lost' ||
        e.kind === 'message.no-path' ||
        e.kind === 'message.unanswered') &&
      e.params.from === actorId
    ) {
      outgoing.push({
        seq: e.seq,
        time: e.time,
        other: nameOf(names, e.params.to),
        about: about(),
        outcome: e.event.slice('message.'.length) as MessageLine['outcome'],
      });
    } else if (
      incoming.length < recentCount &&
      e.kind === 'message.delivered' &&
      e.actor === actorId
    ) {
      incoming.push({
        seq: e.seq,
        time: e.time,
        other: nameOf(names, e.params.from),
        about: about(),
        outcome: 'delivered',
      });
    }
    if (recent.length < recentCount && (e.at === actorId || e.actor === actorId))
      recent.push({ ...e, text: readable(entryText(e), names) });
    if (
      incoming.length >= recentCount &&
      outgoing.length >= recentCount &&
      recent.length >= recentCount
    )
      break;
  }
  const knows = Object.entries(sim.knowledge()[actorId] ?? {})
    .sort((a, b) => a[1] - b[1])
    .map(([info, since]) => ({ label: readable(info, names), value: core.formatTime(since) }));
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    role: actor.role,
    state,
    stateLabel: stateWords(state),
    stateDescription: states.find((s) => s.current)?.description ?? '',
    fields: describeContext(live?.machine ?? 'component', live?.context, core, names),
    states,
    processes,
    incoming,
    outgoing,
    knows,
    recent,
  };
}

/**
 * Every id a sentence may mention, with its name: the processes the MSEL starts (an escort
 * request by its convoy, an incident by its summary…), areas and actors.
 */
export function scenarioNames(scenario: Scenario): Names {
  const processes: Array<readonly [string, string]> = [];
  const events = [
    ...scenario.injects.map((i) => i.event),
    ...scenario.decisions.flatMap((d) => d.options.flatMap((o) => o.events)),
  ];
  for (const event of events) {
    if (!('id' in event) || typeof event.id !== 'string') continue;
    const e = event as unknown as Record<string, unknown>;
    const name = [e['convoy'], e['name'], e['summary']].find((v) => typeof v === 'string');
    if (typeof name === 'string') processes.push([event.id, name]);
  }
  return new Map<string, string>([
    ...processes,
    ...scenario.areas.map((a) => [a.id, a.name] as const),
    ...scenario.actors.map((a) => [a.id, a.name] as const),
  ]);
}

const nameOf = (names: ReadonlyMap<string, string>, id: unknown): string =>
  typeof id === 'string' ? (names.get(id) ?? id) : '—';

// ── MSEL and decision points ──────────────────────────────────────────────────────────

export interface MselRow {
  readonly serial: number;
  /** Scheduled time, or null for a conditional inject. */
  readonly at: number | null;
  /** For a conditional inject: what triggers it, in words. */
  readonly when: string | null;
  readonly from: string;
  readonly method: string;
  readonly text: string;
  readonly expected: string;
  readonly note: string;
  readonly objective: string;
  /** When it was delivered in this run so far, or null. */
  readonly delivered: number | null;
  /** Log position of its delivery, to jump there. */
  readonly deliveredSeq: number | null;
}

export function buildMsel(scenario: Scenario, log: readonly LogEntry[], core: Format): MselRow[] {
  const names = scenarioNames(scenario);
  const delivered = new Map<number, LogEntry>();
  for (const e of log) {
    if (e.kind !== 'inject.msel') continue;
    const serial = e.params.serial;
    if (!delivered.has(serial)) delivered.set(serial, e);
  }
  const rows = scenario.injects.map((inject: Inject) => {
    const d = delivered.get(inject.serial);
    return {
      serial: inject.serial,
      at: inject.at ?? null,
      // "1h after an escort request declined (WFP Sector East)"
      when: inject.when
        ? `${inject.when.delay ? `${core.formatDuration(inject.when.delay)} after` : 'on'} ${markWords(inject.when.on)}${inject.when.ref ? ` (${names.get(inject.when.ref) ?? inject.when.ref})` : ''}`
        : null,
      from: inject.from,
      method: inject.method,
      text: inject.text,
      expected: inject.expected ?? '',
      note: inject.note ?? '',
      objective: inject.objective ?? '',
      delivered: d?.time ?? null,
      deliveredSeq: d?.seq ?? null,
    };
  });
  return rows.sort(
    (a, b) =>
      (a.at ?? a.delivered ?? Infinity) - (b.at ?? b.delivered ?? Infinity) || a.serial - b.serial,
  );
}

export interface DecisionRow {
  readonly id: string;
  readonly at: number;
  readonly by: string;
  readonly byName: string;
  readonly prompt: string;
  readonly options: ReadonlyArray<{ id: string; label: string; consequence: string }>;
  readonly defaultOption: string;
  /** The option this run takes (answered now or earlier), or null while open. */
  readonly chosen: string | null;
  /** Whether the run has passed the point (its outcome is in the log so far). */
  readonly passed: boolean;
  readonly awaiting: boolean;
}

export function buildDecisions(sim: Simulation): DecisionRow[] {
  const names = new Map(sim.scenario.actors.map((a) => [a.id, a.name]));
  const waiting = sim.status === 'awaiting-decision' ? sim.awaiting?.id : undefined;
  return sim.scenario.decisions
    .map((d: Decision) => ({
      id: d.id,
      at: d.at,
      by: d.by,
      byName: names.get(d.by) ?? d.by,
      prompt: d.prompt,
      options: d.options.map((o) => ({ id: o.id, label: o.label, consequence: o.consequence })),
      defaultOption: d.default,
      chosen: sim.decided[d.id] ?? sim.runInputs.decisions[d.id] ?? null,
      passed: sim.decided[d.id] !== undefined,
      awaiting: waiting === d.id,
    }))
    .sort((a, b) => a.at - b.at);
}

export function structureSummary(structure: Structure): {
  id: string;
  name: string;
  description: string;
} {
  return { id: structure.id, name: structure.name, description: structure.description };
}

// ── live injects ──────────────────────────────────────────────────────────────────────

export interface LiveRow {
  /** Position in the branch's run inputs (the order they were pushed). */
  readonly index: number;
  /** "L1", "L2"…: the order they were pushed in this branch. */
  readonly serial: string;
  /** When it was pushed (and so when it happens). */
  readonly at: number;
  readonly type: string;
  /** The process it starts, if any ("live-1"). */
  readonly processId: string | null;
  readonly text: string;
  /** What it sets in motion, in a few words with names. */
  readonly summary: string;
  /** When it was delivered in this run so far (its time), or null while ahead. */
  readonly delivered: number | null;
  readonly deliveredSeq: number | null;
}

const LIVE_KIND_NAMES: Readonly<Record<string, string>> = {
  information: 'Information',
  incident: 'Incident',
  'capacity-change': 'Capacity change',
  'escort-request': 'Escort request',
  'movement-notification': 'Movement notification',
  handover: 'Handover',
  'handover-review': 'Handover review',
};

export function liveSummary(event: SimEvent, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const kind =
    (Object.hasOwn(LIVE_KIND_NAMES, event.type) && LIVE_KIND_NAMES[event.type]) || event.type;
  switch (event.type) {
    case 'information':
      return `${kind} · ${name(event.from)} → ${event.to.map(name).join(', ')}: ${event.summary}`;
    case 'incident':
      return `${kind} · ${name(event.area)} · ${event.severity} severity${event.threatToCivilians ? ', threat to civilians' : ''}: ${event.summary}`;
    case 'capacity-change': {
      const parts = [
        event.capacity !== undefined ? `capacity ${event.capacity}` : '',
        event.teams !== undefined ? `teams ${event.teams}` : '',
      ].filter(Boolean);
      return `${kind} · ${name(event.actor)}: ${parts.join(', ')}`;
    }
    case 'escort-request':
      return `${kind} · ${name(event.requester)} · ${event.convoy} to ${name(event.area)} (${event.need})`;
    default:
      return kind;
  }
}

/**
 * The branch's live injects with their delivery so far. Live injects are replayed in order of
 * time, then of pushing (the engine schedules them so when a run starts), which is the order
 * their "inject.live" entries appear in the log.
 */
export function buildLive(sim: Simulation): LiveRow[] {
  const injects = sim.runInputs.injects;
  const names = new Map<string, string>([
    ...sim.scenario.actors.map((a) => [a.id, a.name] as const),
    ...sim.scenario.areas.map((a) => [a.id, a.name] as const),
  ]);
  const order = injects
    .map((inject, index) => ({ inject, index }))
    .sort((a, b) => a.inject.at - b.inject.at || a.index - b.index);
  const delivered = new Map<number, LogEntry>();
  let k = 0;
  for (const e of sim.log) {
    if (e.event !== 'inject' || !e.marks?.includes('inject.live')) continue;
    const next = order[k++];
    if (next) delivered.set(next.index, e);
  }
  return order.map(({ inject, index }) => {
    const d = delivered.get(index);
    const event = inject.event;
    return {
      index,
      serial: `L${index + 1}`,
      at: inject.at,
      type: event.type,
      processId: 'id' in event ? event.id : null,
      text: inject.text,
      summary: liveSummary(event, names),
      delivered: d?.time ?? null,
      deliveredSeq: d?.seq ?? null,
    };
  });
}

// ── one log entry, selected in the log ────────────────────────────────────────────────

export interface EntryView {
  readonly seq: number;
  readonly time: number;
  /** Where it happened (an actor's name). */
  readonly where: string;
  /** The actor id it happened at, when it is one (to inspect it). */
  readonly actorId: string | null;
  /** The process it belongs to, in words, or "" when the actor acted itself. */
  readonly process: string;
  readonly text: string;
  /** "asking → declined", or "" when the entry changed no state. */
  readonly change: string;
  /** The actors a message crossed, by name. */
  readonly route: readonly string[];
  /** What it counts as ("escort request declined"), for the metrics. */
  readonly marks: readonly string[];
  /** Later entries exist beyond it in the run shown. */
  readonly later: number;
  /** For a decision taken on knowledge: why it went so, and why not the other options. */
  readonly why: WhyView | null;
}

/** A decision's why in words: the rules on what the decider knew, the other options. */
export interface WhyView {
  readonly rulesLabel: string;
  readonly rules: readonly string[];
  readonly othersLabel: string;
  readonly others: readonly string[];
  /** The uninformed note, when a fact that would have changed it had not reached the decider. */
  readonly uninformedLabel: string;
  readonly uninformed: string | null;
}

/** The why of the decision `e` is (or is the why of), from the entries written with it. */
function whyOf(log: readonly LogEntry[], e: LogEntry): WhyView | null {
  const near = log.filter(
    (x) => x.ref === e.ref && x.time === e.time && Math.abs(x.seq - e.seq) <= 3,
  );
  const why = near.find((x) => x.kind === 'decision.why');
  if (!why || why.kind !== 'decision.why') return null;
  const uninformed = near.find((x) => x.kind === 'decision.uninformed');
  return {
    rulesLabel: catalogText('cli.explain.rules', { decider: why.params.decider }),
    rules: why.params.rules.map((r) => phraseText(r)),
    othersLabel: catalogText('cli.explain.others'),
    others: why.params.others.map((r) => phraseText(r)),
    uninformedLabel: catalogText('cli.explain.uninformed'),
    uninformed: uninformed ? entryText(uninformed) : null,
  };
}

export function buildEntry(sim: Simulation, seq: number): EntryView | null {
  const e = sim.log[seq];
  if (!e) return null;
  const names = scenarioNames(sim.scenario);
  const isActor = sim.scenario.actors.some((a) => a.id === e.at);
  const change =
    e.before !== undefined && e.after !== undefined && e.before !== e.after
      ? `${stateWords(e.before)} → ${stateWords(e.after)}`
      : '';
  return {
    seq: e.seq,
    time: e.time,
    where: names.get(e.at) ?? e.at,
    actorId: isActor ? e.at : null,
    process: e.actor === e.at ? '' : (names.get(e.actor) ?? labelOf(e.actor)),
    text: readable(entryText(e), names),
    change,
    route: (e.route ?? []).map((id) => names.get(id) ?? id),
    marks: (e.marks ?? []).map(markWords),
    later: sim.log.length - 1 - seq,
    why: whyOf(sim.log, e),
  };
}
