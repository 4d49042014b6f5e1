// Ids and machine paths in words, for every panel: actor and area ids become their names,
// state paths ("handover.selfAssessment.asking") read as steps, and log marks
// ("escort.declined") as what happened. Pure functions of the scenario's names.

/** Id → name, for the actors and areas of a scenario. */
export type Names = ReadonlyMap<string, string>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A sentence with the scenario's ids replaced by their names. Only whole ids match (not part
 * of a longer id or word) and the match is case-sensitive, so "JOC" in prose stays as written
 * while the id "joc" becomes "Joint Operations Centre, Galasi".
 */
export function readable(text: string, names: Names): string {
  if (names.size === 0 || text === '') return text;
  return text.replace(patternFor(names), (id) => names.get(id) ?? id);
}

// The log renders hundreds of lines with the same names: one pattern per names map.
const patterns = new WeakMap<Names, RegExp>();

function patternFor(names: Names): RegExp {
  let pattern = patterns.get(names);
  if (!pattern) {
    const ids = [...names.keys()].filter((id) => id !== '').sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\w-])(?:${ids.map(escape).join('|')})(?![\\w-])`, 'g');
    patterns.set(names, pattern);
  }
  return pattern;
}

/** "selfAssessment" or "self-assessment" → "self assessment". */
function words(segment: string): string {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** "policeToHostPolice.selfAssessment.asking" → "police to host police › self assessment › asking". */
export function stateWords(path: string): string {
  return path
    .split('.')
    .map(words)
    .filter((s) => s !== '')
    .join(' › ');
}

/** The last step of a state path in words: "asking". */
export function stateLeaf(path: string): string {
  const dot = path.lastIndexOf('.');
  return words(dot < 0 ? path : path.slice(dot + 1));
}

const SUBJECTS: Readonly<Record<string, string>> = {
  escort: 'escort request',
  handover: 'handover',
  poc: 'protection of civilians alert',
  meeting: 'meeting',
  notification: 'movement notification',
  information: 'information',
  incident: 'incident',
  message: 'message',
  task: 'task',
  decision: 'decision',
  inject: 'inject',
};

/** "escort.declined" → "escort request declined"; "handover.gap-opened" → "handover gap opened". */
export function markWords(mark: string): string {
  const dot = mark.indexOf('.');
  if (dot < 0) return words(mark);
  const subject = mark.slice(0, dot);
  return `${SUBJECTS[subject] ?? words(subject)} ${words(mark.slice(dot + 1))}`;
}
