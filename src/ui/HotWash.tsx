// The hot wash: at the end of the exercise or after any move, what the team did beside what
// the doctrine would have done — decisions against the doctrinal baseline, objectives with
// their measures and ratings, observations, metrics against the doctrine-only run, the key
// events — and the improvement plan, editable before the report is downloaded.
// `HotWashBody` is the debrief itself, shared by the single-user app's dialog (below) and the
// exercise host's hot wash (EXCON and evaluators): each gives it what its user may change.
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Debrief, ImprovementAction, LogEntry, Rating } from '../core/index.ts';
import { detailText, measureText, observedText } from '../i18n/words.ts';
import { clock, entryText } from '../store';
import { useApp, useController } from './context';
import { useLocale, useT, type Translate } from './i18n';
import { ObservationForm } from './ObservationForm';
import { saveFile } from './saveFile';

/** What the reader of a hot wash may change; an absent action is shown read-only. */
export interface HotWashActions {
  /** A log entry in words (the app's renderer, or the exercise seat's). */
  readonly describe: (entry: LogEntry) => string;
  readonly rate?: (objective: string, rating: Rating | null, rationale: string) => void;
  readonly deleteObservation?: (id: string) => void;
  readonly addPlanAction?: () => void;
  readonly updatePlanAction?: (id: string, change: Partial<Omit<ImprovementAction, 'id'>>) => void;
  readonly removePlanAction?: (id: string) => void;
  /** A form to record an observation, shown under the observations. */
  readonly observationForm?: ReactNode;
}

const HotWashContext = createContext<HotWashActions>({ describe: () => '' });
const useHotWash = () => useContext(HotWashContext);

/** The debrief's sections, in the order a facilitator walks through them. */
export function HotWashBody({ d, actions }: { d: Debrief; actions: HotWashActions }) {
  return (
    <HotWashContext value={actions}>
      <Decisions d={d} />
      <Objectives d={d} />
      <Observations d={d} />
      <Metrics d={d} />
      <KeyEvents d={d} />
      <Plan d={d} />
    </HotWashContext>
  );
}

const RATINGS: readonly Rating[] = ['P', 'S', 'M', 'U'];

/** "S — Performed with some challenges". */
const ratingText = (t: Translate, r: Rating): string => `${r} — ${t(`report.rating.${r}`)}`;

function download(fileName: string, text: string, type: string): void {
  saveFile(fileName, new Blob([text], { type }));
}

export function HotWash() {
  const open = useApp((s) => s.hotwashOpen);
  return open ? <HotWashDialog /> : null;
}

export function HotWashDialog() {
  const c = useController();
  const d = useApp((s) => s.hotwash);
  const busy = useApp((s) => s.busy);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const t = useT();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // jsdom
  }, []);

  const actions: HotWashActions = {
    describe: (e) => entryText(e),
    rate: (objective, rating, rationale) => c.rate(objective, rating, rationale),
    deleteObservation: (id) => c.deleteObservation(id),
    addPlanAction: () => c.addPlanAction(),
    updatePlanAction: (id, change) => c.updatePlanAction(id, change),
    removePlanAction: (id) => c.removePlanAction(id),
    observationForm: <ObservationForm />,
  };

  const report = async (format: 'md' | 'html') => {
    const r = await c.report(format);
    if (!r) return;
    download(r.fileName, r.text, format === 'md' ? 'text/markdown' : 'text/html');
    c.notify(t('report.hotwash.saved', { file: r.fileName }));
  };

  return (
    <dialog
      ref={ref}
      className="dialog hotwash"
      aria-labelledby={`${id}-title`}
      onClose={() => c.closeHotWash()}
    >
      <header className="dialog__header">
        <h2 id={`${id}-title`}>
          {d ? t('report.hotwash.title', { time: clock(d.time) }) : t('report.hotwash.open')}
        </h2>
        <button type="button" className="button" disabled={!d} onClick={() => void report('html')}>
          {t('report.hotwash.download', { format: 'HTML' })}
        </button>
        <button type="button" className="button" disabled={!d} onClick={() => void report('md')}>
          {t('report.hotwash.download', { format: 'Markdown' })}
        </button>
        <button type="button" className="button" disabled={!d} onClick={() => window.print()}>
          {t('app.hotwash.print')}
        </button>
        <button type="button" className="button" onClick={() => c.closeHotWash()}>
          {t('app.close')}
        </button>
      </header>
      {!d ? (
        <p role="status">{busy ? `${busy.label}…` : t('report.hotwash.loading')}</p>
      ) : (
        <div className="hotwash__body">
          <p className="muted">
            {t('report.hotwash.intro', {
              title: d.scenario.title,
              structure: d.structure.name,
              seed: d.seed,
              finished: d.finished,
              time: clock(d.time),
            })}
          </p>
          <HotWashBody d={d} actions={actions} />
        </div>
      )}
    </dialog>
  );
}

