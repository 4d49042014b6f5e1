// Which machine runs what: one component instance per actor, and the process instances a
// scenario event starts. Uncertain facts (a chance) are settled here, with the run's RNG,
// so the machines themselves stay pure.
import { createRng, type Rng } from '../rng';
import type { Chance, Meeting, Scenario, SimEvent, Structure } from '../scenario/schema';
import {
  civilianMachine,
  componentMachine,
  humanitarianMachine,
  militaryMachine,
  policeMachine,
} from './component';
import { escortMachine } from './escort';
import { handoverInput, handoverMachine } from './handover';
import { hostPoliceInput, hostPoliceMachine } from './host-police';
import { invitationLead, meetingMachine } from './meeting';
import { informationMachine } from './information';
import { notificationMachine } from './notification';
import { pocMachine } from './poc';
import { patrolMachine } from './patrol';
import { supportAllowed, supportMitigated, type SupportKind } from './hrddp';
import {
  handoversToInMonitoring,
  hostPoliceNow,
  notificationRecipients,
  overwhelmedBy,
  travelTo,
} from './world';

export const machines = {
  military: militaryMachine,
  police: policeMachine,
  humanitarian: humanitarianMachine,
  civilian: civilianMachine,
  hostPolice: hostPoliceMachine,
  /** The kind-neutral component (synthetic meshes in benchmarks). */
  component: componentMachine,
  meeting: meetingMachine,
  poc: pocMachine,
  escort: escortMachine,
  notification: notificationMachine,
  information: informationMachine,
  handover: handoverMachine,
  patrol: patrolMachine,
} as const;

export type MachineKey = keyof typeof machines;

export type Spawn =
  | {
      readonly kind: 'instance';
      readonly machine: MachineKey;
      /** Instance id; `${prefix}-${n}` when absent. */
      readonly id?: string;
      readonly prefix: string;
      readonly host: string;
      readonly input: unknown;
    }
  | { readonly kind: 'deliver'; readonly target: string; readonly event: { type: string } };

/** An instance as it stands when an event starts (read-only). */
export interface LiveInstance {
  readonly id: string;
  readonly machine: string;
  readonly value: unknown;
  readonly context: unknown;
  readonly done: boolean;
}

export interface SpawnContext {
  readonly scenario: Scenario;
  readonly structure: Structure;
  readonly rng: Rng;
  readonly time: number;
  /**
   * The instances running now: what an event does may depend on the world as it stands (a
   * host-state police unit overwhelmed, a district transferred). Absent: the scenario as written.
   */
  readonly instances?: () => Iterable<LiveInstance>;
}

/** HRDDP on the support `kind` a process would give to each unit: refused, or allowed only by mitigation. */
function hrddpOn(ctx: SpawnContext, units: readonly string[], kind: SupportKind) {
  const barred: string[] = [];
  const mitigated: Array<{ unit: string; measures: string }> = [];
  for (const unit of units) {
    const s = hostPoliceNow(ctx, unit);
    if (!s) continue;
    if (!supportAllowed(s, kind)) barred.push(unit);
    else if (supportMitigated(s, kind)) mitigated.push({ unit, measures: s.measures ?? '' });
  }
  return { barred, mitigated };
}

/**
 * The host-state police units an event's spawns tell they are overwhelmed: the one place the
 * engine learns which units an incident overwhelmed (it records the fact for deciders).
 */
export function overwhelmedIn(spawns: readonly Spawn[]): string[] {
  return spawns.flatMap((s) =>
    s.kind === 'deliver' && s.event.type === 'overwhelmed' ? [s.target] : [],
  );
}

/** Settles an uncertain fact for this run. */
export const settle = (rng: Rng, c: Chance): boolean =>
  typeof c === 'boolean' ? c : rng.chance(c);

/**
 * What exists at T+00:00: one component per actor (and the structure's standing processes).
 * Host-state police run their own component machine, with readiness settled on a split-off
 * stream so that adding them leaves the rest of the run's random draws unchanged (without an
 * `rng`, as in some tests, on a fixed seed).
 */
export function startingInstances(
  scenario: Scenario,
  structure: Structure,
  rng: Rng = createRng(0),
): Spawn[] {
  const readinessRng = rng.split();
  const components = scenario.actors.map((a): Spawn =>
    a.kind === 'host-police'
      ? {
          kind: 'instance',
          machine: 'hostPolice',
          id: a.id,
          prefix: 'actor',
          host: a.id,
          input: hostPoliceInput(a, (c) => settle(readinessRng, c)),
        }
      : {
          kind: 'instance',
          machine: a.kind,
          id: a.id,
          prefix: 'actor',
          host: a.id,
          input: {
            id: a.id,
            kind: a.kind,
            role: a.role,
            capacity: a.capacity,
            handling: a.handling,
            teams: a.teams,
          },
        },
  );
  return [...components, ...structure.meetings.map(meetingSeries)];
}

