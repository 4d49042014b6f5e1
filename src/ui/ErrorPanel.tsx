// Why a file could not be opened: every problem, each with its file, line and column. The
// run that was open stays open underneath. Warnings (likely mistakes in a scenario that still
// runs) are listed the same way, after the errors or alone when the file opened.
import { useEffect, useId, useRef } from 'react';
import type { ScenarioError } from '../core/index.ts';
import { useApp, useController } from './context';
import { useT } from './i18n';

export function ErrorPanel() {
  const c = useController();
  const report = useApp((s) => s.errors);
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (report) ref.current?.focus();
  }, [report]);

  if (!report) return null;
  const warnings = report.warnings ?? [];
  return (
    <section
      ref={ref}
      className={report.errors.length > 0 ? 'error-panel' : 'error-panel error-panel--warnings'}
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-testid="errors"
    >
      <header className="error-panel__header">
        <h2 id={`${id}-title`}>{report.title}</h2>
        <button type="button" className="button" onClick={() => c.dismissErrors()}>
          {t('app.errors.dismiss')}
        </button>
      </header>
      {report.errors.length > 0 && (
        <>
          <p className="small">{t('app.errors.count', { n: report.errors.length })}</p>
          <Located list={report.errors} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          {report.errors.length > 0 && (
            <h3 className="error-panel__warnings">
              {t('app.warnings.heading', { count: warnings.length })}
            </h3>
          )}
          <p className="small">{t('app.warnings.summary')}</p>
          <Located list={warnings} warning />
        </>
      )}
    </section>
  );
}

function Located({ list, warning = false }: { list: readonly ScenarioError[]; warning?: boolean }) {
  const t = useT();
  return (
    <ol className={warning ? 'error-list error-list--warnings' : 'error-list'}>
      {list.map((e, i) => (
        <li key={i}>
          <code className="error-list__where">
            {t('app.errors.where', { file: e.file, line: e.line, col: e.col })}
          </code>
          <span>{e.message}</span>
        </li>
      ))}
    </ol>
  );
}
