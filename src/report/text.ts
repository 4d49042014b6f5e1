// Every word the after-action report takes from the log goes through here, so the log's
// message catalogs (English, French) can replace the stored English lines in one place.
import { formatDuration, formatTime, type LogEntry, type Scenario } from '../core/index.ts';

/** The human line of a log entry. */
export function entryText(entry: LogEntry): string {
  return entry.text;
}

/** What a message was about, for an arrow label: the quoted subject of its "sends" line. */
export function messageLabel(entry: LogEntry): string {
  const text = entryText(entry);
  const quoted = /"([^"]+)"/.exec(text);
  return quoted ? quoted[1]! : text;
}

export const time = (t: number): string => formatTime(t);
export const span = (t: number): string => formatDuration(Math.round(t));

/** An actor's name and role, for people who do not know the ids. */
export function actorLabel(scenario: Scenario, id: string): string {
  const a = scenario.actors.find((x) => x.id === id);
  return a ? `${a.name} (${a.role})` : id;
}

export function actorName(scenario: Scenario, id: string): string {
  return scenario.actors.find((x) => x.id === id)?.name ?? id;
}

/** A metric value in its unit; "—" when the run had nothing to measure. */
export function metricText(value: number | null, unit: 'count' | 'minutes' | 'share'): string {
  if (value === null) return '—';
  if (unit === 'minutes') return span(value);
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  return String(Math.round(value * 100) / 100);
}

/**
 * The rule a machine's decision line names, until the typed log carries it: a closing
 * parenthesis ("(high threat: the military for physical protection)"), what follows an escort
 * decision's colon ("criterion 2 … not met"), or what follows "not ready:". Else nothing.
 */
export function ruleOf(entry: LogEntry): string {
  const text = entryText(entry);
  const paren = /\(([^()]+)\)$/.exec(text);
  if (paren) return paren[1]!;
  if (entry.marks?.some((m) => m === 'escort.approved' || m === 'escort.declined')) {
    const at = text.indexOf(': ');
    return at < 0 ? '' : text.slice(at + 2);
  }
  const notReady = text.indexOf('not ready: ');
  return notReady < 0 ? '' : text.slice(notReady + 'not ready: '.length);
}
