// Branches of the run: the first run and every "what if" forked at a decision point. Switch
// between them, drop one, or compare their outcomes side by side.
import { lazy, Suspense, useId } from 'react';
import { clock } from '../store';
import { useApp, useController } from './context';
import { useT } from './i18n';

const CompareDialog = lazy(() => import('./CompareDialog'));

export function Branches() {
  const c = useController();
  const branches = useApp((s) => s.branches);
  const current = useApp((s) => s.branchId);
  const busy = useApp((s) => s.busy !== null);
  const compareOpen = useApp((s) => s.compareOpen);
  const t = useT();
  const id = useId();
  // One branch needs no switching: the fork buttons sit with the decisions themselves.
  if (branches.length < 2) return null;

  return (
    <section className="panel branches" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`}>{t('app.branches.title')}</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => void c.compare()}
          disabled={busy}
        >
          {t('app.branches.compare')}
        </button>
      </header>
      <div className="panel__body">
        <ul className="branch-list">
          {branches.map((b) => (
            <li key={b.id} className={b.id === current ? 'is-current' : undefined}>
              <button
                type="button"
                className="branch"
                onClick={() => void c.switchBranch(b.id)}
                aria-pressed={b.id === current}
                disabled={busy}
              >
                <span className="branch__id">{b.label}</span>
                <span className="branch__text">{b.description}</span>
                <span className="branch__time">
                  {b.status === 'finished' ? t('app.branches.end') : clock(b.time)}
                </span>
              </button>
              {b.origin !== null && (
                <button
                  type="button"
                  className="link-button branch__remove"
                  onClick={() => c.removeBranch(b.id)}
                  aria-label={t('app.branches.remove', { label: b.label })}
                  disabled={busy}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
      {compareOpen && (
        <Suspense fallback={null}>
          <CompareDialog />
        </Suspense>
      )}
    </section>
  );
}
