// EXCON's live injects: write one (information or incident, checked by the same rules as the
// single-user inject dialog), hold it until the next move or a chosen time, edit or withdraw it
// before it is delivered.
import { useState } from 'react';
import { formatTime, parseTimePoint, simEventSchema } from '../../core/index.ts';
import { checkInject, emptyDraft, type InjectDraft, type LiveKind } from '../../store/injects';
import { useT } from '../i18n';
import { useConnection, useSeat } from './context';

export function InjectPanel() {
  const c = useConnection();
  const state = useSeat((s) => s.state);
  const [draft, setDraft] = useState<InjectDraft>(() => emptyDraft('information'));
  const [at, setAt] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const t = useT();
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
      setProblems([t('app.xinject.bad-time')]);
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
        <h2 id="xinjects-title">{t('app.xinject.title')}</h2>
      </header>
      <ul className="panel__body xinjects__staged">
        {state.staged.map((s) => (
          <li key={s.id} data-testid={`staged-${s.id}`}>
            <span>{s.at === undefined ? t('app.xinject.next-move') : formatTime(s.at)}</span>{' '}
            {s.text}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const text = prompt(t('app.xinject.text'), s.text);
                if (text && text.trim())
                  c.send({ type: 'inject.edit', inject: s.id, text: text.trim() });
              }}
            >
              {t('app.xinject.edit')}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => c.send({ type: 'inject.withdraw', inject: s.id })}
            >
              {t('app.xinject.withdraw')}
            </button>
          </li>
        ))}
        {state.staged.length === 0 && <li className="xlog__empty">{t('app.xinject.none')}</li>}
      </ul>
      <form
        className="xinjects__form"
        onSubmit={(e) => {
          e.preventDefault();
          stage();
        }}
      >
        <label>
          {t('app.xinject.kind')}{' '}
          <select
            value={draft.kind}
            onChange={(e) =>
              setDraft({ ...emptyDraft(e.target.value as LiveKind), text: draft.text })
            }
          >
            <option value="information">{t('app.inject.kind.information')}</option>
            <option value="incident">{t('app.inject.kind.incident')}</option>
          </select>
        </label>
        <label>
          {t('app.xinject.text')}{' '}
          <input
            value={draft.text}
            onChange={(e) => set({ text: e.target.value })}
            placeholder={t('app.xinject.text-placeholder')}
          />
        </label>
        <label>
          {t('app.xinject.summary')}{' '}
          <input value={draft.summary} onChange={(e) => set({ summary: e.target.value })} />
        </label>
        {draft.kind === 'information' ? (
          <>
            <label>
              {t('app.xinject.from')}{' '}
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
              {t('app.xinject.to')}{' '}
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
              {t('app.xinject.area')}{' '}
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
              {t('app.xinject.reported-by')}{' '}
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
          {t('app.xinject.at')}{' '}
          <input
            value={at}
            onChange={(e) => setAt(e.target.value)}
            placeholder={t('app.xinject.at-placeholder')}
          />
        </label>
        <button type="submit">{t('app.xinject.hold')}</button>
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
