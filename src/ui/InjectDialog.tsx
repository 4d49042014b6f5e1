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
import { useT } from './i18n';

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
  const t = useT();
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
        <option value="">{t('app.inject.choose')}</option>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </Field>
  );
  const areaSelect = (
    <Field id={id} name="area" label={t('app.inject.area')} error={error('area')}>
      <select {...field('area')} value={draft.area} onChange={(e) => set('area', e.target.value)}>
        <option value="">{t('app.inject.choose')}</option>
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
          {actorSelect('from', t('app.inject.from'))}
          {summary(t('app.inject.says'))}
          {actorChecks('to', t('app.inject.to'), draft.from)}
        </>
      );
      break;
    case 'incident':
      fields = (
        <>
          {areaSelect}
          {actorSelect('reportedBy', t('app.inject.reported-by'))}
          <Field id={id} name="severity" label={t('app.inject.severity')}>
            <select
              {...field('severity')}
              value={draft.severity}
              onChange={(e) => set('severity', e.target.value as InjectDraft['severity'])}
            >
              <option value="low">{t('app.inject.severity.low')}</option>
              <option value="medium">{t('app.inject.severity.medium')}</option>
              <option value="high">{t('app.inject.severity.high')}</option>
            </select>
          </Field>
          <div className="inject__facts">
            {fact('threatToCivilians', t('app.inject.threat'), t('app.inject.threat-tip'))}
          </div>
          {summary(t('app.inject.happens'))}
          {actorChecks('needToKnow', t('app.inject.need-to-know'), draft.reportedBy)}
        </>
      );
      break;
    case 'capacity-change':
      fields = (
        <>
          {actorSelect('actor', t('app.inject.actor'))}
          <Field id={id} name="capacity" label={t('app.inject.capacity')} error={error('capacity')}>
            <input
              {...field('capacity')}
              type="text"
              inputMode="numeric"
              placeholder={t('app.inject.unchanged')}
              value={draft.capacity}
              onChange={(e) => set('capacity', e.target.value)}
            />
          </Field>
          <Field id={id} name="teams" label={t('app.inject.teams')} error={error('teams')}>
            <input
              {...field('teams')}
              type="text"
              inputMode="numeric"
              placeholder={t('app.inject.unchanged')}
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
          {actorSelect('requester', t('app.inject.requester'))}
          {areaSelect}
          <Field id={id} name="convoy" label={t('app.inject.convoy')} error={error('convoy')}>
            <input
              {...field('convoy')}
              type="text"
              placeholder={t('app.inject.convoy-placeholder')}
              value={draft.convoy}
              onChange={(e) => set('convoy', e.target.value)}
              autoComplete="off"
            />
          </Field>
          <Field id={id} name="need" label={t('app.inject.need')} error={error('need')}>
            <select
              {...field('need')}
              value={draft.need}
              onChange={(e) => set('need', e.target.value as InjectDraft['need'])}
            >
              <option value="">{t('app.inject.choose')}</option>
              <option value="life-saving">{t('app.inject.need.life-saving')}</option>
              <option value="critical">{t('app.inject.need.critical')}</option>
              <option value="routine">{t('app.inject.need.routine')}</option>
            </select>
          </Field>
          <fieldset className="inject__group inject__wide">
            <legend className="field__label">{t('app.inject.facts')}</legend>
            <div className="inject__facts">
              {fact(
                'hostStateUnable',
                t('app.inject.host-unable'),
                t('app.inject.host-unable-tip'),
              )}
              {fact('escortCredible', t('app.inject.credible'), t('app.inject.credible-tip'))}
              {fact('exitPlan', t('app.inject.exit-plan'), t('app.inject.exit-plan-tip'))}
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
        <h2 id={`${id}-title`}>{t('app.inject.title')}</h2>
        <button type="button" className="button" onClick={dismiss}>
          {t('app.close')}
        </button>
      </header>
      <p className="inject__when">
        {at !== null && (
          <>
            {t('app.inject.happens-at', {
              at: clock(at),
              branches: branchCount,
              branch: branchId,
            })}{' '}
          </>
        )}
        <span className="muted">{t('app.inject.paused')}</span>
      </p>
      <form className="inject__form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="segmented inject__kinds" role="group" aria-label={t('app.inject.kind')}>
          {LIVE_KINDS.map((k) => (
            <KindButton
              key={k.kind}
              kind={k.kind}
              label={t(`app.inject.kind.${k.kind}`)}
              checked={draft.kind === k.kind}
              disabled={k.needsArea && areas.length === 0}
              onPick={(kind) => set('kind', kind)}
            />
          ))}
        </div>
        <div className="inject__fields">{fields}</div>
        <Field id={id} name="text" label={t('app.inject.text')} error={error('text')} wide>
          <input
            {...field('text')}
            type="text"
            placeholder={t('app.inject.text-placeholder')}
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
              <p>{t('app.inject.check-fields', { count: count - general.length })}</p>
            )}
          </div>
        )}
        <div className="inject__actions">
          <button type="button" className="button" onClick={dismiss}>
            {t('app.inject.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={pushing || blocked !== null || busy}
          >
            {t('app.inject.push')}
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
  const t = useT();
  return (
    <button
      type="button"
      aria-pressed={checked}
      disabled={disabled}
      title={disabled ? t('app.inject.no-areas') : undefined}
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
