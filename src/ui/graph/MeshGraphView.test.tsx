import { act, cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleView } from '../../graph/synthetic.ts';
import { createMeshGraph } from '../../graph/meshGraph.ts';
import type { GraphView } from '../../graph/types.ts';
import { MeshGraphView } from './MeshGraphView.tsx';
import { inLocale } from '../testing';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('MeshGraphView', () => {
  it('builds the graph once per mount, surviving StrictMode’s double effects', () => {
    const view = sampleView();
    const { container, unmount } = render(
      inLocale(
        <StrictMode>
          <MeshGraphView view={view} seed={1} onSelect={() => {}} />
        </StrictMode>,
      ),
    );
    const svg = container.querySelector('svg')!;
    expect(svg.querySelectorAll('.pm-viewport')).toHaveLength(1);
    expect(svg.querySelectorAll('style')).toHaveLength(1);
    expect(svg.querySelectorAll('.pm-node')).toHaveLength(view.nodes.length);
    expect(svg.getAttribute('role')).toBe('group');
    unmount();
  });

  it('names the graph in the page’s language when the page gives no name', () => {
    // The locale provider sets the page's language (<html lang>), which the graph reads.
    for (const [locale, name] of [
      ['fr', 'Réseau de coordination'],
      ['en', 'Coordination mesh'],
    ] as const) {
      const { container, unmount } = render(
        inLocale(<MeshGraphView view={sampleView()} seed={1} onSelect={() => {}} />, locale),
      );
      const svg = container.querySelector('svg')!;
      expect(svg.getAttribute('aria-label')).toBe(name);
      expect(svg.querySelector('title')?.textContent).toBe(name);
      unmount();
    }
    // A name given by the page is kept.
    const { container } = render(
      inLocale(
        <MeshGraphView view={sampleView()} seed={1} onSelect={() => {}} label="Sector East" />,
      ),
    );
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe('Sector East');
  });

  it('updates on a new view and from a subscription, and tears down on unmount', () => {
    const view = sampleView();
    let push: ((next: GraphView) => void) | undefined;
    const unsubscribe = vi.fn();
    const subscribe = (listener: (next: GraphView) => void) => {
      push = listener;
      return unsubscribe;
    };
    const { container, rerender, unmount } = render(
      inLocale(<MeshGraphView view={view} seed={1} onSelect={() => {}} subscribe={subscribe} />),
    );
    const svg = container.querySelector('svg')!;
    rerender(
      inLocale(
        <MeshGraphView
          view={{ ...view, selected: 'joc' }}
          seed={1}
          onSelect={() => {}}
          subscribe={subscribe}
        />,
      ),
    );
    expect(svg.querySelector('.pm-node--selected')?.getAttribute('data-id')).toBe('joc');

    act(() => push?.({ ...view, nodes: view.nodes.slice(0, 3), selected: null }));
    expect(svg.querySelectorAll('.pm-node')).toHaveLength(3);

    unmount();
    expect(unsubscribe).toHaveBeenCalled();
    expect(svg.childNodes).toHaveLength(0);
  });

  it('reports clicks on nodes through onSelect, using the latest callback', () => {
    const first = vi.fn();
    const second = vi.fn();
    const view = sampleView();
    const { container, rerender } = render(
      inLocale(<MeshGraphView view={view} seed={1} onSelect={first} />),
    );
    rerender(inLocale(<MeshGraphView view={view} seed={1} onSelect={second} />));
    const node = container.querySelector('.pm-node[data-id="wfp"] .pm-shape')!;
    node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('wfp');
  });

  it('writes the catalogs’ words in the page’s language when the page gives none', () => {
    // Every catalog is loaded here (inLocale's words); the page's language is its <html lang>.
    document.documentElement.lang = 'fr';
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const graph = createMeshGraph(svg, { seed: 1, onSelect: () => {} });
    try {
      const view = sampleView();
      graph.update(view);
      expect(svg.getAttribute('aria-label')).toBe('Réseau de coordination');
      expect(svg.querySelector('desc')?.textContent).toMatch(
        new RegExp(`^${view.nodes.length} acteurs`),
      );
      const police = view.nodes.find((n) => n.kind === 'police')!;
      expect(
        svg.querySelector(`.pm-node[data-id="${police.id}"]`)?.getAttribute('aria-label'),
      ).toContain('Police des Nations Unies');
    } finally {
      graph.destroy();
      svg.remove();
      document.documentElement.lang = '';
    }
  });
});
