// Every word the after-action report takes from the log goes through here: entries are
// rendered from the typed log by the message catalogs (src/i18n), in the report's language
// (English unless asked: `peacemesh --lang fr report …`).
import {
  formatDuration,
  formatTime,
  type LogEntry,
  type Phrase,
  type Scenario,
} from '../core/index.ts';
import { describeEntry, describePhrase, measureValue, type Locale } from '../i18n';

/** The human line of a log entry. */
export function entryText(entry: LogEntry, locale: Locale = 'en'): string {
  return describeEntry(entry, locale);
}

/** What a message was about, for an arrow label: its subject, else the whole line. */
export function messageLabel(entry: LogEntry, locale: Locale = 'en'): string {
  return entry.kind === 'message.sent'
    ? describePhrase(entry.params.about, locale)
    : entryText(entry, locale);
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

/** A metric value in its unit, in the report's number format; "—" when nothing to measure. */
export function metricText(
  value: number | null,
  unit: 'count' | 'minutes' | 'share',
  locale: Locale = 'en',
): string {
  if (value === null) return '—';
  return measureValue(unit === 'minutes' ? Math.round(value) : value, unit, locale);
}

/** The doctrinal rule a machine's decision applied, read from the entry's parameters. */
function rulePhrase(entry: LogEntry): Phrase | undefined {
  switch (entry.kind) {
    case 'poc.decided':
      return {
        kind: 'doctrine.poc',
        params: {
          severity: entry.params.severity,
          preferred: entry.params.preferred,
          ...(entry.params.unit !== undefined ? { unit: entry.params.unit } : {}),
        },
      };
    case 'escort.approved':
      return { kind: 'doctrine.escort-met', params: {} };
    case 'escort.approved-under-pressure':
      return { kind: 'doctrine.escort-pressure', params: { criteria: entry.params.criteria } };
    case 'escort.declined':
      return { kind: 'doctrine.escort-unmet', params: { criteria: entry.params.criteria } };
    case 'handover.not-ready':
      return { kind: 'doctrine.readiness-gaps', params: { gaps: entry.params.gaps } };
    // A played decision: the rule doctrine would have applied (the baseline).
    case 'escort.approved-played':
    case 'escort.declined-played':
    case 'poc.decided-played':
    case 'handover.decided-played':
    case 'decision.played':
      return entry.params.reason;
    default:
      return undefined;
  }
}

/** The rule a machine's decision names ("high threat: the military …"), else nothing. */
export function ruleOf(entry: LogEntry, locale: Locale = 'en'): string {
  const rule = rulePhrase(entry);
  return rule ? describePhrase(rule, locale) : '';
}
