// Recording an observation: a strength or an area for improvement, tied to the current time,
// the log entry selected in the event log, an actor and an objective. Used in its own dialog (during play)
// and inside the hot wash.
import { useId, useState, type FormEvent } from 'react';
import { clock, emptyObservationDraft, type ObservationDraft } from '../store';
import { useApp, useController } from './context';
import { useT } from './i18n';

export function ObservationForm({ onDone }: { onDone?: () => void }) {
  const c = useController();
  const scenario = useApp((s) => s.scenario);
  const time = useApp((s) => s.time);
  const selected = useApp((s) => s.selected);
  // The log entry selected in the event log (shown whole in the inspector).
  const entry = useApp((s) => s.entry);
  const selectedEntry = entry?.seq ?? null;
  const evaluator = useApp((s) => s.evaluator);
  const id = useId();
  const t = useT();
  const [draft, setDraft] = useState<ObservationDraft>(() =>
    emptyObservationDraft(evaluator, selected ?? ''),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof ObservationDraft>(key: K, value: ObservationDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = c.recordObservation(draft);
    setProblem(result);
    if (result === null) {
      c.setEvaluator(draft.author);
      setDraft(emptyObservationDraft(draft.author, draft.actor));
      onDone?.();
    }
  };

  return (
    <form className="observation-form" onSubmit={submit} aria-label={t('app.observe.title')}>
      <p className="muted">
        <strong>{t('app.observe.at', { at: clock(time) })}</strong>
        {entry && selectedEntry !== null ? (
          <>
            {' · '}
            {t('app.observe.entry', { seq: selectedEntry })} <q>{entry.text}</q>
          </>
        ) : (
          <>
            {' · '}
            {t('app.observe.no-entry')}
          </>
        )}
      </p>
      <fieldset className="observation-form__kind">
        <legend>{t('app.observe.kind')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={draft.kind === 'strength'}
            onChange={() => set('kind', 'strength')}
          />{' '}
          {t('app.observe.strength')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={draft.kind === 'improvement'}
            onChange={() => set('kind', 'improvement')}
          />{' '}
          {t('app.observe.improvement')}
        </label>
      </fieldset>
      <label className="field" htmlFor={`${id}-text`}>
        <span className="field__label">{t('app.observe.text')}</span>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={draft.text}
          aria-invalid={problem !== null}
          onChange={(e) => set('text', e.target.value)}
        />
      </label>
      <div className="observation-form__row">
        <label className="field" htmlFor={`${id}-objective`}>
          <span className="field__label">{t('app.observe.objective')}</span>
          <select
            id={`${id}-objective`}
            value={draft.objective}
            onChange={(e) => set('objective', e.target.value)}
          >
            <option value="">—</option>
            {scenario?.objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.id}: {o.text}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-actor`}>
          <span className="field__label">{t('app.observe.actor')}</span>
          <select
            id={`${id}-actor`}
            value={draft.actor}
            onChange={(e) => set('actor', e.target.value)}
          >
            <option value="">—</option>
            {scenario?.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-author`}>
          <span className="field__label">{t('app.observe.evaluator')}</span>
          <input
            id={`${id}-author`}
            type="text"
            value={draft.author}
            onChange={(e) => set('author', e.target.value)}
          />
        </label>
      </div>
      <label className="observation-form__tie">
        <input
          type="checkbox"
          checked={draft.tieToEntry}
          disabled={selectedEntry === null}
          onChange={(e) => set('tieToEntry', e.target.checked)}
        />{' '}
        {t('app.observe.tie')}
      </label>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="observation-form__buttons">
        <button type="submit" className="button button--primary">
          {t('app.observe.record')}
        </button>
      </div>
    </form>
  );
}
