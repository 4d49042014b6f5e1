// An exercise package → the debrief and the report: the players' choices beside the
// doctrine-only run and its rule, who answered, the evaluators' observations and ratings,
// EXCON's improvement plan, the seats by role and the live injects, read from the journal.
import { describe, expect, it } from 'vitest';
import { debriefFromPackageText } from '../cli/report.ts';
import type { Debrief } from '../core/index.ts';
import { renderMarkdown } from '../report/index.ts';
import { decisionCells } from '../report/content.ts';
import { exerciseDebrief } from './debrief.ts';
import { exportPackage } from './package.ts';
import { ExerciseDriver } from './testing.ts';

/** The default scenario played to its end: the HC's seat declines the first escort. */
function drill(): ExerciseDriver {
  const x = new ExerciseDriver();
  x.send('EXCON', { type: 'seat.create', role: 'player', name: 'HC seat', actors: ['hc'] });
  x.send('EXCON', { type: 'seat.create', role: 'evaluator', name: 'Evaluator A', actors: [] });
  x.send('EXCON', { type: 'seat.create', role: 'projector', name: 'Wall', actors: [] });
  x.send('EXCON', { type: 'start' });
  x.toNextDecision();
  const q = x.exercise.sim.question!;
  expect(q).toMatchObject({ actor: 'hc', process: 'wfp-tokono', doctrine: 'approve' });
  x.send('HC seat', { type: 'play', key: q.key, option: 'decline' });
  x.send('Evaluator A', {
    type: 'observe',
    kind: 'improvement',
    text: 'The HC declined although all four criteria were met.',
    actor: 'hc',
    objective: 'lo-escort',
  });
  x.send('EXCON', {
    type: 'inject.stage',
    text: 'Rumour of a roadblock at km 12',
    event: { type: 'information', id: 'rumour-1', from: 'joc', to: ['hc'], summary: 'rumour' },
  });
  x.send('EXCON', {
    type: 'inject.stage',
    text: 'A driver reports a checkpoint at Tokono bridge',
    event: { type: 'information', id: 'rumour-2', from: 'joc', to: ['hc'], summary: 'rumour' },
  });
  // The roadblock rumour (staged first) is withdrawn; the checkpoint report goes out.
  x.send('EXCON', { type: 'inject.withdraw', inject: x.exercise.staged.values().next().value!.id });
  for (let i = 0; i < 20 && x.exercise.sim.status !== 'finished'; i++) {
    x.toNextDecision();
    if (x.exercise.sim.status === 'awaiting-decision') x.send('EXCON', { type: 'force' });
  }
  x.send('Evaluator A', {
    type: 'rate',
    objective: 'lo-escort',
    rating: 'M',
    rationale: 'Declined an escort doctrine would have approved.',
  });
  x.send('EXCON', { type: 'plan.add', objective: 'lo-escort' });
  x.send('EXCON', {
    type: 'plan.update',
    action: 'a1',
    change: {
      action: 'Brief the HC on the four IASC criteria before the next rotation.',
      capability: 'Operational coordination',
      owner: 'Mission training officer',
      due: '2027-01-15',
    },
  });
  x.send('EXCON', { type: 'end' });
  return x;
}

const played = drill();

function row(d: Debrief, ref: string) {
  const r = d.decisions.find((x) => x.ref === ref);
  if (!r) throw new Error(`no decision row for ${ref}`);
  return r;
}

