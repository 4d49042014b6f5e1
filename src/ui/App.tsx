// The whole screen: header; MSEL timeline and event log left; mesh and playback centre (the
// mesh keeps at least half the workspace); inspector, branches and metrics right. On a tablet
// the mesh comes first, full width, and the side columns follow below. Files drop anywhere.
import { lazy, Suspense, useState, type DragEvent, type MouseEvent } from 'react';
import { BriefDialog } from './BriefDialog';
import { Branches } from './Branches';
import { useApp, useServices } from './context';
import { ErrorPanel } from './ErrorPanel';
import { EventLog } from './EventLog';
import { GraphArea } from './GraphArea';
import { Header } from './Header';
import { HelpDialog } from './HelpDialog';
import { useT } from './i18n';
import { InjectDialog } from './InjectDialog';
import { Inspector } from './Inspector';
import { MetricsPanel } from './MetricsPanel';
import { Notice } from './Notice';
import { Playback } from './Playback';
import { Timeline } from './Timeline';
import { useKeyboard } from './useKeyboard';

// The hot wash (at the end of a run) and the observation form (while paused) are chunks of
// their own, fetched when first opened: neither is part of the page's start.
const HotWashDialog = lazy(() => import('./HotWash').then((m) => ({ default: m.HotWashDialog })));
const ObserveModal = lazy(() =>
  import('./ObserveDialog').then((m) => ({ default: m.ObserveModal })),
);

function HotWash() {
  const open = useApp((s) => s.hotwashOpen);
  return open ? (
    <Suspense fallback={null}>
      <HotWashDialog />
    </Suspense>
  ) : null;
}

function ObserveDialog() {
  const open = useApp((s) => s.observeOpen);
  return open ? (
    <Suspense fallback={null}>
      <ObserveModal />
    </Suspense>
  ) : null;
}

/** Moves keyboard focus to a landmark (a fragment link alone scrolls but may not focus it). */
const skipTo = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  // The mesh: its first actor, else the panel; playback: its Play button.
  const first =
    id === 'mesh'
      ? (target.querySelector<HTMLElement>('.pm-node') ?? target.querySelector('button'))
      : target.querySelector<HTMLElement>('.button--play');
  (first ?? target).focus();
};

export function App() {
  const { store, controller } = useServices();
  const phase = useApp((s) => s.phase);
  const failure = useApp((s) => s.failure);
  const focusGraph = useApp((s) => s.focusGraph);
  const [dragging, setDragging] = useState(false);
  const t = useT();
  useKeyboard(store, controller);

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void controller.openFile(file);
  };

  return (
    <div
      className="app"
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
      aria-busy={phase === 'loading'}
    >
      <nav className="skip-links" aria-label={t('app.skip.label')}>
        <a href="#playback" onClick={skipTo('playback')}>
          {t('app.skip.playback')}
        </a>
        <a href="#mesh" onClick={skipTo('mesh')}>
          {t('app.skip.mesh')}
        </a>
      </nav>
      <Header />
      {phase === 'failed' ? (
        <main className="failure">
          <h2>{t('app.failed')}</h2>
          <p>{failure}</p>
        </main>
      ) : (
        <main className={focusGraph ? 'workspace workspace--focus' : 'workspace'}>
          <div className="area-left">
            <Timeline />
            <EventLog />
          </div>
          <div className="area-centre">
            <GraphArea />
            <Playback />
          </div>
          <div className="area-right">
            <Inspector />
            <Branches />
            <MetricsPanel />
          </div>
        </main>
      )}
      <ErrorPanel />
      <HelpDialog />
      <BriefDialog />
      <InjectDialog />
      <ObserveDialog />
      <HotWash />
      <Notice />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('app.drop')}</p>
        </div>
      )}
    </div>
  );
}
