// Branches side by side: each run to its end (decisions still open take their defaults),
// every metric in a row, differences from the first branch marked better or worse.
// Loaded on demand: most sessions never open it.
import { useEffect, useId, useRef } from 'react';
import { metricValue, type MetricInfo } from '../store';
import { useApp, useController } from './context';

function verdict(
  m: MetricInfo,
  base: number | null,
  value: number | null,
): 'better' | 'worse' | '' {
  if (base === null || value === null || base === value || m.better === 'neither') return '';
  const higher = value > base;
  return higher === (m.better === 'higher') ? 'better' : 'worse';
}

export default function CompareDialog() {
  const c = useController();
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
        Each branch run to the end of the exercise; decisions it has not reached take their default
        option. Against branch {base?.label ?? 'A'}:{' '}
        <span className="compare__key is-better">better</span>{' '}
        <span className="compare__key is-worse">worse</span>.
      </p>
      {!comparison || !base ? (
        <p role="status">{busy ? `${busy.label}…` : 'Running the branches…'}</p>
      ) : (
        <div className="compare__scroll">
          <table className="compare__table">
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
              {info.map((m) => {
                const baseValue = comparison.metrics[base.id]?.[m.key] as number | null;
                return (
                  <tr key={m.key}>
                    <th scope="row">{m.label}</th>
                    {columns.map((b) => {
                      const value = (comparison.metrics[b.id]?.[m.key] ?? null) as number | null;
                      const v = b.id === base.id ? '' : verdict(m, baseValue, value);
                      return (
                        <td key={b.id} className={v ? `is-${v}` : undefined}>
                          {metricValue(value, m.unit)}
                          {v && <span className="visually-hidden"> ({v})</span>}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </dialog>
  );
}
