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
import { translate } from '../i18n/index.ts';
import { clock, entryText, pageLocale, span } from '../store';
import { useApp, useController } from './context';
import { ObservationForm } from './ObservationForm';

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

const RATINGS: ReadonlyArray<readonly [Rating, string]> = [
  ['P', 'P — performed without challenges'],
  ['S', 'S — performed with some challenges'],
  ['M', 'M — performed with major challenges'],
  ['U', 'U — unable to be performed'],
];

const STATUS = { met: 'met', 'not-met': 'not met', 'no-data': 'no data' } as const;

function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function metricText(value: number | null, unit: 'count' | 'minutes' | 'share'): string {
  if (value === null) return '—';
  if (unit === 'minutes') return span(value);
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  return String(Math.round(value * 100) / 100);
}

export function HotWash() {
  const open = useApp((s) => s.hotwashOpen);
  return open ? <HotWashDialog /> : null;
}

function HotWashDialog() {
  const c = useController();
  const d = useApp((s) => s.hotwash);
  const busy = useApp((s) => s.busy);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
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
    c.notify(`Saved ${r.fileName}`);
  };

  return (
    <dialog
      ref={ref}
      className="dialog hotwash"
      aria-labelledby={`${id}-title`}
      onClose={() => c.closeHotWash()}
    >
      <header className="dialog__header">
        <h2 id={`${id}-title`}>Hot wash{d ? ` at ${clock(d.time)}` : ''}</h2>
        <button type="button" className="button" disabled={!d} onClick={() => void report('html')}>
          Report (HTML)
        </button>
        <button type="button" className="button" disabled={!d} onClick={() => void report('md')}>
          Report (Markdown)
        </button>
        <button type="button" className="button" disabled={!d} onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="button" onClick={() => c.closeHotWash()}>
          Close
        </button>
      </header>
      {!d ? (
        <p role="status">{busy ? `${busy.label}…` : 'Preparing the hot wash…'}</p>
      ) : (
        <div className="hotwash__body">
          <p className="muted">
            {d.scenario.title} · {d.structure.name} · seed {d.seed} ·{' '}
            {d.finished ? 'the exercise has ended' : `up to ${clock(d.time)}`}. What your team did,
            and what the doctrine would have done: the doctrine-only run plays the same scenario,
            structure and seed with every decision left to its machine.
          </p>
          <HotWashBody d={d} actions={actions} />
        </div>
      )}
    </dialog>
  );
}

