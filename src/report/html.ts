// The after-action report as one self-contained HTML file (styles and SVG inline, no scripts,
// nothing fetched), laid out for the screen and for print: Chromium prints it to PDF.
import { measureText, observedText, type Locale } from '../i18n';
import type { Debrief } from '../core/index.ts';
import {
  columns,
  compareText,
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
.plan td:last-child, .decisions td:first-child { white-space: nowrap; }
/* A time stays whole; a condition ("when escort.declined (wfp-tokono)") wraps rather than
   squeezing the inject and its outcome. */
.msel td:nth-child(2) { width: 6.5rem; }
.msel tr.live td:first-child { font-style: italic; }
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
  /* Long tables run on across pages (rows stay whole, headers repeat) so their heading and
     first rows are never left apart. */
  table.decisions, table.msel, table.metrics { break-inside: auto; }
  thead { display: table-header-group; }
  p.lead { break-after: avoid; }
  /* The decision record and the MSEL open a page: their first rows are tall, and a heading
     left alone at the foot of the page before reads badly. */
  #decisions, #msel { break-before: page; }
  .objective { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
}
`;

/** A table; rows from `liveFrom` on are live injects (marked for the stylesheet). */
function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  cls = '',
  liveFrom = Infinity,
): string {
  return (
    `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r, i) => `<tr${i >= liveFrom ? ' class="live"' : ''}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  );
}

const escAll = (r: readonly string[]) => r.map(esc);

export function renderHtml(d: Debrief, locale: Locale = 'en'): string {
  const t = (key: Parameters<typeof say>[1], values?: Parameters<typeof say>[2]) =>
    esc(say(locale, key, values));
  const b: string[] = [];
  b.push(`<h1>${esc(reportTitle(d, locale))}</h1>`);
  b.push(`<section id="overview"><h2>${t('report.overview')}</h2>`);
  b.push(
    `<table class="overview"><tbody>${overviewRows(d, locale)
      .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`)
      .join('')}</tbody></table></section>`,
  );
  b.push(
    `<section id="summary"><h2>${t('report.summary')}</h2>${executiveSummary(d, locale)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('')}</section>`,
  );

  b.push(`<section id="objectives"><h2>${t('report.objectives')}</h2>`);
  for (const o of d.objectives) {
    b.push(
      `<div class="objective" id="objective-${esc(o.id)}"><h3>${esc(say(locale, 'report.objective.heading', { id: o.id, text: o.text }))}</h3>`,
    );
    b.push(
      o.rating
        ? `<p><span class="rating rating-${o.rating.rating}">${o.rating.rating}</span> ${esc(ratingLabel(o.rating.rating, locale))}. ${esc(o.rating.rationale)}</p>`
        : `<p class="muted">${t('report.not-rated')}</p>`,
    );
    if (o.tasks.length) {
      const rows = o.tasks.flatMap((t2) =>
        t2.byEvaluator
          ? [[esc(t2.text), `<span class="muted">${t('report.left-to-evaluator')}</span>`, '', '']]
          : t2.measures.map((m, i) => [
              i === 0 ? esc(t2.text) : '',
              esc(measureText(m.wording, locale)),
              esc(observedText(m.observed, locale)),
              `<span class="${m.status}">${esc(statusText(m.status, locale))}</span>`,
            ]),
      );
      b.push(table(columns('measures', locale), rows, 'measures'));
    }
    if (o.observations.length)
      b.push(
        `<ul>${o.observations.map((x) => `<li>${esc(observationLine(d, x, locale))}</li>`).join('')}</ul>`,
      );
    b.push('</div>');
  }
  b.push('</section>');

  const list = (kind: 'strength' | 'improvement') => {
    const xs = d.observations.filter((o) => o.kind === kind);
    return xs.length
      ? `<ul>${xs.map((x) => `<li>${esc(observationLine(d, x, locale))}</li>`).join('')}</ul>`
      : `<p class="muted">${t('report.none-recorded')}</p>`;
  };
  b.push(`<section id="strengths"><h2>${t('report.strengths')}</h2>${list('strength')}</section>`);
  b.push(
    `<section id="improvements"><h2>${t('report.improvements')}</h2>${list('improvement')}</section>`,
  );

  b.push(`<section id="decisions"><h2>${t('report.decisions')}</h2>`);
  b.push(`<p class="lead">${t('report.decisions.intro')}</p>`);
  b.push(
    d.decisions.length
      ? table(
          columns('decisions', locale),
          d.decisions.map((r) => {
            const c = escAll(decisionCells(d, r, locale));
            if (r.differs) c[3] = `<span class="differs">${c[3]}</span>`;
            return c;
          }),
          'decisions',
        )
      : `<p class="muted">${t('report.decisions.none')}</p>`,
  );
  b.push('</section>');

  b.push(`<section id="sequences"><h2>${t('report.sequences')}</h2>`);
  for (const s of d.sequences) {
    b.push(
      `<figure>${sequenceSvg(d, s, locale)}<figcaption>${t(s.kind === 'escort' ? 'report.sequence.escort' : 'report.sequence.handover', { id: s.id })}: ${t('report.sequence.caption')}</figcaption></figure>`,
    );
  }
  if (d.sequences.length === 0) b.push(`<p class="muted">${t('report.none-in-run')}</p>`);
  b.push('</section>');

  b.push(`<section id="metrics"><h2>${t('report.metrics')}</h2>`);
  b.push(`<p class="lead">${t('report.metrics.intro')}</p>`);
  const chart = metricsChartSvg(d.metrics, locale);
  if (chart)
    b.push(`<figure>${chart}<figcaption>${t('report.chart.caption')}</figcaption></figure>`);
  b.push(
    table(
      columns('metrics', locale),
      d.metrics.map((m) => {
        const c = escAll(metricCells(m, locale));
        if (c[3]) c[3] = `<span class="${compareText(m, locale)[1]}">${c[3]}</span>`;
        return c;
      }),
      'metrics',
    ),
  );
  b.push('</section>');

  b.push(`<section id="msel"><h2>${t('report.msel')}</h2>`);
  if (d.live.length) b.push(`<p>${t('report.msel.live-note')}</p>`);
  b.push(
    table(
      columns('msel', locale),
      [
        ...d.msel.map((o) => escAll(mselCells(o, locale))),
        ...d.live.map((o) => escAll(liveCells(o, locale))),
      ],
      'msel',
      d.msel.length,
    ),
  );
  b.push('</section>');

  b.push(`<section id="plan"><h2>${t('report.plan')}</h2>`);
  b.push(
    d.plan.length
      ? table(
          columns('plan', locale),
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
      : `<p class="muted">${t('report.plan.none')}</p>`,
  );
  b.push('</section>');

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(reportTitle(d, locale))}</title>
<style>${STYLE}</style>
</head>
<body>
${b.join('\n')}
</body>
</html>
`;
}
