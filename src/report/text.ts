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
