// Played decisions: a seat holding the deciding actor answers instead of the machine, the
// answer replays exactly, and a run nobody plays is the run it always was.
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../tests/helpers/scenarios';
import { Simulation } from './engine';
import { hashText } from './hash';
import { describeEntry } from '../../i18n/index.ts';
import { param, text } from '../../i18n/testing';

const scenario = bundled('carana-three-bad-days');
const hash = (sim: Simulation) => hashText(JSON.stringify(sim.log));

/** Plays the run, answering every question with the option `pick` chooses. */
function playThrough(held: string[], pick: (options: string[]) => string): Simulation {
  const sim = new Simulation(scenario, { seed: 3, inputs: { held } });
  for (let guard = 0; guard < 500; guard++) {
    sim.run();
    const point = sim.awaiting;
    if (point) {
      // A scenario decision point of a held actor waits too: its default here.
      sim.decide(point.id, point.default);
      continue;
    }
    const q = sim.question;
    if (!q) break;
    sim.play(q.key, pick(q.options.map((o) => o.id)));
  }
  return sim;
}

describe('played decisions', () => {
  it('waits for the seat holding the escort authority, with the facts it knows and doctrine', () => {
    const sim = new Simulation(scenario, { seed: 3, inputs: { held: ['hc'] } }).run();
    expect(sim.status).toBe('awaiting-decision');
    const q = sim.question!;
    expect(q.site).toBe('escort.decision');
    expect(q.actor).toBe('hc');
    expect(q.options.map((o) => o.id)).toEqual(['approve', 'decline']);
    expect(q.doctrine).toBe('approve');
    expect(q.prompt).toEqual({
      kind: 'ask.escort',
      params: { requester: 'wfp', id: q.process.replace(/^escort-/, '') },
    });
    expect(q.facts).toContainEqual({ kind: 'known.host-unable', params: { holds: true } });
    const before = sim.log.length;
    sim.play(q.key, 'decline');
    const entries = sim.log.slice(before);
    const written = entries.map(text);
    expect(written[0]).toBe(
      'hc (played) decides: decline the escort — doctrine: approve the escort as an exception (all four IASC criteria met)',
    );
    expect(written[1]).toMatch(/^hc declines the armed escort \(doctrine: approve/);
    expect(entries[0]).toMatchObject({
      kind: 'decision.played',
      params: { option: 'decline', doctrine: 'approve', departs: true, forced: false },
    });
    expect(describeEntry(entries[0]!, 'fr')).toBe(
      'hc (joué) décide : refuser l’escorte — doctrine : approuver l’escorte à titre exceptionnel (les quatre critères du CPI sont remplis)',
    );
    expect(describeEntry(entries[1]!, 'fr')).toMatch(
      /^hc refuse l’escorte armée \(doctrine : approuver/,
    );
  });

  it('leaves a run no seat takes part in byte for byte as it was', () => {
    const plain = new Simulation(scenario, { seed: 3 }).run();
    const empty = new Simulation(scenario, { seed: 3, inputs: { held: [] } }).run();
    expect(hash(empty)).toBe(hash(plain));
    expect(plain.log.some((e) => e.event === 'decision.played')).toBe(false);
  });

  it('replays the answers exactly, with or without the seats', () => {
    const live = playThrough(['hc', 'sector-east', 'bn-east'], (o) => o.at(-1)!);
    expect(live.status).toBe('finished');
    const played = live.runInputs.played!;
    expect(Object.keys(played).length).toBeGreaterThanOrEqual(3);
    const replay = new Simulation(scenario, {
      seed: 3,
      inputs: { decisions: live.runInputs.decisions, played },
    }).run();
    expect(replay.status).toBe('finished');
    expect(hash(replay)).toBe(hash(live));
  });

  it('a seat answering as doctrine would gives the machine outcome, apart from its own lines', () => {
    const machine = new Simulation(scenario, { seed: 3 }).run();
    const agreed = playThrough(['hc'], () => 'doctrine');
    const strip = (sim: Simulation) =>
      sim.log.filter((e) => e.event !== 'decision.played').map((e) => e.marks?.join(','));
    expect(strip(agreed)).toEqual(machine.log.map((e) => e.marks?.join(',')));
  });

  it('refuses an answer to a question not asked or an option it does not have', () => {
    const sim = new Simulation(scenario, { seed: 3, inputs: { held: ['hc'] } }).run();
    expect(() => sim.play('nothing:decision', 'approve')).toThrow(/no decision "nothing:decision"/);
    expect(() => sim.play(sim.question!.key, 'maybe')).toThrow(/has no option "maybe"/);
  });

  it('a provider seat keeps its team in: the next provider is asked', () => {
    const sim = playThrough(['bn-east'], (o) => (o.includes('refuse') ? 'refuse' : o[0]!));
    expect(sim.log.some((e) => e.marks?.includes('team.refused'))).toBe(true);
  });

  it('an invited seat may send regrets to a meeting doctrine would have it attend', () => {
    const sim = playThrough(['unhcr'], (o) => (o.includes('regrets') ? 'regrets' : o[0]!));
    const played = sim.log.filter((e) => e.event === 'decision.played');
    expect(played.some((e) => param(e, 'site') === 'meeting.attend')).toBe(true);
    const first = played.find((e) => param(e, 'site') === 'meeting.attend')!;
    expect(param(first, 'doctrine')).toBe('attend');
    expect(text(first)).toMatch(/^unhcr \(played\) decides: send regrets — doctrine: attend/);
    expect(
      sim.log.some((e) => e.actor === 'cmcoord-forum' && text(e).includes('unhcr sends regrets')),
    ).toBe(true);
  });

  it('the handover authority may transfer a district doctrine finds not ready', () => {
    const sim = playThrough(['hofo-east'], (o) =>
      o.includes('transfer') ? 'transfer' : o.includes('attend') ? 'attend' : o[0]!,
    );
    const played = sim.log.find(
      (e) => e.event === 'decision.played' && param(e, 'site') === 'handover.decision',
    );
    expect(param(played, 'doctrine')).toBe('postpone');
    expect(param(played, 'option')).toBe('transfer');
    expect(
      sim.log.some((e) =>
        /hofo-east decides to transfer mureba-district \(doctrine: postpone — requires improvement/.test(
          text(e),
        ),
      ),
    ).toBe(true);
    expect(sim.log.some((e) => e.marks?.includes('handover.transferred'))).toBe(true);
  });
});
