// EXCON's live injects: write one (information or incident, checked by the same rules as the
// single-user inject dialog), hold it until the next move or a chosen time, edit or withdraw it
// before it is delivered.
import { useState } from 'react';
import { formatTime, parseTimePoint, simEventSchema } from '../../core/index.ts';
import { checkInject, emptyDraft, type InjectDraft, type LiveKind } from '../../store/injects';
import { useConnection, useSeat } from './context';

export function InjectPanel() {
  const c = useConnection();
  const state = useSeat((s) => s.state);
  const [draft, setDraft] = useState<InjectDraft>(() => emptyDraft('information'));
  const [at, setAt] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  if (!state?.staged) return null;
  const actors = state.graph.nodes.map((n) => ({ id: n.id, name: n.label }));
  const areas = state.areas ?? [];
  const set = (patch: Partial<InjectDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const stage = () => {
    const id = `live-${state.step}-${state.staged!.length + 1}`;
    const check = checkInject(draft, {
      actors,
      areas,
      schema: simEventSchema as never,
      id,
    });
    const when = at.trim() === '' ? undefined : parseTimePoint(at.trim());
    if (at.trim() !== '' && when === undefined) {
      setProblems(['Write the delivery time as T+hh:mm, or leave it empty for the next move.']);
      return;
    }
    if (!check.ok) {
      setProblems(check.problems.map((p) => p.message));
      return;
    }
    setProblems([]);
    c.send({
      type: 'inject.stage',
      text: check.text,
      event: check.event,
      ...(when !== undefined ? { at: when } : {}),
    });
    setDraft(emptyDraft(draft.kind));
    setAt('');
  };
  return (
    <section className="panel xinjects" aria-labelledby="xinjects-title">
      <header className="panel__header">
        <h2 id="xinjects-title">Live injects</h2>
      </header>
      <ul className="panel__body xinjects__staged">
        {state.staged.map((s) => (
          <li key={s.id} data-testid={`staged-${s.id}`}>
            <span>{s.at === undefined ? 'next move' : formatTime(s.at)}</span> {s.text}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const text = prompt('Inject text', s.text);
                if (text && text.trim())
                  c.send({ type: 'inject.edit', inject: s.id, text: text.trim() });
              }}
            >
              Edit
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => c.send({ type: 'inject.withdraw', inject: s.id })}
            >
              Withdraw
            </button>
          </li>
        ))}
        {state.staged.length === 0 && (
          <li className="xlog__empty">No inject waiting for delivery.</li>
        )}
      </ul>
      <form
        className="xinjects__form"
        onSubmit={(e) => {
          e.preventDefault();
          stage();
        }}
      >
        <label>
          Kind{' '}
          <select
            value={draft.kind}
            onChange={(e) =>
              setDraft({ ...emptyDraft(e.target.value as LiveKind), text: draft.text })
            }
          >
            <option value="information">Information</option>
            <option value="incident">Incident</option>
          </select>
        </label>
        <label>
          Text{' '}
          <input
            value={draft.text}
            onChange={(e) => set({ text: e.target.value })}
            placeholder="What the players read or hear"
          />
        </label>
        <label>
          Summary <input value={draft.summary} onChange={(e) => set({ summary: e.target.value })} />
        </label>
        {draft.kind === 'information' ? (
          <>
            <label>
              From{' '}
              <select value={draft.from} onChange={(e) => set({ from: e.target.value })}>
                <option value="">—</option>
                {actors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.id}
                  </option>
                ))}
              </select>
            </label>
            <label>
              To{' '}
              <select
                multiple
                value={[...draft.to]}
                onChange={(e) => set({ to: Array.from(e.target.selectedOptions, (o) => o.value) })}
              >
                {actors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.id}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : (
          <>
            <label>
              Area{' '}
              <select value={draft.area} onChange={(e) => set({ area: e.target.value })}>
                <option value="">—</option>
                {areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Reported by{' '}
              <select
                value={draft.reportedBy}
                onChange={(e) => set({ reportedBy: e.target.value })}
              >
                <option value="">—</option>
                {actors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.id}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <label>
          Deliver at{' '}
          <input
            value={at}
            onChange={(e) => setAt(e.target.value)}
            placeholder="T+hh:mm (empty: next move)"
          />
        </label>
        <button type="submit">Hold for delivery</button>
        {problems.length > 0 && (
          <ul className="xinjects__problems" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </form>
    </section>
  );
}
