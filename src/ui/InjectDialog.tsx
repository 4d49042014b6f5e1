// Exercise control (EXCON): push a live inject at the current time of the run, as a trainer
// does during a tabletop. The form shows the scenario's names and stores its ids; the
// RunController checks the draft (plain words first, then core's schema) and pushes it, so
// this component holds nothing but the draft. Playback is paused while the dialog is open.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  clock,
  emptyDraft,
  LIVE_KINDS,
  type InjectDraft,
  type InjectField,
  type InjectProblem,
  type LiveKind,
} from '../store';
import { useApp, useController } from './context';

export function InjectDialog() {
  const open = useApp((s) => s.injectOpen);
  return open ? <InjectForm /> : null;
}

type SetField = <K extends keyof InjectDraft>(key: K, value: InjectDraft[K]) => void;

function InjectForm() {
  const c = useController();
  const scenario = useApp((s) => s.scenario);
  const branchId = useApp((s) => s.branchId);
  const branchCount = useApp((s) => s.branches.length);
  // Re-read whenever what decides the time or the blocking reason changes.
  useApp((s) => s.time);
  useApp((s) => s.status);
  const busy = useApp((s) => s.busy !== null);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [draft, setDraft] = useState<InjectDraft>(() => emptyDraft('information'));
  const [problems, setProblems] = useState<readonly InjectProblem[] | null>(null);
  const [pushing, setPushing] = useState(false);

  useEffect(() => {
    // No close() in a cleanup: under StrictMode it would fire `close` and unmount the dialog.
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // jsdom
  }, []);

  const actors = scenario?.actors ?? [];
  const areas = scenario?.areas ?? [];
  const blocked = busy ? null : c.injectBlocked();
  const at = c.injectTimeNow();

  const set: SetField = (key, value) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    // After a first attempt, the messages follow the fields as they are put right.
    if (problems !== null) {
      const checked = c.checkInject(next);
      setProblems(checked.ok ? [] : checked.problems);
    }
  };
  // Closing the dialog itself (not just unmounting it) gives focus back to what opened it.
  const dismiss = () => {
    const dialog = ref.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else c.closeInject();
  };
  const error = (field: InjectField) => problems?.find((p) => p.field === field)?.message;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pushing) return;
    setPushing(true);
    const result = await c.pushInject(draft);
    setPushing(false);
    if (!result.ok) {
      setProblems(result.problems);
      // Take the keyboard to the first field that needs work.
      const first = result.problems[0]?.field;
      const el = first ? ref.current?.querySelector<HTMLElement>(`[data-field="${first}"]`) : null;
      el?.focus();
      return;
    }
    dismiss();
  };

  const field = (name: InjectField) => ({
    id: `${id}-${name}`,
    'data-field': name,
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': error(name) ? `${id}-${name}-error` : undefined,
  });
  const actorSelect = (name: 'from' | 'reportedBy' | 'actor' | 'requester', label: string) => (
    <Field id={id} name={name} label={label} error={error(name)}>
      <select {...field(name)} value={draft[name]} onChange={(e) => set(name, e.target.value)}>
        <option value="">Choose…</option>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </Field>
  );
  const areaSelect = (
    <Field id={id} name="area" label="Area" error={error('area')}>
      <select {...field('area')} value={draft.area} onChange={(e) => set('area', e.target.value)}>
        <option value="">Choose…</option>
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </Field>
  );
  const summary = (label: string) => (
    <Field id={id} name="summary" label={label} error={error('summary')} wide>
      <input
        {...field('summary')}
        type="text"
        value={draft.summary}
        onChange={(e) => set('summary', e.target.value)}
        autoComplete="off"
      />
    </Field>
  );
  const actorChecks = (name: 'to' | 'needToKnow', legend: string, except: string) => (
    <fieldset
      className="inject__group inject__wide"
      aria-describedby={error(name) ? `${id}-${name}-error` : undefined}
    >
      <legend className="field__label">{legend}</legend>
      <div className="inject__checks" data-field={name} tabIndex={-1}>
        {actors
          .filter((a) => a.id !== except)
          .map((a) => (
            <label key={a.id} className="toggle">
              <input
                type="checkbox"
                checked={draft[name].includes(a.id)}
                onChange={(e) =>
                  set(
                    name,
                    e.target.checked
                      ? [...draft[name], a.id]
                      : draft[name].filter((x) => x !== a.id),
                  )
                }
              />
              {a.name}
            </label>
          ))}
      </div>
      <FieldError id={id} name={name} message={error(name)} />
    </fieldset>
  );
  const fact = (
    name: 'hostStateUnable' | 'escortCredible' | 'exitPlan' | 'threatToCivilians',
    label: string,
    title: string,
  ) => (
    <label className="toggle inject__fact" title={title}>
      <input type="checkbox" checked={draft[name]} onChange={(e) => set(name, e.target.checked)} />
      {label}
    </label>
  );

  let fields: ReactNode;
  switch (draft.kind) {
    case 'information':
      fields = (
        <>
          {actorSelect('from', 'From')}
          {summary('What it says')}
          {actorChecks('to', 'To', draft.from)}
        </>
      );
      break;
    case 'incident':
      fields = (
        <>
          {areaSelect}
          {actorSelect('reportedBy', 'Reported by')}
          <Field id={id} name="severity" label="Severity">
            <select
              {...field('severity')}
              value={draft.severity}
              onChange={(e) => set('severity', e.target.value as InjectDraft['severity'])}
            >
              <option value="low">Low</option>
              <option value="medium">Medium</option>
              <option value="high">High</option>
            </select>
          </Field>
          <div className="inject__facts">
            {fact(
              'threatToCivilians',
              'Threat to civilians',
              'The incident threatens civilians: a protection response is due',
            )}
          </div>
          {summary('What happens')}
          {actorChecks('needToKnow', 'Need to know (optional)', draft.reportedBy)}
        </>
      );
      break;
    case 'capacity-change':
      fields = (
        <>
          {actorSelect('actor', 'Actor')}
          <Field id={id} name="capacity" label="Capacity (tasks at once)" error={error('capacity')}>
            <input
              {...field('capacity')}
              type="text"
              inputMode="numeric"
              placeholder="unchanged"
              value={draft.capacity}
              onChange={(e) => set('capacity', e.target.value)}
            />
          </Field>
          <Field id={id} name="teams" label="Teams" error={error('teams')}>
            <input
              {...field('teams')}
              type="text"
              inputMode="numeric"
              placeholder="unchanged"
              value={draft.teams}
              onChange={(e) => set('teams', e.target.value)}
            />
          </Field>
        </>
      );
      break;
    case 'escort-request':
      fields = (
        <>
          {actorSelect('requester', 'Requester')}
          {areaSelect}
          <Field id={id} name="convoy" label="Convoy" error={error('convoy')}>
            <input
              {...field('convoy')}
              type="text"
              placeholder="e.g. WFP food convoy, 12 trucks"
              value={draft.convoy}
              onChange={(e) => set('convoy', e.target.value)}
              autoComplete="off"
            />
          </Field>
          <Field id={id} name="need" label="Need" error={error('need')}>
            <select
              {...field('need')}
              value={draft.need}
              onChange={(e) => set('need', e.target.value as InjectDraft['need'])}
            >
              <option value="">Choose…</option>
              <option value="life-saving">Life-saving</option>
              <option value="critical">Critical</option>
              <option value="routine">Routine</option>
            </select>
          </Field>
          <fieldset className="inject__group inject__wide">
            <legend className="field__label">Facts (ticked: yes)</legend>
            <div className="inject__facts">
              {fact('hostStateUnable', 'Host state unable to secure the route', 'IASC criterion 2')}
              {fact(
                'escortCredible',
                'An escort is credible',
                'IASC criterion 3: it would not make anyone less safe',
              )}
              {fact(
                'exitPlan',
                'Exit plan exists',
                'IASC criterion 4: escorts are sustainable and can stop',
              )}
            </div>
          </fieldset>
        </>
      );
      break;
  }

  const general = problems?.filter((p) => p.field === 'form') ?? [];
  const count = problems?.length ?? 0;
  return (
    <dialog
      ref={ref}
      className="dialog inject"
      aria-labelledby={`${id}-title`}
      onClose={() => c.closeInject()}
      data-testid="inject-dialog"
    >
      <header className="dialog__header">
        <h2 id={`${id}-title`}>Push a live inject</h2>
        <button type="button" className="button" onClick={dismiss}>
          Close
        </button>
      </header>
      <p className="inject__when">
        {at !== null && (
          <>
            Happens at <strong>{clock(at)}</strong>
            {branchCount > 1 && <> in branch {branchId}</>}.{' '}
          </>
        )}
        <span className="muted">Playback is paused while this is open.</span>
      </p>
      <form className="inject__form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="segmented inject__kinds" role="group" aria-label="Kind of inject">
          {LIVE_KINDS.map((k) => (
            <KindButton
              key={k.kind}
              kind={k.kind}
              label={k.label}
              checked={draft.kind === k.kind}
              disabled={k.needsArea && areas.length === 0}
              onPick={(kind) => set('kind', kind)}
            />
          ))}
        </div>
        <div className="inject__fields">{fields}</div>
        <Field id={id} name="text" label="Inject text (MSEL)" error={error('text')} wide>
          <input
            {...field('text')}
            type="text"
            placeholder="What the players read or hear, e.g. “JOC duty officer phones: armed group seen near the bridge”"
            value={draft.text}
            onChange={(e) => set('text', e.target.value)}
            autoComplete="off"
          />
        </Field>
        {(count > 0 || blocked) && (
          <div className="inject__problems" role="alert">
            {blocked && <p>{blocked}</p>}
            {general.map((p) => (
              <p key={p.message}>{p.message}</p>
            ))}
            {count > general.length && (
              <p>
                Please check the{' '}
                {count - general.length === 1 ? 'field' : `${count - general.length} fields`} marked
                above.
              </p>
            )}
          </div>
        )}
        <div className="inject__actions">
          <button type="button" className="button" onClick={dismiss}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={pushing || blocked !== null || busy}
          >
            Push inject
          </button>
        </div>
      </form>
    </dialog>
  );
}

function KindButton({
  kind,
  label,
  checked,
  disabled,
  onPick,
}: {
  kind: LiveKind;
  label: string;
  checked: boolean;
  disabled: boolean;
  onPick(kind: LiveKind): void;
}) {
  return (
    <button
      type="button"
      aria-pressed={checked}
      disabled={disabled}
      title={disabled ? 'This scenario has no areas' : undefined}
      onClick={() => onPick(kind)}
    >
      {label}
    </button>
  );
}

function Field({
  id,
  name,
  label,
  error,
  wide,
  children,
}: {
  id: string;
  name: InjectField;
  label: string;
  error?: string | undefined;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`field${wide ? ' inject__wide' : ''}`}>
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {children}
      <FieldError id={id} name={name} message={error} />
    </div>
  );
}

function FieldError({
  id,
  name,
  message,
}: {
  id: string;
  name: InjectField;
  message: string | undefined;
}) {
  if (!message) return null;
  return (
    <span className="inject__error" id={`${id}-${name}-error`}>
      {message}
    </span>
  );
}
