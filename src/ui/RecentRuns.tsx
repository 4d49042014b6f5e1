// The recent-runs menu: runs put aside when a new seed, structure or scenario (or a run from
// the comparison) replaced them, newest first. Opening one puts the run shown in its place.
import { useRef } from 'react';
import { clock } from '../store';
import { useApp, useController } from './context';
import { useLocale } from './i18n';
import { RecentIcon } from './icons';

export function RecentRuns() {
  const c = useController();
  const recent = useApp((s) => s.recent);
  const busy = useApp((s) => s.busy !== null);
  const { t, locale } = useLocale();
  const menu = useRef<HTMLDetailsElement>(null);
  const open = (index: number) => {
    if (menu.current) menu.current.open = false;
    void c.openRecent(index);
  };
  return (
    <details
      ref={menu}
      className="menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && menu.current?.open) {
          e.stopPropagation();
          menu.current.open = false;
          menu.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary
        className="button"
        title={t('app.recent.tip')}
        aria-label={t('app.recent.label', { n: recent.length })}
      >
        <RecentIcon /> <span className="button__text">{t('app.recent.button')}</span>
      </summary>
      <div className="menu__panel">
        <h2>{t('app.recent.title')}</h2>
        {recent.length === 0 ? (
          <p className="empty">{t('app.recent.empty')}</p>
        ) : (
          <ol className="recent-list">
            {recent.map((r, i) => (
              <li key={`${r.savedAt}-${i}`}>
                <button type="button" onClick={() => open(i)} disabled={busy}>
                  <strong>{r.title}</strong>
                  <span>
                    {t('app.recent.run', {
                      structure: r.structure,
                      seed: r.seed,
                      at: clock(r.time),
                    })}
                  </span>
                  <span className="muted small">
                    {[
                      r.branches > 1 ? t('app.recent.branches', { n: r.branches }) : '',
                      r.decisions ? t('app.recent.decisions', { n: r.decisions }) : '',
                      r.liveInjects ? t('app.recent.live', { n: r.liveInjects }) : '',
                      t('app.recent.put-aside', {
                        at: new Date(r.savedAt).toLocaleTimeString(locale, {
                          hour: '2-digit',
                          minute: '2-digit',
                        }),
                      }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
