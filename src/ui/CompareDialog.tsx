// Branches side by side over many seeds: each branch's decisions and live injects replayed
// under the same structure for every seed (decisions it has not reached take their default
// option); per metric the mean with its spread, and the difference from the first branch with
// its 95% interval. Loaded on demand: most sessions never open it.
import { useEffect, useId, useRef } from 'react';
import { metricValue, type BranchDifference, type MetricInfo } from '../store';
import { useApp, useController } from './context';
import { useLocale } from './i18n';
import { metricDefinition } from './metricDefinitions';

function signed(m: MetricInfo, v: number): string {
  return (v > 0 ? '+' : v < 0 ? '−' : '±') + metricValue(Math.abs(v), m.unit);
}

function differenceText(m: MetricInfo, d: BranchDifference): string {
  return `${signed(m, d.diff)} (${signed(m, d.low)} to ${signed(m, d.high)})`;
}

export default function CompareDialog() {
  const c = useController();
  const locale = useLocale();
  const comparison = useApp((s) => s.comparison);
  const branches = useApp((s) => s.branches);
  const info = useApp((s) => s.metricInfo);
  const busy = useApp((s) => s.busy);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    // No close() in a cleanup: under StrictMode it would fire `close` and unmount the dialog.
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const columns =
    comparison?.branches
      .map((b) => branches.find((x) => x.id === b))
      .filter((b) => b !== undefined) ?? [];
  const base = columns[0];
  const seeds = comparison?.seeds ?? [];
  return (
    <dialog
      ref={ref}
      className="dialog compare"
      aria-labelledby={`${id}-title`}
      onClose={() => c.closeCompare()}
    >
      <header className="dialog__header">
        <h2 id={`${id}-title`}>Compare branches</h2>
        <button type="button" className="button" onClick={() => c.closeCompare()}>
          Close
        </button>
      </header>
      <p className="muted">
        Each branch run to the end of the exercise over {seeds.length || 'many'} seeds
        {seeds.length > 0 ? ` (${seeds[0]}–${seeds.at(-1)}, this run's seed first)` : ''}; decisions
        it has not reached take their default option. Each cell: the mean over the seeds [10th–90th
        percentile]; against branch {base?.label ?? 'A'}, the difference with its 95% confidence
        interval — <span className="compare__key is-better">better</span>{' '}
        <span className="compare__key is-worse">worse</span> only when the interval excludes zero
        (otherwise it could be chance between seeds); “differs” for counts with no better direction.
      </p>
      {!comparison || !base ? (
        <p role="status">
          {busy
            ? `${busy.label}…${busy.progress !== null ? ` ${Math.round(busy.progress * 100)}%` : ''}`
            : 'Running the branches…'}
        </p>
      ) : (
        <div className="compare__scroll">
          <table className="compare__table" data-testid="branch-comparison">
            <colgroup>
              <col className="compare__metric" />
              {columns.map((b) => (
                <col key={b.id} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                {columns.map((b) => (
                  <th key={b.id} scope="col">
                    <span className="branch__id">{b.label}</span>{' '}
                    <span className="compare__desc">{b.description}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {info.map((m) => (
                <tr key={m.key} data-metric={m.key}>
                  <th scope="row" title={metricDefinition(m.key, locale)}>
                    {m.label}
                  </th>
                  {columns.map((b) => {
                    const s = comparison.summaries[b.id]?.[m.key];
                    const d = b.id === base.id ? null : comparison.differences[b.id]?.[m.key];
                    const v = d?.verdict ?? '';
                    // A skewed spread can put the mean outside the middle 80% of runs: say so.
                    const outside =
                      s !== undefined &&
                      s.mean !== null &&
                      s.p10 !== null &&
                      s.p90 !== null &&
                      (s.mean < s.p10 || s.mean > s.p90);
                    return (
                      <td
                        key={b.id}
                        className={v === 'better' || v === 'worse' ? `is-${v}` : undefined}
                        data-branch={b.id}
                        data-verdict={v}
                        title={
                          outside
                            ? `The mean lies outside the middle 80% of runs: a few runs far from the rest pull it (median ${metricValue(s.median, m.unit)}).`
                            : undefined
                        }
                      >
                        {s && s.n > 0
                          ? `${metricValue(s.mean, m.unit)}${outside ? '*' : ''} [${metricValue(s.p10, m.unit)}–${metricValue(s.p90, m.unit)}]`
                          : '—'}
                        {d && (
                          <span className="compare__diff">
                            {differenceText(m, d)}
                            {v && ` ${v}`}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </dialog>
  );
}
