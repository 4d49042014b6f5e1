// "Did you mean…?" for scenario errors: the closest known word to a misspelt id or key,
// and short quoted lists of the words that would be right. Everything a message quotes from
// the file goes through `quote`, so a message stays one short line whatever the file holds.

/** The most of a file's text a message repeats: enough to recognise it, never a page. */
export const MAX_QUOTED = 60;

/** Longer words are not typos of a short id or key: no suggestion is searched for them. */
const MAX_SUGGESTED = 64;

/** Candidates compared at most: a scenario with more ids than this gets no guess. */
const MAX_CANDIDATES = 5000;

/** C0 and C1 control characters, DEL, and the bidirectional overrides that reorder a line. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Control characters shown visibly (`\n`, `\u001b`), so that text from a scenario can neither
 * drive a terminal (escape sequences, a carriage return forging a line) nor reorder a line.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    switch (c) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
}

/** `"text"` in double quotes, cut to MAX_QUOTED characters, control characters shown visibly. */
export function quote(value: unknown): string {
  const text = String(value);
  const cut = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return `"${visible(cut.replace(/[\\"]/g, (c) => `\\${c}`))}"`;
}

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The known word closest to `word`, if one is close enough to be a plausible typo. */
export function closest(word: string, known: Iterable<string>): string | undefined {
  if (word.length > MAX_SUGGESTED) return undefined;
  const w = word.toLowerCase();
  const allowed = w.length <= 3 ? 1 : w.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  let compared = 0;
  for (const candidate of known) {
    if (++compared > MAX_CANDIDATES) break;
    // A length difference alone exceeds the allowance: no need to compare (and long ids cost).
    if (Math.abs(candidate.length - w.length) > allowed) continue;
    const d = editDistance(w, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** `"a", "b", "c"` — long lists are cut with a count of what was left out. */
export function quoteList(words: readonly string[], max = 12): string {
  const shown = words.slice(0, max).map((w) => quote(w));
  const rest = words.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** ` did you mean "x"?` (with a leading space) or nothing. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const guess = closest(word, known);
  return guess === undefined ? '' : ` did you mean ${quote(guess)}?`;
}

/** A value from the file as a problem's parameter repeats it: one line, cut short, unquoted. */
export function cut(value: unknown): string {
  const text = String(value);
  return visible(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text);
}

/** At most this many names in one problem; the rest are counted. */
const MAX_NAMES = 40;

/** Names a problem lists (the catalogs join them): each cut short, a long list counted. */
export function names(words: Iterable<string>, max = MAX_NAMES): string[] {
  const all = [...words];
  const shown = all.slice(0, max).map(cut);
  return all.length > max ? [...shown, `… (${all.length - max})`] : shown;
}

/** The closest known word to a misspelt one, or '' (a problem's `guess`). */
export const guessFor = (word: string, known: Iterable<string>): string =>
  cut(closest(word, known) ?? '');
