// The whole screen: header; MSEL timeline left; mesh and playback centre; inspector, metrics
// and branches right; the event log under the mesh. Files can be dropped anywhere.
import { useState, type DragEvent } from 'react';
import { Branches } from './Branches';
import { useApp, useServices } from './context';
import { ErrorPanel } from './ErrorPanel';
import { EventLog } from './EventLog';
import { GraphArea } from './GraphArea';
import { Header } from './Header';
import { HelpDialog } from './HelpDialog';
import { HotWash } from './HotWash';
import { InjectDialog } from './InjectDialog';
import { Inspector } from './Inspector';
import { MetricsPanel } from './MetricsPanel';
import { Notice } from './Notice';
import { ObserveDialog } from './ObserveDialog';
import { Playback } from './Playback';
import { Timeline } from './Timeline';
import { useKeyboard } from './useKeyboard';

export function App() {
  const { store, controller } = useServices();
  const phase = useApp((s) => s.phase);
  const failure = useApp((s) => s.failure);
  const focusGraph = useApp((s) => s.focusGraph);
  const [dragging, setDragging] = useState(false);
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
      <Header />
      {phase === 'failed' ? (
        <main className="failure">
          <h2>PeaceMesh could not start</h2>
          <p>{failure}</p>
        </main>
      ) : (
        <main className={focusGraph ? 'workspace workspace--focus' : 'workspace'}>
          <div className="area-left">
            <Timeline />
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
          <div className="area-log">
            <EventLog />
          </div>
        </main>
      )}
      <ErrorPanel />
      <HelpDialog />
      <InjectDialog />
      <ObserveDialog />
      <HotWash />
      <Notice />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a scenario (.yaml) or a saved run (.json)</p>
        </div>
      )}
    </div>
  );
}
