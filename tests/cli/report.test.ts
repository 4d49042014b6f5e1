// `peacemesh report`: for every bundled scenario, a report in each format whose structure
// (sections, objectives, decisions, diagrams) is checked rather than its bytes; the PDF is
// rendered to images with pdftoppm and its text layer read with pdftotext. Bad run files and
// a missing Chromium are reported in one line. An exercise package is reported as a run is.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { debriefFromRunText, nodeReportIo, reportCommand } from '../../src/cli/report';
import type { CliIo } from '../../src/cli/io';
import { exportPackage } from '../../src/server/package';
import { ExerciseDriver } from '../../src/server/testing';
import { bundled } from '../helpers/scenarios';
import { BUNDLED, runFile } from '../helpers/runs';
import { CLI_TIMEOUT, peacemesh, STACK_LINE } from './peacemesh';

/** The slice of the DOM the checks use (the Node tsconfig has no DOM lib, on purpose). */
interface Node {
  readonly textContent: string | null;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): ArrayLike<Node> & Iterable<Node>;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Node } };
};
const parseHtml = (html: string): Node => new JSDOM(html).window.document;

const dir = mkdtempSync(join(tmpdir(), 'peacemesh-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function memoryIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (path) => Promise.resolve(readFileSync(path)),
    colour: false,
  };
}

const SECTIONS = [
  'Overview',
  'Executive summary',
  'Objectives',
  'Strengths',
  'Areas for improvement',
  'Decision record',
  'Escort requests and handovers',
  'Metrics against the doctrine-only run',
  'MSEL: what became of each inject',
  'Improvement plan',
];

function evaluationFor(name: string) {
  const scenario = bundled(name);
  const [first, second] = scenario.objectives;
  return {
    observations: [
      {
        id: 'o1',
        time: 180,
        step: 10,
        kind: 'strength' as const,
        text: `Strength noted in ${name}.`,
        author: 'Evaluator A',
        objective: first!.id,
      },
      {
        id: 'o2',
        time: 600,
        step: 40,
        kind: 'improvement' as const,
        text: `Improvement needed in ${name}.`,
        author: 'Evaluator B',
      },
    ],
    ratings: [
      { objective: first!.id, rating: 'S' as const, rationale: `Rationale for ${first!.id}.` },
      { objective: second!.id, rating: 'U' as const, rationale: 'Not attempted.' },
    ],
    plan: [
      {
        id: 'a1',
        objective: second!.id,
        action: 'Rehearse the reporting chain with the JOC.',
        capability: 'Operational coordination',
        owner: 'Chief of Staff',
        due: '2027-02-01',
      },
    ],
  };
}

