// The after-action report as Markdown: readable as plain text, renders on any Markdown viewer;
// sequence diagrams as Mermaid text.
import type { Locale } from '../i18n';
import { RATING_SCALE, type Debrief, type SequenceDiagram } from '../core/index.ts';
import {
  decisionCells,
  executiveSummary,
  metricCells,
  mselCells,
  observationLine,
  overviewRows,
  reportTitle,
  STATUS_TEXT,
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
      const fate = s.lost ? ' (lost)' : s.handled !== null ? ` → ${time(s.handled)}` : '';
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
  const out: string[] = [`# ${reportTitle(d)}`, ''];
  out.push('## Overview', '', ...table(['', ''], overviewRows(d)), '');
  out.push('## Executive summary', '', ...executiveSummary(d).flatMap((p) => [p, '']));

  out.push('## Objectives', '');
  for (const o of d.objectives) {
    out.push(`### ${o.id}: ${o.text}`, '');
    out.push(
      o.rating
        ? `**Rating: ${o.rating.rating} — ${RATING_SCALE[o.rating.rating]}.** ${o.rating.rationale}`
        : '**Rating: not rated.**',
      '',
    );
    if (o.tasks.length) {
      const rows = o.tasks.flatMap((t) =>
        t.byEvaluator
          ? [[t.text, 'left to the evaluator', '', '']]
          : t.measures.map((m, i) => [
              i === 0 ? t.text : '',
              m.text,
              m.observed,
              STATUS_TEXT[m.status],
            ]),
      );
      out.push(...table(['Critical task', 'Measure', 'Observed', 'Result'], rows), '');
    }
    if (o.observations.length)
      out.push(...o.observations.map((x) => `- ${observationLine(d, x)}`), '');
  }

  const strengths = d.observations.filter((o) => o.kind === 'strength');
  const improvements = d.observations.filter((o) => o.kind === 'improvement');
  out.push('## Strengths', '');
  out.push(
    ...(strengths.length ? strengths.map((o) => `- ${observationLine(d, o)}`) : ['None recorded.']),
    '',
  );
  out.push('## Areas for improvement', '');
  out.push(
    ...(improvements.length
      ? improvements.map((o) => `- ${observationLine(d, o)}`)
      : ['None recorded.']),
    '',
  );

  out.push('## Decision record', '');
  out.push(
    ...(d.decisions.length
      ? table(
          ['When', 'Who decided', 'What', 'Doctrinal baseline', 'Rule'],
          d.decisions.map((r) => decisionCells(d, r, locale)),
        )
      : ['No decisions were taken in this run.']),
    '',
  );

  out.push('## Escort requests and handovers', '');
  for (const s of d.sequences) {
    out.push(`### ${s.kind === 'escort' ? 'Escort request' : 'Handover'} ${s.id}`, '');
    out.push('```mermaid', mermaidSequence(d, s, locale), '```', '');
  }
  if (d.sequences.length === 0) out.push('None in this run.', '');

  out.push('## Metrics against the doctrine-only run', '');
  out.push(
    'The doctrine-only run plays the same scenario, structure and seed with every decision left to its machine (the default option) and no live injects.',
    '',
  );
  out.push(
    ...table(['Metric', 'This run', 'Doctrine-only run', ''], d.metrics.map(metricCells)),
    '',
  );

  out.push('## MSEL: what became of each inject', '');
  out.push(
    ...table(
      ['Serial', 'When', 'Inject', 'Expected action', 'What became of it'],
      d.msel.map((o) => mselCells(o, locale)),
    ),
    '',
  );

  out.push('## Improvement plan', '');
  out.push(
    ...(d.plan.length
      ? table(
          ['Objective / issue', 'Corrective action', 'Capability', 'Owner', 'Due'],
          d.plan.map((a) => [
            [a.objective, a.issue].filter(Boolean).join(': '),
            a.action,
            a.capability,
            a.owner,
            a.due,
          ]),
        )
      : ['No corrective actions recorded yet.']),
    '',
  );
  return out.join('\n');
}
