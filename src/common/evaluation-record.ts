// The run's evaluation record — observations, ratings, the improvement plan — changed as plain
// data: pure updates shared by the app (its forms, src/store/evaluation.ts) and the exercise host
// (the commands of EXCON and evaluators, src/server/exercise.ts), so both change a record alike.
import type { EvaluationRecord, ImprovementAction, Rating } from '../core/index.ts';

export const EMPTY_EVALUATION: EvaluationRecord = { observations: [], ratings: [], plan: [] };

/** The next free id with this prefix ("o1", "o2", … or "a1", …). */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((x) => x.id));
  for (let n = taken.length + 1; ; n++) if (!ids.has(`${prefix}${n}`)) return `${prefix}${n}`;
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
