// The "Compare structures" button and the full-screen dialog it opens. The view itself is
// loaded on demand (React.lazy), so the initial bundle carries only this button. Opening a
// run from the comparison switches the live view to that structure and seed, at its start
// (the run shown goes to Recent runs). The view stays mounted while closed, so its settings
// and results are there again when the dialog reopens on the same scenario.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useApp, useController } from '../context';
import { useT } from '../i18n';
import { CompareIcon } from '../icons';
import type { OpenRun } from './CompareView';

const CompareView = lazy(() => import('./CompareView'));

interface Source {
  readonly text: string;
  readonly fileName: string;
}

export function CompareLauncher() {
  const c = useController();
  const hasScenario = useApp((s) => s.scenario !== null);
  const busy = useApp((s) => s.busy !== null);
  const t = useT();
  const [source, setSource] = useState<Source | null>(null);
  const [shown, setShown] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (shown > 0 && d && !d.open) d.showModal?.();
  }, [shown]);

  const open = () => {
    // The scenario as written travels with an exported run: the sweep paths apply to that text.
    const exported = c.exportRun();
    if (!exported) return;
    const saved = JSON.parse(exported.text) as { scenario: Source };
    // Same scenario: keep the view (and its results); another one starts afresh.
    setSource((s) =>
      s && s.text === saved.scenario.text && s.fileName === saved.scenario.fileName
        ? s
        : { text: saved.scenario.text, fileName: saved.scenario.fileName },
    );
    setShown((n) => n + 1);
  };
  const close = () => {
    dialog.current?.close();
  };
  const openRun = (run: OpenRun) => {
    close();
    c.openRunOf(run.structure, run.seed);
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={open}
        disabled={!hasScenario || busy}
        title={t('app.compare.open-tip')}
      >
        <CompareIcon /> <span className="button__text">{t('app.compare.open')}</span>
      </button>
      {source && (
        <dialog ref={dialog} className="compare-dialog" aria-label={t('app.compare.open')}>
          <Suspense fallback={<p>{t('app.compare.loading')}</p>}>
            <CompareView
              key={`${source.fileName}\n${source.text}`}
              scenarioText={source.text}
              fileName={source.fileName}
              onOpenRun={openRun}
              onClose={close}
            />
          </Suspense>
        </dialog>
      )}
    </>
  );
}
