// The Human Rights Due Diligence Policy (HRDDP, 2011) across every kind of UN support to a
// host-state police unit: under suspension the unit gets none — it is not tasked to escort,
// not partnered in joint patrols, not tasked in a POC response, not mentored, not handed a
// district — unless mitigation measures stated in the scenario name that kind of support.
// Pure rules; the machines that would give the support ask them and log every refusal.
import type { Hrddp } from './handover/rules';

import { SUPPORT_KINDS } from '../engine/entry-kinds';

/** The kinds of UN support a host-state police unit can be given (and refused). */
export { SUPPORT_KINDS };
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** A unit's HRDDP standing: its status and the support its mitigation measures allow. */
export interface HrddpStanding {
  readonly hrddp?: Hrddp | undefined;
  /** Support kinds the stated mitigation measures allow; absent: none stated. */
  readonly allows?: readonly SupportKind[] | undefined;
}

/**
 * Whether UN support of this kind may go to the unit. Cleared (or not assessed): yes.
 * Suspended: only the kinds its mitigation measures name. Under mitigation: every kind, or
 * only the kinds named when the measures name some.
 */
export function supportAllowed(standing: HrddpStanding, kind: SupportKind): boolean {
  if (standing.hrddp === 'suspended') return standing.allows?.includes(kind) ?? false;
  if (standing.hrddp === 'mitigation' && standing.allows !== undefined)
    return standing.allows.includes(kind);
  return true;
}

/** Support allowed only because mitigation measures name it (the log says so when it goes ahead). */
export function supportMitigated(standing: HrddpStanding, kind: SupportKind): boolean {
  return (
    standing.hrddp !== undefined &&
    standing.hrddp !== 'cleared' &&
    standing.allows?.includes(kind) === true
  );
}

/**
 * The status a readiness report gives for a supported handover: a suspension that mitigation
 * measures lift for handovers reads as mitigation; support refused for handovers (but not
 * suspended overall) reads as suspended, since that is what it means for the handover.
 */
export function statusFor(standing: HrddpStanding, kind: SupportKind): Hrddp | undefined {
  if (!supportAllowed(standing, kind)) return 'suspended';
  return standing.hrddp === 'suspended' ? 'mitigation' : standing.hrddp;
}
