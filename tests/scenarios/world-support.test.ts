// The world the decisions live in, scenario by scenario: HRDDP across every kind of UN support
// with mitigation measures, joint patrols, movement notifications to everyone who must
// deconflict, readiness moved by events, and the format's later alternatives, one-off
// meetings, early transfers of authority and travel times per area.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatError, loadScenario, type LogEntry, type Scenario } from '../../src/core/index';
import { describeEntry } from '../../src/i18n/index.ts';
import { param, problemText, text } from '../../src/i18n/testing';
import { marked, play, seeds } from '../helpers/scenarios';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function fixture(name: string): Scenario {
  const file = `tests/fixtures/${name}.yaml`;
  const result = loadScenario(readFileSync(`${ROOT}/${file}`, 'utf8'), file);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.scenario;
}

/** Messages a process sent, as [to, what it is about (its phrase kind)]. */
const sentBy = (log: readonly LogEntry[], process: string) =>
  log
    .filter((e) => e.kind === 'message.sent' && e.actor === process)
    .map((e) => param(e, 'to') as string);

/** Every message sent to `to` about one of these subjects (phrase kinds). */
const sentTo = (log: readonly LogEntry[], to: string, subjects: readonly string[]) =>
  log.filter(
    (e) =>
      e.kind === 'message.sent' &&
      param(e, 'to') === to &&
      subjects.includes((param(e, 'about') as { kind: string }).kind),
  );

const TASKINGS = ['about.escort-tasking', 'about.poc-tasking', 'about.patrol-tasking'];

describe('HRDDP across all UN support', () => {
  const scenario = fixture('hrddp-support');
  const runs = seeds(3).map((seed) => play(scenario, 'mixed', seed));

  it('never tasks, partners or hands over to a unit under suspension, and says why each time', () => {
    for (const { log } of runs) {
      expect(sentTo(log, 'cnp-tanga', TASKINGS)).toEqual([]);
      const refused = marked(log, 'hrddp.refused');
      expect(refused.map((e) => [param(e, 'unit'), param(e, 'support'), e.ref])).toEqual([
        ['cnp-tanga', 'escort', 'wfp-tanga'],
        ['cnp-tanga', 'poc-response', 'tanga-threat'],
        ['cnp-tanga', 'joint-patrol', 'patrol-tanga'],
      ]);
      for (const e of refused) {
        expect(text(e)).toContain('HRDDP');
        expect(describeEntry(e, 'fr')).toContain('PDVDH');
      }
      // The supported handover is blocked under the HRDDP too; mentoring never starts.
      expect(marked(log, 'handover.blocked', 'east-to-tanga')).toHaveLength(1);
      expect(marked(log, 'handover.transferred', 'east-to-tanga')).toEqual([]);
      expect(log.filter((e) => e.kind === 'readiness.mentored' && e.actor === 'cnp-tanga')).toEqual(
        [],
      );
      expect(text(log.find((e) => e.actor === 'cnp-tanga'))).toContain(
        'mentoring suspended under HRDDP',
      );
    }
  });

  it('counts every refusal, and the patrols that went out', () => {
    for (const { metrics } of runs) {
      // Escort, POC response, joint patrol, handover, and CNP Tanga's mentoring.
      expect(metrics.hrddpRefusals).toBe(5);
      expect(metrics.jointPatrols).toBe(1);
    }
  });

  it('gives the escort and the POC response to the FPU instead', () => {
    for (const { log } of runs) {
      expect(param(marked(log, 'escort.tasked', 'wfp-tanga')[0], 'provider')).toBe('fpu');
      expect(param(marked(log, 'poc.tasked', 'tanga-threat')[0], 'responder')).toBe('fpu');
    }
  });

  it('leaves an approved escort unfilled when the only provider is under suspension', () => {
    const { log, metrics } = play(scenario, 'host-only', 1);
    expect(marked(log, 'hrddp.refused', 'wfp-tanga')).toHaveLength(1);
    expect(marked(log, 'escort.unfilled', 'wfp-tanga')).toHaveLength(1);
    expect(sentTo(log, 'cnp-tanga', TASKINGS)).toEqual([]);
    expect(metrics.escortsUnfilled).toBe(1);
  });

  it('allows the kinds of support the stated mitigation measures name, and says so', () => {
    for (const { log } of runs) {
      const mitigated = marked(log, 'hrddp.mitigated');
      expect(mitigated.map((e) => [param(e, 'unit'), param(e, 'support')])).toEqual([
        ['cnp-lusaka', 'mentoring'],
        ['cnp-lusaka', 'joint-patrol'],
      ]);
      expect(text(mitigated[1])).toContain('a UN human rights officer accompanies');
      expect(marked(log, 'patrol.completed', 'patrol-lusaka')).toHaveLength(1);
      const weeks = log.filter((e) => e.kind === 'readiness.mentored' && e.actor === 'cnp-lusaka');
      expect(weeks).toHaveLength(1);
      expect(param(weeks[0], 'certified')).toBeCloseTo(0.65);
    }
  });

  it('keeps a suspension for the kinds the measures do not name (mitigation allows no handover)', () => {
    const lusaka: Scenario = {
      ...scenario,
      injects: [
        ...scenario.injects,
        {
          ...scenario.injects.at(-1)!,
          serial: 6,
          event: { ...scenario.injects.at(-1)!.event, id: 'east-to-lusaka', to: 'cnp-lusaka' },
        } as Scenario['injects'][number],
      ],
    };
    const { log } = play(lusaka, 'mixed', 1);
    expect(marked(log, 'handover.blocked', 'east-to-lusaka')).toHaveLength(1);
  });
});