/** A standing meeting series of the structure, hosted by its chair, from T+00:00. */
function meetingSeries(m: Meeting): Spawn {
  return {
    kind: 'instance',
    machine: 'meeting',
    id: m.id,
    prefix: 'meeting',
    host: m.chair,
    input: {
      id: m.id,
      name: m.name,
      chair: m.chair,
      invitees: m.invitees,
      first: m.first,
      // No cadence: a one-off meeting, a single session.
      every: m.every ?? 0,
      length: m.length,
      quorum: m.quorum,
      postponeBy: m.postponeBy,
      lead: invitationLead(m.every ?? 0),
      maxPostponements: 2,
      startAt: 0,
    },
  };
}

/** The processes a scenario event starts, or the changes it makes. */
export function spawnsFor(event: SimEvent, ctx: SpawnContext): Spawn[] {
  const { structure, rng } = ctx;
  const authority = structure.authority;
  switch (event.type) {
    case 'escort-request': {
      const hrddp = hrddpOn(ctx, authority.escortProviders, 'escort');
      return [
        {
          kind: 'instance',
          machine: 'escort',
          id: event.id,
          prefix: 'escort',
          host: event.requester,
          input: {
            id: event.id,
            requester: event.requester,
            convoy: event.convoy,
            area: event.area,
            need: event.need,
            alternatives: event.alternatives.map((a) => ({
              kind: a.kind,
              works: settle(rng, a.works),
              ...(a.from !== undefined && a.from > ctx.time
                ? { opensAfter: a.from - ctx.time, opensAt: a.from }
                : {}),
            })),
            // Absent: the world decides, on what the decider knows (engine/knowledge.ts).
            ...(event.hostStateUnable !== undefined
              ? { hostStateUnable: settle(rng, event.hostStateUnable) }
              : {}),
            ...(event.escortCredible !== undefined
              ? { escortCredible: settle(rng, event.escortCredible) }
              : {}),
            exitPlan: settle(rng, event.exitPlan),
            ...(authority.escortFacilitator !== undefined &&
            authority.escortFacilitator !== event.requester
              ? { facilitator: authority.escortFacilitator }
              : {}),
            decider: authority.escortDecision,
            // HRDDP: a host-state police unit under suspension is never tasked to escort.
            providers: authority.escortProviders.filter((p) => !hrddp.barred.includes(p)),
            ...(hrddp.barred.length > 0 ? { barred: hrddp.barred } : {}),
            ...(hrddp.mitigated.length > 0 ? { mitigated: hrddp.mitigated } : {}),
            length: event.length,
            incident: rng.chance(event.incidentRisk),
            incidentRisk: event.incidentRisk,
            pressure: event.pressure,
            followUp: 360,
          },
        },
      ];
    }
    case 'movement-notification':
      return [
        {
          kind: 'instance',
          machine: 'notification',
          id: event.id,
          prefix: 'notification',
          host: event.by,
          input: {
            id: event.id,
            by: event.by,
            convoy: event.convoy,
            area: event.area,
            recipients: notificationRecipients(ctx, event.by, event.area),
          },
        },
      ];
    case 'information':
      return [
        {
          kind: 'instance',
          machine: 'information',
          id: event.id,
          prefix: 'information',
          host: event.from,
          input: { id: event.id, from: event.from, to: event.to, summary: event.summary },
        },
      ];
    case 'incident': {
      const actors = new Map(ctx.scenario.actors.map((a) => [a.id, a]));
      const hrddp = hrddpOn(ctx, authority.pocResponders, 'poc-response');
      const travel = travelTo(ctx.scenario, event.area);
      const overwhelmed = overwhelmedBy(ctx, event);
      const overwhelm = { type: 'overwhelmed', incident: event.id, area: event.area };
      const spawns: Spawn[] = [
        {
          kind: 'instance',
          machine: 'poc',
          id: event.id,
          prefix: 'incident',
          host: event.reportedBy,
          input: {
            id: event.id,
            area: event.area,
            summary: event.summary,
            reporter: event.reportedBy,
            threatToCivilians: event.threatToCivilians,
            severity: event.severity,
            needToKnow: event.needToKnow,
            hub: authority.situationalAwareness,
            decider: authority.pocResponse,
            // Whether host-state police can respond is settled once per run in their own
            // machine: the decider asks, and an unable command refuses the team.
            responders: authority.pocResponders.map((id) => ({
              id,
              kind: actors.get(id)?.kind ?? 'civilian',
              // Host-state police: able now (readiness settled for the run, moved by events).
              able: hostPoliceNow(ctx, id)?.respond ?? true,
              ...(hrddp.barred.includes(id) ? { barred: true } : {}),
            })),
            ...(hrddp.mitigated.length > 0 ? { mitigated: hrddp.mitigated } : {}),
            ...(travel ? { travelByKind: travel } : {}),
            // Inference: a JOC chases an unacknowledged report after 2h; a team stays 4h.
            followUp: 120,
            onSite: 240,
          },
        },
      ];
      // Readiness moves with events: the units it overwhelms can no longer respond. A district
      // handed to one of them and in monitoring is reviewed when the handover's authority
      // learns of the incident (the engine, as the news reaches it through the structure).
      // Pushed in a loop: a spread of the list `map` makes is of another hidden class when
      // empty (engine/value-list.ts), which threw this whole function's optimised code away.
      for (let i = 0; i < overwhelmed.length; i++)
        spawns.push({ kind: 'deliver', target: overwhelmed[i]!, event: overwhelm });
      return spawns;
    }
    case 'joint-patrol': {
      const hrddp = hrddpOn(ctx, [event.partner], 'joint-patrol');
      return [
        {
          kind: 'instance',
          machine: 'patrol',
          id: event.id,
          prefix: 'patrol',
          host: event.unit,
          input: {
            id: event.id,
            area: event.area,
            unit: event.unit,
            partner: event.partner,
            length: event.length,
            barred: hrddp.barred.includes(event.partner),
            ...(hrddp.mitigated[0] ? { measures: hrddp.mitigated[0].measures } : {}),
            followUp: 360,
          },
        },
      ];
    }
    case 'handover':
      return [
        {
          kind: 'instance',
          machine: 'handover',
          id: event.id,
          prefix: 'handover',
          host: event.from,
          input: handoverInput(event, ctx.scenario, authority, ctx.time),
        },
      ];
    case 'handover-review': {
      // To the handover instance itself; ignored when it has not started or is over.
      const review = { type: 'review', reason: event.reason, severity: event.severity };
      return [{ kind: 'deliver', target: event.handover, event: review }];
    }
    case 'hrddp-status': {
      // The unit's own standing changes (so every kind of support follows it from now on),
      // and a district handed to it and in monitoring is reviewed at once.
      const status = {
        type: 'hrddp',
        hrddp: event.hrddp,
        ...(event.reason !== undefined ? { reason: event.reason } : {}),
      };
      const review = { type: 'readiness.changed', hrddp: event.hrddp };
      return [
        { kind: 'deliver', target: event.actor, event: status },
        ...handoversToInMonitoring(ctx, event.actor).map((handover): Spawn => ({
          kind: 'deliver',
          target: handover,
          event: review,
        })),
      ];
    }
    case 'capacity-change':
      return [
        {
          kind: 'deliver',
          target: event.actor,
          event: {
            type: 'capacity',
            ...(event.capacity !== undefined ? { capacity: event.capacity } : {}),
            ...(event.teams !== undefined ? { teams: event.teams } : {}),
            ...(event.certified !== undefined ? { certified: event.certified } : {}),
            ...(event.respond !== undefined ? { respond: event.respond } : {}),
          },
        },
      ];
    default:
      return [];
  }
}

interface StateNodeShape {
  readonly states: Readonly<Record<string, StateNodeShape>>;
  readonly always?: readonly unknown[];
}

/**
 * A machine's states as the engine names them ("requested.with decider"), in definition
 * order; transient states (only `always` transitions) are left out. For the app's inspector,
 * which says what each state means from the message catalogs (`app.state-desc.…`): the
 * machines themselves carry no prose.
 */
export function machineStateNames(key: string): Array<{ name: string }> {
  const machine = (machines as unknown as Readonly<Record<string, { root: StateNodeShape }>>)[key];
  if (!machine) return [];
  const out: Array<{ name: string }> = [];
  const walk = (node: StateNodeShape, prefix: string): void => {
    for (const [name, child] of Object.entries(node.states)) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (!child.always?.length) out.push({ name: path });
      walk(child, path);
    }
  };
  walk(machine.root, '');
  return out;
}
