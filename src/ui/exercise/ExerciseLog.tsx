// The seat's log: what the host let this seat see, newest first, the played decisions marked.
import { formatTime, type LogEntry } from '../../core/index.ts';
import { describeEntry, describeState, type UiLocale } from '../../i18n/words.ts';
import { readable } from '../../store/words.ts';
import { useSeat, useSeatNameMap, useSeatNames } from './context';
import { useLocale, type Translate } from '../i18n';

/** Rendered at most; the host sends the rest and the browser keeps it. */
const SHOWN = 300;

/**
 * An entry in the seat's words: actors by name, and a change of state said as one (the machine
 * event behind it is bookkeeping a player need not read).
 */
function entryWords(
  e: LogEntry,
  locale: UiLocale,
  t: Translate,
  names: ReadonlyMap<string, string>,
): string {
  if (e.kind === 'transition') {
    const { before, after } = e.params as { before: string; after: string };
    return t('app.seat.transition', {
      before: describeState(before, locale),
      after: describeState(after, locale),
    });
  }
  return readable(describeEntry(e, locale), names);
}

export function ExerciseLog({ onPick }: { onPick?: (entry: LogEntry) => void }) {
  const log = useSeat((s) => s.log);
  const name = useSeatNames();
  const names = useSeatNameMap();
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
            <span className="xlog__actor">{names.get(e.at) ?? name(e.actor)}</span>
            <span className="xlog__text">{entryWords(e, locale, t, names)}</span>
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
