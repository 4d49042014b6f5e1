// A stand-alone page around the graph for browser tests, the frame benchmark and screenshots
// (served as tests/browser/pages/graph.html). It lives under src/ so it type-checks with the
// app's DOM/JSX settings; nothing in the app imports it, so it never reaches the bundle.
// Query: ?n=<actors, 0 = sample sector>&seed=<n>&traffic=<0|1>&warmup=<ticks>&table=<0|1>
// &renderer=<svg|webgl|canvas> (default: the one chosen for this browser)
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createTraffic, sampleView, syntheticView } from '../../graph/synthetic.ts';
import type { Renderer } from '../../graph/renderer.ts';
import type { GraphView } from '../../graph/types.ts';
import * as words from '../../i18n/index.ts';
import { LocaleProvider } from '../i18n.tsx';
import { Legend } from './Legend.tsx';
import { MeshGraphView } from './MeshGraphView.tsx';
import { MeshTable } from './MeshTable.tsx';

export interface GraphTestPageHandle {
  /** Every id (or null) the graph reported through onSelect, in order. */
  readonly selections: (string | null)[];
  /**
   * Intervals between `count` + 1 consecutive animation frames, two ways: `callback`, read with
   * performance.now() as each callback starts (what a frame cost, with the callback's own start
   * delay), and `stamps`, the callbacks' timestamps (when each frame began: whole vsyncs).
   */
  measureFrames(count: number): Promise<{ callback: number[]; stamps: number[] }>;
  view(): GraphView;
}

interface Feed {
  get(): GraphView;
  select(id: string | null): void;
  subscribe(listener: (view: GraphView) => void): () => void;
}

/** Views for the graph outside React: traffic moves every frame, selection is pushed at once. */
function createFeed(base: GraphView, seed: number, animate: boolean): Feed {
  let current = base;
  const listeners = new Set<(view: GraphView) => void>();
  const emit = () => listeners.forEach((listener) => listener(current));
  const traffic = createTraffic(
    base.links,
    seed + 1,
    Math.max(base.messages.length, Math.round(base.nodes.length / 8)),
  );
  let last = 0;
  let raf = 0;
  const step = (now: number) => {
    const seconds = last === 0 ? 0 : Math.min((now - last) / 1000, 0.1);
    last = now;
    current = { ...current, messages: traffic.step(seconds) };
    emit();
    raf = requestAnimationFrame(step);
  };
  return {
    get: () => current,
    select(id) {
      current = { ...current, selected: id };
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (animate && listeners.size === 1) raf = requestAnimationFrame(step);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          cancelAnimationFrame(raf);
          last = 0;
        }
      };
    },
  };
}

function GraphTestPage(props: {
  feed: Feed;
  seed: number;
  warmupTicks?: number;
  table: boolean;
  renderer?: Renderer;
  onSelect(id: string | null): void;
}) {
  const { feed, seed, warmupTicks, table, renderer, onSelect } = props;
  const [selected, setSelected] = useState<string | null>(null);
  const select = (id: string | null) => {
    onSelect(id);
    setSelected(id);
    feed.select(id);
  };
  const view = feed.get();
  const selectedNode = view.nodes.find((n) => n.id === selected);
  return (
    <div className="gp">
      <header className="gp__bar">
        <h1 className="gp__title">
          PeaceMesh <span className="gp__sub">Live mesh · Sector East</span>
        </h1>
        <p className="gp__status" aria-live="polite">
          {view.nodes.length} actors · {view.links.length} links · {view.messages.length} messages
          {selectedNode === undefined ? '' : ` · selected: ${selectedNode.label}`}
        </p>
      </header>
      <main className="gp__main">
        <section className="gp__graph" aria-label="Mesh graph">
          <MeshGraphView
            view={view}
            seed={seed}
            onSelect={select}
            subscribe={feed.subscribe}
            {...(warmupTicks === undefined ? {} : { warmupTicks })}
            {...(renderer === undefined ? {} : { renderer })}
          />
        </section>
        <aside className="gp__side">
          <Legend />
        </aside>
      </main>
      {table && (
        <section className="gp__table" aria-label="Table view">
          <MeshTable view={{ ...view, selected }} onSelect={select} />
        </section>
      )}
    </div>
  );
}

export function mountGraphTestPage(root: HTMLElement, search: string): GraphTestPageHandle {
  const params = new URLSearchParams(search);
  const count = Number(params.get('n') ?? '0');
  const seed = Number(params.get('seed') ?? '1');
  const warmup = params.get('warmup');
  const renderer = params.get('renderer');
  const base = count > 0 ? syntheticView(count, seed) : sampleView();
  const feed = createFeed(base, seed, params.get('traffic') === '1');
  const selections: (string | null)[] = [];
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider words={words} initial="en">
        <GraphTestPage
          feed={feed}
          seed={seed}
          {...(warmup === null ? {} : { warmupTicks: Number(warmup) })}
          table={params.get('table') !== '0'}
          {...(renderer === 'svg' || renderer === 'webgl' || renderer === 'canvas'
            ? { renderer }
            : {})}
          onSelect={(id) => selections.push(id)}
        />
      </LocaleProvider>
    </StrictMode>,
  );
  return {
    selections,
    view: feed.get,
    measureFrames(frames) {
      const deltas = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] ?? t));
      return new Promise((resolve) => {
        const times: number[] = [];
        const stamps: number[] = [];
        const tick = (stamp: number) => {
          times.push(performance.now());
          stamps.push(stamp);
          if (times.length > frames) resolve({ callback: deltas(times), stamps: deltas(stamps) });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
  };
}
