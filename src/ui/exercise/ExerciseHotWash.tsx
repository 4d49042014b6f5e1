// The hot wash on the exercise host, for EXCON and evaluators, after any move or at the end:
// the same debrief as the report (built on the host from the journal, beside the
// doctrine-only run), shown by the single-user app's hot wash sections. EXCON edits the
// improvement plan and both rate objectives; every change goes through the host's journal,
// and the debrief is fetched again when the exercise moves or its record changes. The report
// (HTML, Markdown, or PDF printed by the host's Chromium) is downloaded from here.
import { useEffect, useId, useRef, useState } from 'react';
import { z } from 'zod';
import { formatTime, type Debrief } from '../../core/index.ts';
import { describeEntry, type Locale } from '../../i18n/words.ts';
import { bindFormat, loadCore } from '../../store';
import { HotWashBody, type HotWashActions } from '../HotWash';
import { useLocale } from '../i18n';
import { useConnection, useSeat } from './context';
import { saveFile } from '../saveFile';

/** The debrief's outline: the host is trusted no more than a seat is. */
const debriefShape = z.looseObject({
  scenario: z.looseObject({ id: z.string(), title: z.string(), actors: z.array(z.unknown()) }),
  structure: z.looseObject({ id: z.string(), name: z.string() }),
  seed: z.number(),
  time: z.number(),
  finished: z.boolean(),
  objectives: z.array(z.unknown()),
  observations: z.array(z.unknown()),
  decisions: z.array(z.unknown()),
  keyEvents: z.array(z.unknown()),
  metrics: z.array(z.unknown()),
  plan: z.array(z.unknown()),
});

function api(path: string, exercise: string, token: string, query: Record<string, string> = {}) {
  const q = new URLSearchParams({ token, ...query });
  return `/api/exercises/${encodeURIComponent(exercise)}/${path}?${q.toString()}`;
}

/** The error a host route answered with, or the status. */
async function problem(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: the status says enough
  }
  return `${response.status} ${response.statusText}`;
}

export function ExerciseHotWash({ onClose }: { onClose(): void }) {
  const { t, locale } = useLocale();
  const c = useConnection();
  const state = useSeat((s) => s.state)!;
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const token = new URLSearchParams(location.search).get('seat') ?? '';
  const [debrief, setDebrief] = useState<Debrief | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // The report in the seat's language unless asked otherwise.
  const [lang, setLang] = useState<Locale>(locale === 'fr' ? 'fr' : 'en');
  const excon = state.role === 'excon';
  // Fetched again when the exercise moves or its journal grows (a rating, a plan change).
  const revision = `${state.step}/${state.revision ?? 0}/${state.phase}`;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        // The hot wash sections format times with core's own functions, loaded with the engine.
        bindFormat(await loadCore());
        const response = await fetch(
          api('debrief', state.exercise, token, { lang: locale === 'fr' ? 'fr' : 'en' }),
          {
            cache: 'no-store',
          },
        );
        if (!response.ok) throw new Error(await problem(response));
        const body: unknown = await response.json();
        const shape = debriefShape.safeParse(body);
        if (!shape.success) throw new Error(t('app.seat.not-debrief'));
        if (live) {
          setDebrief(body as Debrief);
          setError(null);
        }
      } catch (e) {
        if (live)
          setError(
            t('report.hotwash.failed', { error: e instanceof Error ? e.message : String(e) }),
          );
      }
    })();
    return () => {
      live = false;
    };
  }, [state.exercise, token, revision, t, locale]);

  const download = async (format: 'html' | 'md' | 'pdf') => {
    setNote(format === 'pdf' ? t('report.hotwash.printing') : null);
    try {
      const response = await fetch(api('report', state.exercise, token, { format, lang }));
      if (!response.ok) throw new Error(await problem(response));
      const name =
        /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        `report.${format}`;
      saveFile(name, await response.blob());
      setNote(t('report.hotwash.saved', { file: name }));
    } catch (e) {
      setNote(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const actions: HotWashActions = {
    describe: (e) => describeEntry(e, locale),
    rate: (objective, rating, rationale) =>
      c.send({ type: 'rate', objective, rating, rationale: rationale.slice(0, 2000) }),
    ...(excon
      ? {
          addPlanAction: () => c.send({ type: 'plan.add' }),
          updatePlanAction: (action, change) => c.send({ type: 'plan.update', action, change }),
          removePlanAction: (action) => c.send({ type: 'plan.remove', action }),
        }
      : {}),
  };

  return (
    <dialog
      ref={ref}
      className="dialog hotwash xhotwash"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <header className="dialog__header">
        <h2 id={`${id}-title`}>{t('report.hotwash.title', { time: formatTime(state.time) })}</h2>
        <label className="field xhotwash__lang">
          <span className="field__label">{t('report.hotwash.language')}</span>
          <select
            value={lang}
            aria-label={t('report.hotwash.language')}
            onChange={(e) => setLang(e.target.value as Locale)}
          >
            <option value="en" lang="en">
              {t('app.lang.en')}
            </option>
            <option value="fr" lang="fr">
              {t('app.lang.fr')}
            </option>
          </select>
        </label>
        {(['html', 'md', 'pdf'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            disabled={!debrief}
            onClick={() => void download(format)}
          >
            {t('report.hotwash.download', {
              format: format === 'md' ? 'Markdown' : format.toUpperCase(),
            })}
          </button>
        ))}
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {t('report.hotwash.close')}
        </button>
      </header>
      {error && (
        <p className="xerror" role="alert">
          {error}
        </p>
      )}
      {note && <p role="status">{note}</p>}
      {!debrief ? (
        !error && <p role="status">{t('report.hotwash.loading')}</p>
      ) : (
        <div className="hotwash__body">
          <p className="muted">
            {t('report.hotwash.intro', {
              title: debrief.scenario.title,
              structure: debrief.structure.name,
              seed: debrief.seed,
              finished: debrief.finished,
              time: formatTime(debrief.time),
            })}
          </p>
          <HotWashBody d={debrief} actions={actions} />
        </div>
      )}
    </dialog>
  );
}
