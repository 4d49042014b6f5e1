// The planners' view: the open scenario under several coordination structures and many seeds
// (optionally across a parameter sweep), run in Web Workers, shown as distributions, the
// difference from the reference structure with its 95% interval, and sortable tables. The
// numbers are core's, computed exactly as `peacemesh compare` computes them. Loaded lazily.
import * as Plot from '@observablehq/plot';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type {
  CompareResult,
  MetricKey,
  MetricSummary,
  RunLimitError,
  RunResult,
  SweepSpec,
} from '../../core/index.ts';
import { loadCore, type Core } from '../../store';
import { useLocale, type Translate } from '../i18n';
import { metricDefinition } from '../metricDefinitions';
import './compare.css';
import { defaultBrowserWorkers, runPlanInWorkers } from './runInWorkers';
import { saveFile } from '../saveFile';

export interface OpenRun {
  readonly structure: string;
  readonly seed: number;
}

export interface CompareViewProps {
  /** The scenario as written (YAML text): sweeps apply to it. */
  readonly scenarioText: string;
  readonly fileName: string;
  /** Opens one run of the comparison in the live view, at its start. */
  readonly onOpenRun?: (run: OpenRun) => void;
  readonly onClose?: () => void;
}

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'done' }
  | { readonly kind: 'error'; readonly message: string };

type Sort = { readonly key: string; readonly dir: 1 | -1 };

/** More runs than this are refused here: a browser tab is the wrong place (use the CLI). */
export const MAX_BROWSER_RUNS = 20_000;
/** Above this estimated wall time, the planner is asked before the runs start, seconds. */
const CONFIRM_AFTER = 60;
/**
 * Log entries the page's timing run may write: the bundled scenarios write a few hundred, the
 * 1,000-actor benchmark mission about 56,000 (a second or two here); a run past this is timed
 * in part and the planner asked before the workers run it whole.
 */
const TIMED_ENTRIES = 20_000;

/** A run stopped at a size limit (the engine's class is in the lazily loaded core: by name). */
const isRunLimit = (error: unknown): error is RunLimitError =>
  error instanceof Error && error.name === 'RunLimitError';

/** "about 40 s", "about 12 min", "about 2 h" ("environ 1,5 h"). */
function duration(t: Translate, seconds: number): string {
  if (seconds < 90) return t('app.compare.about-s', { n: Math.max(1, Math.round(seconds)) });
  if (seconds < 5400) return t('app.compare.about-min', { n: Math.round(seconds / 60) });
  return t('app.compare.about-h', { n: Math.round(seconds / 360) / 10 });
}

