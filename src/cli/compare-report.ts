// What `peacemesh compare` prints: a table a planner can read (metric rows × structure
// columns), CSV for a spreadsheet, or JSON with everything. Pure functions of the result.
import { stringify } from 'csv-stringify/sync';
import {
  CSV_COLUMNS,
  csvRows,
  formatDuration,
  METRIC_INFO,
  poolPoints,
  runRowColumns,
  runRows,
  shortPath,
  toJson,
  verdict,
  visible,
  type CompareResult,
  type Difference,
  type MetricKey,
  type MetricSummary,
  type Sensitivity,
  type Summary,
} from '../core';
import { formatDurationIn, translate, type Locale } from '../i18n';
import { translator } from '../i18n/translator';
import type { Paint } from './style';

/** A number with exactly `digits` decimals in the reader's language ("0.67", "0,67"). */
function decimal(value: number, digits: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}

/**
 * A metric value for people: durations as 1h05m ("1 h 05" in French), shares as percentages,
 * counts to 0.1, with the reader's decimal mark.
 */
export function formatStat(
  key: MetricKey,
  value: number | null,
  signed = false,
  locale: Locale = 'en',
): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const v = Math.abs(value);
  let text: string;
  let zero: boolean;
  switch (METRIC_INFO[key].unit) {
    case 'minutes':
      text = locale === 'en' ? formatDuration(v) : formatDurationIn(v, locale);
      zero = Math.round(v) === 0;
      break;
    case 'share': {
      const points = Math.round(v * 100);
      text = signed
        ? `${points} pts`
        : new Intl.NumberFormat(locale, { style: 'percent' }).format(points / 100);
      zero = points === 0;
      break;
    }
    case 'count': {
      // Means of small counts need two decimals to be told apart (0.02 is not 0).
      const digits = Number.isInteger(v) ? 0 : v < 1 ? 2 : 1;
      text = decimal(v, digits, locale);
      zero = Number(v.toFixed(digits)) === 0;
      break;
    }
  }
  if (zero) return text;
  return (value < 0 ? '−' : signed ? '+' : '') + text;
}

const spread = (key: MetricKey, s: Summary, locale: Locale): string =>
  s.n === 0
    ? '—'
    : `${formatStat(key, s.mean, false, locale)} [${formatStat(key, s.p10, false, locale)}–${formatStat(key, s.p90, false, locale)}]`;

const change = (key: MetricKey, d: Difference | null, locale: Locale): string =>
  d
    ? translate(locale, 'cli.compare.change', {
        diff: formatStat(key, d.diff, true, locale),
        low: formatStat(key, d.low, true, locale),
        high: formatStat(key, d.high, true, locale),
      })
    : '';

/**
 * The metrics worth a row: those asked for; else the scenario's own first, then every metric
 * with a value other than zero somewhere.
 */
export function tableMetrics(
  result: CompareResult,
  pinned: readonly string[],
  asked: boolean,
): MetricKey[] {
  if (asked) return [...result.metrics];
  const first = pinned.filter((k): k is MetricKey => result.metrics.includes(k as MetricKey));
  const used = new Set<MetricKey>();
  for (const s of result.summaries)
    if (s.summary.n > 0 && (s.summary.mean !== 0 || s.summary.max !== 0)) used.add(s.metric);
  return [...first, ...result.metrics.filter((k) => !first.includes(k) && used.has(k))];
}

export interface TableOptions {
  readonly metrics: readonly MetricKey[];
  readonly paint: Paint;
  /** Seconds the comparison took, for the header. */
  readonly seconds?: number;
  readonly workers?: number;
  /** The language of the table's words (metric names, headings, how to read it). */
  readonly locale?: Locale;
}

