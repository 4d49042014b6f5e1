// View models: plain data the panels render, derived from a Simulation at a display time.
// Pure functions of the engine's state and log; the controller decides when to rebuild them.
import type { GraphView } from '../graph/types.ts';
import type {
  Decision,
  Inject,
  LogEntry,
  Scenario,
  SimEvent,
  Simulation,
  Structure,
} from '../core/index.ts';
import { buildMeshView, LOST_VISIBLE_FOR } from '../common/mesh-view.ts';
import type { Core } from './engine';
import type { AppKey } from '../i18n/index.ts';
import { appText, durationText, entryText, hasAppText, phraseText } from './logText';
import { markWords, readable, stateLeaf, stateWords, type Names } from './words';

/** A catalog key's last part from words: "in session" → "in-session". */
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A state's name in the page's language: "in session" → "en séance". */
function stateName(leaf: string): string {
  const key = `app.state.${slug(leaf)}`;
  return hasAppText(key) ? appText(key) : stateLeaf(leaf);
}

/** A state path in words: "police to host police › self assessment". */
function statePath(path: string): string {
  if (path === '') return '';
  const names = path.split('.').map(stateName);
  // Without the catalogs (tests of the store alone) the words of the path itself.
  return names.some((n, i) => n !== stateLeaf(path.split('.')[i]!))
    ? names.join(' › ')
    : stateWords(path);
}

/** What a machine's state means, in the page's language ('' before the catalogs load). */
function stateMeaning(machine: string, path: string): string {
  const key = `app.state-desc.${machine}.${path.split('.').map(slug).join('.')}`;
  return hasAppText(key) ? appText(key) : '';
}

/** A duration in the page's language (core's compact form before the catalogs load). */
const spanIn = (minutes: number, core: Pick<Core, 'formatDuration'>): string =>
  durationText(minutes) ?? core.formatDuration(minutes);

/** What a log mark counts as, in words: "escort.declined" → "an escort declined". */
function markText(mark: string): string {
  const key = `app.mark.${mark}`;
  return hasAppText(key) ? appText(key) : markWords(mark);
}

/** A field label from the catalogs (labels are keys), or a label made from a context key. */
const fieldLabel = (label: string): string => (hasAppText(label) ? appText(label) : label);
// The mesh itself is built in src/common (shared with the exercise host); the app words it here.
export { LOST_VISIBLE_FOR };

/**
 * The graph's view of the run at `time`, in the page's language. Given the `previous` view,
 * actors that did not change keep their node objects, and the node array is kept whole when
 * none did, so the graph (and the mesh table) only look at what moved.
 */
export function buildGraphView(
  sim: Simulation,
  time: number,
  selected: string | null,
  lostFor: number = LOST_VISIBLE_FOR,
  previous?: GraphView,
): GraphView {
  const mesh = buildMeshView(sim, time, selected, lostFor, previous);
  return { ...mesh, messages: mesh.messages.map((m) => ({ ...m, about: phraseText(m.about) })) };
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
    ['workload', 'app.field.tasks-in-hand', 'text'],
    ['capacityNow', 'app.field.capacity-tasks-at-once', 'text'],
    ['handling', 'app.field.time-per-task', 'duration'],
    ['teams', 'app.field.teams', 'text'],
    ['teamsOut', 'app.field.teams-out', 'text'],
    ['peak', 'app.field.peak-workload', 'text'],
    ['capacity', 'app.field.capacity-at-start', 'hidden'],
    ['id', '', 'hidden'],
    ['kind', '', 'hidden'],
    ['role', '', 'hidden'],
  ],
  escort: [
    ['convoy', 'app.field.convoy', 'text'],
    ['requester', 'app.field.requested-by', 'actor'],
    ['area', 'app.field.area', 'text'],
    ['need', 'app.field.need', 'text'],
    ['alternatives', 'app.field.alternatives-considered', 'text'],
    ['hostStateUnable', 'app.field.host-state-unable-criterion-2', 'bool'],
    ['escortCredible', 'app.field.escort-credible-and-safe-criterion-3', 'bool'],
    // The scenario's own criterion 3, kept for the providers: the row above already says it.
    ['taughtCredible', '', 'hidden'],
    ['exitPlan', 'app.field.exit-plan-criterion-4', 'bool'],
    ['unmet', 'app.field.criteria-not-met', 'text'],
    ['facilitator', 'app.field.facilitated-by', 'actor'],
    ['decider', 'app.field.decided-by', 'actor'],
    ['providers', 'app.field.escort-providers', 'actors'],
    ['provider', 'app.field.provider-asked-in-order', 'hidden'],
    ['attempts', 'app.field.providers-asked', 'text'],
    ['length', 'app.field.movement-length', 'duration'],
    ['requestedAt', 'app.field.requested-at', 'time'],
    ['pressure', 'app.field.under-political-pressure', 'bool'],
    ['incidentRisk', 'app.field.incident-risk', 'share'],
    ['incident', '', 'hidden'],
    ['followUp', 'app.field.follow-up-after', 'duration'],
    ['id', '', 'hidden'],
  ],
  meeting: [
    ['name', 'app.field.meeting', 'text'],
    ['chair', 'app.field.chair', 'actor'],
    ['invitees', 'app.field.invitees', 'actors'],
    ['session', 'app.field.session', 'text'],
    ['start', 'app.field.session-starts', 'time'],
    ['every', 'app.field.every', 'duration'],
    ['length', 'app.field.length', 'duration'],
    ['quorum', 'app.field.quorum', 'share'],
    ['present', 'app.field.present', 'actors'],
    ['absent', 'app.field.absent', 'actors'],
    ['unreachable', 'app.field.unreachable', 'actors'],
    ['postponeBy', 'app.field.postponed-by-no-quorum', 'duration'],
    ['first', 'app.field.first-session', 'time'],
    ['inviteAt', 'app.field.invitations-go-out', 'time'],
    ['lead', 'app.field.invitations-ahead', 'duration'],
    ['slot', '', 'hidden'],
    ['clock', '', 'hidden'],
    ['round', '', 'hidden'],
    ['replies', '', 'hidden'],
    ['startAt', '', 'hidden'],
    ['id', '', 'hidden'],
  ],
};

