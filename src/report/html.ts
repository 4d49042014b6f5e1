// The after-action report as one self-contained HTML file (styles and SVG inline, no scripts,
// nothing fetched), laid out for the screen and for print: Chromium prints it to PDF.
import type { Locale } from '../i18n';
import { RATING_SCALE, type Debrief } from '../core/index.ts';
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
import { escapeXml as esc, metricsChartSvg, sequenceSvg } from './svg';

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, "DejaVu Sans", sans-serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; border-bottom: 3px solid #0072b2; padding-bottom: .3rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 9.5pt; }
th, td { border: 1px solid #c8c8c8; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.overview th { width: 14rem; }
.plan td:last-child, .msel td:nth-child(2), .decisions td:first-child { white-space: nowrap; }
.rating { display: inline-block; font-weight: bold; padding: .05rem .45rem; border-radius: 3px; color: #fff; background: #555; }
.rating-P { background: #1b7f3b; } .rating-S { background: #0072b2; } .rating-M { background: #b36b00; } .rating-U { background: #b5471b; }
.met { color: #1b7f3b; font-weight: bold; } .not-met { color: #b5471b; font-weight: bold; } .no-data { color: #666; }
.differs { color: #b5471b; font-weight: bold; }
.better { color: #1b7f3b; } .worse { color: #b5471b; }
figure { margin: .5rem 0 1.2rem; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #555; }
.muted { color: #666; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  table, figure, tr { break-inside: avoid; }
  .objective { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
}
`;

function table(head: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  return (
    `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  );
}

const escAll = (r: readonly string[]) => r.map(esc);

export function renderHtml(d: Debrief, locale: Locale = 'en'): string {
  const b: string[] = [];
  b.push(`<h1>${esc(reportTitle(d))}</h1>`);
  b.push('<section id="overview"><h2>Overview</h2>');
  b.push(
    `<table class="overview"><tbody>${overviewRows(d)
      .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`)
      .join('')}</tbody></table></section>`,
  );
  b.push(
    `<section id="summary"><h2>Executive summary</h2>${executiveSummary(d)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('')}</section>`,
  );

  b.push('<section id="objectives"><h2>Objectives</h2>');
  for (const o of d.objectives) {
    b.push(
      `<div class="objective" id="objective-${esc(o.id)}"><h3>${esc(o.id)}: ${esc(o.text)}</h3>`,
    );
    b.push(
      o.rating
        ? `<p><span class="rating rating-${o.rating.rating}">${o.rating.rating}</span> ${esc(RATING_SCALE[o.rating.rating])}. ${esc(o.rating.rationale)}</p>`
        : '<p class="muted">Not rated.</p>',
    );
    if (o.tasks.length) {
      const rows = o.tasks.flatMap((t) =>
        t.byEvaluator
          ? [[esc(t.text), '<span class="muted">left to the evaluator</span>', '', '']]
          : t.measures.map((m, i) => [
              i === 0 ? esc(t.text) : '',
              esc(m.text),
              esc(m.observed),
              `<span class="${m.status}">${esc(STATUS_TEXT[m.status])}</span>`,
            ]),
      );
      b.push(table(['Critical task', 'Measure', 'Observed', 'Result'], rows, 'measures'));
    }
    if (o.observations.length)
      b.push(
        `<ul>${o.observations.map((x) => `<li>${esc(observationLine(d, x))}</li>`).join('')}</ul>`,
      );
    b.push('</div>');
  }
  b.push('</section>');

  const list = (kind: 'strength' | 'improvement') => {
    const xs = d.observations.filter((o) => o.kind === kind);
    return xs.length
      ? `<ul>${xs.map((x) => `<li>${esc(observationLine(d, x))}</li>`).join('')}</ul>`
      : '<p class="muted">None recorded.</p>';
  };
  b.push(`<section id="strengths"><h2>Strengths</h2>${list('strength')}</section>`);
  b.push(
    `<section id="improvements"><h2>Areas for improvement</h2>${list('improvement')}</section>`,
  );

  b.push('<section id="decisions"><h2>Decision record</h2>');
  b.push(
    d.decisions.length
      ? table(
          ['When', 'Who decided', 'What', 'Doctrinal baseline', 'Rule'],
          d.decisions.map((r) => {
            const c = escAll(decisionCells(d, r, locale));
            if (r.differs) c[3] = `<span class="differs">${c[3]}</span>`;
            return c;
          }),
          'decisions',
        )
      : '<p class="muted">No decisions were taken in this run.</p>',
  );
  b.push('</section>');

  b.push('<section id="sequences"><h2>Escort requests and handovers</h2>');
  for (const s of d.sequences) {
    b.push(
      `<figure>${sequenceSvg(d, s, locale)}<figcaption>${s.kind === 'escort' ? 'Escort request' : 'Handover'} ${esc(s.id)}: who sent what to whom, and when (arrow label: sent → handled).</figcaption></figure>`,
    );
  }
  if (d.sequences.length === 0) b.push('<p class="muted">None in this run.</p>');
  b.push('</section>');

  b.push('<section id="metrics"><h2>Metrics against the doctrine-only run</h2>');
  b.push(
    '<p>The doctrine-only run plays the same scenario, structure and seed with every decision left to its machine (the default option) and no live injects: what your team did, and what the doctrine would have done.</p>',
  );
  const chart = metricsChartSvg(d.metrics);
  if (chart)
    b.push(
      `<figure>${chart}<figcaption>Time metrics, this run and the doctrine-only run.</figcaption></figure>`,
    );
  b.push(
    table(
      ['Metric', 'This run', 'Doctrine-only run', ''],
      d.metrics.map((m) => {
        const c = escAll(metricCells(m));
        if (c[3]) c[3] = `<span class="${c[3]}">${c[3]}</span>`;
        return c;
      }),
      'metrics',
    ),
  );
  b.push('</section>');

  b.push('<section id="msel"><h2>MSEL: what became of each inject</h2>');
  b.push(
    table(
      ['Serial', 'When', 'Inject', 'Expected action', 'What became of it'],
      d.msel.map((o) => escAll(mselCells(o, locale))),
      'msel',
    ),
  );
  b.push('</section>');

  b.push('<section id="plan"><h2>Improvement plan</h2>');
  b.push(
    d.plan.length
      ? table(
          ['Objective / issue', 'Corrective action', 'Capability', 'Owner', 'Due'],
          d.plan.map((a) =>
            escAll([
              [a.objective, a.issue].filter(Boolean).join(': '),
              a.action,
              a.capability,
              a.owner,
              a.due,
            ]),
          ),
          'plan',
        )
      : '<p class="muted">No corrective actions recorded yet.</p>',
  );
  b.push('</section>');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(reportTitle(d))}</title>
<style>${STYLE}</style>
</head>
<body>
${b.join('\n')}
</body>
</html>
`;
}
