// Observations, ratings and the improvement plan as the app edits them: pure updates of the
// run's evaluation record (saved with the run), and the forms' drafts with their checks.
// Core's types only: the values (zod checks, the debrief) come with the lazily loaded engine.
import type {
  EvaluationRecord,
  ImprovementAction,
  Observation,
  ObservationKind,
  Rating,
} from '../core/index.ts';
import { appText } from './logText';

export interface ObservationDraft {
  readonly kind: ObservationKind;
  readonly text: string;
  /** Objective id, or '' for none. */
  readonly objective: string;
  /** Actor id, or '' for none. */
  readonly actor: string;
  /** Tie it to the log entry selected in the event log. */
  readonly tieToEntry: boolean;
  readonly author: string;
}

export const emptyObservationDraft = (author = '', actor = ''): ObservationDraft => ({
  kind: 'strength',
  text: '',
  objective: '',
  actor,
  tieToEntry: true,
  author,
});

export const EMPTY_EVALUATION: EvaluationRecord = { observations: [], ratings: [], plan: [] };

/** The next free id with this prefix ("o1", "o2", … or "a1", …). */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((x) => x.id));
  for (let n = taken.length + 1; ; n++) if (!ids.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function addObservation(
  record: EvaluationRecord,
  draft: ObservationDraft,
  at: { time: number; step: number; entrySeq: number | null },
): EvaluationRecord | { problem: string } {
  const text = draft.text.trim();
  if (text === '') return { problem: appText('app.observe.empty') };
  const observation: Observation = {
    id: nextId('o', record.observations),
    time: at.time,
    step: at.step,
    kind: draft.kind,
    text,
    author: draft.author.trim(),
    ...(draft.tieToEntry && at.entrySeq !== null ? { entrySeq: at.entrySeq } : {}),
    ...(draft.actor ? { actor: draft.actor } : {}),
    ...(draft.objective ? { objective: draft.objective } : {}),
  };
  return { ...record, observations: [...record.observations, observation] };
}

export function removeObservation(record: EvaluationRecord, id: string): EvaluationRecord {
  return { ...record, observations: record.observations.filter((o) => o.id !== id) };
}

/** Sets (or, with rating null, clears) an objective's rating; one rating per objective. */
export function rateObjective(
  record: EvaluationRecord,
  objective: string,
  rating: Rating | null,
  rationale: string,
  author: string,
): EvaluationRecord {
  const others = record.ratings.filter((r) => r.objective !== objective);
  if (rating === null) return { ...record, ratings: others };
  return {
    ...record,
    ratings: [
      ...others,
      { objective, rating, rationale, ...(author.trim() ? { author: author.trim() } : {}) },
    ],
  };
}

export function addPlanAction(record: EvaluationRecord, objective = ''): EvaluationRecord {
  const action: ImprovementAction = {
    id: nextId('a', record.plan),
    ...(objective ? { objective } : {}),
    action: '',
    capability: '',
    owner: '',
    due: '',
  };
  return { ...record, plan: [...record.plan, action] };
}

export function updatePlanAction(
  record: EvaluationRecord,
  id: string,
  change: Partial<Omit<ImprovementAction, 'id'>>,
): EvaluationRecord {
  return {
    ...record,
    plan: record.plan.map((a) => (a.id === id ? { ...a, ...change } : a)),
  };
}

export function removePlanAction(record: EvaluationRecord, id: string): EvaluationRecord {
  return { ...record, plan: record.plan.filter((a) => a.id !== id) };
}
