/// <reference types="vite/client" />
// What the renderers do with awkward text: markup in an observation is shown, not run; table
// cells keep their pipes; Mermaid lines stay one statement each.
import { describe, expect, it } from 'vitest';
import { buildDebrief, loadScenario, replayForDebrief } from '../core/index.ts';
import { renderHtml, renderMarkdown } from './index';
import { mermaidSequence } from './markdown';
import { sequenceSvg } from './svg';
import { decisionCells } from './content';
import { ruleOf } from './text';
import ESCORT from '../../tests/fixtures/escort-drill.yaml?raw';
import CARANA from '../../scenarios/carana-three-bad-days.yaml?raw';

function debrief(text: string, source = ESCORT) {
  const loaded = loadScenario(source, 'scenario.yaml');
  if (!loaded.ok) throw new Error('fixture does not load');
  const s = loaded.scenario;
  const runs = replayForDebrief(s, s.structures[0]!.id, 1, { decisions: {}, injects: [] });
  return buildDebrief({
    scenario: s,
    structure: runs.run.structure,
    seed: 1,
    log: runs.run.log,
    baseline: runs.baseline.log,
    record: {
      observations: [{ id: 'o1', time: 60, step: 3, kind: 'improvement', text, author: 'A | B' }],
      ratings: [],
      plan: [],
    },
    date: null,
    finished: true,
  });
}

describe('report rendering', () => {
  it('escapes markup in HTML and pipes in Markdown tables', () => {
    const d = debrief('<script>alert(1)</script> & a | b');
    const html = renderHtml(d);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; a | b');
    const md = renderMarkdown(d);
    expect(md).toContain('| Date played | not recorded |');
    expect(md).toContain('<script>alert(1)</script> & a | b — A | B');
  });

  it('draws each escort request as a sequence: Mermaid statements and SVG lifelines', () => {
    const d = debrief('x');
    expect(d.sequences.length).toBeGreaterThan(0);
    const s = d.sequences[0]!;
    const mermaid = mermaidSequence(d, s).split('\n');
    expect(mermaid[0]).toBe('sequenceDiagram');
    expect(mermaid.filter((l) => l.startsWith('  participant ')).length).toBe(
      s.participants.length,
    );
    const steps = mermaid.filter((l) => /^ {2}(p\d+-(>>|x)p\d+|Note over p\d+): /.test(l));
    expect(steps.length).toBe(s.steps.length);
    expect(mermaid.some((l) => l.includes(';'))).toBe(false);
    const svg = sequenceSvg(d, s);
    expect(svg.match(/stroke-dasharray="4 3"/g)?.length).toBe(s.participants.length);
  });

  it("takes a decision's rule from its typed parameters, in the report's language", () => {
    const d = debrief('x', CARANA);
    const row = d.decisions.find((r) => r.kind === 'process')!;
    expect(row).toBeDefined();
    const en = decisionCells(d, row);
    const fr = decisionCells(d, row, 'fr');
    expect(en[4]).toBe(ruleOf(row.entry));
    expect(en[4]).not.toBe('');
    expect(fr[4]).toBe(ruleOf(row.entry, 'fr'));
    expect(fr[4]).not.toBe(en[4]);
    expect(fr[2]).not.toBe(en[2]);
  });
});