describe.each(BUNDLED)('report of %s', (name) => {
  const scenario = bundled(name);
  const path = join(dir, `${name}.peacemesh-run.json`);
  writeFileSync(path, runFile(name, { evaluation: evaluationFor(name) }));
  const built = debriefFromRunText(readFileSync(path, 'utf8'), path);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  const d = built.debrief;

  it('Markdown: every section in order, each objective, a Mermaid diagram per escort and handover', async () => {
    const io = memoryIo();
    expect(await reportCommand({ file: path, format: 'md' }, { ...nodeReportIo(io) })).toBe(0);
    const md = io.out.join('');
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(SECTIONS);
    for (const o of scenario.objectives) expect(md).toContain(`### ${o.id}: ${o.text}`);
    expect(md).toContain(`Rationale for ${scenario.objectives[0]!.id}.`);
    expect(md).toContain('Rehearse the reporting chain with the JOC.');
    const mermaid = md.match(/```mermaid\nsequenceDiagram\n/g) ?? [];
    expect(mermaid.length).toBe(d.sequences.length);
    expect(d.sequences.length).toBeGreaterThan(0);
    // Each inject of the MSEL has its row.
    const msel = md
      .split('## MSEL: what became of each inject')[1]!
      .split('## Improvement plan')[0]!;
    expect(msel.match(/^\| \d+ \|/gm)?.length).toBe(scenario.injects.length);
  });

  it('Markdown in French: every measure and what the run showed worded in French', async () => {
    const io = memoryIo();
    expect(
      await reportCommand({ file: path, format: 'md' }, { ...nodeReportIo(io), locale: 'fr' }),
    ).toBe(0);
    const md = io.out.join('');
    expect(md).toContain('## Indicateurs par rapport à l’exécution doctrinale');
    // The measure and observed columns of each objective's table (scenario texts aside).
    const cells = [
      ...md.matchAll(
        /^\| [^|]* \| ([^|]*) \| ([^|]*) \| (?:rempli|non rempli|pas de données) \|$/gm,
      ),
    ];
    expect(cells.length).toBeGreaterThan(0);
    const english =
      /\b\d+ of \d+ within\b|^count of |^each .* followed by | so far$|^nothing to measure|^not decided|^decision [\w-]+:/;
    for (const [, measure, observed] of cells) {
      expect(measure!.trim()).not.toMatch(english);
      expect(observed!.trim()).not.toMatch(english);
    }
    expect(md).not.toContain('(lost)');
  });

  it('HTML: self-contained, sections, objectives with ratings, an SVG per sequence, the chart', async () => {
    const io = memoryIo();
    const out = join(dir, `${name}.html`);
    expect(await reportCommand({ file: path, format: 'html', out }, nodeReportIo(io))).toBe(0);
    expect(io.err.join('')).toBe(`wrote ${out}\n`);
    const html = readFileSync(out, 'utf8');
    const doc = parseHtml(html);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(SECTIONS);
    expect(doc.querySelectorAll('script, link[rel=stylesheet], img').length).toBe(0);
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    expect(doc.querySelectorAll('.objective').length).toBe(scenario.objectives.length);
    expect(doc.querySelector(`#objective-${scenario.objectives[0]!.id} .rating-S`)).not.toBeNull();
    expect(doc.querySelectorAll('#sequences svg.sequence').length).toBe(d.sequences.length);
    expect(doc.querySelectorAll('table.decisions tbody tr').length).toBe(d.decisions.length);
    expect(doc.querySelectorAll('table.msel tbody tr').length).toBe(scenario.injects.length);
    expect(doc.querySelectorAll('table.plan tbody tr').length).toBe(1);
    const chartable = d.metrics.some((m) => m.unit === 'minutes' && (m.run ?? m.baseline) !== null);
    expect(doc.querySelectorAll('#metrics svg.chart').length).toBe(chartable ? 1 : 0);
  });

  it(
    'PDF: pages render, and the text layer holds the objectives and the decisions',
    async () => {
      const io = memoryIo();
      const out = join(dir, `${name}.pdf`);
      expect(await reportCommand({ file: path, format: 'pdf', out }, nodeReportIo(io))).toBe(0);
      const bytes = readFileSync(out);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out]).toString())![1]);
      expect(pages).toBeGreaterThan(1);
      execFileSync('pdftoppm', ['-r', '30', '-png', out, join(dir, `${name}-page`)]);
      const pngs = execFileSync('ls', [dir])
        .toString()
        .split('\n')
        .filter((f) => f.startsWith(`${name}-page`));
      expect(pngs.length).toBe(pages);
      const text = execFileSync('pdftotext', [out, '-']).toString().replace(/\s+/g, ' ');
      for (const o of scenario.objectives) expect(text).toContain(o.id);
      expect(text).toContain('Decision record');
      for (const r of d.decisions.filter((x) => x.kind === 'decision-point'))
        expect(text).toContain(r.choice!);
      // Table cells wrap: the text layer holds each line of a cell.
      expect(text).toContain('Rehearse the reporting chain');
    },
    CLI_TIMEOUT * 2,
  );
});

describe('report: what a player decided beside the doctrine', () => {
  it('marks a decision point that departs from the default, and the escort it set off', () => {
    const built = debriefFromRunText(
      runFile('carana-three-bad-days', {
        inputs: { decisions: { 'dp-tokono-escort': 'approve-under-pressure' } },
      }),
      'run.json',
    );
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const rows = built.debrief.decisions;
    const point = rows.find((r) => r.ref === 'dp-tokono-escort')!;
    expect(point).toMatchObject({
      choice: 'Approve under donor pressure',
      baselineChoice: 'Apply the IASC criteria strictly',
      differs: true,
    });
    const escort = rows.find((r) => r.ref === 'wfp-standing-escort')!;
    expect(escort.entry.marks).toContain('escort.approved');
    expect(escort.baselineEntry?.marks).toContain('escort.declined');
    expect(escort.differs).toBe(true);
    const criteria = built.debrief.objectives.find((o) => o.id === 'lo-escort')!;
    expect(criteria.status).toBe('not-met');
  });

  it('reports at the position the run was exported at, not past it', () => {
    const built = debriefFromRunText(runFile('carana-three-bad-days', { step: 60 }), 'run.json');
    if (!built.ok) throw new Error(built.problems.join('\n'));
    expect(built.debrief.finished).toBe(false);
    // The first decision point is at T+30:00: a report of the run stopped before shows none.
    expect(built.debrief.time).toBeLessThan(30 * 60);
    expect(built.debrief.decisions.filter((r) => r.kind === 'decision-point')).toEqual([]);
  });
});