describe('Joint patrols', () => {
  it('go out with a team from each unit and bring both back', () => {
    const { log, sim } = play(fixture('hrddp-support'), 'mixed', 1);
    const started = marked(log, 'patrol.started', 'patrol-lusaka');
    const completed = marked(log, 'patrol.completed', 'patrol-lusaka');
    expect(started).toHaveLength(1);
    expect(completed[0]!.time - started[0]!.time).toBe(180);
    expect(sentBy(log, 'patrol-lusaka')).toEqual(['fpu', 'cnp-lusaka', 'fpu', 'cnp-lusaka']);
    for (const unit of ['fpu', 'cnp-lusaka'])
      expect((sim.instance(unit)?.context as { teamsOut: number }).teamsOut).toBe(0);
  });

  it('are called off when the host-police partner cannot respond, and no team is left out', () => {
    const { log, sim } = play(fixture('world-events'), 'hub', 1);
    const cancelled = marked(log, 'patrol.cancelled', 'south-patrol');
    expect(cancelled).toHaveLength(1);
    expect(param(cancelled[0], 'refused')).toEqual(['cnp-south']);
    expect(marked(log, 'patrol.started', 'south-patrol')).toEqual([]);
    for (const unit of ['unpol', 'cnp-south'])
      expect((sim.instance(unit)?.context as { teamsOut: number }).teamsOut).toBe(0);
  });

  it('are checked like every event: a partner that is not host-state police is an error', () => {
    const source = readFileSync(`${ROOT}/tests/fixtures/world-events.yaml`, 'utf8').replace(
      'partner: cnp-south',
      'partner: fpu',
    );
    const result = loadScenario(source, 'world-events.yaml', { describe: problemText });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map(formatError).join('\n')).toMatch(
        /world-events\.yaml:\d+:\d+: "partner" must be a host-state police unit, but "fpu" is police/,
      );
  });
});

describe('Movement notifications', () => {
  const scenario = fixture('world-events');

  it.each([
    ['hub', ['ocha', 'bn', 'fpu']],
    ['no-facilitator', ['bn', 'fpu']],
  ])('reach the force in the area and its lead under %s', (structure, told) => {
    for (const seed of seeds(3)) {
      const { log } = play(scenario, structure, seed);
      expect(sentBy(log, 'relief-north')).toEqual(told);
      const received = marked(log, 'notification.received', 'relief-north').map((e) =>
        param(e, 'by'),
      );
      expect(received.sort()).toEqual([...told].sort());
    }
  });
});

