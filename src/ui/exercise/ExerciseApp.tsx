// The exercise screens, one per role, fed by the host: EXCON's console (seats, moves, live
// injects, waiting decisions), a player's seat (the mesh with its actors marked, its log, its
// decisions), an evaluator's (everything, read-only, with observations) and the projector's
// common picture. The single-user app is not loaded here.
import { useCallback, useState } from 'react';
import { formatTime } from '../../core/index.ts';
import { translate } from '../../i18n/index.ts';
import { MeshGraphView } from '../graph/MeshGraphView';
import { useConnection, useSeat } from './context';
import { DecisionCard } from './DecisionCard';
import { ExerciseHotWash } from './ExerciseHotWash';
import { ExerciseLog } from './ExerciseLog';
import { InjectPanel } from './InjectPanel';
import { MselPanel } from './MselPanel';
import { ObservationForm } from './ObservationForm';
import { SeatList } from './SeatList';

const ROLE_NAMES = {
  excon: 'Exercise control',
  player: 'Player',
  evaluator: 'Evaluator',
  projector: 'Projector',
} as const;

export function ExerciseApp() {
  const refused = useSeat((s) => s.refused);
  const connected = useSeat((s) => s.connected);
  const state = useSeat((s) => s.state);
  const error = useSeat((s) => s.error);
  const [entry, setEntry] = useState<number | null>(null);
  const [hotwash, setHotwash] = useState(false);
  if (refused)
    return (
      <main className="xrefused">
        <h1>PeaceMesh exercise</h1>
        <p role="alert">{refused}</p>
        <p>Ask exercise control for a new join link.</p>
      </main>
    );
  if (!state)
    return (
      <main className="xrefused">
        <h1>PeaceMesh exercise</h1>
        <p>{connected ? 'Joining…' : 'Connecting to the exercise host…'}</p>
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
          {state.phase}
          {state.status === 'awaiting-decision' ? ' — decision waiting' : ''}
          {state.status === 'finished' ? ' — scenario complete' : ''}
        </span>
        <span className="xheader__seat">
          {ROLE_NAMES[role]}
          {role === 'player' ? `: ${state.seat.name} (${state.seat.actors.join(', ')})` : ''}
          {role === 'evaluator' ? `: ${state.seat.name}` : ''}
        </span>
        {(role === 'excon' || role === 'evaluator') && (
          <button type="button" className="xheader__hotwash" onClick={() => setHotwash(true)}>
            {translate('en', 'report.hotwash.open')}
          </button>
        )}
        <span className={connected ? 'xheader__link xheader__link--on' : 'xheader__link'}>
          {connected ? 'connected' : 'reconnecting…'}
        </span>
      </header>
      {error && (
        <p className="xerror" role="alert">
          {error}
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
  return (
    <nav className="xcontrols" aria-label="Exercise control">
      {state.phase === 'ready' && (
        <button type="button" onClick={() => c.send({ type: 'start' })}>
          Start exercise
        </button>
      )}
      {state.phase === 'running' && (
        <button type="button" onClick={() => c.send({ type: 'pause' })}>
          Pause
        </button>
      )}
      {state.phase === 'paused' && (
        <button type="button" onClick={() => c.send({ type: 'resume' })}>
          Resume
        </button>
      )}
      <button
        type="button"
        disabled={!running}
        onClick={() => c.send({ type: 'move', move: { to: 'next' } })}
      >
        Move to next inject or decision
      </button>
      <button
        type="button"
        disabled={!running}
        onClick={() => c.send({ type: 'move', move: { to: 'step' } })}
      >
        One step
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
          aria-label="Run until"
          size={8}
        />
        <button type="submit" disabled={!running}>
          Run until
        </button>
      </form>
      <a
        className="link-button"
        href={`/api/exercises/${encodeURIComponent(state.exercise)}/package?token=${encodeURIComponent(token)}`}
      >
        Export package
      </a>
      {state.phase !== 'ended' && (
        <button
          type="button"
          className="xcontrols__end"
          onClick={() => {
            if (confirm('End the exercise for every seat?')) c.send({ type: 'end' });
          }}
        >
          End exercise
        </button>
      )}
      <span
        className="xcontrols__hash"
        title="Log hash: a replay of the exported package gives the same"
      >
        step {state.step} · hash {state.hash}
      </span>
    </nav>
  );
}

function Mesh() {
  const graph = useSeat((s) => s.state?.graph);
  const onSelect = useCallback(() => {}, []);
  if (!graph) return null;
  return (
    <section className="panel xmesh" aria-label="Coordination mesh">
      <MeshGraphView
        view={graph}
        seed={1}
        onSelect={onSelect}
        label="Coordination mesh"
        className="xmesh__graph"
      />
    </section>
  );
}

function Processes() {
  const processes = useSeat((s) => s.state?.processes ?? []);
  return (
    <section className="panel xknows" aria-labelledby="xprocesses-title">
      <header className="panel__header">
        <h2 id="xprocesses-title">Your actors' processes</h2>
      </header>
      <ul className="panel__body">
        {processes.map((p) => (
          <li key={p.id}>
            <strong>{p.id}</strong> ({p.machine} at {p.host}): {p.done ? 'closed' : p.state}
          </li>
        ))}
        {processes.length === 0 && <li className="xlog__empty">None yet.</li>}
      </ul>
    </section>
  );
}

function Knowledge() {
  const knows = useSeat((s) => s.state?.knows ?? {});
  const rows = Object.entries(knows).flatMap(([actor, items]) =>
    Object.entries(items).map(([info, since]) => ({ actor, info, since })),
  );
  return (
    <section className="panel xknows" aria-labelledby="xknows-title">
      <header className="panel__header">
        <h2 id="xknows-title">What your actors know</h2>
      </header>
      <ul className="panel__body">
        {rows.map((r) => (
          <li key={`${r.actor}/${r.info}`}>
            {formatTime(r.since)} {r.actor}: {r.info}
          </li>
        ))}
        {rows.length === 0 && <li className="xlog__empty">Nothing yet.</li>}
      </ul>
    </section>
  );
}
