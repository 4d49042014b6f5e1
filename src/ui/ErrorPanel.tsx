// Why a file could not be opened: every problem, each with its file, line and column. The
// run that was open stays open underneath.
import { useEffect, useId, useRef } from 'react';
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
  return (
    <section
      ref={ref}
      className="error-panel"
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
      <p className="small">{t('app.errors.count', { n: report.errors.length })}</p>
      <ol className="error-list">
        {report.errors.map((e, i) => (
          <li key={i}>
            <code className="error-list__where">
              {t('app.errors.where', { file: e.file, line: e.line, col: e.col })}
            </code>
            <span>{e.message}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