const HOST_POLICE_FIELDS: readonly (readonly [string, string, Kind])[] = [
  ['readiness', 'app.field.readiness', 'text'],
  ['improvement', 'app.field.certified-share-gained-per-week', 'share'],
  ['hrddp', 'app.field.hrddp-status-of-un-support', 'text'],
  ['weeks', 'app.field.weeks-of-mentoring', 'text'],
];

FIELDS['hostPolice'] = [...HOST_POLICE_FIELDS, ...(FIELDS['component'] ?? [])];
// Military, UN police, humanitarian and civilian components share the component's fields.
for (const kind of ['military', 'police', 'humanitarian', 'civilian'])
  FIELDS[kind] = FIELDS['component'] ?? [];
FIELDS['information'] = [
  ['summary', 'app.field.what', 'text'],
  ['from', 'app.field.from', 'actor'],
  ['to', 'app.field.to', 'actors'],
  ['received', 'app.field.received-by', 'text'],
  ['id', '', 'hidden'],
];
FIELDS['notification'] = [
  ['convoy', 'app.field.movement', 'text'],
  ['by', 'app.field.notified-by', 'actor'],
  ['area', 'app.field.area', 'text'],
  ['recipients', 'app.field.notified', 'actors'],
  ['acknowledged', 'app.field.acknowledged-by', 'text'],
  ['id', '', 'hidden'],
];
FIELDS['handover'] = [
  ['area', 'app.field.area', 'text'],
  ['from', 'app.field.from', 'actor'],
  ['to', 'app.field.to', 'actor'],
  ['authority', 'app.field.decided-by', 'actor'],
  ['flow', 'app.field.kind', 'text'],
  ['phase', 'app.field.phase', 'text'],
  ['threshold', 'app.field.certified-share-required', 'share'],
  ['briefed', 'app.field.intelligence-briefed', 'bool'],
  ['withdrawn', 'app.field.outgoing-unit-withdrawn', 'bool'],
  ['transferred', 'app.field.responsibility-transferred', 'bool'],
  ['gapOpen', 'app.field.security-gap-open', 'bool'],
  ['attempts', 'app.field.attempts', 'text'],
  ['assessments', 'app.field.assessments', 'text'],
  ['reason', 'app.field.reason', 'text'],
  ['withdrawAfter', 'app.field.outgoing-unit-leaves-after', 'duration'],
  ['reassessAfter', 'app.field.reassessed-after', 'duration'],
  ['reviewEvery', 'app.field.reviewed-every', 'duration'],
  ['followUp', 'app.field.follow-up-after', 'duration'],
  ['retry', 'app.field.retry-after', 'duration'],
  ['phases', '', 'hidden'],
  ['briefingSent', '', 'hidden'],
  ['report', '', 'hidden'],
  ['id', '', 'hidden'],
];
FIELDS['poc'] = [
  ['summary', 'app.field.threat', 'text'],
  ['area', 'app.field.area', 'text'],
  ['severity', 'app.field.severity', 'text'],
  ['threatToCivilians', 'app.field.threat-to-civilians', 'bool'],
  ['reporter', 'app.field.reported-by', 'actor'],
  ['hub', 'app.field.situational-awareness', 'actor'],
  ['decider', 'app.field.decides-the-response', 'actor'],
  ['responder', 'app.field.responder', 'actor'],
  ['candidates', 'app.field.possible-responders', 'actors'],
  ['needToKnow', 'app.field.need-to-know', 'actors'],
  ['attempts', 'app.field.responders-asked', 'text'],
  ['reason', 'app.field.reason', 'text'],
  ['followUp', 'app.field.follow-up-after', 'duration'],
  ['onSite', 'app.field.time-on-site', 'duration'],
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
  if (typeof value === 'boolean') return appText(value ? 'app.value.yes' : 'app.value.no');
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (typeof value === 'string') return names?.get(value) ?? value;
  if (Array.isArray(value))
    return value.length === 0
      ? appText('app.value.none')
      : value.map((v) => plain(v, names)).join(', ');
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
      ? appText('app.value.none')
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
    else if (kind === 'duration' && typeof v === 'number') value = spanIn(v, core);
    // A quorum above 1 is a head count, not a share.
    else if (kind === 'share' && typeof v === 'number' && v <= 1) value = `${Math.round(v * 100)}%`;
    else value = plain(v, kind === 'actor' || kind === 'actors' ? names : undefined);
    out.push({ label: fieldLabel(label), value });
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
      label: stateName(s.name.slice(s.name.lastIndexOf('.') + 1)),
      description: stateMeaning(machine, s.name),
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
      title: appText('app.process.title', {
        machine: hasAppText(`app.machine.${inst.machine}`)
          ? appText(`app.machine.${inst.machine}` as AppKey)
          : labelOf(inst.machine),
        title: typeof title === 'string' ? readable(title, names) : inst.id,
      }),
      state: inst.state,
      stateLabel: statePath(inst.state),
      done: inst.done,
      role: inst.host === actorId ? appText('app.role.host') : roleIn(inst.context, actorId),
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
    stateLabel: statePath(state),
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
  const delivered = new Map<number, LogEntry>();
  addMselDeliveries(delivered, log, 0);
  return mselRows(scenario, delivered, core);
}

