// React wrapper of the imperative mesh graph: React renders one empty <svg> (or, for a big
// mesh, one empty <div> for the WebGL or worker-canvas renderer) and never its children; the
// factory is created in an effect and destroyed in its cleanup (so StrictMode's double effects
// build, tear down and rebuild cleanly). High-frequency views can bypass React entirely through
// `subscribe`. The big-mesh renderers (sigma.js, or the canvas drawn in a worker where WebGL
// runs in software) are loaded only when a big mesh is shown.
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { createMeshGraph } from '../../graph/meshGraph.ts';
import { rendererFor, type Renderer } from '../../graph/renderer.ts';
import type { GraphView, MeshGraph } from '../../graph/types.ts';
import { graphWords, useLocale } from '../i18n';
import './graph.css';

export interface MeshGraphViewProps {
  /** Drawn on mount and whenever this object changes. */
  view: GraphView;
  /** Seeds the layout: the same seed and view open the same way. Changing it rebuilds the graph. */
  seed: number;
  onSelect(id: string | null): void;
  /**
   * Optional feed of views that skips React re-renders (message animation at frame rate):
   * called once with a listener, returns the unsubscribe. Views pushed here and through
   * `view` go to the same graph; the latest one wins.
   */
  subscribe?: (listener: (view: GraphView) => void) => () => void;
  /** Accessible name of the graph. */
  label?: string;
  /** Layout ticks run before the first paint; see MeshGraphOptions.warmupTicks. */
  warmupTicks?: number;
  className?: string;
  /** When this changes (not on mount), the graph frames the whole mesh again, as Fit does. */
  fitKey?: unknown;
  /** Draws with this renderer instead of the one chosen for the browser (rendererFor). */
  renderer?: Renderer;
}

export function MeshGraphView({
  view,
  seed,
  onSelect,
  subscribe,
  label,
  warmupTicks,
  className,
  fitKey,
  renderer: forced,
}: MeshGraphViewProps) {
  const locale = useLocale();
  const { t } = locale;
  // A new language redraws the graph (same seed, same layout) with its words.
  const words = useMemo(() => graphWords(locale), [locale]);
  const svgRef = useRef<SVGSVGElement>(null);
  const divRef = useRef<HTMLDivElement>(null);
  const graphRef = useRef<MeshGraph | null>(null);
  const select = useEffectEvent((id: string | null) => onSelect(id));
  const latestView = useEffectEvent(() => view);
  // Chosen from the first view's size (a mesh keeps its renderer while it lives).
  const [renderer] = useState<Renderer>(
    () =>
      forced ??
      (typeof document === 'undefined' ? 'svg' : rendererFor(view.nodes.length, document)),
  );

  useEffect(() => {
    const graphOptions = {
      seed,
      onSelect: (id: string | null) => select(id),
      words,
      ...(label === undefined ? {} : { label }),
      ...(warmupTicks === undefined ? {} : { warmupTicks }),
    };
    let graph: MeshGraph | null = null;
    let cancelled = false;
    const mount = (created: MeshGraph) => {
      graph = created;
      graphRef.current = created;
      created.update(latestView());
    };
    if (renderer === 'webgl') {
      const div = divRef.current;
      if (div === null) return;
      void import('../../graph/webglGraph.ts').then(({ createWebglGraph }) => {
        if (!cancelled) mount(createWebglGraph(div, graphOptions));
      });
    } else if (renderer === 'canvas') {
      const div = divRef.current;
      if (div === null) return;
      void import('../../graph/canvasGraph.ts').then(({ createCanvasGraph }) => {
        if (!cancelled) mount(createCanvasGraph(div, graphOptions));
      });
    } else {
      const svg = svgRef.current;
      if (svg === null) return;
      mount(createMeshGraph(svg, graphOptions));
    }
    return () => {
      cancelled = true;
      if (graph === null) return;
      graph.destroy();
      if (graphRef.current === graph) graphRef.current = null;
    };
  }, [renderer, seed, label, warmupTicks, words]);

  useEffect(() => {
    graphRef.current?.update(view);
  }, [view]);

  const fittedFor = useRef(fitKey);
  useEffect(() => {
    if (fittedFor.current === fitKey) return;
    fittedFor.current = fitKey;
    graphRef.current?.fit?.();
  }, [fitKey]);

  useEffect(() => {
    if (subscribe === undefined) return undefined;
    return subscribe((next) => graphRef.current?.update(next));
  }, [subscribe]);

  return (
    <div className={className === undefined ? 'pm-graph-view' : `pm-graph-view ${className}`}>
      {renderer !== 'svg' ? (
        <div ref={divRef} className="pm-graph-view__svg" />
      ) : (
        <svg ref={svgRef} className="pm-graph-view__svg" />
      )}
      <div className="pm-graph-view__tools">
        <button
          type="button"
          className="pm-graph-view__button"
          onClick={() => graphRef.current?.fit?.()}
          title={t('app.graph.fit-tip')}
        >
          {t('app.graph.fit')}
        </button>
      </div>
    </div>
  );
}
