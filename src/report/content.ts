// The report's words, shared by the Markdown and HTML renderers: headings, the executive
// summary and the cells of each table. Renderers only choose the markup.
import type { Locale } from '../i18n';
import {
  OBSERVATION_KINDS,
  RATING_SCALE,
  type Debrief,
  type DecisionRecordRow,
  type MeasureStatus,
  type MetricRow,
  type MselOutcome,
} from '../core/index.ts';
import { actorLabel, actorName, entryText, metricText, ruleOf, span, time } from './text';

export const STATUS_TEXT: Record<MeasureStatus, string> = {
  met: 'met',
  'not-met': 'not met',
  'no-data': 'no data',
};

export function reportTitle(d: Debrief): string {
  return `After-action report / improvement plan: ${d.scenario.title}`;
}

export function overviewRows(d: Debrief): [string, string][] {
  const rows: [string, string][] = [
    ['Scenario', `${d.scenario.title} (${d.scenario.id})`],
    ['Date played', d.date ? d.date.slice(0, 10) : 'not recorded'],
    ['Coordination structure', `${d.structure.name} (${d.structure.id})`],
    ['Seed', String(d.seed)],
    [
      'Reported at',
      d.finished ? `the end of the exercise (${time(d.time)})` : `${time(d.time)}, before the end`,
    ],
  ];
  for (const p of d.participants) rows.push([p.role, p.who]);
  return rows;
}

/** A few sentences a training officer reads first. */
export function executiveSummary(d: Debrief): string[] {
  const out: string[] = [];
  const rated = d.objectives.filter((o) => o.rating);
  const counts = (['P', 'S', 'M', 'U'] as const)
    .map((r) => [r, rated.filter((o) => o.rating?.rating === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${RATING_SCALE[r].toLowerCase()} (${r})`);
  out.push(
    `${d.scenario.title} was played under the ${d.structure.name} structure with seed ${d.seed}, ` +
      `${d.finished ? `to the end of the exercise at ${time(d.time)}` : `up to ${time(d.time)}`}.`,
  );
  out.push(
    rated.length === 0
      ? `None of the ${d.objectives.length} objectives has been rated yet.`
      : `Of ${d.objectives.length} objectives, ${rated.length} rated: ${counts.join(', ')}.`,
  );
  const tasks = d.objectives.flatMap((o) => o.tasks.filter((t) => !t.byEvaluator));
  const met = tasks.filter((t) => t.status === 'met').length;
  const notMet = tasks.filter((t) => t.status === 'not-met');
  out.push(
    `${met} of ${tasks.length} measured critical tasks were met from the log` +
      (notMet.length
        ? `; not met: ${notMet.map((t) => t.text.replace(/\.$/, '')).join('; ')}.`
        : '.'),
  );
  const points = d.decisions.filter((r) => r.kind === 'decision-point');
  const differ = points.filter((r) => r.differs);
  if (points.length) {
    out.push(
      differ.length === 0
        ? `At every decision point (${points.length}) the players took the doctrinal option.`
        : `At ${differ.length} of ${points.length} decision points the players departed from the doctrinal option: ` +
            differ
              .map((r) => `${r.choice} instead of ${r.baselineChoice} (${time(r.time)})`)
              .join('; ') +
            '.',
    );
  }
  const worse = d.metrics.filter((m) => compare(m) === 'worse').map((m) => m.label);
  const better = d.metrics.filter((m) => compare(m) === 'better').map((m) => m.label);
  if (worse.length || better.length) {
    out.push(
      'Against the doctrine-only run: ' +
        [
          better.length ? `better on ${better.join(', ')}` : '',
          worse.length ? `worse on ${worse.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ') +
        '.',
    );
  } else if (d.metrics.some((m) => m.baseline !== null)) {
    out.push('Every metric equals the doctrine-only run.');
  }
  const s = d.observations.filter((o) => o.kind === 'strength').length;
  const i = d.observations.length - s;
  out.push(
    `Evaluators recorded ${s} strength${s === 1 ? '' : 's'} and ${i} area${i === 1 ? '' : 's'} for improvement; ` +
      `the improvement plan has ${d.plan.length} corrective action${d.plan.length === 1 ? '' : 's'}.`,
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

export function metricCells(m: MetricRow): [string, string, string, string] {
  const c = compare(m);
  return [m.label, metricText(m.run, m.unit), metricText(m.baseline, m.unit), c === 'n/a' ? '' : c];
}

export function decisionCells(
  d: Debrief,
  r: DecisionRecordRow,
  locale: Locale = 'en',
): [string, string, string, string, string] {
  const say = (e: DecisionRecordRow['entry']) => entryText(e, locale);
  const who = actorLabel(d.scenario, r.by);
  if (r.kind === 'decision-point') {
    const point = d.scenario.decisions.find((x) => x.id === r.ref);
    return [
      time(r.time),
      who,
      `${point?.prompt ?? r.ref} → ${r.choice ?? ''}`,
      `${r.baselineChoice ?? '—'}${r.differs ? ' (differs)' : ''}`,
      r.rule,
    ];
  }
  return [
    time(r.time),
    who,
    say(r.entry),
    r.baselineEntry
      ? say(r.baselineEntry) === say(r.entry)
        ? `the same${r.baselineEntry.time === r.time ? '' : `, at ${time(r.baselineEntry.time)}`}`
        : `${say(r.baselineEntry)} (${time(r.baselineEntry.time)})${r.differs ? ' (differs)' : ''}`
      : 'not reached in the doctrine-only run',
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
      : `when ${inj.when?.on ?? ''}${inj.when?.ref ? ` (${inj.when.ref})` : ''}`;
  const became =
    o.delivered === null
      ? inj.at === undefined
        ? 'not triggered'
        : 'not reached'
      : o.outcome.length
        ? o.outcome.map((e) => `${time(e.time)} ${entryText(e, locale)}`).join(' · ')
        : `delivered ${time(o.delivered)}`;
  return [String(inj.serial), when, inj.text, inj.expected ?? '', became];
}

export function observationLine(d: Debrief, o: Debrief['observations'][number]): string {
  const about = [
    o.actor ? actorName(d.scenario, o.actor) : '',
    o.objective ? o.objective : '',
    o.entrySeq !== undefined ? `log #${o.entrySeq}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${time(o.time)} ${OBSERVATION_KINDS[o.kind]}: ${o.text}${about ? ` (${about})` : ''}${o.author ? ` — ${o.author}` : ''}`;
}

export { span, time };