/** Each MSEL inject's first delivery (by serial) among the entries from `from` on. */
export function addMselDeliveries(
  delivered: Map<number, LogEntry>,
  log: readonly LogEntry[],
  from: number,
): void {
  for (let i = from; i < log.length; i++) {
    const e = log[i]!;
    if (e.kind !== 'inject.msel') continue;
    const serial = e.params.serial;
    if (!delivered.has(serial)) delivered.set(serial, e);
  }
}

/** The MSEL's rows, given each inject's first delivery so far. */
export function mselRows(
  scenario: Scenario,
  delivered: ReadonlyMap<number, LogEntry>,
  core: Format,
): MselRow[] {
  const names = scenarioNames(scenario);
  const rows = scenario.injects.map((inject: Inject) => {
    const d = delivered.get(inject.serial);
    return {
      serial: inject.serial,
      at: inject.at ?? null,
      // "1h after an escort request declined (WFP Sector East)"
      when: inject.when
        ? appText('app.msel.when', {
            has_delay: inject.when.delay ? 'yes' : 'no',
            delay: inject.when.delay ? spanIn(inject.when.delay, core) : '',
            mark: markText(inject.when.on),
            has_ref: inject.when.ref ? 'yes' : 'no',
            ref: inject.when.ref ? (names.get(inject.when.ref) ?? inject.when.ref) : '',
          })
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

/** A pushed live inject in one line, in the page's language: "Incident · East · high severity…". */
export function liveSummary(event: SimEvent, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const kind = appText('app.live.kind', { kind: event.type.replace(/-/g, '_'), type: event.type });
  switch (event.type) {
    case 'information':
      return appText('app.live.information', {
        kind,
        from: name(event.from),
        to: event.to.map(name).join(', '),
        summary: event.summary,
      });
    case 'incident':
      return appText('app.live.incident', {
        kind,
        area: name(event.area),
        severity: event.severity,
        threat: event.threatToCivilians,
        summary: event.summary,
      });
    case 'capacity-change':
      return appText('app.live.capacity', {
        kind,
        actor: name(event.actor),
        capacity: event.capacity ?? '',
        has_capacity: event.capacity === undefined ? 'no' : 'yes',
        teams: event.teams ?? '',
        has_teams: event.teams === undefined ? 'no' : 'yes',
      });
    case 'escort-request':
      return appText('app.live.escort', {
        kind,
        requester: name(event.requester),
        convoy: event.convoy,
        area: name(event.area),
        need: event.need.replace(/-/g, '_'),
      });
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
  const delivered: LogEntry[] = [];
  addLiveDeliveries(delivered, sim.log, 0);
  return liveRows(sim, delivered);
}

/** The entries delivering live injects (in log order) among the entries from `from` on. */
export function addLiveDeliveries(
  delivered: LogEntry[],
  log: readonly LogEntry[],
  from: number,
): void {
  for (let i = from; i < log.length; i++) {
    const e = log[i]!;
    if (e.event === 'inject' && e.marks?.includes('inject.live')) delivered.push(e);
  }
}

/** The live injects' rows, given the entries that delivered them so far, in log order. */
export function liveRows(sim: Simulation, deliveries: readonly LogEntry[]): LiveRow[] {
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
  for (const e of deliveries) {
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
    rulesLabel: appText('cli.explain.rules', { decider: why.params.decider }),
    rules: why.params.rules.map((r) => phraseText(r)),
    othersLabel: appText('cli.explain.others'),
    others: why.params.others.map((r) => phraseText(r)),
    uninformedLabel: appText('cli.explain.uninformed'),
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
      ? `${statePath(e.before)} → ${statePath(e.after)}`
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
    marks: (e.marks ?? []).map(markText),
    later: sim.log.length - 1 - seq,
    why: whyOf(sim.log, e),
  };
}
