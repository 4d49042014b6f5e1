// Where in the scenario file a swept value goes, for a swept scenario the loader refuses. A
// point's scenario is the file as written with the values put in and written out again, so the
// loader's positions are in text nobody wrote: each is read back as a path through the document
// (its keys and item indices) and that path is looked up in the user's file with the YAML
// library's node ranges, as the loader locates a problem. A value the file leaves to its default
// is located at the block that would hold it.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { problem } from '../scenario/problems';
import { SweepError, type SweepProblem } from './sweep';

export interface Located {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units like an editor's column. */
  readonly col: number;
}

type Step = string | number;

/** The keys and indices down to the innermost node of `text` that holds `line:col`. */
function pathAt(text: string, line: number, col: number): Step[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const offset = (counter.lineStarts[line - 1] ?? text.length) + col - 1;
  const holds = (n: unknown): n is Node =>
    n !== null &&
    typeof n === 'object' &&
    'range' in n &&
    Array.isArray(n.range) &&
    n.range[0] <= offset &&
    offset <= n.range[1];
  const path: Step[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && (holds(p.value) || holds(p.key)) && isScalar(p.key),
      );
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      if (!holds(pair.value)) return path;
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex(holds);
      if (i < 0) return path;
      path.push(i);
      node = node.items[i];
    } else return path;
  }
}

/**
 * Where the thing at `line:col` of `written` (the swept scenario as the loader read it) is in
 * `source`, the file as the user wrote it: the same path, or the deepest part of it the file has.
 */
export function locateInSource(
  source: { readonly text: string; readonly file: string },
  written: string,
  line: number,
  col: number,
): Located {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter });
  const path = pathAt(written, line, col);
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const start = (node as Node | null | undefined)?.range?.[0];
    if (typeof start === 'number') {
      const at = counter.linePos(start);
      return { file: source.file, line: at.line, col: at.col };
    }
  }
  return { file: source.file, line: 1, col: 1 };
}

/**
 * The loader's refusal of a swept scenario (`written`, the text it read), as a SweepError with
 * each of its problems where the value went in the user's file: a value put in several places
 * (`actors.*.teams`) or breaking several rules is refused at each place, not only the first.
 * Problems that come to the same words at the same place are said once.
 */
export function sweepRefused(
  source: { readonly text: string; readonly file: string },
  written: string,
  assignments: string,
  errors: readonly { readonly line: number; readonly col: number; readonly message: string }[],
): SweepError {
  const seen = new Set<string>();
  const each: SweepProblem[] = [];
  for (const e of errors) {
    const at = locateInSource(source, written, e.line, e.col);
    const key = JSON.stringify([at.line, at.col, e.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    each.push({
      problem: problem('problem.compare.sweep-invalid', { assignments, why: e.message }),
      at,
    });
  }
  const [first, ...more] = each;
  return new SweepError(first!.problem, first!.at, more);
}
