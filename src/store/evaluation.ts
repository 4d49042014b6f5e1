// Observations, ratings and the improvement plan as the app edits them: pure updates of the
// run's evaluation record (saved with the run), and the forms' drafts with their checks.
// Core's types only: the values (zod checks, the debrief) come with the lazily loaded engine.
import type { EvaluationRecord, Observation, ObservationKind } from '../core/index.ts';
import { nextId } from '../common/evaluation-record.ts';
import { appText } from './logText';

// The record's updates themselves are shared with the exercise host (src/common).
export {
  addPlanAction,
  EMPTY_EVALUATION,
  nextId,
  rateObjective,
  removeObservation,
  removePlanAction,
  updatePlanAction,
} from '../common/evaluation-record.ts';

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
