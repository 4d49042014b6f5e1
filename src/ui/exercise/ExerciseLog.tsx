// The seat's log: what the host let this seat see, newest first, the played decisions marked.
import { formatTime, type LogEntry } from '../../core/index.ts';
import { describeEntry } from '../../i18n/words.ts';
import { useSeat } from './context';
import { useLocale } from '../i18n';

/** Rendered at most; the host sends the rest and the browser keeps it. */
const SHOWN = 300;

export function ExerciseLog({ onPick }: { onPick?: (entry: LogEntry) => void }) {
  const log = useSeat((s) => s.log);
  const { t, locale } = useLocale();
  const shown = log.slice(-SHOWN).reverse();
  return (
    <section className="panel xlog" aria-labelledby="xlog-title">
      <header className="panel__header">
        <h2 id="xlog-title">{t('app.seat.log')}</h2>
        <span className="panel__count" data-testid="xlog-count">
          {t('app.log.count', { total: log.length })}
        </span>
      </header>
      <ol className="panel__body xlog__list" aria-label={t('app.log.entries')}>
        {shown.map((e) => (
          <li
            key={e.seq}
            className={
              e.event === 'decision.played' ? 'xlog__entry xlog__entry--played' : 'xlog__entry'
            }
            data-event={e.event}
          >
            <span className="xlog__time">{formatTime(e.time)}</span>
            <span className="xlog__actor">{e.actor}</span>
            <span className="xlog__text">{describeEntry(e, locale)}</span>
            {onPick && (
              <button type="button" className="link-button" onClick={() => onPick(e)}>
                {t('app.seat.observe')}
              </button>
            )}
          </li>
        ))}
        {shown.length === 0 && <li className="xlog__empty">{t('app.seat.log-empty')}</li>}
      </ol>
    </section>
  );
}
