// An evaluator's observation: a strength or an area for improvement, tied to an objective, an
// actor or a log entry when the evaluator says so. Recorded in the exercise journal.
import { useState } from 'react';
import { formatTime } from '../../core/index.ts';
import { useT } from '../i18n';
import { useConnection, useSeat } from './context';

export function ObservationForm({ entry, onClear }: { entry: number | null; onClear(): void }) {
  const c = useConnection();
  const state = useSeat((s) => s.state);
  const [kind, setKind] = useState<'strength' | 'improvement'>('strength');
  const [text, setText] = useState('');
  const [objective, setObjective] = useState('');
  const [actor, setActor] = useState('');
  const t = useT();
  if (!state) return null;
  const submit = () => {
    if (!text.trim()) return;
    c.send({
      type: 'observe',
      kind,
      text: text.trim(),
      ...(entry !== null ? { entrySeq: entry } : {}),
      ...(objective ? { objective } : {}),
      ...(actor ? { actor } : {}),
    });
    setText('');
    onClear();
  };
  return (
    <section className="panel xobserve" aria-labelledby="xobserve-title">
      <header className="panel__header">
        <h2 id="xobserve-title">{t('app.observe.list')}</h2>
      </header>
      <form
        className="xobserve__form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="segmented" role="group" aria-label={t('app.observe.kind')}>
          <button
            type="button"
            aria-pressed={kind === 'strength'}
            onClick={() => setKind('strength')}
          >
            {t('app.observe.strength')}
          </button>
          <button
            type="button"
            aria-pressed={kind === 'improvement'}
            onClick={() => setKind('improvement')}
          >
            {t('app.observe.improvement')}
          </button>
        </div>
        {entry !== null && (
          <p>
            {t('app.xobserve.about', { seq: entry })}{' '}
            <button type="button" className="link-button" onClick={onClear}>
              {t('app.xobserve.clear')}
            </button>
          </p>
        )}
        <label>
          {t('app.observe.objective')}{' '}
          <select value={objective} onChange={(e) => setObjective(e.target.value)}>
            <option value="">—</option>
            {(state.objectives ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.id}: {o.text}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('app.observe.actor')}{' '}
          <select value={actor} onChange={(e) => setActor(e.target.value)}>
            <option value="">—</option>
            {state.graph.nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
        </label>
        <label className="xobserve__text">
          {t('app.xobserve.text')}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} />
        </label>
        <button type="submit">{t('app.xobserve.record')}</button>
      </form>
      <ul className="panel__body xobserve__list">
        {(state.observations ?? [])
          .slice()
          .reverse()
          .map((o) => (
            <li key={o.id} data-testid="observation">
              <span className={`xobserve__kind xobserve__kind--${o.kind}`}>
                {t(`app.observe.kind.${o.kind}`)}
              </span>{' '}
              {formatTime(o.time)} {t('app.seat.said', { who: o.author, text: o.text })}
              {o.objective ? ` (${o.objective})` : ''}
            </li>
          ))}
      </ul>
    </section>
  );
}
