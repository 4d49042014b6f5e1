// Live injects pushed by exercise control (EXCON) during a tabletop: the form's draft, the
// checks that turn it into a scenario event, and the ids given to the processes it starts.
// Plain words for every problem first; then core's own zod schema (simEventSchema) as the
// last gate, so nothing the engine would not accept from a scenario file reaches it live.
// Problems are worded from the app catalogs (`app.inject.problem.…`) in the page's language.
import type { ProblemKind, SimEvent } from '../core/index.ts';
import type { AppKey } from '../i18n/index.ts';
import type { Core } from './engine';
import { appText, problemText } from './logText';

export type LiveKind = 'information' | 'incident' | 'capacity-change' | 'escort-request';

/** The kinds of live inject, in the form's order; their names are the `app.inject.kind.*` keys. */
export const LIVE_KINDS: ReadonlyArray<{
  readonly kind: LiveKind;
  readonly needsArea: boolean;
}> = [
  { kind: 'information', needsArea: false },
  { kind: 'incident', needsArea: true },
  { kind: 'capacity-change', needsArea: false },
  { kind: 'escort-request', needsArea: true },
];

export type Severity = 'low' | 'medium' | 'high';
export type Need = 'life-saving' | 'critical' | 'routine';

/**
 * What the inject form holds: one flat record for every kind, so switching the kind keeps
 * what was typed into the fields the kinds share (summary, area). Ids, never names.
 */
export interface InjectDraft {
  readonly kind: LiveKind;
  /** The MSEL-style inject text: what the players read or hear. */
  readonly text: string;
  // information
  readonly from: string;
  readonly to: readonly string[];
  /** Information and incident: what it is about. */
  readonly summary: string;
  // incident and escort request
  readonly area: string;
  // incident
  readonly reportedBy: string;
  readonly severity: Severity;
  readonly threatToCivilians: boolean;
  readonly needToKnow: readonly string[];
  // capacity change: whole numbers as typed; empty leaves that figure as it is
  readonly actor: string;
  readonly capacity: string;
  readonly teams: string;
  // escort request
  readonly requester: string;
  readonly convoy: string;
  readonly need: Need | '';
  readonly hostStateUnable: boolean;
  readonly escortCredible: boolean;
  readonly exitPlan: boolean;
}

export type InjectField = Exclude<keyof InjectDraft, 'kind'> | 'form';

export interface InjectProblem {
  readonly field: InjectField;
  readonly message: string;
}

export type InjectCheck =
  | { readonly ok: true; readonly event: SimEvent; readonly text: string }
  | { readonly ok: false; readonly problems: readonly InjectProblem[] };

export function emptyDraft(kind: LiveKind = 'information'): InjectDraft {
  return {
    kind,
    text: '',
    from: '',
    to: [],
    summary: '',
    area: '',
    reportedBy: '',
    severity: 'medium',
    threatToCivilians: true,
    needToKnow: [],
    actor: '',
    capacity: '',
    teams: '',
    requester: '',
    convoy: '',
    need: '',
    hostStateUnable: false,
    escortCredible: false,
    exitPlan: false,
  };
}

/** The kinds that start a process carry an id (information, incident, escort request). */
export const takesId = (kind: LiveKind): boolean => kind !== 'capacity-change';

export interface InjectContext {
  readonly actors: readonly { readonly id: string; readonly name: string }[];
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  /** Core's schema of scenario events. */
  readonly schema: Core['simEventSchema'];
  /** The id the new process gets (ignored for a capacity change). */
  readonly id: string;
}

const WHOLE = /^\d{1,6}$/;