describe('report: bad input (as a process)', () => {
  it(
    'a file that is not a run: one line, exit 1',
    async () => {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"format": "something-else"}');
      const r = await peacemesh(['report', bad]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `${bad}: this is not a PeaceMesh run (its "format" is not "peacemesh-run")\n`,
      );
      expect(r.stdout).toBe('');
    },
    CLI_TIMEOUT,
  );

  it('a damaged evaluation record names the place', () => {
    const text = runFile('town-handover', {
      evaluation: {
        observations: [],
        ratings: [{ objective: 'lo-gap', rating: 'X', rationale: '' }],
        plan: [],
      } as never,
    });
    const built = debriefFromRunText(text, 'run.json');
    expect(built.ok).toBe(false);
    if (!built.ok)
      expect(built.problems[0]).toMatch(
        /^run\.json: the evaluation record is damaged at ratings\.0\.rating/,
      );
    const fr = debriefFromRunText(text, 'run.json', 'fr');
    expect(fr.ok).toBe(false);
    if (!fr.ok)
      expect(fr.problems[0]).toMatch(
        /^run\.json : le relevé d’évaluation est endommagé à ratings\.0\.rating/,
      );
  });

  it(
    'PDF without Chromium: a clear message, exit 1, no stack trace',
    async () => {
      const path = join(dir, 'town.peacemesh-run.json');
      writeFileSync(path, runFile('town-handover'));
      const r = await peacemesh(['report', path, '--format', 'pdf', '--out', join(dir, 'x.pdf')], {
        CHROMIUM_PATH: '/nonexistent/chromium',
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^error: PDF needs Chromium, and there is none at \/nonexistent\/chromium: install Debian's chromium/,
      );
      expect(r.stderr).not.toContain(STACK_LINE);
    },
    CLI_TIMEOUT,
  );

  it(
    'an unknown format is a usage error',
    async () => {
      const r = await peacemesh(['report', 'x.json', '--format', 'docx']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("argument 'docx' is invalid");
    },
    CLI_TIMEOUT,
  );
});

describe('report of an exercise package (as a process)', () => {
  const x = new ExerciseDriver();
  x.send('EXCON', { type: 'seat.create', role: 'player', name: 'HC seat', actors: ['hc'] });
  x.send('EXCON', { type: 'seat.create', role: 'evaluator', name: 'Evaluator A', actors: [] });
  x.send('EXCON', { type: 'start' });
  x.toNextDecision();
  x.send('HC seat', { type: 'play', key: x.exercise.sim.question!.key, option: 'decline' });
  x.send('Evaluator A', { type: 'rate', objective: 'lo-escort', rating: 'U', rationale: 'No.' });
  x.send('EXCON', { type: 'plan.add', objective: 'lo-escort' });
  x.send('EXCON', {
    type: 'plan.update',
    action: 'a1',
    change: { action: 'Rehearse the escort decision', owner: 'Training officer' },
  });
  const path = join(dir, 'drill.peacemesh.json');
  writeFileSync(path, JSON.stringify(exportPackage(x.exercise)));

  it(
    'Markdown and French: the seats, the player beside the doctrine, the rating and the plan',
    async () => {
      const r = await peacemesh(['report', path]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('| Player | HC seat, holding DSRSG / RC / HC');
      expect(r.stdout).toContain('played by HC seat');
      expect(r.stdout).toContain('**Rating: U — Unable to be performed.** No.');
      expect(r.stdout).toContain('| lo-escort | Rehearse the escort decision |');
      const fr = await peacemesh(['report', path, '--lang', 'fr']);
      expect(fr.code).toBe(0);
      expect(fr.stdout).toContain('## Registre des décisions');
      expect(fr.stdout).toContain('joué par HC seat');
    },
    CLI_TIMEOUT,
  );

  it(
    'a damaged package: one located line, exit 1',
    async () => {
      const bad = join(dir, 'bad.peacemesh.json');
      const doc = JSON.parse(readFileSync(path, 'utf8')) as { journal: unknown[] };
      writeFileSync(bad, JSON.stringify({ ...doc, journal: [...doc.journal, { kind: 3 }] }));
      const r = await peacemesh(['report', bad]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(
          `^${bad.replace(/[.]/g, '\\.')}: not a PeaceMesh exercise package: journal\\.\\d+\\.`,
        ),
      );
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toContain(STACK_LINE);
      const fr = await peacemesh(['--lang', 'fr', 'report', bad]);
      expect(fr.code).toBe(1);
      expect(fr.stderr).toMatch(
        new RegExp(
          `^${bad.replace(/[.]/g, '\\.')} : pas un dossier d’exercice PeaceMesh : journal\\.\\d+\\.`,
        ),
      );
    },
    CLI_TIMEOUT,
  );
});

describe('reading the file', () => {
  it('parses a package or a run export once, whichever it is', async () => {
    const x = new ExerciseDriver();
    x.send('EXCON', { type: 'start' });
    x.toNextDecision();
    const files = [
      ['drill-once.peacemesh.json', JSON.stringify(exportPackage(x.exercise))],
      ['run-once.json', runFile('carana-three-bad-days')],
    ] as const;
    for (const [name, text] of files) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const parse = vi.spyOn(JSON, 'parse');
      try {
        expect(await reportCommand({ file: path, format: 'md' }, nodeReportIo(memoryIo()))).toBe(0);
        expect(
          parse.mock.calls.filter(([t]) => t === text),
          name,
        ).toHaveLength(1);
      } finally {
        parse.mockRestore();
      }
    }
  });

  it('a file that is not JSON is refused as before, in a sentence', async () => {
    const path = join(dir, 'not-json.json');
    writeFileSync(path, '{ not json');
    const io = memoryIo();
    expect(await reportCommand({ file: path, format: 'md' }, nodeReportIo(io))).toBe(1);
    expect(io.err.join('')).toContain(path);
    expect(io.err.join('')).not.toMatch(STACK_LINE);
  });
});