function Decisions({ d }: { d: Debrief }) {
  const { describe: entryText } = useHotWash();
  const t = useT();
  const name = (id: string) => d.scenario.actors.find((a) => a.id === id)?.name ?? id;
  return (
    <section aria-labelledby="hw-decisions">
      <h3 id="hw-decisions">{t('app.hotwash.decisions')}</h3>
      {d.decisions.length === 0 ? (
        <p className="muted">{t('app.hotwash.no-decision')}</p>
      ) : (
        <table className="hotwash__table">
          <thead>
            <tr>
              <th>{t('report.col.when')}</th>
              <th>{t('app.hotwash.who')}</th>
              <th>{t('app.hotwash.what')}</th>
              <th>{t('app.hotwash.baseline')}</th>
            </tr>
          </thead>
          <tbody>
            {d.decisions.map((r) => (
              <tr key={`${r.ref}-${r.entry.seq}`} className={r.differs ? 'is-different' : ''}>
                <td>{clock(r.time)}</td>
                <td>
                  {name(r.by)}
                  {r.seat && (
                    <span className="hotwash__rule">
                      {t('report.hotwash.played-by', { seat: r.seat })}
                    </span>
                  )}
                </td>
                <td>{r.kind === 'decision-point' ? r.choice : entryText(r.entry)}</td>
                <td>
                  {r.kind === 'decision-point'
                    ? r.baselineChoice
                    : r.kind === 'played' && r.entry.kind === 'decision.played'
                      ? t('report.decision.doctrine', {
                          doctrine: r.entry.params.doctrine,
                          area: r.entry.params.area ?? '',
                          to: r.entry.params.to ?? '',
                        })
                      : r.baselineEntry
                        ? entryText(r.baselineEntry) === entryText(r.entry)
                          ? t('report.decision.same')
                          : `${entryText(r.baselineEntry)} (${clock(r.baselineEntry.time)})`
                        : t('app.hotwash.not-reached')}
                  {r.differs && (
                    <strong className="hotwash__differs"> {t('app.hotwash.differs')}</strong>
                  )}
                  {r.rule && <span className="hotwash__rule">{r.rule}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Objectives({ d }: { d: Debrief }) {
  const { describe: entryText } = useHotWash();
  const locale = useLocale();
  const { t } = locale;
  return (
    <section aria-labelledby="hw-objectives">
      <h3 id="hw-objectives">{t('report.objectives')}</h3>
      {d.objectives.map((o) => (
        <div key={o.id} className="hotwash__objective" data-objective={o.id}>
          <h4>{t('app.hotwash.objective', { id: o.id, text: o.text })}</h4>
          <RatingField
            // Remounted when the rationale changes elsewhere (another seat, a refetch).
            key={o.rating?.rationale ?? ''}
            objective={o.id}
            rating={o.rating?.rating ?? null}
            rationale={o.rating?.rationale ?? ''}
          />
          {o.tasks.length > 0 && (
            <table className="hotwash__table">
              <thead>
                <tr>
                  <th>{t('report.col.task')}</th>
                  <th>{t('report.col.measure')}</th>
                  <th>{t('report.col.observed')}</th>
                  <th>{t('report.col.result')}</th>
                </tr>
              </thead>
              <tbody>
                {o.tasks.flatMap((task, ti) =>
                  task.byEvaluator ? (
                    <tr key={ti}>
                      <td>{task.text}</td>
                      <td className="muted">{t('report.left-to-evaluator')}</td>
                      <td />
                      <td />
                    </tr>
                  ) : (
                    task.measures.map((m, mi) => (
                      <tr key={`${ti}-${mi}`}>
                        <td>{mi === 0 ? task.text : ''}</td>
                        <td>{measureText(m.wording, locale.locale)}</td>
                        <td
                          title={[
                            ...m.details.map((x) => detailText(x, locale.locale)),
                            ...(m.entries ?? []).map(
                              (e) => `${clock(e.time)} ${e.ref ?? e.actor}: ${entryText(e)}`,
                            ),
                          ].join('\n')}
                        >
                          {observedText(m.observed, locale.locale)}
                        </td>
                        <td className={`measure--${m.status}`}>{t(`report.status.${m.status}`)}</td>
                      </tr>
                    ))
                  ),
                )}
              </tbody>
            </table>
          )}
          {o.observations.length > 0 && (
            <ul
              className="hotwash__evidence"
              aria-label={t('app.hotwash.observations-on', { objective: o.id })}
            >
              {o.observations.map((x) => (
                <li key={x.id}>
                  {clock(x.time)}{' '}
                  {t('app.seat.said', { who: t(`report.kind.${x.kind}`), text: x.text })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

function RatingField({
  objective,
  rating,
  rationale,
}: {
  objective: string;
  rating: Rating | null;
  rationale: string;
}) {
  const { rate } = useHotWash();
  const t = useT();
  const id = useId();
  const [text, setText] = useState(rationale);
  if (!rate)
    return (
      <p className="hotwash__rating">
        {t('report.hotwash.rating', {
          rating: rating ? ratingText(t, rating) : t('report.hotwash.not-rated'),
        })}
        {rationale && ` — ${rationale}`}
      </p>
    );
  return (
    <div className="hotwash__rating">
      <label className="field" htmlFor={`${id}-rating`}>
        <span className="field__label">{t('app.hotwash.rating')}</span>
        <select
          id={`${id}-rating`}
          aria-label={t('app.hotwash.rating-of', { objective })}
          value={rating ?? ''}
          onChange={(e) => rate(objective, (e.target.value || null) as Rating | null, text)}
        >
          <option value="">{t('report.hotwash.not-rated')}</option>
          {RATINGS.map((r) => (
            <option key={r} value={r}>
              {ratingText(t, r)}
            </option>
          ))}
        </select>
      </label>
      <label className="field hotwash__rationale" htmlFor={`${id}-why`}>
        <span className="field__label">{t('app.hotwash.rationale')}</span>
        <textarea
          id={`${id}-why`}
          rows={1}
          aria-label={t('app.hotwash.rationale-for', { objective })}
          value={text}
          disabled={rating === null}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => rating !== null && text !== rationale && rate(objective, rating, text)}
        />
      </label>
    </div>
  );
}

function Observations({ d }: { d: Debrief }) {
  const { deleteObservation, observationForm } = useHotWash();
  const t = useT();
  const name = (id?: string) =>
    id ? (d.scenario.actors.find((a) => a.id === id)?.name ?? id) : '';
  return (
    <section aria-labelledby="hw-observations">
      <h3 id="hw-observations">{t('app.observe.list')}</h3>
      {d.observations.length === 0 ? (
        <p className="muted">{t('app.hotwash.none-yet')}</p>
      ) : (
        <ul className="hotwash__observations">
          {d.observations.map((o) => (
            <li key={o.id} className={`observation observation--${o.kind}`}>
              <span>
                {clock(o.time)} <strong>{t(`report.kind.${o.kind}`)}</strong>
                {t('app.colon')}
                {o.text}{' '}
                <span className="muted">
                  {[
                    name(o.actor),
                    o.objective,
                    o.entrySeq !== undefined ? t('report.log-entry', { seq: o.entrySeq }) : '',
                    o.author,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              {deleteObservation && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('app.hotwash.delete-observation', { id: o.id })}
                  onClick={() => deleteObservation(o.id)}
                >
                  {t('app.hotwash.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {observationForm && (
        <details className="hotwash__add">
          <summary>{t('app.observe.title')}</summary>
          {observationForm}
        </details>
      )}
    </section>
  );
}

function Metrics({ d }: { d: Debrief }) {
  const { t, metric } = useLocale();
  return (
    <section aria-labelledby="hw-metrics">
      <h3 id="hw-metrics">{t('report.metrics')}</h3>
      <table className="hotwash__table hotwash__metrics">
        <thead>
          <tr>
            <th>{t('report.col.metric')}</th>
            <th>{t('report.col.run')}</th>
            <th>{t('report.col.doctrine')}</th>
          </tr>
        </thead>
        <tbody>
          {d.metrics.map((m) => {
            const differs = m.run !== m.baseline && m.baseline !== null;
            return (
              <tr key={m.key} className={differs ? 'is-different' : ''}>
                <td>{t(`metric.${m.key}`)}</td>
                <td>{metric(m.run, m.unit)}</td>
                <td>{metric(m.baseline, m.unit)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function KeyEvents({ d }: { d: Debrief }) {
  const { describe: entryText } = useHotWash();
  const t = useT();
  return (
    <section aria-labelledby="hw-events">
      <h3 id="hw-events">{t('app.hotwash.key-events')}</h3>
      <details>
        <summary>{t('app.hotwash.key-events-count', { count: d.keyEvents.length })}</summary>
        <ol className="hotwash__events">
          {d.keyEvents.map((e) => (
            <li key={e.seq}>
              <span className="hotwash__time">{clock(e.time)}</span> {entryText(e)}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function Plan({ d }: { d: Debrief }) {
  const { addPlanAction, updatePlanAction } = useHotWash();
  const t = useT();
  return (
    <section aria-labelledby="hw-plan">
      <h3 id="hw-plan">{t('report.plan')}</h3>
      {d.plan.length > 0 && (
        <table className="hotwash__table hotwash__plan">
          <thead>
            <tr>
              <th>{t('app.observe.objective')}</th>
              <th>{t('report.col.action')}</th>
              <th>{t('report.col.capability')}</th>
              <th>{t('report.col.owner')}</th>
              <th>{t('report.col.due')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {d.plan.map((a) =>
              updatePlanAction ? (
                <PlanRow key={a.id} d={d} action={a} />
              ) : (
                <tr key={a.id}>
                  <td>{a.objective ?? '—'}</td>
                  <td>{a.action}</td>
                  <td>{a.capability}</td>
                  <td>{a.owner}</td>
                  <td>{a.due}</td>
                  <td />
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {d.plan.length === 0 && !addPlanAction && <p className="muted">{t('report.plan.none')}</p>}
      {addPlanAction && (
        <button type="button" className="button" onClick={() => addPlanAction()}>
          {t('app.hotwash.add-action')}
        </button>
      )}
    </section>
  );
}

function PlanRow({ d, action }: { d: Debrief; action: ImprovementAction }) {
  const { updatePlanAction, removePlanAction } = useHotWash();
  const t = useT();
  const [draft, setDraft] = useState(action);
  const commit = () => {
    if (JSON.stringify(draft) === JSON.stringify(action)) return;
    // Only what changed: an exercise host journals the change, not the whole row.
    const change: Partial<Omit<ImprovementAction, 'id'>> = {};
    for (const key of ['objective', 'issue', 'action', 'capability', 'owner', 'due'] as const)
      if (draft[key] !== action[key] && draft[key] !== undefined) change[key] = draft[key];
    updatePlanAction?.(action.id, change);
  };
  const text = (key: 'action' | 'capability' | 'owner' | 'due', label: string, type = 'text') => (
    <td>
      <input
        type={type}
        aria-label={t('app.hotwash.field-of', { field: label, id: action.id })}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        onBlur={commit}
      />
    </td>
  );
  return (
    <tr>
      <td>
        <select
          aria-label={t('app.hotwash.field-of', {
            field: t('app.observe.objective'),
            id: action.id,
          })}
          value={draft.objective ?? ''}
          onChange={(e) => {
            const next = { ...draft, objective: e.target.value };
            setDraft(next);
            updatePlanAction?.(action.id, { objective: e.target.value });
          }}
        >
          <option value="">—</option>
          {d.scenario.objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.id}
            </option>
          ))}
        </select>
      </td>
      {text('action', t('report.col.action'))}
      {text('capability', t('report.col.capability'))}
      {text('owner', t('report.col.owner'))}
      {text('due', t('report.col.due'), 'date')}
      <td>
        <button
          type="button"
          className="button button--small"
          aria-label={t('app.hotwash.remove-action', { id: action.id })}
          onClick={() => removePlanAction?.(action.id)}
        >
          {t('app.hotwash.remove')}
        </button>
      </td>
    </tr>
  );
}
