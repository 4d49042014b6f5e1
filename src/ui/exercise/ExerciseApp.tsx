// The exercise screens, one per role, fed by the host: EXCON's console (seats, moves, live
// injects, waiting decisions), a player's seat (the mesh with its actors marked, its log, its
// decisions), an evaluator's (everything, read-only, with observations) and the projector's
// common picture. The single-user app is not loaded here.
import { useCallback, useMemo, useState } from 'react';
import { formatTime } from '../../core/index.ts';
import { MeshGraphView } from '../graph/MeshGraphView';
import { MeshTable } from '../graph/MeshTable';
import { LanguagePicker } from '../LanguagePicker';
import { useLocale, useT } from '../i18n';
import type { Refusal } from './connection';
import { useConnection, useSeat, useSeatNames } from './context';
import { DecisionCard } from './DecisionCard';
import { ExerciseHotWash } from './ExerciseHotWash';
import { ExerciseLog } from './ExerciseLog';
import { InjectPanel } from './InjectPanel';
import { MselPanel } from './MselPanel';
import { ObservationForm } from './ObservationForm';
import { SeatList } from './SeatList';

const ROLE_NAMES = {
  excon: 'app.seat.role.excon',
  player: 'app.seat.role.player',
  evaluator: 'app.seat.role.evaluator',
  projector: 'app.seat.role.projector',
} as const;

export function ExerciseApp() {
  const refused = useSeat((s) => s.refused);
  const connected = useSeat((s) => s.connected);
  const state = useSeat((s) => s.state);
  const error = useSeat((s) => s.error);
  const name = useSeatNames();
  const [entry, setEntry] = useState<number | null>(null);
  const { t, words, locale } = useLocale();
  const [hotwash, setHotwash] = useState(false);
  /** A refusal in the seat's language; a code this seat does not know, as the host put it. */
  const refusalText = (r: Refusal): string => {
    const key = `app.seat.refused.${r.code}`;
    return words.hasMessage(locale, key) ? t(key) : (r.message ?? r.code);
  };
  if (refused)
    return (
      <main className="xrefused">
        <h1>{t('app.seat.title')}</h1>
        <p role="alert">{refusalText(refused)}</p>
        <p>{t('app.seat.new-link')}</p>
      </main>
    );
  if (!state)
    return (
      <main className="xrefused">
        <h1>{t('app.seat.title')}</h1>
        <p>{connected ? t('app.seat.joining') : t('app.seat.connecting')}</p>
      </main>
    );
  const role = state.role;
  return (
    <div className={`xapp xapp--${role}`} data-role={role}>
      <header className="xheader">
        <h1>{state.title}</h1>
        <span className="xheader__clock" data-testid="clock">
          {formatTime(state.time)}
        </span>
        <span className={`xheader__phase xheader__phase--${state.phase}`} data-testid="phase">
          {t('app.seat.phase', { phase: state.phase, status: state.status.replace(/-/g, '_') })}
        </span>
        <span className="xheader__seat">
          {role === 'player'
            ? t('app.seat.player', {
                name: state.seat.name,
                actors: state.seat.actors.map(name).join(', '),
              })
            : role === 'evaluator'
              ? t('app.seat.evaluator', { name: state.seat.name })
              : t(ROLE_NAMES[role])}
        </span>
        {(role === 'excon' || role === 'evaluator') && (
          <button type="button" className="xheader__hotwash" onClick={() => setHotwash(true)}>
            {t('report.hotwash.open')}
          </button>
        )}
        <span className={connected ? 'xheader__link xheader__link--on' : 'xheader__link'}>
          {connected ? t('app.seat.connected') : t('app.seat.reconnecting')}
        </span>
        <LanguagePicker />
      </header>
      {error && (
        <p className="xerror" role="alert">
          {refusalText(error)}
        </p>
      )}
      {role === 'excon' && <ExconControls />}
      {hotwash && <ExerciseHotWash onClose={() => setHotwash(false)} />}
      <main className="xbody">
        <div className="xbody__centre">
          {role !== 'projector' && <DecisionCard />}
          <Mesh />
        </div>
        <div className="xbody__side">
          {role === 'excon' && (
            <>
              <SeatList />
              <InjectPanel />
              <MselPanel />
            </>
          )}
          {role === 'evaluator' && (
            <>
              <ObservationForm entry={entry} onClear={() => setEntry(null)} />
              <MselPanel />
            </>
          )}
          {role === 'player' && (
            <>
              <Knowledge />
              <Processes />
            </>
          )}
        </div>
        <div className="xbody__log">
          <ExerciseLog {...(role === 'evaluator' ? { onPick: (e) => setEntry(e.seq) } : {})} />
        </div>
      </main>
    </div>
  );
}

