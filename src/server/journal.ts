// The exercise journal: every input of every exercise on this host, appended in order to one
// SQLite file and committed before anyone hears of it. It is the source of truth: the run's
// log is recomputed from it at start, never stored. WAL with synchronous=FULL, so a `kill -9`
// (or a power cut) loses nothing that was acknowledged.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const journalEntrySchema = z.object({
  exercise: z.string(),
  /** Position in the exercise's journal, from 0. */
  seq: z.number().int(),
  kind: z.string(),
  body: z.record(z.string(), z.unknown()),
  /** Wall-clock time it was recorded (ISO 8601): for the record, never for the run. */
  at: z.string(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export class Journal {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly last: Database.Statement;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.db = new Database(join(dir, 'exercises.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS journal (
      exercise TEXT NOT NULL,
      seq INTEGER NOT NULL,
      kind TEXT NOT NULL,
      body TEXT NOT NULL,
      at TEXT NOT NULL,
      PRIMARY KEY (exercise, seq)
    ) WITHOUT ROWID`);
    this.insert = this.db.prepare(
      'INSERT INTO journal (exercise, seq, kind, body, at) VALUES (?, ?, ?, ?, ?)',
    );
    this.last = this.db.prepare(
      'SELECT COALESCE(MAX(seq), -1) AS seq FROM journal WHERE exercise = ?',
    );
  }

  /** Appends entries of one exercise in one transaction: all of them are kept, or none. */
  append(
    exercise: string,
    entries: ReadonlyArray<{ kind: string; body: Record<string, unknown> }>,
  ): JournalEntry[] {
    const write = this.db.transaction(() => {
      let seq = (this.last.get(exercise) as { seq: number }).seq;
      const at = new Date().toISOString();
      return entries.map((e) => {
        seq += 1;
        this.insert.run(exercise, seq, e.kind, JSON.stringify(e.body), at);
        return { exercise, seq, kind: e.kind, body: e.body, at };
      });
    });
    return write();
  }

  exercises(): string[] {
    const rows = this.db
      .prepare('SELECT exercise FROM journal WHERE seq = 0 ORDER BY at, exercise')
      .all() as Array<{ exercise: string }>;
    return rows.map((r) => r.exercise);
  }

  entries(exercise: string): JournalEntry[] {
    const rows = this.db
      .prepare('SELECT exercise, seq, kind, body, at FROM journal WHERE exercise = ? ORDER BY seq')
      .all(exercise) as Array<{
      exercise: string;
      seq: number;
      kind: string;
      body: string;
      at: string;
    }>;
    return rows.map((r) => ({ ...r, body: JSON.parse(r.body) as Record<string, unknown> }));
  }

  close(): void {
    this.db.close();
  }
}
