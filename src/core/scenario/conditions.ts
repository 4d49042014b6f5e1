// What a conditional inject (`when: { on, ref }`) waits for must be able to happen: `on` is a
// mark the run writes, and `ref` names something entries with that mark are about (an escort
// mark is about an escort request, a meeting mark about a meeting…). Otherwise the inject
// validates and then never arrives. Also checks the names in `metrics:` and a quorum given as
// a head count, which no meeting of the structure could reach.
import { METRIC_KEYS } from '../metrics/metrics';
import { MARKS } from '../vocabulary';
import { problem, type Problem } from './problems';
import type { Path } from './refs';
import type { Scenario, SimEvent } from './schema';
import { closest, MAX_QUOTED, visible } from './suggest';

/** A problem found, with the path of the value it is about. */
export interface Found {
  readonly path: Path;
  readonly problem: Problem;
}

/** What the log entries of a mark are about: the kind of id their `ref` carries. */
export type About =
  | 'escort-request'
  | 'movement-notification'
  | 'incident'
  | 'handover'
  | 'information'
  | 'meeting'
  | 'decision'
  | 'actor'
  /** Any scenario event with an id (who learns of what). */
  | 'event'
  /** A process a seat's decision is about: an escort, an incident, a meeting, a handover. */
  | 'process'
  /** Entries about nothing the scenario names (injects, messages). */
  | 'none';

/** The kind of id a mark's entries carry as `ref`, read from how the engine writes them. */
export function aboutOf(mark: string): About {
  const family = mark.split('.')[0];
  switch (family) {
    case 'escort':
      return 'escort-request';
    case 'notification':
      return 'movement-notification';
    case 'incident':
    case 'poc':
      return 'incident';
    case 'handover':
      return 'handover';
    case 'meeting':
      return 'meeting';
    case 'information':
      return mark === 'information.sent' ? 'information' : 'event';
    case 'team':
    case 'task':
    case 'readiness':
      return 'actor';
    case 'decision':
      return mark === 'decision.played' ? 'process' : 'decision';
    default:
      return 'none';
  }
}

const EVENT_ABOUT: Readonly<Record<SimEvent['type'], About | undefined>> = {
  'escort-request': 'escort-request',
  'movement-notification': 'movement-notification',
  incident: 'incident',
  handover: 'handover',
  information: 'information',
  'handover-review': undefined,
  'capacity-change': undefined,
  // No conditional-inject mark is about these yet.
  'joint-patrol': undefined,
  'hrddp-status': undefined,
};

/** A value from the file as a message repeats it: one line, cut short. */
export function shown(value: string): string {
  return visible(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value);
}

/** At most this many names in one message; the rest are counted. */
const MAX_NAMES = 40;

function names(all: readonly string[]): string[] {
  const cut = all.slice(0, MAX_NAMES).map(shown);
  return all.length > MAX_NAMES ? [...cut, `… (${all.length - MAX_NAMES})`] : cut;
}

/** The ids of a scenario by what they name. */
export function idsByAbout(scenario: Scenario): Map<About, Set<string>> {
  const ids = new Map<About, Set<string>>();
  const add = (about: About, id: string) => {
    const set = ids.get(about) ?? new Set<string>();
    set.add(id);
    ids.set(about, set);
  };
  const event = (e: SimEvent) => {
    const about = EVENT_ABOUT[e.type];
    if (about === undefined || !('id' in e)) return;
    add(about, e.id);
    add('event', e.id);
    if (about !== 'information' && about !== 'movement-notification') add('process', e.id);
  };
  for (const inject of scenario.injects) event(inject.event);
  for (const d of scenario.decisions) {
    add('decision', d.id);
    for (const o of d.options) for (const e of o.events) event(e);
  }
  for (const s of scenario.structures) {
    for (const m of s.meetings) {
      add('meeting', m.id);
      add('process', m.id);
    }
  }
  for (const a of scenario.actors) add('actor', a.id);
  return ids;
}

