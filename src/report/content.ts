// The report's words, shared by the Markdown and HTML renderers: headings, the executive
// summary and the cells of each table, from the message catalogs (src/i18n) in the report's
// language. Renderers only choose the markup.
import { formatList, translate, type Locale, type ReportKey } from '../i18n';
import type {
  Debrief,
  DecisionRecordRow,
  LiveInjectOutcome,
  MeasureStatus,
  MetricRow,
  MselOutcome,
  Participant,
  Rating,
} from '../core/index.ts';
import { actorLabel, actorName, entryText, metricText, ruleOf, span, time } from './text';

type Values = Readonly<Record<string, string | number | boolean>>;

/** A report heading or fixed text in the report's language. */
export const say = (locale: Locale, key: ReportKey, values: Values = {}): string =>
  translate(locale, key, values);

/** The columns of each of the report's tables, in order ('': a column with no heading). */
const COLUMNS = {
  measures: ['task', 'measure', 'observed', 'result'],
  decisions: ['when', 'who', 'what', 'baseline', 'rule'],
  metrics: ['metric', 'run', 'doctrine', ''],
  msel: ['serial', 'when', 'inject', 'expected', 'became'],
  plan: ['objective-issue', 'action', 'capability', 'owner', 'due'],
} as const;

/** The headings of one of the report's tables in the report's language. */
export const columns = (table: keyof typeof COLUMNS, locale: Locale = 'en'): string[] =>
  COLUMNS[table].map((c) => (c === '' ? '' : say(locale, `report.col.${c}`)));

export const statusText = (status: MeasureStatus, locale: Locale = 'en'): string =>
  say(locale, `report.status.${status}`);

export const ratingLabel = (rating: Rating, locale: Locale = 'en'): string =>
  say(locale, `report.rating.${rating}`);

/** A metric's name in the report's language. */
export const metricLabel = (m: MetricRow, locale: Locale = 'en'): string =>
  translate(locale, `metric.${m.key}`);

export function reportTitle(d: Debrief, locale: Locale = 'en'): string {
  return say(locale, 'report.title', { title: d.scenario.title });
}

function participantRow(d: Debrief, p: Participant, locale: Locale): [string, string] {
  const who = p.actors?.length
    ? say(locale, 'report.participant.holds', {
        who: p.who,
        actors: formatList(
          p.actors.map((a) => actorLabel(d.scenario, a)),
          locale,
        ),
      })
    : p.who;
  return [say(locale, `report.role.${p.role}`), who];
}

export function overviewRows(d: Debrief, locale: Locale = 'en'): [string, string][] {
  const rows: [string, string][] = [
    [say(locale, 'report.overview.scenario'), `${d.scenario.title} (${d.scenario.id})`],
    [
      say(locale, 'report.overview.date'),
      d.date ? d.date.slice(0, 10) : say(locale, 'report.overview.not-recorded'),
    ],
    [say(locale, 'report.overview.structure'), `${d.structure.name} (${d.structure.id})`],
    [say(locale, 'report.overview.seed'), String(d.seed)],
    [
      say(locale, 'report.overview.reported'),
      say(locale, d.finished ? 'report.overview.at-end' : 'report.overview.before-end', {
        time: time(d.time),
      }),
    ],
  ];
  for (const p of d.participants) rows.push(participantRow(d, p, locale));
  return rows;
}

