// The centre of the app: the live mesh (or its table), the legend, decision prompts on top.
// The graph is fed by a store subscription, so message animation never re-renders React.
import { useCallback, useMemo, useState } from 'react';
import type { GraphView } from '../graph/types.ts';
import { DecisionPanel } from './DecisionPanel';
import { FocusIcon } from './icons';
import { useApp, useController, useServices } from './context';
import { Legend } from './graph/Legend';
import { MeshGraphView } from './graph/MeshGraphView';
import { MeshTable } from './graph/MeshTable';

export function GraphArea() {
  const { store } = useServices();
  const c = useController();
  const tableView = useApp((s) => s.tableView);
  const scenarioId = useApp((s) => s.scenario?.id ?? '');
  const structureId = useApp((s) => s.structureId);
  const phase = useApp((s) => s.phase);
  const focusGraph = useApp((s) => s.focusGraph);
  // On short screens the legend starts folded so the mesh keeps its room; one click opens it.
  const [legend, setLegend] = useState(
    () => typeof window === 'undefined' || (window.innerHeight >= 800 && window.innerWidth >= 1000),
  );
  const onSelect = useCallback((id: string | null) => c.select(id), [c]);

  return (
    <section id="mesh" className="panel graph-area" aria-label="Coordination mesh" tabIndex={-1}>
      <header className="panel__header graph-area__header">
        <h2>Mesh</h2>
        <div className="segmented" role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={!tableView}
            onClick={() => c.setView({ tableView: false })}
          >
            Graph
          </button>
          <button
            type="button"
            aria-pressed={tableView}
            onClick={() => c.setView({ tableView: true })}
          >
            Table
          </button>
        </div>
        <button
          type="button"
          className="link-button"
          aria-expanded={legend}
          onClick={() => setLegend((v) => !v)}
        >
          {legend ? 'Hide legend' : 'Legend'}
        </button>
        <button
          type="button"
          className="toggle-button"
          aria-pressed={focusGraph}
          onClick={() => c.setView({ focusGraph: !focusGraph })}
          title={
            focusGraph
              ? 'Bring back the timeline, inspector and log (F or Esc)'
              : 'Give the mesh the whole screen, to project it (F)'
          }
        >
          <FocusIcon /> Focus
        </button>
      </header>
      <div className="graph-area__body">
        <div className="graph-area__stage">
          <DecisionPanel />
          {phase === 'loading' ? (
            <p className="graph-area__empty">Loading the engine…</p>
          ) : !scenarioId ? (
            <p className="graph-area__empty">
              Open a scenario to begin: the Open… button, or drop a .yaml file here.
            </p>
          ) : tableView ? (
            <TableView />
          ) : (
            <LiveGraph
              key={`${scenarioId}/${structureId}`}
              store={store}
              onSelect={onSelect}
              focus={focusGraph}
            />
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
      label="Coordination mesh"
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
