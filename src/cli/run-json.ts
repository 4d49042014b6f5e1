// `peacemesh run --json`: one JSON document, written out entry by entry so that a long log is
// never built into one giant string (V8 caps a string well below what a long run can write).
// The bytes are exactly JSON.stringify of the whole document, and the hash is taken on the way.
import { TextHasher, type LogEntry } from '../core';

/** What `--json` prints around the log, in this key order. */
export interface RunDocument {
  readonly scenario: string;
  readonly title: string;
  readonly structure: string;
  readonly seed: number;
  readonly until: string | null;
  readonly log: readonly LogEntry[];
  readonly metrics: unknown;
}

/** Output is handed over in pieces of about this many characters. */
const PIECE = 64 * 1024;

/**
 * `hashText(JSON.stringify(log))` without the string: the log's JSON is `[`, the entries'
 * JSON joined by `,`, then `]`, and the hasher is fed the same characters in the same order.
 */
export function hashLog(log: readonly LogEntry[], each?: (json: string) => void): string {
  const hasher = new TextHasher();
  hasher.update('[');
  log.forEach((entry, i) => {
    const json = (i === 0 ? '' : ',') + JSON.stringify(entry);
    hasher.update(json);
    each?.(json);
  });
  return hasher.update(']').digest();
}

export function writeRunJson(doc: RunDocument, write: (text: string) => void): void {
  const { log, metrics, ...head } = doc;
  let pending = `${JSON.stringify(head).slice(0, -1)},"log":[`;
  const hash = hashLog(log, (json) => {
    pending += json;
    if (pending.length >= PIECE) {
      write(pending);
      pending = '';
    }
  });
  write(`${pending}],"metrics":${JSON.stringify(metrics)},"hash":${JSON.stringify(hash)}}\n`);
}