function ExconControls() {
  const c = useConnection();
  const state = useSeat((s) => s.state)!;
  const [until, setUntil] = useState('');
  // Moves need a running exercise with nothing waiting: a waiting decision is answered first.
  const running = state.phase === 'running' && state.status === 'running';
  const token = new URLSearchParams(location.search).get('seat') ?? '';
  const t = useT();
  return (
    <nav className="xcontrols" aria-label={t('app.seat.role.excon')}>
      {state.phase === 'ready' && (
        <button type="button" onClick={() => c.send({ type: 'start' })}>
          {t('app.seat.start')}
        </button>
      )}
      {state.phase === 'running' && (
        <button type="button" onClick={() => c.send({ type: 'pause' })}>
          {t('app.playback.pause')}
        </button>
      )}
      {state.phase === 'paused' && (
        <button type="button" onClick={() => c.send({ type: 'resume' })}>
          {t('app.seat.resume')}
        </button>
      )}
      <button
        type="button"
        disabled={!running}
        onClick={() => c.send({ type: 'move', move: { to: 'next' } })}
      >
        {t('app.seat.next')}
      </button>
      <button
        type="button"
        disabled={!running}
        onClick={() => c.send({ type: 'move', move: { to: 'step' } })}
      >
        {t('app.seat.step')}
      </button>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const m = /^T\+(\d+):([0-5]\d)$/.exec(until.trim());
          if (m)
            c.send({ type: 'move', move: { to: 'time', time: Number(m[1]) * 60 + Number(m[2]) } });
        }}
      >
        <input
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          placeholder="T+hh:mm"
          aria-label={t('app.seat.run-until')}
          size={8}
        />
        <button type="submit" disabled={!running}>
          {t('app.seat.run-until')}
        </button>
      </form>
      <a
        className="link-button"
        href={`/api/exercises/${encodeURIComponent(state.exercise)}/package?token=${encodeURIComponent(token)}`}
      >
        {t('app.seat.export')}
      </a>
      {state.phase !== 'ended' && (
        <button
          type="button"
          className="xcontrols__end"
          onClick={() => {
            if (confirm(t('app.seat.end-confirm'))) c.send({ type: 'end' });
          }}
        >
          {t('app.seat.end')}
        </button>
      )}
      <span className="xcontrols__hash" title={t('app.seat.hash-tip')}>
        {t('app.seat.hash', { step: state.step, hash: state.hash ?? '' })}
      </span>
    </nav>
  );
}

function Mesh() {
  const mesh = useSeat((s) => s.state?.graph);
  const onSelect = useCallback(() => {}, []);
  const [table, setTable] = useState(false);
  const { t, words, locale } = useLocale();
  // The host sends what each message is about as a phrase: worded here, in the seat's language.
  const graph = useMemo(
    () =>
      mesh && {
        ...mesh,
        messages: mesh.messages.map((m) => ({
          ...m,
          about: words.describePhrase(m.about, locale),
        })),
      },
    [mesh, words, locale],
  );
  if (!graph) return null;
  return (
    <section className="panel xmesh" aria-label={t('app.mesh.label')}>
      <div className="segmented xmesh__view" role="group" aria-label={t('app.mesh.view')}>
        <button type="button" aria-pressed={!table} onClick={() => setTable(false)}>
          {t('app.mesh.graph')}
        </button>
        <button type="button" aria-pressed={table} onClick={() => setTable(true)}>
          {t('app.mesh.table')}
        </button>
      </div>
      {table ? (
        <MeshTable view={graph} className="xmesh__table" />
      ) : (
        <MeshGraphView
          view={graph}
          seed={1}
          onSelect={onSelect}
          label={t('app.mesh.label')}
          className="xmesh__graph"
        />
      )}
    </section>
  );
}

function Processes() {
  const processes = useSeat((s) => s.state?.processes ?? []);
  const name = useSeatNames();
  const locale = useLocale();
  const { t } = locale;
  return (
    <section className="panel xknows" aria-labelledby="xprocesses-title">
      <header className="panel__header">
        <h2 id="xprocesses-title">{t('app.seat.processes')}</h2>
      </header>
      <ul className="panel__body">
        {processes.map((p) => (
          <li key={p.id}>
            <strong>{p.id}</strong>{' '}
            {t('app.seat.process', {
              machine: t(`app.machine.${p.machine}` as 'app.machine.escort'),
              host: name(p.host),
              state: p.done
                ? t('app.seat.closed')
                : locale.words.describeState(p.state, locale.locale),
            })}
          </li>
        ))}
        {processes.length === 0 && <li className="xlog__empty">{t('app.inspector.none')}</li>}
      </ul>
    </section>
  );
}

function Knowledge() {
  const knows = useSeat((s) => s.state?.knows ?? {});
  const name = useSeatNames();
  const t = useT();
  const rows = Object.entries(knows).flatMap(([actor, items]) =>
    Object.entries(items).map(([info, since]) => ({ actor, info, since })),
  );
  return (
    <section className="panel xknows" aria-labelledby="xknows-title">
      <header className="panel__header">
        <h2 id="xknows-title">{t('app.seat.knows-title')}</h2>
      </header>
      <ul className="panel__body">
        {rows.map((r) => (
          <li key={`${r.actor}/${r.info}`}>
            {formatTime(r.since)} {t('app.seat.said', { who: name(r.actor), text: r.info })}
          </li>
        ))}
        {rows.length === 0 && <li className="xlog__empty">{t('app.seat.nothing')}</li>}
      </ul>
    </section>
  );
}
