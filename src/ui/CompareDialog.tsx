// Branches side by side over many seeds: each branch's decisions and live injects replayed
// under the same structure for every seed (decisions it has not reached take their default
// option); per metric the mean with its spread, and the difference from the first branch with
// its 95% interval. Loaded on demand: most sessions never open it.
import { useEffect, useId, useRef } from 'react';
import type { BranchDifference, MetricInfo } from '../store';
import { useApp, useController } from './context';
import { useLocale, type LocaleServices } from './i18n';
import { metricDefinition } from './metricDefinitions';

function signed(l: LocaleServices, m: MetricInfo, v: number): string {
  return (v > 0 ? '+' : v < 0 ? '−' : '±') + l.metric(Math.abs(v), m.unit);
}

function differenceText(l: LocaleServices, m: MetricInfo, d: BranchDifference): string {
  return l.t('app.branches.difference', {
    diff: signed(l, m, d.diff),
    low: signed(l, m, d.low),
    high: signed(l, m, d.high),
  });
}

export default function CompareDialog() {
  const c = useController();
  const locale = useLocale();
  const { t } = locale;
  const metricValue = locale.metric;
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
        <h2 id={`${id}-title`}>{t('app.branches.compare-title')}</h2>
        <button type="button" className="button" onClick={() => c.closeCompare()}>
          {t('app.close')}
        </button>
      </header>
      <p className="muted">
        {t('app.branches.how', {
          seeds: seeds.length,
          first: seeds[0] ?? 0,
          last: seeds.at(-1) ?? 0,
          base: base?.label ?? 'A',
        })}{' '}
        <span className="compare__key is-better">{t('app.branches.better')}</span>{' '}
        <span className="compare__key is-worse">{t('app.branches.worse')}</span>{' '}
        {t('app.branches.how-verdict')}
      </p>
      {!comparison || !base ? (
        <p role="status">
          {busy
            ? t('app.branches.busy', {
                label: busy.label,
                progress: busy.progress === null ? '' : locale.share(busy.progress),
              })
            : t('app.playback.busy', { label: t('app.busy.branches') })}
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
                <th scope="col">{t('app.branches.metric')}</th>
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
                    {t(`metric.${m.key}`)}
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
                            ? t('app.branches.outside', { median: metricValue(s.median, m.unit) })
                            : undefined
                        }
                      >
                        {s && s.n > 0
                          ? `${metricValue(s.mean, m.unit)}${outside ? '*' : ''} [${metricValue(s.p10, m.unit)}–${metricValue(s.p90, m.unit)}]`
                          : '—'}
                        {d && (
                          <span className="compare__diff">
                            {differenceText(locale, m, d)}
                            {v && ` ${t(`app.branches.verdict.${v}`)}`}
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