function Decisions({ d }: { d: Debrief }) {
  const { describe: entryText } = useHotWash();
  const name = (id: string) => d.scenario.actors.find((a) => a.id === id)?.name ?? id;
  return (
    <section aria-labelledby="hw-decisions">
      <h3 id="hw-decisions">Decisions beside the doctrinal baseline</h3>
      {d.decisions.length === 0 ? (
        <p className="muted">No decision yet.</p>
      ) : (
        <table className="hotwash__table">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>What was decided</th>
              <th>Doctrine-only run (and its rule)</th>
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
                      {translate(pageLocale(), 'report.hotwash.played-by', { seat: r.seat })}
                    </span>
                  )}
                </td>
                <td>{r.kind === 'decision-point' ? r.choice : entryText(r.entry)}</td>
                <td>
                  {r.kind === 'decision-point'
                    ? r.baselineChoice
                    : r.kind === 'played' && r.entry.kind === 'decision.played'
                      ? translate(pageLocale(), 'report.decision.doctrine', {
                          doctrine: r.entry.params.doctrine,
                          area: r.entry.params.area ?? '',
                          to: r.entry.params.to ?? '',
                        })
                      : r.baselineEntry
                        ? entryText(r.baselineEntry) === entryText(r.entry)
                          ? 'the same'
                          : `${entryText(r.baselineEntry)} (${clock(r.baselineEntry.time)})`
                        : 'not reached'}
                  {r.differs && <strong className="hotwash__differs"> differs</strong>}
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
  return (
    <section aria-labelledby="hw-objectives">
      <h3 id="hw-objectives">Objectives</h3>
      {d.objectives.map((o) => (
        <div key={o.id} className="hotwash__objective" data-objective={o.id}>
          <h4>
            {o.id}: {o.text}
          </h4>
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
                  <th>Critical task</th>
                  <th>Measure</th>
                  <th>Observed</th>
                  <th>Result</th>
                </tr>
              </thead>
              <tbody>
                {o.tasks.flatMap((t, ti) =>
                  t.byEvaluator ? (
                    <tr key={ti}>
                      <td>{t.text}</td>
                      <td className="muted">left to the evaluator</td>
                      <td />
                      <td />
                    </tr>
                  ) : (
                    t.measures.map((m, mi) => (
                      <tr key={`${ti}-${mi}`}>
                        <td>{mi === 0 ? t.text : ''}</td>
                        <td>{m.text}</td>
                        <td
                          title={[
                            ...m.details,
                            ...(m.entries ?? []).map(
                              (e) => `${clock(e.time)} ${e.ref ?? e.actor}: ${entryText(e)}`,
                            ),
                          ].join('\n')}
                        >
                          {m.observed}
                        </td>
                        <td className={`measure--${m.status}`}>{STATUS[m.status]}</td>
                      </tr>
                    ))
                  ),
                )}
              </tbody>
            </table>
          )}
          {o.observations.length > 0 && (
            <ul className="hotwash__evidence" aria-label={`Observations on ${o.id}`}>
              {o.observations.map((x) => (
                <li key={x.id}>
                  {clock(x.time)} {x.kind === 'strength' ? 'Strength' : 'Improvement'}: {x.text}
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
  const id = useId();
  const [text, setText] = useState(rationale);
  if (!rate)
    return (
      <p className="hotwash__rating">
        {translate(pageLocale(), 'report.hotwash.rating', {
          rating:
            RATINGS.find(([r]) => r === rating)?.[1] ??
            translate(pageLocale(), 'report.hotwash.not-rated'),
        })}
        {rationale && ` — ${rationale}`}
      </p>
    );
  return (
    <div className="hotwash__rating">
      <label className="field" htmlFor={`${id}-rating`}>
        <span className="field__label">Rating</span>
        <select
          id={`${id}-rating`}
          aria-label={`Rating of ${objective}`}
          value={rating ?? ''}
          onChange={(e) => rate(objective, (e.target.value || null) as Rating | null, text)}
        >
          <option value="">not rated</option>
          {RATINGS.map(([r, label]) => (
            <option key={r} value={r}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field hotwash__rationale" htmlFor={`${id}-why`}>
        <span className="field__label">Rationale</span>
        <textarea
          id={`${id}-why`}
          rows={1}
          aria-label={`Rationale for ${objective}`}
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
  const name = (id?: string) =>
    id ? (d.scenario.actors.find((a) => a.id === id)?.name ?? id) : '';
  return (
    <section aria-labelledby="hw-observations">
      <h3 id="hw-observations">Observations</h3>
      {d.observations.length === 0 ? (
        <p className="muted">None recorded yet.</p>
      ) : (
        <ul className="hotwash__observations">
          {d.observations.map((o) => (
            <li key={o.id} className={`observation observation--${o.kind}`}>
              <span>
                {clock(o.time)}{' '}
                <strong>{o.kind === 'strength' ? 'Strength' : 'Improvement'}</strong>: {o.text}{' '}
                <span className="muted">
                  {[
                    name(o.actor),
                    o.objective,
                    o.entrySeq !== undefined ? `log #${o.entrySeq}` : '',
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
                  aria-label={`Delete observation ${o.id}`}
                  onClick={() => deleteObservation(o.id)}
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {observationForm && (
        <details className="hotwash__add">
          <summary>Record an observation</summary>
          {observationForm}
        </details>
      )}
    </section>
  );
}

function Metrics({ d }: { d: Debrief }) {
  return (
    <section aria-labelledby="hw-metrics">
      <h3 id="hw-metrics">Metrics against the doctrine-only run</h3>
      <table className="hotwash__table hotwash__metrics">
        <thead>
          <tr>
            <th>Metric</th>
            <th>This run</th>
            <th>Doctrine-only run</th>
          </tr>
        </thead>
        <tbody>
          {d.metrics.map((m) => {
            const differs = m.run !== m.baseline && m.baseline !== null;
            return (
              <tr key={m.key} className={differs ? 'is-different' : ''}>
                <td>{m.label}</td>
                <td>{metricText(m.run, m.unit)}</td>
                <td>{metricText(m.baseline, m.unit)}</td>
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
  return (
    <section aria-labelledby="hw-events">
      <h3 id="hw-events">Key events</h3>
      <details>
        <summary>{d.keyEvents.length} injects, decisions and outcomes</summary>
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
  return (
    <section aria-labelledby="hw-plan">
      <h3 id="hw-plan">Improvement plan</h3>
      {d.plan.length > 0 && (
        <table className="hotwash__table hotwash__plan">
          <thead>
            <tr>
              <th>Objective</th>
              <th>Corrective action</th>
              <th>Capability</th>
              <th>Owner</th>
              <th>Due</th>
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
      {d.plan.length === 0 && !addPlanAction && (
        <p className="muted">{translate(pageLocale(), 'report.plan.none')}</p>
      )}
      {addPlanAction && (
        <button type="button" className="button" onClick={() => addPlanAction()}>
          Add a corrective action
        </button>
      )}
    </section>
  );
}

function PlanRow({ d, action }: { d: Debrief; action: ImprovementAction }) {
  const { updatePlanAction, removePlanAction } = useHotWash();
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
        aria-label={`${label} (${action.id})`}
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
          aria-label={`Objective (${action.id})`}
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
      {text('action', 'Corrective action')}
      {text('capability', 'Capability')}
      {text('owner', 'Owner')}
      {text('due', 'Due', 'date')}
      <td>
        <button
          type="button"
          className="button button--small"
          aria-label={`Remove action ${action.id}`}
          onClick={() => removePlanAction?.(action.id)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
