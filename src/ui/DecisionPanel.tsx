// Decision points over the graph: when the run waits, the prompt and the options (playback
// stays paused until one is chosen). When the student has stepped back before a decision
// already taken, a quieter banner offers the other options as new branches.
import { useEffect, useId, useRef, useState } from 'react';
import { clock } from '../store';
import { useApp, useController } from './context';
import { useT } from './i18n';

export function DecisionPanel() {
  const c = useController();
  const awaiting = useApp((s) => s.awaiting);
  const decisions = useApp((s) => s.decisions);
  const busy = useApp((s) => s.busy !== null);
  const t = useT();
  const id = useId();
  const card = useRef<HTMLElement>(null);
  const [folded, setFolded] = useState<string | null>(null);

  useEffect(() => {
    // Bring keyboard users to the choice as soon as the run stops for it.
    if (awaiting) card.current?.focus();
  }, [awaiting]);

  if (awaiting && folded === awaiting.id) {
    return (
      <section
        className="decision-banner decision-banner--waiting"
        aria-label={t('app.decision.waiting')}
      >
        <span>
          <strong>{t('app.decision.waiting-at', { at: clock(awaiting.at) })}</strong>{' '}
          {awaiting.prompt}
        </span>
        <button type="button" className="chip-button" onClick={() => setFolded(null)}>
          {t('app.decision.show')}
        </button>
      </section>
    );
  }

  if (awaiting) {
    return (
      <section
        ref={card}
        className="decision-card"
        role="region"
        aria-labelledby={`${id}-title`}
        tabIndex={-1}
        data-testid="decision"
      >
        <div className="decision-card__top">
          <p className="decision-card__kicker">
            {t('app.decision.kicker', { at: clock(awaiting.at), by: awaiting.byName })}
          </p>
          <button type="button" className="link-button" onClick={() => setFolded(awaiting.id)}>
            {t('app.decision.fold')}
          </button>
        </div>
        <h2 id={`${id}-title`}>{awaiting.prompt}</h2>
        <div className="decision-card__options">
          {awaiting.options.map((o) => (
            <button
              key={o.id}
              type="button"
              className="button button--option"
              onClick={() => c.choose(o.id)}
            >
              {o.label}
              {o.id === awaiting.defaultOption && (
                <span className="decision-card__default">{t('app.decision.default')}</span>
              )}
            </button>
          ))}
        </div>
        <p className="muted small">{t('app.decision.paused')}</p>
      </section>
    );
  }

  const ahead = decisions.find((d) => d.chosen !== null && !d.passed);
  if (!ahead) return null;
  const chosen = ahead.options.find((o) => o.id === ahead.chosen);
  return (
    <section className="decision-banner" aria-label={t('app.decision.ahead')}>
      <span>
        <strong>{t('app.decision.ahead-at', { at: clock(ahead.at) })}</strong>{' '}
        {t('app.decision.ahead-chooses', { option: chosen?.label ?? '' })}
      </span>
      <span className="decision-banner__fork">
        {t('app.decision.instead')}
        {ahead.options
          .filter((o) => o.id !== ahead.chosen)
          .map((o) => (
            <button
              key={o.id}
              type="button"
              className="chip-button"
              onClick={() => void c.fork(ahead.id, o.id)}
              disabled={busy}
            >
              {o.label}
            </button>
          ))}
      </span>
    </section>
  );
}
