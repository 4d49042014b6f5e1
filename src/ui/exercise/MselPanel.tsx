// The MSEL for EXCON and evaluators: every inject with its expected action, objective and
// controller's note, and whether it has been delivered yet. Players never receive it.
import { formatTime } from '../../core/index.ts';
import { useSeat } from './context';
import { useT } from '../i18n';

export function MselPanel() {
  const msel = useSeat((s) => s.state?.msel);
  const log = useSeat((s) => s.log);
  const t = useT();
  if (!msel) return null;
  const delivered = new Set(
    log.flatMap((e) => (e.kind === 'inject.msel' ? [e.params.serial] : [])),
  );
  return (
    <section className="panel xmsel" aria-labelledby="xmsel-title">
      <header className="panel__header">
        <h2 id="xmsel-title">{t('app.seat.msel')}</h2>
      </header>
      <ol className="panel__body xmsel__list">
        {msel.map((raw) => {
          const i = raw as {
            serial: number;
            at?: number;
            text: string;
            expected?: string;
            objective?: string;
            note?: string;
          };
          return (
            <li
              key={i.serial}
              className={delivered.has(i.serial) ? 'xmsel__item xmsel__item--done' : 'xmsel__item'}
            >
              <strong>
                {i.serial}. {i.at === undefined ? t('app.timeline.conditional') : formatTime(i.at)}
              </strong>{' '}
              {delivered.has(i.serial) ? t('app.seat.delivered') : ''}
              {i.text}
              {i.expected && (
                <div className="xmsel__expected">
                  {t('app.seat.expected', { expected: i.expected })}
                </div>
              )}
              {i.objective && (
                <div className="xmsel__meta">
                  {t('app.seat.objective', { objective: i.objective })}
                </div>
              )}
              {i.note && <div className="xmsel__meta">{t('app.seat.note', { note: i.note })}</div>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
