// An exercise as one file: the scenario text, structure and seed (in the journal's first
// entry), the seats, the whole journal of inputs and the observations, with the log hash the
// exercise reached. Replaying it folds the same journal through the same code, so the log
// comes out identical; join tokens are left out (they are the host's, not the record's).
import { z } from 'zod';
import { translate, type Locale } from '../i18n/index.ts';
import { Exercise } from './exercise.ts';
import { journalEntrySchema, type JournalEntry } from './journal.ts';
import { observationSchema, seatViewSchema } from './protocol.ts';

export const PACKAGE_FORMAT = 'peacemesh-exercise';

export const packageSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(1),
  exercise: z.string().min(1),
  title: z.string(),
  file: z.string(),
  structure: z.string(),
  seed: z.number(),
  seats: z.array(seatViewSchema.omit({ connected: true, token: true })),
  observations: z.array(observationSchema),
  journal: z.array(journalEntrySchema).min(1),
  /** Where the exercise stood when exported, and its log hash there. */
  step: z.number().int(),
  logLength: z.number().int(),
  hash: z.string(),
});
export type ExercisePackage = z.infer<typeof packageSchema>;

/** Seat tokens blanked: a package can be shared without letting anyone into the exercise. */
function withoutTokens(entry: JournalEntry): JournalEntry {
  if (entry.kind === 'create') {
    const excon = entry.body['excon'] as { id: string };
    return { ...entry, body: { ...entry.body, excon: { id: excon.id, token: '' } } };
  }
  if (entry.kind === 'seat.create') return { ...entry, body: { ...entry.body, token: '' } };
  return entry;
}

export function exportPackage(exercise: Exercise): ExercisePackage {
  return {
    format: PACKAGE_FORMAT,
    version: 1,
    exercise: exercise.id,
    title: exercise.title,
    file: exercise.file,
    structure: exercise.sim.structure.id,
    seed: exercise.sim.seed,
    seats: [...exercise.seats.values()].map((s) => ({
      id: s.id,
      role: s.role,
      name: s.name,
      actors: [...s.actors],
      revoked: s.revoked,
    })),
    observations: [...exercise.observations],
    journal: exercise.journal.map(withoutTokens),
    step: exercise.sim.step,
    logLength: exercise.sim.log.length,
    hash: exercise.hash,
  };
}

/** The package's journal with new tokens, to open it on a host. */
export function importJournal(pkg: ExercisePackage, token: () => string): JournalEntry[] {
  return pkg.journal.map((entry) => {
    if (entry.kind === 'create') {
      const excon = entry.body['excon'] as { id: string };
      return { ...entry, body: { ...entry.body, excon: { id: excon.id, token: token() } } };
    }
    if (entry.kind === 'seat.create') return { ...entry, body: { ...entry.body, token: token() } };
    return entry;
  });
}

/**
 * Reads a package file's text: the problem in the reader's words (the parser's or the schema's
 * own detail kept as it is), or the package.
 */
export function readPackage(
  text: string,
  file: string,
  locale: Locale = 'en',
): { ok: true; pkg: ExercisePackage } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = (error as Error).message;
    return { ok: false, problem: translate(locale, 'cli.package.not-json', { file, why }) };
  }
  return checkPackage(json, file, locale);
}

/** Checks a package file's JSON, already parsed: the problem in the reader's words, or the package. */
export function checkPackage(
  json: unknown,
  file: string,
  locale: Locale = 'en',
): { ok: true; pkg: ExercisePackage } | { ok: false; problem: string } {
  const parsed = packageSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: translate(locale, 'cli.package.not-package', {
        file,
        where: issue?.path.join('.') || translate(locale, 'cli.package.whole-file'),
        why: issue?.message ?? parsed.error.message,
      }),
    };
  }
  return { ok: true, pkg: parsed.data };
}

/** Folds a package's journal again: the exercise as it stood, with its log. */
export function replayPackage(pkg: ExercisePackage): Exercise {
  return Exercise.fold(pkg.journal);
}
