// Runs appended to a JSON Lines file as they finish (`--format jsonl --out FILE`), so a long
// comparison stopped or crashed half-way keeps every run it computed. The file is rewritten in
// plan order once the comparison ends, so a finished file is the same whoever ran which batch.
import { open, type FileHandle } from 'node:fs/promises';
import type { RunResult, SweepPoint } from '../core';
import { formatRunLines } from './compare-report';

export interface RunStream {
  append(results: readonly RunResult[]): Promise<void>;
  close(): Promise<void>;
}

export async function openRunStream(
  path: string,
  points: ReadonlyArray<Omit<SweepPoint, 'scenario'>>,
): Promise<RunStream> {
  const file: FileHandle = await open(path, 'w');
  let closed = false;
  // Appends may be asked for faster than they are written: one after another, in that order.
  // A failed write (a full disk) is reported once, when the stream is closed.
  let writes = Promise.resolve();
  let failure: unknown;
  return {
    append: (results) => {
      if (!closed) {
        writes = writes
          .then(() =>
            failure === undefined ? file.appendFile(formatRunLines(points, results)) : undefined,
          )
          .catch((error: unknown) => void (failure ??= error));
      }
      return writes;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await writes;
      await file.close();
      if (failure !== undefined) {
        throw new Error(
          `${path}: cannot write: ${failure instanceof Error ? failure.message : String(failure)}`,
        );
      }
    },
  };
}