describe('an exercise package → the debrief', () => {
  const pkgText = JSON.stringify(exportPackage(played.exercise));

  it("keeps the player's choice beside the doctrine-only run, with the rule and the seat", async () => {
    const built = await debriefFromPackageText(pkgText, 'drill.peacemesh.json');
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built).not.toHaveProperty('warning');
    const d = built.debrief;
    const escort = row(d, 'wfp-tokono');
    expect(escort).toMatchObject({ by: 'hc', seat: 'HC seat', differs: true });
    expect(escort.entry.kind).toBe('escort.declined-played');
    expect(escort.baselineEntry?.kind).toBe('escort.approved');
    const [, who, what, baseline, rule] = decisionCells(d, escort);
    expect(who).toBe('DSRSG / RC / HC (Humanitarian Coordinator), played by HC seat');
    expect(what).toContain('hc declines the armed escort');
    expect(baseline).toMatch(/^hc approves an armed escort as an exception.*\(differs\)$/);
    expect(rule).toBe('all four IASC criteria met');
    // A decision point EXCON forced to its default: the seat is EXCON, no departure.
    const point = d.decisions.find((r) => r.kind === 'decision-point')!;
    expect(point).toMatchObject({ seat: 'EXCON', differs: false });
    // Decisions no seat held are the machine's: no seat named.
    expect(d.decisions.filter((r) => r.by !== 'hc').every((r) => r.seat === null)).toBe(true);
  });

  it('reads observations, ratings and the plan from the journal, and the seats by role', () => {
    const d = exerciseDebrief(played.exercise);
    expect(d.finished).toBe(true);
    expect(d.date).toBe('2026-11-27T09:00:00.000Z');
    expect(d.participants).toEqual([
      { role: 'excon', who: 'EXCON' },
      { role: 'player', who: 'HC seat', actors: ['hc'] },
      { role: 'evaluator', who: 'Evaluator A' },
      { role: 'projector', who: 'Wall' },
    ]);
    const objective = d.objectives.find((o) => o.id === 'lo-escort')!;
    expect(objective.rating).toEqual({
      objective: 'lo-escort',
      rating: 'M',
      rationale: 'Declined an escort doctrine would have approved.',
      author: 'Evaluator A',
    });
    expect(objective.observations.map((o) => o.text)).toEqual([
      'The HC declined although all four criteria were met.',
    ]);
    expect(d.plan).toEqual([
      {
        id: 'a1',
        objective: 'lo-escort',
        action: 'Brief the HC on the four IASC criteria before the next rotation.',
        capability: 'Operational coordination',
        owner: 'Mission training officer',
        due: '2027-01-15',
      },
    ]);
  });

  it('lists live injects with what became of them: delivered, or withdrawn', () => {
    const d = exerciseDebrief(played.exercise);
    expect(d.live.map((l) => [l.text, l.state])).toEqual([
      ['A driver reports a checkpoint at Tokono bridge', 'delivered'],
      ['Rumour of a roadblock at km 12', 'withdrawn'],
    ]);
    const delivered = d.live[0]!;
    expect(delivered.delivered).not.toBeNull();
    expect(d.live[1]!.delivered).toBeNull();
  });

  it('the Markdown report holds the seat, the baseline, the rating, the plan; French too', () => {
    const d = exerciseDebrief(played.exercise);
    const en = renderMarkdown(d);
    expect(en).toContain(
      '| Player | HC seat, holding DSRSG / RC / HC (Humanitarian Coordinator) |',
    );
    expect(en).toContain('played by HC seat');
    expect(en).toContain('**Rating: M — Performed with major challenges.**');
    expect(en).toContain('Brief the HC on the four IASC criteria');
    expect(en).toContain('| live |');
    expect(en).toMatch(/Players answered 1 decision from their seats; 1 departed/);
    const fr = renderMarkdown(d, 'fr');
    expect(fr).toContain('## Registre des décisions');
    expect(fr).toContain('## Plan d’amélioration');
    expect(fr).toContain('joué par HC seat');
    expect(fr).toContain('**Évaluation : M — Réalisé avec des difficultés majeures.**');
    expect(fr).not.toContain('## Decision record');
  });

  it('a damaged package gives one located line; a tampered log a warning', async () => {
    const bad = await debriefFromPackageText('{"format":"peacemesh-exercise"}', 'x.json');
    expect(bad).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^x\.json: not a PeaceMesh exercise package: version: /)],
    });
    const doc = JSON.parse(pkgText) as { hash: string };
    const tampered = await debriefFromPackageText(
      JSON.stringify({ ...doc, hash: 'deadbeef' }),
      'y.json',
    );
    expect(tampered.ok && 'warning' in tampered ? tampered.warning : '').toMatch(
      /^y\.json: warning: the replayed log \(hash \w+\) is not the exercise's \(hash deadbeef\)/,
    );
  });
});

describe('the record is role-checked and validated', () => {
  it.each([
    ['HC seat', { type: 'plan.add' }],
    ['HC seat', { type: 'rate', objective: 'lo-escort', rating: 'P', rationale: '' }],
    ['Evaluator A', { type: 'plan.add' }],
    ['Evaluator A', { type: 'plan.remove', action: 'a1' }],
    ['Wall', { type: 'rate', objective: 'lo-escort', rating: 'P', rationale: '' }],
  ] as const)('%s may not send %j', (seat, message) => {
    const before = played.exercise.journal.length;
    expect(() => played.send(seat, message as never)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(played.exercise.journal.length).toBe(before);
  });

  it('refuses an unknown objective or action, and a malformed change', () => {
    expect(() =>
      played.send('EXCON', { type: 'plan.update', action: 'a9', change: { owner: 'x' } }),
    ).toThrow('no corrective action "a9" in the improvement plan');
    expect(() =>
      played.send('EXCON', {
        type: 'rate',
        objective: 'lo-nothing',
        rating: 'P',
        rationale: '',
      }),
    ).toThrow('no learning objective "lo-nothing"');
    expect(() =>
      played.send('EXCON', {
        type: 'plan.update',
        action: 'a1',
        change: { id: 'a2' } as never,
      }),
    ).toThrow(/Unrecognized key/);
  });
});

describe('played decisions with no outcome entry of their own', () => {
  it("a unit's seat keeping its team in, and sending regrets, are rows beside doctrine's answer", () => {
    const x = new ExerciseDriver();
    x.send('EXCON', { type: 'seat.create', role: 'player', name: 'Bn East', actors: ['bn-east'] });
    x.send('EXCON', { type: 'start' });
    for (let i = 0; i < 200 && x.exercise.sim.status !== 'finished'; i++) {
      x.toNextDecision();
      const q = x.exercise.sim.question;
      if (q) {
        const other = q.options.find((o) => o.id !== q.doctrine)!.id;
        x.send('Bn East', { type: 'play', key: q.key, option: other });
      } else if (x.exercise.sim.awaiting) x.send('EXCON', { type: 'force' });
    }
    const d = exerciseDebrief(x.exercise);
    const rows = d.decisions.filter((r) => r.kind === 'played');
    const refused = rows.find((r) => r.choice === 'refuse')!;
    expect(refused).toMatchObject({
      by: 'bn-east',
      seat: 'Bn East',
      byPlayer: true,
      differs: true,
    });
    const [, who, what, baseline] = decisionCells(d, refused);
    expect(who).toMatch(/, played by Bn East$/);
    expect(what).toMatch(
      /^bn-east \(played\) decides: refuse: keep the team in — doctrine: send a team/,
    );
    expect(baseline).toBe('send a team (differs)');
    expect(rows.some((r) => r.choice === 'regrets' && r.baselineChoice === 'attend')).toBe(true);
    // Every played decision is in the record once: as its own row or its outcome's.
    const played = x.exercise.sim.log.filter((e) => e.kind === 'decision.played').length;
    const seated = d.decisions.filter((r) => r.seat !== null && r.kind !== 'decision-point');
    expect(seated).toHaveLength(played);
  });
});