export function formatTable(
  full: CompareResult,
  { metrics, paint, seconds, workers, locale = 'en' }: TableOptions,
): string {
  const t = translator(locale);
  // A sampled design has a point per sample: one section per point would be unreadable, so the
  // structures are compared over all of them, and the sensitivity says what the points changed.
  const sampled = full.design.kind !== 'grid';
  const result = sampled ? poolPoints(full) : full;
  const lines: string[] = [];
  const runs = t('cli.compare.runs', { completed: result.completed, planned: result.planned });
  const per = t('cli.compare.per', {
    structures: result.structures.length,
    seeds: result.seeds.length,
    kind:
      full.design.kind !== 'grid' ? full.design.kind : result.points.length > 1 ? 'sweep' : 'none',
    points: sampled ? full.points.length : result.points.length,
    designSeed: full.design.kind !== 'grid' ? full.design.seed : 0,
  });
  lines.push(paint('bold', `${visible(result.scenario.title)} — ${per}`));
  lines.push(
    t('cli.compare.ran', {
      range: seedRange(result.seeds, locale),
      reference: result.reference,
      runs,
      seconds: seconds === undefined ? 'none' : decimal(seconds, 1, locale),
      workers: workers ?? 0,
    }),
  );
  if (result.partial) {
    lines.push(paint('yellow', t('cli.compare.partial', { runs })));
  }

  const byKey = new Map<string, MetricSummary>();
  for (const s of result.summaries) byKey.set(`${s.point}|${s.structure}|${s.metric}`, s);

  for (const point of result.points) {
    lines.push('');
    if (sampled) lines.push(paint('bold', t('cli.compare.pooled', { points: full.points.length })));
    else if (point.label)
      lines.push(paint('bold', t('cli.compare.point', { label: visible(point.label) })));
    const header = [
      t('cli.compare.metric'),
      ...result.structures.map((s, i) =>
        i === 0 ? t('cli.compare.reference', { structure: s }) : s,
      ),
    ];
    const rows: string[][][] = metrics.map((key) => {
      const info = METRIC_INFO[key];
      const label = [
        t(`metric.${key}`),
        info.better === 'neither' ? '' : `  ${t('cli.compare.better', { better: info.better })}`,
      ];
      const cells = result.structures.map((structure) => {
        const s = byKey.get(`${point.index}|${structure}|${key}`);
        if (!s) return ['—', ''];
        const n =
          s.summary.n < countRuns(result, point.index, structure) ? ` n=${s.summary.n}` : '';
        const v = verdict(key, s.difference);
        return [
          spread(key, s.summary, locale) + n,
          [change(key, s.difference, locale), v && t('cli.compare.verdict', { verdict: v })]
            .filter(Boolean)
            .join(' '),
        ];
      });
      return [label, ...cells];
    });
    const widths = header.map((h, c) =>
      Math.max(h.length, ...rows.flatMap((r) => r[c]!.map((t) => t.length))),
    );
    const line = (cells: readonly string[], style?: Parameters<Paint>[0]) =>
      paint(
        style,
        cells
          .map((t, c) => t.padEnd(widths[c]!))
          .join('  ')
          .trimEnd(),
      );
    lines.push(line(header, 'bold'));
    for (const row of rows) {
      lines.push(line(row.map((cell) => cell[0]!)));
      const second = row.map((cell) => cell[1] ?? '');
      if (second.some((t) => t.trim())) {
        lines.push(
          paint(
            undefined,
            second
              .map((text, c) => colourVerdict(text.padEnd(widths[c]!), paint, locale))
              .join('  ')
              .trimEnd(),
          ),
        );
      }
    }
  }
  const sensitivity = metrics.flatMap((m) => full.sensitivity.filter((s) => s.metric === m));
  if (sensitivity.length > 0) {
    lines.push('');
    lines.push(...formatSensitivity(sensitivity, paint, locale));
  }
  lines.push('');
  lines.push(...howToRead(result.reference, locale).map((l) => paint('dim', l)));
  if (sensitivity.length > 0)
    lines.push(...howToReadSensitivity(locale).map((l) => paint('dim', l)));
  return `${lines.join('\n')}\n`;
}

const signed = (x: number, locale: Locale): string =>
  Math.abs(x) < 0.005
    ? decimal(0, 2, locale)
    : `${x < 0 ? '−' : '+'}${decimal(Math.abs(x), 2, locale)}`;

/** R² to two places; rounding error just below zero reads 0.00, not "-0.00". */
const r2Text = (r2: number, locale: Locale): string =>
  decimal(Math.abs(r2) < 0.005 ? 0 : r2, 2, locale);

