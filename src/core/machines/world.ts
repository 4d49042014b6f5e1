// The world a scenario event lands in, read when the event starts: who holds an area now
// (after handovers), the standing of each host-state police unit (readiness moved by events,
// HRDDP), who must be told of a movement, how long a team takes to reach an area. Pure reads of
// the scenario and the running instances; registry.ts turns them into processes.
import type { HostPoliceUnit } from '../engine/knowledge';
import { valueList } from '../engine/value-list';
import type { ActorKind, Area, Scenario, Structure } from '../scenario/schema';
import type { HandoverContext } from './handover';
import { hostPoliceInput, type HostPoliceContext } from './host-police';
import { hostPoliceStatus, type HostPoliceStatus } from './host-police-status';
import type { LiveInstance, SpawnContext } from './registry';

const instancesOf = (ctx: SpawnContext, machine: string): LiveInstance[] =>
  [...(ctx.instances?.() ?? [])].filter((i) => i.machine === machine);

const areaOf = (scenario: Scenario, id: string): Area | undefined =>
  scenario.areas.find((a) => a.id === id);

/**
 * The standing of a host-state police unit now: from its running component, or (before the
 * run has one) from the scenario as written, uncertain readiness counted as able.
 */
export function hostPoliceNow(ctx: SpawnContext, id: string): HostPoliceStatus | undefined {
  return statusOf(
    ctx.scenario,
    id,
    instancesOf(ctx, 'hostPolice').find((i) => i.id === id),
  );
}

function statusOf(
  scenario: Scenario,
  id: string,
  live: LiveInstance | undefined,
): HostPoliceStatus | undefined {
  if (live) return hostPoliceStatus(live.context as HostPoliceContext);
  const actor = scenario.actors.find((a) => a.id === id);
  if (actor?.kind !== 'host-police') return undefined;
  const input = hostPoliceInput(actor, (c) => c !== false && c !== 0);
  return hostPoliceStatus({
    ...input,
    workload: 0,
    peak: 0,
    teamsOut: 0,
    capacityNow: input.capacity,
    weeks: 0,
    overwhelmed: false,
  });
}

/**
 * Who holds lead security responsibility for an area now: the area's lead, or the unit a
 * handover transferred it to (unless that handover was reversed). The latest transfer wins.
 */
export function areaHolder(ctx: SpawnContext, area: string): string | undefined {
  return areaHolders(ctx).get(area);
}

/**
 * Who holds each area now (see `areaHolder`), in one pass over the running handovers: for
 * decisions that ask about every area at once.
 */
export function areaHolders(ctx: SpawnContext): Map<string, string | undefined> {
  const holders = new Map(
    ctx.scenario.areas.map((a): [string, string | undefined] => [a.id, a.lead]),
  );
  for (const i of instancesOf(ctx, 'handover')) {
    const c = i.context as HandoverContext;
    if (!c.transferred || !holders.has(c.area)) continue;
    holders.set(c.area, i.value === 'reversed' ? c.from : c.to);
  }
  return holders;
}

/**
 * The host-state police units as they stand now, for decisions weighed on a view of the world:
 * the areas each holds now (after handovers) or covers, its HRDDP standing, and its ability
 * apart from facts. A unit the mission's facts say an incident overwhelmed (`byFact`) counts
 * here as its readiness stood before (being overwhelmed lowered it): able if it was, unable if
 * it was unable already; each view then weighs the fact as far as it reaches.
 */
export function hostPoliceUnits(
  ctx: SpawnContext,
  byFact: (unit: string) => boolean,
): HostPoliceUnit[] {
  const holders = areaHolders(ctx);
  const live = new Map(instancesOf(ctx, 'hostPolice').map((i) => [i.id, i]));
  // Loops into lists of one kind, empty or not (engine/value-list.ts): the engine asks for
  // these units at every informed decision of every run.
  const units = valueList<HostPoliceUnit>();
  for (const a of ctx.scenario.actors) {
    if (a.kind !== 'host-police') continue;
    const s = statusOf(ctx.scenario, a.id, live.get(a.id));
    const areas = valueList<string>();
    for (const [area, holder] of holders) if (holder === a.id) areas.push(area);
    if (a.covers) for (const area of a.covers) areas.push(area);
    const overwhelmedByFact = s?.overwhelmed === true && byFact(a.id);
    units.push({
      id: a.id,
      areas,
      respond: overwhelmedByFact ? s.ready : (s?.respond ?? true),
      ...(s?.hrddp !== undefined ? { hrddp: s.hrddp } : {}),
      ...(s?.allows !== undefined ? { allows: s.allows } : {}),
    });
  }
  return units;
}

