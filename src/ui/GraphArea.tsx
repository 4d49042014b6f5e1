// The centre of the app: the live mesh (or its table), the legend, decision prompts on top.
// The graph is fed by a store subscription, so message animation never re-renders React.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { GraphView } from '../graph/types.ts';
import { DecisionPanel } from './DecisionPanel';
import { FocusIcon } from './icons';
import { useApp, useController, useServices } from './context';
import { useT } from './i18n';
import { Legend } from './graph/Legend';
import { MeshTable } from './graph/MeshTable';

// The SVG mesh graph (d3's force layout, zoom and drag: ≈ 35 KB gzipped) is a chunk of its own.
// There is nothing to draw before the engine has loaded a scenario, so the first screen does
// not wait for it; src/ui/main.tsx starts fetching it as the page paints, beside the engine.
const loadMeshGraph = () => import('./graph/MeshGraphView');
export const preloadMeshGraph = (): void => void loadMeshGraph();
const MeshGraphView = lazy(() => loadMeshGraph().then((m) => ({ default: m.MeshGraphView })));

export function GraphArea() {
  const { store } = useServices();
  const c = useController();
  const tableView = useApp((s) => s.tableView);
  const scenarioId = useApp((s) => s.scenario?.id ?? '');
  const structureId = useApp((s) => s.structureId);
  const phase = useApp((s) => s.phase);
  const focusGraph = useApp((s) => s.focusGraph);
  const t = useT();
  // On short screens the legend starts folded so the mesh keeps its room; one click opens it.
  const [legend, setLegend] = useState(
    () => typeof window === 'undefined' || (window.innerHeight >= 800 && window.innerWidth >= 1000),
  );
  const onSelect = useCallback((id: string | null) => c.select(id), [c]);

  return (
    <section id="mesh" className="panel graph-area" aria-label={t('app.mesh.label')} tabIndex={-1}>
      <header className="panel__header graph-area__header">
        <h2>{t('app.mesh.title')}</h2>
        <div className="segmented" role="group" aria-label={t('app.mesh.view')}>
          <button
            type="button"
            aria-pressed={!tableView}
            onClick={() => c.setView({ tableView: false })}
          >
            {t('app.mesh.graph')}
          </button>
          <button
            type="button"
            aria-pressed={tableView}
            onClick={() => c.setView({ tableView: true })}
          >
            {t('app.mesh.table')}
          </button>
        </div>
        <button
          type="button"
          className="link-button"
          aria-expanded={legend}
          onClick={() => setLegend((v) => !v)}
        >
          {legend ? t('app.mesh.hide-legend') : t('app.mesh.legend')}
        </button>
        <button
          type="button"
          className="toggle-button"
          aria-pressed={focusGraph}
          onClick={() => c.setView({ focusGraph: !focusGraph })}
          title={focusGraph ? t('app.mesh.unfocus-tip') : t('app.mesh.focus-tip')}
        >
          <FocusIcon /> {t('app.mesh.focus')}
        </button>
      </header>
      <div className="graph-area__body">
        <div className="graph-area__stage">
          <DecisionPanel />
          {phase === 'loading' ? (
            <p className="graph-area__empty">{t('app.mesh.loading')}</p>
          ) : !scenarioId ? (
            <p className="graph-area__empty">{t('app.mesh.empty')}</p>
          ) : tableView ? (
            <TableView />
          ) : (
            // Until the graph's chunk is in, the mesh still reads as loading. LiveGraph reads the
            // store's current view when it mounts, after the chunk: nothing is missed meanwhile.
            <Suspense fallback={<p className="graph-area__empty">{t('app.mesh.loading')}</p>}>
              <LiveGraph
                key={`${scenarioId}/${structureId}`}
                store={store}
                onSelect={onSelect}
                focus={focusGraph}
              />
            </Suspense>
          )}
        </div>
        {legend && (
          <div className="graph-area__legend">
            <Legend />
          </div>
        )}
      </div>
    </section>
  );
}

function LiveGraph({
  store,
  onSelect,
  focus,
}: {
  store: ReturnType<typeof useServices>['store'];
  onSelect(id: string | null): void;
  focus: boolean;
}) {
  const t = useT();
  // The first view mounts the graph; every later one arrives through the subscription.
  const initial = useMemo(() => store.getState().graph, [store]);
  const subscribe = useCallback(
    (listener: (view: GraphView) => void) =>
      store.subscribe((state, previous) => {
        if (state.graph !== previous.graph) listener(state.graph);
      }),
    [store],
  );
  // Entering or leaving focus frames the mesh again, even after the user zoomed by hand.
  return (
    <MeshGraphView
      view={initial}
      seed={1}
      onSelect={onSelect}
      subscribe={subscribe}
      label={t('app.mesh.label')}
      className="graph-area__graph"
      fitKey={focus}
    />
  );
}

function TableView() {
  const c = useController();
  const graph = useApp((s) => s.graph);
  return (
    <div className="graph-area__table">
      <MeshTable view={graph} onSelect={(id) => c.select(id)} />
    </div>
  );
}