/** Checks a draft; when it passes, the event as the engine takes it (schema defaults filled). */
export function checkInject(draft: InjectDraft, ctx: InjectContext): InjectCheck {
  const problems: InjectProblem[] = [];
  const problem = (
    field: InjectField,
    key: AppKey,
    values: Readonly<Record<string, string>> = {},
  ) => problems.push({ field, message: appText(key, values) });
  const actorIds = new Set(ctx.actors.map((a) => a.id));
  const areaIds = new Set(ctx.areas.map((a) => a.id));
  const actor = (field: InjectField, value: string, missing: AppKey) => {
    if (value === '') problem(field, missing);
    else if (!actorIds.has(value)) problem(field, 'app.inject.problem.not-actor', { actor: value });
  };
  const area = (field: InjectField, value: string, missing: AppKey) => {
    if (ctx.areas.length === 0) problem(field, 'app.inject.problem.no-areas');
    else if (value === '') problem(field, missing);
    else if (!areaIds.has(value)) problem(field, 'app.inject.problem.not-area', { area: value });
  };
  const actors = (field: InjectField, values: readonly string[]) => {
    const unknown = values.filter((v) => !actorIds.has(v));
    if (unknown.length > 0)
      problem(field, 'app.inject.problem.not-actors', {
        actors: unknown.map((v) => `"${v}"`).join(', '),
      });
  };

  const text = draft.text.trim();
  if (text === '') problem('text', 'app.inject.problem.text');
  const summary = draft.summary.trim();
  let input: Record<string, unknown>;
  switch (draft.kind) {
    case 'information': {
      actor('from', draft.from, 'app.inject.problem.from');
      if (draft.to.length === 0) problem('to', 'app.inject.problem.to');
      else if (draft.from !== '' && draft.to.includes(draft.from))
        problem('to', 'app.inject.problem.to-self');
      else actors('to', draft.to);
      if (summary === '') problem('summary', 'app.inject.problem.information-summary');
      input = { type: 'information', id: ctx.id, from: draft.from, to: [...draft.to], summary };
      break;
    }
    case 'incident': {
      area('area', draft.area, 'app.inject.problem.incident-area');
      actor('reportedBy', draft.reportedBy, 'app.inject.problem.reported-by');
      actors('needToKnow', draft.needToKnow);
      if (summary === '') problem('summary', 'app.inject.problem.incident-summary');
      input = {
        type: 'incident',
        id: ctx.id,
        area: draft.area,
        reportedBy: draft.reportedBy,
        summary,
        severity: draft.severity,
        threatToCivilians: draft.threatToCivilians,
        needToKnow: draft.needToKnow.filter((a) => a !== draft.reportedBy),
      };
      break;
    }
    case 'capacity-change': {
      actor('actor', draft.actor, 'app.inject.problem.capacity-actor');
      const capacity = draft.capacity.trim();
      const teams = draft.teams.trim();
      if (capacity === '' && teams === '') problem('capacity', 'app.inject.problem.capacity-none');
      if (capacity !== '' && (!WHOLE.test(capacity) || Number(capacity) < 1))
        problem('capacity', 'app.inject.problem.capacity');
      if (teams !== '' && !WHOLE.test(teams)) problem('teams', 'app.inject.problem.teams');
      input = {
        type: 'capacity-change',
        actor: draft.actor,
        ...(capacity === '' ? {} : { capacity: Number(capacity) }),
        ...(teams === '' ? {} : { teams: Number(teams) }),
      };
      break;
    }
    case 'escort-request': {
      actor('requester', draft.requester, 'app.inject.problem.requester');
      const convoy = draft.convoy.trim();
      if (convoy === '') problem('convoy', 'app.inject.problem.convoy');
      area('area', draft.area, 'app.inject.problem.escort-area');
      if (draft.need === '') problem('need', 'app.inject.problem.need');
      input = {
        type: 'escort-request',
        id: ctx.id,
        requester: draft.requester,
        convoy,
        area: draft.area,
        need: draft.need,
        hostStateUnable: draft.hostStateUnable,
        escortCredible: draft.escortCredible,
        exitPlan: draft.exitPlan,
      };
      break;
    }
    default:
      return {
        ok: false,
        problems: [
          {
            field: 'form',
            message: appText('app.inject.problem.kind', {
              kind: String((draft as { kind: unknown }).kind),
            }),
          },
        ],
      };
  }
  if (problems.length > 0) return { ok: false, problems };

  // The last gate: the same schema a scenario file's events pass.
  const parsed = ctx.schema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = issue.path[0];
        const field =
          typeof key === 'string' && key in draft && key !== 'kind' ? (key as InjectField) : 'form';
        // The schema's own messages are problem kinds the catalogs word (core's loader-problems).
        const message = issue.message.startsWith('problem.schema.')
          ? problemText({ kind: issue.message as ProblemKind, params: {} } as never)
          : issue.message;
        return { field, message };
      }),
    };
  }
  return { ok: true, event: parsed.data, text };
}

/** The next free "live-N" among the ids already used (scenario events and earlier live injects). */
export function nextLiveId(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `live-${n}`;
    if (!taken.has(id)) return id;
  }
}