/**
 * The handovers to host-state police in monitoring among `instances` that `which` selects:
 * those a change in the receiving unit's readiness or HRDDP standing puts under review.
 */
export function inMonitoring(
  instances: Iterable<LiveInstance>,
  which: (c: HandoverContext) => boolean,
): string[] {
  const out: string[] = [];
  for (const i of instances) {
    if (i.machine !== 'handover' || i.done) continue;
    const c = i.context as HandoverContext;
    if (c.flow === 'police-to-host-police' && c.phase === 'monitoring' && which(c)) out.push(i.id);
  }
  return out;
}

/** Every handover to `unit` in monitoring, whatever the area (its HRDDP status changed). */
export function handoversToInMonitoring(ctx: SpawnContext, unit: string): string[] {
  return inMonitoring(ctx.instances?.() ?? [], (c) => c.to === unit);
}

/**
 * The host-state police units an incident overwhelms: those it names, or by default — a
 * high-severity threat to civilians — the host-state police holding the area (inference).
 */
export function overwhelmedBy(
  ctx: SpawnContext,
  incident: {
    readonly area: string;
    readonly severity: string;
    readonly threatToCivilians: boolean;
    readonly overwhelms?: readonly string[] | undefined;
  },
): string[] {
  const kind = (id: string) => ctx.scenario.actors.find((a) => a.id === id)?.kind;
  // One kind of list, empty or not (engine/value-list.ts): every incident of every run asks.
  const units = valueList<string>();
  if (incident.overwhelms !== undefined) {
    for (const id of incident.overwhelms) if (kind(id) === 'host-police') units.push(id);
    return units;
  }
  if (incident.severity !== 'high' || !incident.threatToCivilians) return units;
  const holder = areaHolder(ctx, incident.area);
  if (holder !== undefined && kind(holder) === 'host-police') units.push(holder);
  return units;
}

/**
 * The force units in an area: those the area names, or the structure's first military escort
 * provider (the force a humanitarian movement would otherwise meet unannounced).
 */
export function forceIn(scenario: Scenario, structure: Structure, area: string): string[] {
  const named = areaOf(scenario, area)?.force;
  if (named) return [...named];
  const kind = (id: string) => scenario.actors.find((a) => a.id === id)?.kind;
  const first =
    structure.authority.escortProviders.find((id) => kind(id) === 'military') ??
    structure.authority.escortProviders[0];
  return first === undefined ? [] : [first];
}

/**
 * Who a movement notification goes to: everyone who must deconflict it — the facilitator when
 * the structure has one, the force in the area and the area's lead — whatever the structure's
 * facilitator setting; never the notifier itself, each once.
 */
export function notificationRecipients(ctx: SpawnContext, by: string, area: string): string[] {
  const { structure, scenario } = ctx;
  const lead = areaHolder(ctx, area);
  const all = [
    ...(structure.authority.escortFacilitator !== undefined
      ? [structure.authority.escortFacilitator]
      : []),
    ...forceIn(scenario, structure, area),
    ...(lead !== undefined ? [lead] : []),
  ];
  return [...new Set(all)].filter((id) => id !== by);
}

/** Travel times to an area the scenario gives, by responder kind (absent: doctrine's defaults). */
export function travelTo(
  scenario: Scenario,
  area: string,
): Partial<Record<ActorKind, number>> | undefined {
  const travel = areaOf(scenario, area)?.travel;
  if (travel === undefined) return undefined;
  if (typeof travel === 'number') {
    const all: Partial<Record<ActorKind, number>> = {};
    for (const a of scenario.actors) all[a.kind] = travel;
    return all;
  }
  const byKind: Partial<Record<ActorKind, number>> = {};
  for (const [kind, minutes] of Object.entries(travel) as [ActorKind, number | undefined][])
    if (minutes !== undefined) byKind[kind] = minutes;
  return byKind;
}
