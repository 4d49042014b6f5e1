// What evaluators add to a run: observations (strengths and areas for improvement tied to a
// moment, a log entry, an actor and an objective), a rating per objective on HSEEP's P/S/M/U
// scale with its rationale, and the improvement plan. Plain data saved with the run; the
// zod schema checks it whenever it comes from a file or storage (trust no document).
import { z } from 'zod';
import { problem, type Problem } from '../scenario/problems';

export const RATING_SCALE = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to be performed',
} as const;

export type Rating = keyof typeof RATING_SCALE;
export const RATINGS = Object.keys(RATING_SCALE) as Rating[];

export const OBSERVATION_KINDS = {
  strength: 'Strength',
  improvement: 'Area for improvement',
} as const;

const shortText = z.string().max(4000);

export const observationSchema = z.strictObject({
  id: z.string().min(1).max(100),
  /** Minutes of simulated time. */
  time: z.number().min(0),
  /** The engine step it was recorded at. */
  step: z.int().min(0),
  /** The log entry it is about, by seq. */
  entrySeq: z.int().min(0).optional(),
  actor: z.string().max(100).optional(),
  objective: z.string().max(100).optional(),
  kind: z.enum(['strength', 'improvement']),
  text: shortText.min(1),
  author: z.string().max(200),
});

export const objectiveRatingSchema = z.strictObject({
  objective: z.string().min(1).max(100),
  rating: z.enum(['P', 'S', 'M', 'U']),
  rationale: shortText,
  author: z.string().max(200).optional(),
});

export const improvementActionSchema = z.strictObject({
  id: z.string().min(1).max(100),
  /** The objective or area for improvement it answers. */
  objective: z.string().max(100).optional(),
  issue: shortText.optional(),
  action: shortText,
  capability: z.string().max(400),
  owner: z.string().max(400),
  /** A date as the trainer writes it, usually YYYY-MM-DD. */
  due: z.string().max(100),
});

export const evaluationRecordSchema = z.strictObject({
  observations: z.array(observationSchema).max(10_000).default([]),
  ratings: z.array(objectiveRatingSchema).max(1_000).default([]),
  plan: z.array(improvementActionSchema).max(1_000).default([]),
});

export type Observation = z.output<typeof observationSchema>;
export type ObservationKind = Observation['kind'];
export type ObjectiveRating = z.output<typeof objectiveRatingSchema>;
export type ImprovementAction = z.output<typeof improvementActionSchema>;
export type EvaluationRecord = z.output<typeof evaluationRecordSchema>;

/** Reads an evaluation record from a saved run or a file; says what is wrong, as a problem. */
export function checkEvaluationRecord(
  doc: unknown,
): { ok: true; record: EvaluationRecord } | { ok: false; problem: Problem } {
  const parsed = evaluationRecordSchema.safeParse(doc);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    problem: problem('problem.evaluation.damaged', {
      where: issue.path.join('.'),
      why: issue.message,
    }),
  };
}

/** The rating given to an objective, if any (the last one given wins). */
export function ratingOf(record: EvaluationRecord, objective: string): ObjectiveRating | undefined {
  for (let i = record.ratings.length - 1; i >= 0; i--)
    if (record.ratings[i]!.objective === objective) return record.ratings[i];
  return undefined;
}
