// The after-action report as Markdown: readable as plain text, renders on any Markdown viewer;
// sequence diagrams as Mermaid text.
import { measureText, observedText, type Locale } from '../i18n';
import type { Debrief, SequenceDiagram } from '../core/index.ts';
import {
  columns,
  decisionCells,
  executiveSummary,
  liveCells,
  metricCells,
  mselCells,
  observationLine,
  overviewRows,
  ratingLabel,
  reportTitle,
  say,
  statusText,
} from './content';
import { actorName, entryText, messageLabel, time } from './text';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** Mermaid sequence diagram text; participants get short aliases (ids may hold hyphens). */
export function mermaidSequence(
  d: Debrief,
  diagram: SequenceDiagram,
  locale: Locale = 'en',
): string {
  const alias = new Map(diagram.participants.map((p, i) => [p, `p${i + 1}`]));
  const clean = (s: string) => s.replace(/[;#]/g, ' ').replace(/\s+/g, ' ').trim();
  const lines = ['sequenceDiagram'];
  for (const p of diagram.participants)
    lines.push(`  participant ${alias.get(p)} as ${clean(actorName(d.scenario, p))}`);
  for (const s of diagram.steps) {
    if (s.kind === 'message') {
      const fate = s.lost
        ? say(locale, 'report.sequence.lost')
        : s.handled !== null
          ? ` → ${time(s.handled)}`
          : '';
      lines.push(
        `  ${alias.get(s.from)}${s.lost ? '-x' : '->>'}${alias.get(s.to)}: ${clean(`${time(s.time)} ${messageLabel(s.entry, locale)}${fate}`)}`,
      );
    } else {
      lines.push(
        `  Note over ${alias.get(s.at)}: ${clean(`${time(s.time)} ${entryText(s.entry, locale)}`)}`,
      );
    }
  }
  return lines.join('\n');
}

export function renderMarkdown(d: Debrief, locale: Locale = 'en'): string {
  const t = (key: Parameters<typeof say>[1], values?: Parameters<typeof say>[2]) =>
    say(locale, key, values);
  const out: string[] = [`# ${reportTitle(d, locale)}`, ''];
  out.push(`## ${t('report.overview')}`, '', ...table(['', ''], overviewRows(d, locale)), '');
  out.push(`## ${t('report.summary')}`, '', ...executiveSummary(d, locale).flatMap((p) => [p, '']));

  out.push(`## ${t('report.objectives')}`, '');
  for (const o of d.objectives) {
    out.push(`### ${t('report.objective.heading', { id: o.id, text: o.text })}`, '');
    out.push(
      o.rating
        ? `**${t('report.rating', { rating: o.rating.rating, label: ratingLabel(o.rating.rating, locale) })}** ${o.rating.rationale}`
        : `**${t('report.not-rated')}**`,
      '',
    );
    if (o.tasks.length) {
      const rows = o.tasks.flatMap((task) =>
        task.byEvaluator
          ? [[task.text, t('report.left-to-evaluator'), '', '']]
          : task.measures.map((m, i) => [
              i === 0 ? task.text : '',
              measureText(m.wording, locale),
              observedText(m.observed, locale),
              statusText(m.status, locale),
            ]),
      );
      out.push(...table(columns('measures', locale), rows), '');
    }
    if (o.observations.length)
      out.push(...o.observations.map((x) => `- ${observationLine(d, x, locale)}`), '');
  }

  const strengths = d.observations.filter((o) => o.kind === 'strength');
  const improvements = d.observations.filter((o) => o.kind === 'improvement');
  out.push(`## ${t('report.strengths')}`, '');
  out.push(
    ...(strengths.length
      ? strengths.map((o) => `- ${observationLine(d, o, locale)}`)
      : [t('report.none-recorded')]),
    '',
  );
  out.push(`## ${t('report.improvements')}`, '');
  out.push(
    ...(improvements.length
      ? improvements.map((o) => `- ${observationLine(d, o, locale)}`)
      : [t('report.none-recorded')]),
    '',
  );

  out.push(`## ${t('report.decisions')}`, '', t('report.decisions.intro'), '');
  out.push(
    ...(d.decisions.length
      ? table(
          columns('decisions', locale),
          d.decisions.map((r) => decisionCells(d, r, locale)),
        )
      : [t('report.decisions.none')]),
    '',
  );

  out.push(`## ${t('report.sequences')}`, '');
  for (const s of d.sequences) {
    out.push(
      `### ${t(s.kind === 'escort' ? 'report.sequence.escort' : 'report.sequence.handover', { id: s.id })}`,
      '',
    );
    out.push('```mermaid', mermaidSequence(d, s, locale), '```', '');
  }
  if (d.sequences.length === 0) out.push(t('report.none-in-run'), '');

  out.push(`## ${t('report.metrics')}`, '', t('report.metrics.intro'), '');
  out.push(
    ...table(
      columns('metrics', locale),
      d.metrics.map((m) => metricCells(m, locale)),
    ),
    '',
  );

  out.push(`## ${t('report.msel')}`, '');
  if (d.live.length) out.push(t('report.msel.live-note'), '');
  out.push(
    ...table(columns('msel', locale), [
      ...d.msel.map((o) => mselCells(o, locale)),
      ...d.live.map((o) => liveCells(o, locale)),
    ]),
    '',
  );

  out.push(`## ${t('report.plan')}`, '');
  out.push(
    ...(d.plan.length
      ? table(
          columns('plan', locale),
          d.plan.map((a) => [
            [a.objective, a.issue].filter(Boolean).join(': '),
            a.action,
            a.capability,
            a.owner,
            a.due,
          ]),
        )
      : [t('report.plan.none')]),
    '',
  );
  return out.join('\n');
}
