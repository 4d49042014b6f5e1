// EXCON's seats: who holds which actors, whether they are connected, their join links and QR
// codes; new seats for players (a component or any set of actors), evaluators, a projector.
import { useState } from 'react';
import { useConnection, useSeat } from './context';
import { SeatQr } from './SeatQr';
import { useT } from '../i18n';

type NewRole = 'player' | 'evaluator' | 'projector';

export function SeatList() {
  const c = useConnection();
  const t = useT();
  const state = useSeat((s) => s.state);
  const [name, setName] = useState('');
  const [role, setRole] = useState<NewRole>('player');
  const [actors, setActors] = useState<string[]>([]);
  const [qr, setQr] = useState<string | null>(null);
  if (!state?.seats) return null;
  const link = (token: string) =>
    `${location.origin}${location.pathname}?exercise=${encodeURIComponent(state.exercise)}&seat=${token}`;
  const create = () => {
    if (!name.trim()) return;
    c.send({
      type: 'seat.create',
      role,
      name: name.trim(),
      actors: role === 'player' ? actors : [],
    });
    setName('');
    setActors([]);
  };
  return (
    <section className="panel xseats" aria-labelledby="xseats-title">
      <header className="panel__header">
        <h2 id="xseats-title">{t('app.seat.seats')}</h2>
      </header>
      <ul className="panel__body xseats__list">
        {state.seats
          .filter((s) => !s.revoked)
          .map((s) => (
            <li key={s.id} className="xseat" data-testid={`seat-${s.name}`}>
              <span
                className={s.connected ? 'xseat__dot xseat__dot--on' : 'xseat__dot'}
                aria-label={s.connected ? t('app.seat.connected') : t('app.seat.not-connected')}
              />
              <strong>{s.name}</strong>{' '}
              <span className="xseat__role">{t(`app.seat.role.${s.role}`)}</span>
              {s.actors.length > 0 && (
                <span className="xseat__actors"> — {s.actors.join(', ')}</span>
              )}
              {s.token && s.role !== 'excon' && (
                <div className="xseat__links">
                  <input
                    readOnly
                    className="xseat__link"
                    value={link(s.token)}
                    aria-label={t('app.seat.join-link', { name: s.name })}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setQr(qr === s.id ? null : s.id)}
                  >
                    {qr === s.id ? t('app.seat.hide-qr') : t('app.seat.qr')}
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => c.send({ type: 'seat.revoke', seat: s.id })}
                  >
                    {t('app.seat.revoke')}
                  </button>
                  {qr === s.id && <SeatQr url={link(s.token)} label={s.name} />}
                </div>
              )}
            </li>
          ))}
      </ul>
      <form
        className="xseats__new"
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <label>
          {t('app.seat.name')}{' '}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('app.seat.name-placeholder')}
          />
        </label>
        <label>
          {t('app.table.role')}{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as NewRole)}>
            <option value="player">{t('app.seat.role.player')}</option>
            <option value="evaluator">{t('app.seat.role.evaluator')}</option>
            <option value="projector">{t('app.seat.role.projector')}</option>
          </select>
        </label>
        {role === 'player' && (
          <label>
            {t('app.legend.actors')}{' '}
            <select
              multiple
              value={actors}
              onChange={(e) => setActors(Array.from(e.target.selectedOptions, (o) => o.value))}
              aria-label={t('app.seat.actors')}
            >
              {state.graph.nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.id} — {n.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit">{t('app.seat.add')}</button>
      </form>
    </section>
  );
}
