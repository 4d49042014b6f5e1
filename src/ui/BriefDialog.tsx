// The exercise brief: what the scenario is about, its setting, the learning objectives (with
// the MSEL serials that test each), the structure played, and what every metric measures
// (docs/METRICS.md). Opened from the header's title.
import { useEffect, useId, useRef } from 'react';
import { useApp, useController } from './context';
import { useLocale } from './i18n';
import { metricDefinition } from './metricDefinitions';

export function BriefDialog() {
  const c = useController();
  const open = useApp((s) => s.briefOpen);
  const scenario = useApp((s) => s.scenario);
  const structureId = useApp((s) => s.structureId);
  const msel = useApp((s) => s.msel);
  const info = useApp((s) => s.metricInfo);
  const locale = useLocale();
  const { t } = locale;
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = () => c.setView({ briefOpen: false });
  const structure = scenario?.structures.find((s) => s.id === structureId);
  return (
    <dialog ref={ref} className="dialog brief" aria-labelledby={`${id}-title`} onClose={close}>
      <header className="dialog__header">
        <h2 id={`${id}-title`}>{scenario?.title ?? t('app.header.no-scenario')}</h2>
        <button type="button" className="button" onClick={close}>
          {t('app.close')}
        </button>
      </header>
      {scenario && (
        <div className="brief__body">
          <p className="brief__summary">{scenario.summary}</p>
          {scenario.setting && (
            <section>
              <h3>{t('app.brief.setting')}</h3>
              <p className="brief__setting">{scenario.setting}</p>
            </section>
          )}
          <section>
            <h3>{t('app.brief.objectives')}</h3>
            {scenario.objectives.length === 0 ? (
              <p className="muted">{t('app.brief.no-objectives')}</p>
            ) : (
              <ol className="brief__objectives">
                {scenario.objectives.map((o) => {
                  const serials = msel.filter((r) => r.objective === o.id).map((r) => r.serial);
                  return (
                    <li key={o.id}>
                      {o.text}
                      {serials.length > 0 && (
                        <span className="muted small">
                          {t('app.brief.tested-by', { serials: serials.join(', ') })}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
          {structure && (
            <section>
              <h3>{t('app.brief.structure', { name: structure.name })}</h3>
              <p>{structure.description}</p>
            </section>
          )}
          <section>
            <details>
              <summary>
                <h3 className="brief__inline">{t('app.brief.metrics')}</h3>
              </summary>
              <dl className="brief__metrics">
                {info.map((m) => (
                  <div key={m.key}>
                    <dt>{t(`metric.${m.key}`)}</dt>
                    <dd>{metricDefinition(m.key, locale)}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </section>
        </div>
      )}
    </dialog>
  );
}