/** A few sentences a training officer reads first. */
export function executiveSummary(d: Debrief, locale: Locale = 'en'): string[] {
  const out: string[] = [];
  const rated = d.objectives.filter((o) => o.rating);
  const counts = (['P', 'S', 'M', 'U'] as const)
    .map((r) => [r, rated.filter((o) => o.rating?.rating === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) =>
      say(locale, 'report.summary.rating-count', {
        count: n,
        label: ratingLabel(r, locale).toLocaleLowerCase(locale),
        rating: r,
      }),
    );
  out.push(
    say(locale, 'report.summary.played', {
      title: d.scenario.title,
      structure: d.structure.name,
      seed: d.seed,
      finished: d.finished,
      time: time(d.time),
    }),
  );
  out.push(
    rated.length === 0
      ? say(locale, 'report.summary.unrated', { count: d.objectives.length })
      : say(locale, 'report.summary.rated', {
          count: d.objectives.length,
          rated: rated.length,
          counts: formatList(counts, locale),
        }),
  );
  const tasks = d.objectives.flatMap((o) => o.tasks.filter((t) => !t.byEvaluator));
  const notMet = tasks.filter((t) => t.status === 'not-met');
  out.push(
    say(locale, 'report.summary.tasks', {
      met: tasks.filter((t) => t.status === 'met').length,
      total: tasks.length,
      has_notMet: notMet.length ? 'yes' : 'no',
      notMet: notMet.map((t) => t.text.replace(/\.$/, '')).join('; '),
    }),
  );
  const points = d.decisions.filter((r) => r.kind === 'decision-point');
  const differ = points.filter((r) => r.differs);
  if (points.length) {
    out.push(
      differ.length === 0
        ? say(locale, 'report.summary.points-same', { count: points.length })
        : say(locale, 'report.summary.points-differ', {
            differ: differ.length,
            count: points.length,
            list: differ
              .map((r) =>
                say(locale, 'report.summary.instead', {
                  choice: r.choice ?? '',
                  baseline: r.baselineChoice ?? '',
                  time: time(r.time),
                }),
              )
              .join('; '),
          }),
    );
  }
  const seated = d.decisions.filter((r) => r.byPlayer);
  if (seated.length)
    out.push(
      say(locale, 'report.summary.seats', {
        count: seated.length,
        differ: seated.filter((r) => r.differs).length,
      }),
    );
  const worse = d.metrics.filter((m) => compare(m) === 'worse').map((m) => metricLabel(m, locale));
  const better = d.metrics
    .filter((m) => compare(m) === 'better')
    .map((m) => metricLabel(m, locale));
  if (worse.length || better.length) {
    out.push(
      say(locale, 'report.summary.against', {
        parts: [
          better.length ? say(locale, 'report.summary.better', { list: better.join(', ') }) : '',
          worse.length ? say(locale, 'report.summary.worse', { list: worse.join(', ') }) : '',
        ]
          .filter(Boolean)
          .join('; '),
      }),
    );
  } else if (d.metrics.some((m) => m.baseline !== null)) {
    out.push(say(locale, 'report.summary.same-metrics'));
  }
  const strengths = d.observations.filter((o) => o.kind === 'strength').length;
  out.push(
    say(locale, 'report.summary.observations', {
      strengths,
      improvements: d.observations.length - strengths,
      actions: d.plan.length,
    }),
  );
  return out;
}

/** better / worse / same against the baseline, by the metric's reading direction. */
export function compare(m: MetricRow): 'better' | 'worse' | 'same' | 'n/a' {
  if (m.run === null || m.baseline === null || m.better === 'neither') return 'n/a';
  if (Math.abs(m.run - m.baseline) < 1e-9) return 'same';
  const lower = m.run < m.baseline;
  return (m.better === 'lower') === lower ? 'better' : 'worse';
}

/** The comparison word for a metric row ('' when it does not apply), and its class. */
export function compareText(m: MetricRow, locale: Locale = 'en'): [string, string] {
  const c = compare(m);
  return c === 'n/a' ? ['', ''] : [say(locale, `report.compare.${c}`), c];
}

export function metricCells(m: MetricRow, locale: Locale = 'en'): [string, string, string, string] {
  return [
    metricLabel(m, locale),
    metricText(m.run, m.unit, locale),
    metricText(m.baseline, m.unit, locale),
    compareText(m, locale)[0],
  ];
}

export function decisionCells(
  d: Debrief,
  r: DecisionRecordRow,
  locale: Locale = 'en',
): [string, string, string, string, string] {
  const sayEntry = (e: DecisionRecordRow['entry']) => entryText(e, locale);
  const differs = r.differs ? ` ${say(locale, 'report.decision.differs')}` : '';
  const actor = actorLabel(d.scenario, r.by);
  const who = r.seat ? say(locale, 'report.decision.seat', { who: actor, seat: r.seat }) : actor;
  if (r.kind === 'decision-point') {
    const point = d.scenario.decisions.find((x) => x.id === r.ref);
    return [
      time(r.time),
      who,
      `${point?.prompt ?? r.ref} → ${r.choice ?? ''}`,
      `${r.baselineChoice ?? '—'}${differs}`,
      r.rule,
    ];
  }
  if (r.kind === 'played' && r.entry.kind === 'decision.played') {
    const p = r.entry.params;
    return [
      time(r.time),
      who,
      sayEntry(r.entry),
      `${say(locale, 'report.decision.doctrine', { doctrine: p.doctrine, area: p.area ?? '', to: p.to ?? '' })}${differs}`,
      ruleOf(r.entry, locale),
    ];
  }
  return [
    time(r.time),
    who,
    sayEntry(r.entry),
    r.baselineEntry
      ? sayEntry(r.baselineEntry) === sayEntry(r.entry)
        ? r.baselineEntry.time === r.time
          ? say(locale, 'report.decision.same')
          : say(locale, 'report.decision.same-at', { time: time(r.baselineEntry.time) })
        : `${sayEntry(r.baselineEntry)} (${time(r.baselineEntry.time)})${differs}`
      : say(locale, 'report.decision.not-reached'),
    ruleOf(r.entry, locale),
  ];
}

export function mselCells(
  o: MselOutcome,
  locale: Locale = 'en',
): [string, string, string, string, string] {
  const inj = o.inject;
  const when =
    inj.at !== undefined
      ? time(inj.at)
      : say(locale, 'report.msel.when', {
          on: `${inj.when?.on ?? ''}${inj.when?.ref ? ` (${inj.when.ref})` : ''}`,
        });
  const became =
    o.delivered === null
      ? say(locale, inj.at === undefined ? 'report.msel.not-triggered' : 'report.msel.not-reached')
      : o.outcome.length
        ? o.outcome.map((e) => `${time(e.time)} ${entryText(e, locale)}`).join(' · ')
        : say(locale, 'report.msel.delivered', { time: time(o.delivered) });
  return [String(inj.serial), when, inj.text, inj.expected ?? '', became];
}

/** A live inject's row in the MSEL table: no serial and no expected action, "live". */
export function liveCells(
  o: LiveInjectOutcome,
  locale: Locale = 'en',
): [string, string, string, string, string] {
  const when =
    o.delivered !== null
      ? time(o.delivered)
      : o.planned !== null
        ? time(o.planned)
        : say(locale, 'report.msel.next-move');
  const became =
    o.state === 'withdrawn'
      ? say(locale, 'report.msel.withdrawn')
      : o.delivered === null
        ? say(locale, 'report.msel.staged')
        : o.outcome.length
          ? o.outcome.map((e) => `${time(e.time)} ${entryText(e, locale)}`).join(' · ')
          : say(locale, 'report.msel.delivered', { time: time(o.delivered) });
  return [say(locale, 'report.msel.live'), when, o.text, '', became];
}

export function observationLine(
  d: Debrief,
  o: Debrief['observations'][number],
  locale: Locale = 'en',
): string {
  const about = [
    o.actor ? actorName(d.scenario, o.actor) : '',
    o.objective ? o.objective : '',
    o.entrySeq !== undefined ? say(locale, 'report.log-entry', { seq: o.entrySeq }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const line = say(locale, 'report.observation.line', {
    kind: say(locale, `report.kind.${o.kind}`),
    text: o.text,
  });
  return `${time(o.time)} ${line}${about ? ` (${about})` : ''}${o.author ? ` — ${o.author}` : ''}`;
}

export { span, time };