/** One line per metric: the parameters by how much they move it, then R². */
export function formatSensitivity(
  rows: readonly Sensitivity[],
  paint: Paint,
  locale: Locale = 'en',
): string[] {
  const label = (s: Sensitivity) => translate(locale, `metric.${s.metric}`);
  const width = Math.max(...rows.map((s) => label(s).length));
  const lines = [paint('bold', translate(locale, 'cli.compare.sensitivity'))];
  for (const s of rows) {
    const body = s.note
      ? paint('dim', `(${s.note})`)
      : s.coefficients
          .filter((c) => c.src !== null)
          .map((c) => `${shortPath(c.path)} ${signed(c.src!, locale)}`)
          .join(', ') + (s.r2 !== null ? `   R² ${r2Text(s.r2, locale)}` : '');
    lines.push(`${label(s).padEnd(width)}  ${body}`);
  }
  return lines;
}

function howToReadSensitivity(locale: Locale = 'en'): string[] {
  return translate(locale, 'cli.compare.how-to-read-sensitivity').split('\n');
}

/** The verdict that ends a cell's second line, in green (better) or red (worse). */
function colourVerdict(text: string, paint: Paint, locale: Locale): string {
  for (const [verdict, colour] of [
    ['better', 'green'],
    ['worse', 'red'],
  ] as const) {
    const word = translate(locale, 'cli.compare.verdict', { verdict });
    const at = text.trimEnd().lastIndexOf(` ${word}`);
    if (at >= 0 && text.trimEnd().endsWith(` ${word}`))
      return text.slice(0, at + 1) + paint(colour, word) + text.slice(at + 1 + word.length);
  }
  return text;
}

function countRuns(result: CompareResult, point: number, structure: string): number {
  let n = 0;
  for (const r of result.runs) if (r.point === point && r.structure === structure) n++;
  return n;
}

function seedRange(seeds: readonly number[], locale: Locale): string {
  const first = seeds[0];
  const last = seeds.at(-1);
  const consecutive = seeds.every((s, i) => i === 0 || s === seeds[i - 1]! + 1);
  if (first === undefined || last === undefined) return translate(locale, 'cli.compare.no-seeds');
  return consecutive && seeds.length > 1 ? `${first}–${last}` : seeds.join(', ');
}

function howToRead(reference: string, locale: Locale = 'en'): string[] {
  return translate(locale, 'cli.compare.how-to-read', { reference }).split('\n');
}

/** One row per sweep point × structure × metric; numbers unrounded, in the metric's unit. */
export function formatCsv(result: CompareResult, metrics: readonly MetricKey[]): string {
  return stringify(csvRows(result, metrics), {
    header: true,
    columns: [...CSV_COLUMNS],
    cast: { boolean: (b) => String(b) },
  });
}

export { toJson as formatJson };

/** What rows a CSV or JSON output holds. */
export const ROWS = ['summary', 'runs', 'sensitivity'] as const;
export type Rows = (typeof ROWS)[number];

/** The comparison as data: CSV or JSON of the summaries, of every run, or of the sensitivity. */
export function formatData(
  result: CompareResult,
  format: 'csv' | 'json' | 'jsonl',
  rows: Rows,
  metrics: readonly MetricKey[] = result.metrics,
): string {
  if (format === 'jsonl') return formatRunLines(result.points, result.runs);
  switch (rows) {
    case 'summary':
      return format === 'json' ? toJson(result) : formatCsv(result, metrics);
    case 'runs': {
      const data = runRows(result.points, result.runs);
      if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
      const { header, cells } = runRowColumns(result.points);
      return stringify(data.map(cells), { header: true, columns: header });
    }
    case 'sensitivity': {
      const chosen = result.sensitivity.filter((s) => metrics.includes(s.metric));
      if (format === 'json') return `${JSON.stringify(chosen, null, 2)}\n`;
      return stringify(sensitivityRows(chosen), {
        header: true,
        columns: ['metric', 'label', 'n', 'r2', 'rank', 'parameter', 'src', 'note'],
      });
    }
  }
}

function sensitivityRows(rows: readonly Sensitivity[]): (string | number | null)[][] {
  return rows.flatMap((s) =>
    s.coefficients.map((c, i) => [
      s.metric,
      METRIC_INFO[s.metric].label,
      s.n,
      s.r2,
      c.src === null ? null : i + 1,
      c.path,
      c.src,
      s.note,
    ]),
  );
}

/** Runs as JSON Lines, one run a line (what a queued or local compare streams to --out). */
export function formatRunLines(
  points: Parameters<typeof runRows>[0],
  runs: Parameters<typeof runRows>[1],
): string {
  return runRows(points, runs)
    .map((row) => `${JSON.stringify(row)}\n`)
    .join('');
}