describe('Readiness moved by events', () => {
  const scenario = fixture('world-events');
  const calm: Scenario = {
    ...scenario,
    injects: scenario.injects.filter((i) => i.event.type !== 'incident'),
  };

  it.each(['hub', 'no-facilitator'])(
    'under %s, an attack that overwhelms CNP South reverses the transition at once',
    (structure) => {
      for (const seed of seeds(3)) {
        const { log, metrics } = play(scenario, structure, seed);
        const lowered = marked(log, 'readiness.lowered');
        expect(lowered.map((e) => [e.actor, e.time])).toEqual([['cnp-south', 48 * 60]]);
        const reversed = marked(log, 'handover.reversed', 'south-transition');
        expect(reversed).toHaveLength(1);
        // Reviewed when the JOC hears of the attack, not at the weekly review (7 days).
        expect(reversed[0]!.time - 48 * 60).toBeLessThan(60);
        expect(text(reversed[0])).toContain('unable to respond to the security environment');
        expect(metrics.handoverReversals).toBe(1);
        // A later threat is not given to a command that cannot respond.
        expect(param(marked(log, 'poc.tasked', 'south-crowd')[0], 'responder')).toBe('unpol');
        expect(sentTo(log, 'cnp-south', ['about.poc-tasking'])).toEqual([]);
      }
    },
  );

  it('without the attack the transition holds to the end of monitoring', () => {
    const { log, metrics } = play(calm, 'hub', 1);
    expect(marked(log, 'readiness.lowered')).toEqual([]);
    expect(marked(log, 'handover.completed', 'south-transition')).toHaveLength(1);
    expect(metrics.handoverReversals).toBe(0);
  });

  it('a suspension under HRDDP reverses the transition at once and stops every kind of support', () => {
    const at = (h: number) => h * 60;
    const inject = (serial: number, time: number, event: unknown) =>
      ({ serial, at: time, from: 'EXCON', method: 'report', text: 'x', event }) as Scenario['injects'][number];
    const suspended: Scenario = {
      ...calm,
      injects: [
        ...calm.injects.filter((i) => i.event.type !== 'joint-patrol'),
        inject(10, at(60), {
          type: 'hrddp-status',
          actor: 'cnp-south',
          hrddp: 'suspended',
          reason: 'Human Rights reports a death in custody',
        }),
        inject(11, at(70), {
          type: 'joint-patrol',
          id: 'late-patrol',
          area: 'south',
          unit: 'unpol',
          partner: 'cnp-south',
          length: 120,
        }),
      ],
    };
    const { log } = play(suspended, 'hub', 1);
    expect(text(marked(log, 'hrddp.changed')[0])).toBe(
      'HRDDP status of UN support to cnp-south now suspended: Human Rights reports a death in custody',
    );
    const reversed = marked(log, 'handover.reversed', 'south-transition');
    expect(reversed).toHaveLength(1);
    expect(reversed[0]!.time - at(60)).toBeLessThan(60);
    expect(text(reversed[0])).toContain('HRDDP');
    expect(marked(log, 'hrddp.refused', 'late-patrol')).toHaveLength(1);
    expect(sentTo(log, 'cnp-south', TASKINGS)).toEqual([]);
  });

  it('a change of readiness brings the command back', () => {
    const back: Scenario = {
      ...scenario,
      injects: [
        ...scenario.injects,
        {
          serial: 9,
          at: 60 * 60,
          from: 'EXCON',
          method: 'phone',
          text: 'CNP South reinforced from the capital.',
          event: { type: 'capacity-change', actor: 'cnp-south', respond: true },
        } as Scenario['injects'][number],
      ],
    };
    const { log } = play(back, 'hub', 1);
    expect(text(log.find((e) => e.kind === 'readiness.respond-changed'))).toContain(
      'able to respond to the security environment again',
    );
    expect(param(marked(log, 'poc.decided', 'south-crowd')[0], 'responder')).toBe('cnp-south');
  });
});

describe('Format: later alternatives, one-off meetings, early transfers, travel per area', () => {
  const scenario = fixture('format-drill');
  const runs = seeds(3).map((seed) => play(scenario, 'slow-hc', seed));

  it('withdraws a request when its alternative opens, and takes an open alternative at once', () => {
    for (const { log, metrics } of runs) {
      const withdrawn = marked(log, 'escort.alternative', 'wfp-north');
      expect(withdrawn.map((e) => [e.kind, e.time])).toEqual([['escort.alternative-opens', 360]]);
      expect(marked(log, 'escort.approved', 'wfp-north')).toEqual([]);
      const atOnce = marked(log, 'escort.alternative', 'unicef-north');
      expect(atOnce.map((e) => [e.kind, e.time])).toEqual([['escort.alternative', 420]]);
      expect(metrics.alternativesUsed).toBe(2);
    }
  });

  it('holds a meeting without a cadence once', () => {
    for (const { log, metrics } of runs) {
      expect(text(marked(log, 'meeting.scheduled')[0])).toContain('single session');
      expect(marked(log, 'meeting.held').map((e) => e.time)).toEqual([600]);
      expect(metrics.meetingsHeld).toBe(1);
    }
  });

  it('counts the area as held by no one from an early transfer until the unit arrives', () => {
    for (const { log, metrics } of runs) {
      const opened = marked(log, 'handover.gap-opened', 'mureba-toa');
      const closed = marked(log, 'handover.gap-closed', 'mureba-toa');
      expect(opened.map((e) => e.kind)).toEqual(['handover.toa-before-arrival']);
      expect(opened[0]!.time).toBe(marked(log, 'handover.transferred', 'mureba-toa')[0]!.time);
      expect(closed.map((e) => [e.kind, e.time])).toEqual([['handover.arrived', 30 * 60]]);
      expect(metrics.securityGapMinutes).toBe(30 * 60 - opened[0]!.time);
    }
  });

  it('takes the travel time the area gives', () => {
    for (const { log } of runs) {
      const tasked = marked(log, 'poc.tasked', 'koro-attack')[0]!;
      expect(param(tasked, 'travel')).toBe(300);
      expect(marked(log, 'poc.responded', 'koro-attack')[0]!.time - tasked.time).toBe(300);
    }
  });
});

describe('The new log entries in words', () => {
  it.each(['hrddp-support', 'world-events', 'format-drill'])(
    'renders every entry of %s in English and French',
    (name) => {
      const scenario = fixture(name);
      for (const structure of scenario.structures) {
        const { log } = play(scenario, structure.id, 2);
        for (const e of log)
          for (const line of [describeEntry(e, 'en'), describeEntry(e, 'fr')]) {
            expect(line, e.kind).not.toMatch(/\{|\}|undefined|\[object/);
            expect(line.length, e.kind).toBeGreaterThan(0);
          }
      }
    },
  );
});
