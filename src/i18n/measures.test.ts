// A measure's words from its typed result, in English and French: the hot wash and the
// after-action report show these, so a French report has no English sentence left in it.
// Through ./index, which loads the French catalogs the French cases need.
import { describe, expect, it } from 'vitest';
import { detailText, measureText, observedText } from './index';

/** Intl puts no-break spaces inside "6 h" and "75 %". */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('measure wording', () => {
  it('words how each kind of measure reads', () => {
    const each = {
      kind: 'each',
      marks: ['escort.submitted'],
      then: ['escort.approved', 'escort.declined'],
      by: 'hc',
      within: 360,
    } as const;
    expect(measureText(each, 'en')).toBe(
      'each escort.submitted followed by escort.approved or escort.declined by hc within 6h',
    );
    expect(plain(measureText(each, 'fr'))).toBe(
      'chaque escort.submitted suivi de escort.approved ou escort.declined par hc sous 6 h',
    );
    const count = {
      kind: 'count',
      marks: ['handover.gap-opened'],
      ref: 'h2',
      bounds: [{ sign: '=', value: 0, unit: 'count' }],
    } as const;
    expect(measureText(count, 'en')).toBe('count of handover.gap-opened for h2 = 0');
    expect(measureText(count, 'fr')).toBe('nombre de handover.gap-opened pour h2 = 0');
    const metric = {
      kind: 'metric',
      metric: 'meetingAttendanceMean',
      bounds: [
        { sign: '≥', value: 0.75, unit: 'share' },
        { sign: '≤', value: 0.9, unit: 'share' },
      ],
    } as const;
    expect(measureText(metric, 'en')).toMatch(/ ≥ 75% and ≤ 90%$/);
    expect(plain(measureText(metric, 'fr'))).toMatch(/ ≥ 75 % et ≤ 90 %$/);
    expect(measureText(metric, 'fr')).not.toBe(measureText(metric, 'en'));
    const decision = { kind: 'decision', decision: 'dp-second', option: 'Decline' } as const;
    expect(measureText(decision, 'en')).toBe('decision dp-second: Decline');
    expect(measureText(decision, 'fr')).toBe('décision dp-second : Decline');
    // The scenario's own text stays as the trainer wrote it.
    expect(measureText({ kind: 'text', text: 'Décider en 6 h.' }, 'en')).toBe('Décider en 6 h.');
  });

  it('words what the run showed, with numbers in the reader’s format', () => {
    const within = { kind: 'within', inTime: 1, measured: 2, within: 360 } as const;
    expect(observedText(within, 'en')).toBe('1 of 2 within 6h');
    expect(plain(observedText(within, 'fr'))).toBe('1 sur 2 sous 6 h');
    const soFar = { kind: 'value', value: 1, unit: 'count', soFar: true } as const;
    expect(observedText(soFar, 'en')).toBe('1 so far');
    expect(observedText(soFar, 'fr')).toBe('1 pour l’instant');
    const mean = { kind: 'value', value: 2.5, unit: 'count', soFar: false } as const;
    expect(observedText(mean, 'en')).toBe('2.5');
    expect(observedText(mean, 'fr')).toBe('2,5');
    const time = { kind: 'value', value: 315, unit: 'minutes', soFar: false } as const;
    expect(observedText(time, 'en')).toBe('5h15m');
    expect(plain(observedText(time, 'fr'))).toBe('5 h 15');
    expect(observedText({ kind: 'nothing' }, 'fr')).toBe('rien à mesurer dans cette exécution');
    expect(observedText({ kind: 'undecided' }, 'en')).toBe('not decided in this run');
  });

  it('words each instance a timed measure looked at', () => {
    const late = { kind: 'after', ref: 'c2', after: 420, within: 360, ok: false } as const;
    expect(detailText(late, 'en')).toBe('c2: after 7h (over 6h)');
    expect(plain(detailText(late, 'fr'))).toBe('c2 : après 7 h (au-delà de 6 h)');
    const ok = { kind: 'after', ref: 'c1', after: 210, within: 360, ok: true } as const;
    expect(detailText(ok, 'en')).toBe('c1: after 3h30m');
    expect(detailText({ kind: 'open', ref: 'c2' }, 'en')).toBe(
      'c2: still open when the run stopped',
    );
    expect(plain(detailText({ kind: 'never', ref: 'c3', within: 60 }, 'fr'))).toBe(
      'c3 : pas sous 1 h (jamais, à la fin de l’exécution)',
    );
  });
});
