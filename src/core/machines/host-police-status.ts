// What a host-state police unit can do at this moment, read from its component: capacity,
// readiness (moved by events: an incident that overwhelms it, a change of readiness) and the
// HRDDP standing of UN support to it. One place for everything that asks whether the host
// state can secure an area or may be supported: process spawns, IASC criterion 2.
import type { Readiness } from './handover/rules';
import type { Hrddp } from './handover/rules';
import type { HostPoliceContext } from './host-police';
import { ableToRespond, readyApartFromOverwhelm } from './host-police';
import type { SupportKind } from './hrddp';

export interface HostPoliceStatus {
  readonly id: string;
  /** Able to respond to the security environment (readiness, and not overwhelmed). */
  readonly respond: boolean;
  readonly overwhelmed: boolean;
  /** Able by its readiness apart from being overwhelmed (as it stood before). */
  readonly ready: boolean;
  readonly readiness?: Readiness;
  /** Tasks it can hold before answering late, and teams free to send out. */
  readonly capacity: number;
  readonly teamsFree: number;
  readonly hrddp?: Hrddp;
  /** Support kinds mitigation measures allow despite a suspension. */
  readonly allows?: readonly SupportKind[];
  readonly measures?: string;
}

/** The status of a host-state police unit from its component's context. */
export function hostPoliceStatus(c: HostPoliceContext): HostPoliceStatus {
  return {
    id: c.id,
    respond: ableToRespond(c),
    overwhelmed: c.overwhelmed,
    ready: readyApartFromOverwhelm(c),
    ...(c.readiness ? { readiness: c.readiness } : {}),
    capacity: c.capacityNow,
    teamsFree: Math.max(0, c.teams - c.teamsOut),
    ...(c.hrddp !== undefined ? { hrddp: c.hrddp } : {}),
    ...(c.allows ? { allows: c.allows } : {}),
    ...(c.measures !== undefined ? { measures: c.measures } : {}),
  };
}