export default function CompareView({
  scenarioText,
  fileName,
  onOpenRun,
  onClose,
}: CompareViewProps) {
  const id = useId();
  const { t, locale, words } = useLocale();
  const count = (n: number) => n.toLocaleString(locale);
  const [core, setCore] = useState<Core | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [result, setResult] = useState<CompareResult | null>(null);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [seeds, setSeeds] = useState('30');
  const [seedStart, setSeedStart] = useState('1');
  const [sweepText, setSweepText] = useState('');
  const [workers, setWorkers] = useState(String(defaultBrowserWorkers()));
  const [metric, setMetric] = useState<MetricKey | null>(null);
  const [point, setPoint] = useState(0);
  /** A long comparison waiting for the planner's go-ahead: its size and estimated time. */
  const [pending, setPending] = useState<{
    runs: number;
    seconds: number;
    /** Timed in part (a run too big to time whole on the page): the time is a lower bound. */
    partial: boolean;
  } | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    void loadCore().then((c) => live && setCore(c));
    return () => {
      live = false;
      controller.current?.abort();
    };
  }, []);

  const loaded = useMemo(
    () => (core ? core.loadScenario(scenarioText, fileName) : null),
    [core, scenarioText, fileName],
  );
  const scenario = loaded?.ok ? loaded.scenario : null;
  const allStructures = useMemo(() => {
    if (!scenario) return [];
    const ids = scenario.structures.map((s) => s.id);
    const first = scenario.defaultStructure ?? ids[0]!;
    return [first, ...ids.filter((s) => s !== first)];
  }, [scenario]);
  const structures = chosen ?? allStructures;
  const structureNames = useMemo(
    () => new Map((scenario?.structures ?? []).map((x) => [x.id, x.name])),
    [scenario],
  );

  const run = async (confirmed = false) => {
    if (!core || !scenario) return;
    setPending(null);
    const n = Number(seeds);
    const start = Number(seedStart);
    const k = Number(workers);
    if (!Number.isInteger(n) || n < 1)
      return setPhase({ kind: 'error', message: t('app.compare.bad-seeds') });
    if (!Number.isInteger(start))
      return setPhase({ kind: 'error', message: t('app.compare.bad-first-seed') });
    if (!Number.isInteger(k) || k < 1)
      return setPhase({ kind: 'error', message: t('app.compare.bad-workers') });
    let plan;
    try {
      const sweeps: SweepSpec[] = sweepText
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => core.parseSweep(line));
      plan = core.planComparison(scenario, {
        structures,
        seeds: n,
        seedStart: start,
        sweeps,
        describe: (p) => words.describeProblem(p, locale),
        language: locale === 'fr' ? 'fr' : 'en',
        source: { text: scenarioText, file: fileName },
      });
    } catch (error) {
      // What was asked is wrong (a structure, a sweep): its problem in the page's language.
      const asked = error instanceof core.CompareError || error instanceof core.SweepError;
      return setPhase({
        kind: 'error',
        message: asked
          ? error instanceof core.SweepError
            ? // A line for each of its problems, each at its place in the file when it has one.
              error.problems
                .map(({ problem, at }) => {
                  const message = words.describeProblem(problem, locale);
                  return at ? t('cli.location', { ...at, message }) : message;
                })
                .join('\n')
            : words.describeProblem(error.problem, locale)
          : error instanceof Error
            ? error.message
            : String(error),
      });
    }
    if (plan.runs.length > MAX_BROWSER_RUNS) {
      return setPhase({
        kind: 'error',
        message: t('app.compare.too-many', {
          runs: count(plan.runs.length),
          max: count(MAX_BROWSER_RUNS),
        }),
      });
    }
    if (!confirmed) {
      // One run here, timed, says roughly how long the whole comparison takes on k workers. It
      // stops early on a run too big to time on the page (a run near the engine's limits would
      // hold the tab for many seconds): the workers find whether it finishes, and the planner
      // is asked first, with what the part timed says at least.
      const first = plan.runs[0]!;
      const t0 = performance.now();
      let partial = false;
      try {
        const scenario = plan.points[0]!.scenario;
        const sim = new core.Simulation(scenario, {
          structure: first.structure,
          seed: first.seed,
          ...(first.inputs ? { inputs: first.inputs } : {}),
          limits: { log: TIMED_ENTRIES },
        });
        sim.run();
        // A worker's run also folds its log into the metrics: timed too.
        core.computeMetrics(sim.log, scenario, sim.structure);
      } catch (error) {
        if (!isRunLimit(error)) throw error;
        partial = true;
      }
      const seconds = (((performance.now() - t0) / 1000) * plan.runs.length) / Math.max(1, k);
      if (partial || seconds > CONFIRM_AFTER) {
        setPending({ runs: plan.runs.length, seconds, partial });
        return;
      }
    }
    const abort = new AbortController();
    controller.current = abort;
    setResult(null);
    setPhase({ kind: 'running', done: 0, total: plan.runs.length });
    try {
      const outcome = await runPlanInWorkers(plan, {
        workers: k,
        signal: abort.signal,
        onProgress: (done, total) => setPhase({ kind: 'running', done, total }),
      });
      const summary = core.summarizeComparison(plan, outcome.results);
      setResult(summary);
      setPoint(0);
      setMetric((m) =>
        m && summary.metrics.includes(m) ? m : firstMetricWithValues(summary, scenario.metrics),
      );
      setPhase({ kind: 'done' });
    } catch (error) {
      // A run that reached the engine's size limits: the sentence `peacemesh compare` gives.
      const message = isRunLimit(error)
        ? `${fileName}: ${t('cli.run.limit', { limit: error.limit, at: core.formatTime(error.time), size: error.size })}`
        : error instanceof Error
          ? error.message
          : String(error);
      setPhase({ kind: 'error', message });
    } finally {
      controller.current = null;
    }
  };

  const running = phase.kind === 'running';
  const sweepLines = sweepText.split('\n').filter((l) => l.trim() !== '').length;
  const plannedRuns = (() => {
    const n = Number(seeds);
    if (!Number.isInteger(n) || n < 1 || sweepLines > 0) return null;
    return structures.length * n;
  })();
  const toggle = (structure: string) => {
    const next = structures.includes(structure)
      ? structures.filter((s) => s !== structure)
      : allStructures.filter((s) => s === structure || structures.includes(s));
    setChosen(next);
  };
  const makeReference = (structure: string) =>
    setChosen([structure, ...structures.filter((s) => s !== structure)]);

  return (
    <section className="compare-view" aria-labelledby={`${id}-title`}>
      <header className="compare-view__header">
        <h2 id={`${id}-title`}>
          {scenario ? t('app.compare.title-of', { title: scenario.title }) : t('app.compare.open')}
        </h2>
        {onClose && (
          <button type="button" className="button" onClick={onClose}>
            {t('app.close')}
          </button>
        )}
      </header>

      {!core && <p>{t('app.compare.loading-engine')}</p>}
      {loaded && !loaded.ok && (
        <p role="alert">
          {t('app.compare.not-loaded', { problem: loaded.errors[0]?.message ?? '' })}
        </p>
      )}

      {scenario && (
        <form
          className="compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <fieldset disabled={running}>
            <legend>{t('app.compare.structures')}</legend>
            <ul className="compare-form__structures">
              {allStructures.map((s) => {
                const info = scenario.structures.find((x) => x.id === s)!;
                const on = structures.includes(s);
                return (
                  <li key={s}>
                    <label>
                      <input
                        type="checkbox"
                        checked={on}
                        onChange={() => toggle(s)}
                        name="structure"
                        value={s}
                      />
                      {info.name} <code>{s}</code>
                    </label>
                    {on && structures[0] !== s && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => makeReference(s)}
                      >
                        {t('app.compare.make-reference')}
                      </button>
                    )}
                    {structures[0] === s && (
                      <span className="compare-form__ref">{t('app.compare.reference')}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <fieldset disabled={running} className="compare-form__numbers">
            <legend>{t('app.compare.runs')}</legend>
            <label className="field">
              <span className="field__label">{t('app.compare.seeds')}</span>
              <input
                name="seeds"
                inputMode="numeric"
                value={seeds}
                onChange={(e) => setSeeds(e.target.value)}
                size={5}
              />
            </label>
            <label className="field">
              <span className="field__label">{t('app.compare.first-seed')}</span>
              <input
                name="seedStart"
                inputMode="numeric"
                value={seedStart}
                onChange={(e) => setSeedStart(e.target.value)}
                size={5}
              />
            </label>
            <label className="field">
              <span className="field__label">{t('app.compare.workers')}</span>
              <input
                name="workers"
                inputMode="numeric"
                value={workers}
                onChange={(e) => setWorkers(e.target.value)}
                size={3}
              />
            </label>
            <label className="field compare-form__sweep">
              <span className="field__label">{t('app.compare.sweep')}</span>
              <textarea
                name="sweep"
                rows={2}
                value={sweepText}
                placeholder="structures.*.meetings.cmcoord-forum.every=12h,24h"
                onChange={(e) => setSweepText(e.target.value)}
                spellCheck={false}
              />
            </label>
          </fieldset>
          <div className="compare-form__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={running || structures.length === 0}
            >
              {t('app.compare.run')}
            </button>
            {plannedRuns !== null && !running && (
              <span className="muted small" data-testid="compare-planned">
                {t('app.compare.planned', { runs: plannedRuns, shown: count(plannedRuns) })}
              </span>
            )}
            {running && (
              <button type="button" className="button" onClick={() => controller.current?.abort()}>
                {t('app.inject.cancel')}
              </button>
            )}
            {running && (
              <span className="compare-progress" role="status" aria-live="polite">
                <progress
                  max={phase.total}
                  value={phase.done}
                  aria-label={t('app.compare.finished')}
                />{' '}
                {t('app.compare.progress', { done: count(phase.done), total: count(phase.total) })}
              </span>
            )}
          </div>
          {pending && (
            <p className="compare-confirm" role="alert">
              {t(pending.partial ? 'app.compare.confirm-at-least' : 'app.compare.confirm', {
                runs: count(pending.runs),
                time: duration(t, pending.seconds),
                workers: Number(workers),
              })}{' '}
              <button type="button" className="button" onClick={() => void run(true)}>
                {t('app.compare.start-anyway')}
              </button>{' '}
              <button type="button" className="link-button" onClick={() => setPending(null)}>
                {t('app.compare.change')}
              </button>
            </p>
          )}
          {phase.kind === 'error' && (
            <p className="compare-error" role="alert">
              {phase.message}
            </p>
          )}
        </form>
      )}

      {result && core && (
        <Results
          core={core}
          result={result}
          metric={metric}
          setMetric={setMetric}
          point={point}
          setPoint={setPoint}
          pinned={scenario?.metrics ?? []}
          names={structureNames}
          {...(onOpenRun ? { onOpenRun } : {})}
        />
      )}
    </section>
  );
}

function firstMetricWithValues(result: CompareResult, pinned: readonly string[]): MetricKey | null {
  const used = metricsWithValues(result);
  return (
    (pinned.find((m) => used.includes(m as MetricKey)) as MetricKey | undefined) ?? used[0] ?? null
  );
}

function metricsWithValues(result: CompareResult): MetricKey[] {
  return result.metrics.filter((m) =>
    result.summaries.some(
      (s) => s.metric === m && s.summary.n > 0 && (s.summary.mean !== 0 || s.summary.max !== 0),
    ),
  );
}

interface ResultsProps {
  readonly core: Core;
  readonly result: CompareResult;
  readonly metric: MetricKey | null;
  readonly setMetric: (m: MetricKey) => void;
  readonly point: number;
  readonly setPoint: (p: number) => void;
  readonly pinned: readonly string[];
  /** Structure id → name, for every header, axis and row. */
  readonly names: ReadonlyMap<string, string>;
  readonly onOpenRun?: (run: OpenRun) => void;
}

function Results({
  core,
  result,
  metric,
  setMetric,
  point,
  setPoint,
  pinned,
  names,
  onOpenRun,
}: ResultsProps) {
  const id = useId();
  const loc = useLocale();
  const { t } = loc;
  const info = core.METRIC_INFO;
  const label = (m: MetricKey): string => t(`metric.${m}`);
  const shown = useMemo(() => {
    const used = metricsWithValues(result);
    const first = pinned.filter((m): m is MetricKey => used.includes(m as MetricKey));
    return [...first, ...used.filter((m) => !first.includes(m))];
  }, [result, pinned]);
  const fmt = (key: MetricKey, v: number | null) => loc.metric(v, info[key].unit);
  const name = (structure: string): string => names.get(structure) ?? structure;
  const signed = (key: MetricKey, v: number) =>
    (v > 0 ? '+' : v < 0 ? '−' : '') + fmt(key, Math.abs(v));

  const download = (name: string, text: string, type: string) =>
    saveFile(name, new Blob([text], { type }));
  const base = `compare-${result.scenario.id}`;
  const exportCsv = () =>
    download(
      `${base}.csv`,
      stringify(core.csvRows(result), {
        header: true,
        columns: [...core.CSV_COLUMNS],
        cast: { boolean: (b) => String(b) },
      }),
      'text/csv',
    );
  const exportRuns = () =>
    download(
      `${base}-runs.csv`,
      stringify(core.runCsvRows(result), {
        header: true,
        columns: core.runCsvColumns(result),
      }),
      'text/csv',
    );
  const exportJson = () => download(`${base}.json`, core.toJson(result), 'application/json');

  return (
    <div className="compare-results">
      <p className="compare-results__what" data-testid="compare-summary-line">
        {t('app.compare.what', {
          structures: result.structures.length,
          seeds: result.seeds.length,
          points: result.points.length,
          completed: result.completed,
          planned: result.planned,
          reference: name(result.reference),
        })}
        {result.partial && <strong className="compare-partial"> {t('app.compare.partial')}</strong>}
      </p>
      <div className="compare-results__controls">
        {result.points.length > 1 && (
          <label className="field">
            <span className="field__label">{t('app.compare.point')}</span>
            <select value={point} onChange={(e) => setPoint(Number(e.target.value))}>
              {result.points.map((p) => (
                <option key={p.index} value={p.index}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field__label">{t('app.compare.metric')}</span>
          <select
            value={metric ?? ''}
            onChange={(e) => setMetric(e.target.value as MetricKey)}
            name="metric"
          >
            {shown.map((m) => (
              <option key={m} value={m}>
                {label(m)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={exportCsv}>
          {t('app.compare.export-summary')}
        </button>
        <button type="button" className="button" onClick={exportRuns}>
          {t('app.compare.export-runs')}
        </button>
        <button type="button" className="button" onClick={exportJson}>
          {t('app.compare.export-json')}
        </button>
      </div>

      {metric && (
        <div className="compare-charts">
          <figure>
            <figcaption id={`${id}-dist`}>
              {t('app.compare.dist-caption', { metric: label(metric) })}
            </figcaption>
            <PlotFigure
              options={distributionPlot(
                result,
                point,
                metric,
                axisLabel(t, label(metric), info[metric].unit),
                name,
                tickFormat(loc, info[metric].unit),
              )}
              labelledBy={`${id}-dist`}
            />
          </figure>
          {result.structures.length > 1 && (
            <figure>
              <figcaption id={`${id}-diff`}>
                {t('app.compare.diff-caption', {
                  reference: name(result.reference),
                  better: info[metric].better,
                })}
              </figcaption>
              <PlotFigure
                options={differencePlot(
                  result,
                  point,
                  metric,
                  unitName(t, info[metric].unit),
                  t('app.compare.diff-axis', { reference: name(result.reference) }),
                  name,
                  tickFormat(loc, info[metric].unit),
                )}
                labelledBy={`${id}-diff`}
              />
            </figure>
          )}
        </div>
      )}

      <SummaryTable
        result={result}
        point={point}
        metrics={shown}
        info={info}
        verdict={core.verdict}
        label={label}
        fmt={fmt}
        signed={signed}
        name={name}
      />
      {metric && (
        <RunsTable
          result={result}
          point={point}
          metric={metric}
          label={label(metric)}
          fmt={fmt}
          name={name}
          {...(onOpenRun ? { onOpenRun } : {})}
        />
      )}
      <p className="compare-howto">{t('app.compare.howto')}</p>
    </div>
  );
}

function PlotFigure({ options, labelledBy }: { options: Plot.PlotOptions; labelledBy: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const chart = Plot.plot(options);
    // The figure is one image labelled by its caption: Plot's own aria-labels on <g> elements
    // (which have no role) are not allowed there (axe: aria-prohibited-attr), so they go.
    for (const el of chart.querySelectorAll('[aria-label]')) el.removeAttribute('aria-label');
    chart.setAttribute('aria-hidden', 'true');
    host.replaceChildren(chart);
    return () => chart.remove();
  }, [options]);
  return <div ref={ref} className="compare-plot" role="img" aria-labelledby={labelledBy} />;
}

/**
 * Minutes on an axis as the tables write them ("2h15m", "2 h 15"), shares as percentages;
 * counts in the page's number format (a decimal comma in French).
 */
const tickFormat = (
  loc: { span: (m: number) => string; share: (s: number) => string; locale: string },
  unit: 'count' | 'minutes' | 'share',
) =>
  unit === 'minutes'
    ? (v: number) => loc.span(v)
    : unit === 'share'
      ? (v: number) => loc.share(v)
      : (v: number) => v.toLocaleString(loc.locale);

function distributionPlot(
  result: CompareResult,
  point: number,
  metric: MetricKey,
  label: string,
  name: (structure: string) => string,
  format: ((v: number) => string) | undefined,
): Plot.PlotOptions {
  const data = result.runs
    .filter((r) => r.point === point && r.metrics[metric] !== null)
    .map((r) => ({
      structure: name(r.structure),
      seed: r.seed,
      value: r.metrics[metric] as number,
    }));
  const means = summariesAt(result, point, metric).map((s) => ({
    structure: name(s.structure),
    mean: s.summary.mean,
  }));
  return {
    marginLeft: 190,
    width: 720,
    height: 60 + 44 * result.structures.length,
    x: { label, grid: true, ...(format ? { tickFormat: format } : {}) },
    y: { domain: result.structures.map(name), label: null },
    marks: [
      Plot.boxX(data, { x: 'value', y: 'structure', fill: '#cfe0f3', stroke: '#0a5aa8' }),
      Plot.dot(data, {
        x: 'value',
        y: 'structure',
        r: 2,
        fill: '#14202b',
        fillOpacity: 0.35,
        stroke: null,
      }),
      Plot.tickX(
        means.filter((m) => m.mean !== null),
        { x: 'mean', y: 'structure', stroke: '#d55e00', strokeWidth: 2 },
      ),
    ],
  };
}

const unitName = (t: Translate, unit: 'count' | 'minutes' | 'share'): string =>
  t(`app.compare.unit.${unit}`);
const axisLabel = (t: Translate, label: string, unit: 'count' | 'minutes' | 'share'): string =>
  `${label} (${unitName(t, unit)})`;

function differencePlot(
  result: CompareResult,
  point: number,
  metric: MetricKey,
  unit: string,
  /** "Δ vs <reference>", in the page's language. */
  axis: string,
  name: (structure: string) => string,
  format: ((v: number) => string) | undefined,
): Plot.PlotOptions {
  const rows = summariesAt(result, point, metric)
    .filter((s) => s.difference !== null)
    .map((s) => ({ ...s.difference!, structure: name(s.structure) }));
  const others = result.structures.slice(1).map(name);
  const signedFormat = format
    ? (v: number) => (v < 0 ? `−${format(-v)}` : v > 0 ? `+${format(v)}` : '0')
    : undefined;
  return {
    marginLeft: 190,
    width: 720,
    height: 60 + 40 * Math.max(1, others.length),
    x: {
      label: `${axis} (${unit})`,
      grid: true,
      ...(signedFormat ? { tickFormat: signedFormat } : {}),
    },
    y: { domain: others, label: null },
    marks: [
      Plot.ruleX([0], { stroke: '#4a5866' }),
      Plot.link(rows, {
        x1: 'low',
        x2: 'high',
        y1: 'structure',
        y2: 'structure',
        stroke: '#0a5aa8',
        strokeWidth: 3,
      }),
      Plot.dot(rows, { x: 'diff', y: 'structure', r: 5, fill: '#0a5aa8' }),
    ],
  };
}

const summariesAt = (result: CompareResult, point: number, metric: MetricKey): MetricSummary[] =>
  result.summaries.filter((s) => s.point === point && s.metric === metric);

function SortHeader({
  label,
  k,
  sort,
  setSort,
}: {
  label: ReactNode;
  k: string;
  sort: Sort;
  setSort: (s: Sort) => void;
}) {
  const active = sort.key === k;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="compare-sort"
        onClick={() => setSort({ key: k, dir: active ? (-sort.dir as 1 | -1) : 1 })}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

type Info = Core['METRIC_INFO'];

function SummaryTable(props: {
  result: CompareResult;
  point: number;
  metrics: readonly MetricKey[];
  info: Info;
  verdict: Core['verdict'];
  label: (m: MetricKey) => string;
  fmt: (k: MetricKey, v: number | null) => string;
  signed: (k: MetricKey, v: number) => string;
  name: (structure: string) => string;
}) {
  const locale = useLocale();
  const { t } = locale;
  const { result, point, metrics, info, verdict, label, fmt, signed, name } = props;
  const [sort, setSort] = useState<Sort>({ key: 'order', dir: 1 });
  const cell = new Map<string, MetricSummary>();
  for (const s of result.summaries)
    if (s.point === point) cell.set(`${s.structure}|${s.metric}`, s);
  const value = (m: MetricKey, key: string): number | string => {
    if (key === 'order') return metrics.indexOf(m);
    if (key === 'metric') return label(m);
    const [kind, structure] = key.split(':');
    const s = cell.get(`${structure}|${m}`);
    const v = kind === 'mean' ? s?.summary.mean : s?.difference?.diff;
    return v ?? Number.NEGATIVE_INFINITY;
  };
  const rows = [...metrics].sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    return (va < vb ? -1 : va > vb ? 1 : 0) * sort.dir;
  });
  return (
    <table className="compare-table" data-testid="compare-summary">
      <caption>{t('app.compare.summary-caption', { reference: name(result.reference) })}</caption>
      <thead>
        <tr>
          <SortHeader label={t('report.col.metric')} k="metric" sort={sort} setSort={setSort} />
          {result.structures.map((s) => (
            <SortHeader key={s} label={name(s)} k={`mean:${s}`} sort={sort} setSort={setSort} />
          ))}
          {result.structures.slice(1).map((s) => (
            <SortHeader
              key={`d-${s}`}
              label={`Δ ${name(s)}`}
              k={`diff:${s}`}
              sort={sort}
              setSort={setSort}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m} data-metric={m}>
            <th scope="row" title={metricDefinition(m, locale)}>
              {label(m)}
              {info[m].better !== 'neither' && (
                <span className="compare-better">
                  {' '}
                  {t('app.compare.better', { better: info[m].better })}
                </span>
              )}
            </th>
            {result.structures.map((s) => {
              const c = cell.get(`${s}|${m}`);
              const sum = c?.summary;
              // A skewed spread can put the mean outside the middle 80% of runs: say so.
              const outside =
                sum !== undefined &&
                sum.mean !== null &&
                sum.p10 !== null &&
                sum.p90 !== null &&
                (sum.mean < sum.p10 || sum.mean > sum.p90);
              return (
                <td
                  key={s}
                  data-structure={s}
                  data-mean={sum?.mean ?? ''}
                  data-n={sum?.n ?? 0}
                  title={
                    outside ? t('app.compare.outside', { median: fmt(m, sum.median) }) : undefined
                  }
                >
                  {sum && sum.n > 0
                    ? `${fmt(m, sum.mean)}${outside ? '*' : ''} [${fmt(m, sum.p10)}–${fmt(m, sum.p90)}]`
                    : '—'}
                </td>
              );
            })}
            {result.structures.slice(1).map((s) => {
              const d = cell.get(`${s}|${m}`)?.difference ?? null;
              const v = verdict(m, d);
              return (
                <td
                  key={`d-${s}`}
                  data-structure={s}
                  data-diff={d?.diff ?? ''}
                  data-low={d?.low ?? ''}
                  data-high={d?.high ?? ''}
                  className={v ? `is-${v}` : undefined}
                >
                  {d
                    ? t('app.compare.interval', {
                        diff: signed(m, d.diff),
                        low: signed(m, d.low),
                        high: signed(m, d.high),
                      })
                    : '—'}{' '}
                  {v && t(`app.compare.verdict.${v}`)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RunsTable(props: {
  result: CompareResult;
  point: number;
  metric: MetricKey;
  label: string;
  fmt: (k: MetricKey, v: number | null) => string;
  name: (structure: string) => string;
  onOpenRun?: (run: OpenRun) => void;
}) {
  const { result, point, metric, label, fmt, name, onOpenRun } = props;
  const { t } = useLocale();
  const [sort, setSort] = useState<Sort>({ key: 'order', dir: 1 });
  const runs = result.runs.filter((r) => r.point === point);
  const key = (r: RunResult): number | string =>
    sort.key === 'structure'
      ? r.structure
      : sort.key === 'seed'
        ? r.seed
        : sort.key === 'value'
          ? (r.metrics[metric] ?? Number.NEGATIVE_INFINITY)
          : r.index;
  const rows = [...runs].sort((a, b) => {
    const va = key(a);
    const vb = key(b);
    return (va < vb ? -1 : va > vb ? 1 : a.index - b.index) * sort.dir;
  });
  return (
    <details className="compare-runs">
      <summary>
        {t('app.compare.every-run', { count: runs.length, open: onOpenRun !== undefined })}
      </summary>
      <table className="compare-table" data-testid="compare-runs">
        <thead>
          <tr>
            <SortHeader
              label={t('app.header.structure')}
              k="structure"
              sort={sort}
              setSort={setSort}
            />
            <SortHeader label={t('app.compare.seed')} k="seed" sort={sort} setSort={setSort} />
            <SortHeader label={label} k="value" sort={sort} setSort={setSort} />
            {onOpenRun && <th scope="col">{t('app.compare.open-col')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.index} data-structure={r.structure} data-seed={r.seed}>
              <td>{name(r.structure)}</td>
              <td>{r.seed}</td>
              <td>{fmt(metric, r.metrics[metric])}</td>
              {onOpenRun && (
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpenRun({ structure: r.structure, seed: r.seed })}
                  >
                    {t('app.compare.open-run', { structure: name(r.structure), seed: r.seed })}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