/**
 * The marks a misspelt one should be chosen from: its family's, or — when the family itself is
 * unknown — the families ("escort.…"), since every mark is too long a list to read in one error.
 */
export function markChoices(mark: string): readonly string[] {
  const family = `${mark.split('.')[0]}.`;
  const same = MARKS.filter((m) => m.startsWith(family));
  return same.length > 0 ? same : [...new Set(MARKS.map((m) => `${m.split('.')[0]}.…`))];
}

/** The problem for an `on` that names no mark (found by the schema; worded here). */
export function unknownMark(mark: unknown): Problem {
  const text = typeof mark === 'string' ? mark : String(mark);
  return problem('problem.mark-unknown', {
    mark: shown(text),
    // A family left out ("declined" for "escort.declined") is the likeliest slip after a typo.
    guess: closest(text, MARKS) ?? MARKS.find((m) => m.endsWith(`.${text}`)) ?? '',
    marks: markChoices(text),
  });
}

export interface Checked {
  readonly errors: Found[];
  readonly warnings: Found[];
}

/** Conditional injects, metric names and head-count quorums of a schema-valid scenario. */
export function checkConditions(scenario: Scenario): Checked {
  const errors: Found[] = [];
  const warnings: Found[] = [];
  const ids = idsByAbout(scenario);
  const aboutOfId = (id: string): About | undefined => {
    for (const about of [
      'escort-request',
      'movement-notification',
      'incident',
      'handover',
    ] as const)
      if (ids.get(about)?.has(id)) return about;
    for (const about of ['information', 'meeting', 'decision', 'actor'] as const)
      if (ids.get(about)?.has(id)) return about;
    return undefined;
  };

  for (const [i, inject] of scenario.injects.entries()) {
    const when = inject.when;
    if (when === undefined) continue;
    const at: Path = ['injects', i, 'when'];
    const about = aboutOf(when.on);
    const known = ids.get(about) ?? new Set<string>();
    if (when.ref !== undefined) {
      if (about === 'none') {
        errors.push({
          path: [...at, 'ref'],
          problem: problem('problem.mark-without-ref', { mark: when.on }),
        });
        continue;
      }
      if (!known.has(when.ref)) {
        const is = aboutOfId(when.ref);
        errors.push({
          path: [...at, 'ref'],
          problem:
            is !== undefined
              ? problem('problem.ref-other-kind', {
                  ref: shown(when.ref),
                  mark: when.on,
                  about,
                  is,
                })
              : problem('problem.ref-unknown', {
                  ref: shown(when.ref),
                  mark: when.on,
                  about,
                  guess: closest(when.ref, known) ?? '',
                  ids: names([...known]),
                }),
        });
        continue;
      }
    }
    if (about !== 'none' && about !== 'actor' && known.size === 0)
      warnings.push({
        path: [...at, 'on'],
        problem: problem('problem.mark-never', { mark: when.on, about }),
      });
  }

  const metricKeys: readonly string[] = METRIC_KEYS;
  for (const [i, metric] of scenario.metrics.entries()) {
    if (metricKeys.includes(metric)) continue;
    errors.push({
      path: ['metrics', i],
      problem: problem('problem.metric-unknown', {
        metric: shown(metric),
        guess: closest(metric, metricKeys) ?? '',
        metrics: metricKeys,
      }),
    });
  }

  for (const [s, structure] of scenario.structures.entries()) {
    for (const [m, meeting] of structure.meetings.entries()) {
      const invited = new Set(meeting.invitees.filter((id) => id !== meeting.chair)).size;
      if (meeting.quorum > 1 && meeting.quorum > invited)
        errors.push({
          path: ['structures', s, 'meetings', m, 'quorum'],
          problem: problem('problem.quorum-too-high', { count: meeting.quorum, invited }),
        });
    }
  }
  return { errors, warnings };
}
