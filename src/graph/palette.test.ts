import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, CHANNELS } from '../core/index.ts';
import {
  CHANNEL_STYLE,
  KIND_STYLE,
  STATE_STYLE,
  dashForZoom,
  dashZoomStep,
  shapePath,
  stateLook,
} from './palette.ts';

describe('palette', () => {
  it('gives each actor kind its own shape and Okabe–Ito colour', () => {
    expect(
      Object.fromEntries(ACTOR_KINDS.map((k) => [k, [KIND_STYLE[k].shape, KIND_STYLE[k].colour]])),
    ).toEqual({
      military: ['square', '#0072B2'],
      police: ['diamond', '#56B4E9'],
      humanitarian: ['circle', '#E69F00'],
      civilian: ['triangle', '#009E73'],
      'host-police': ['hexagon', '#CC79A7'],
    });
    expect(new Set(ACTOR_KINDS.map((k) => KIND_STYLE[k].shape)).size).toBe(5);
  });

  it('marks busy with a thick yellow ring and overloaded with a thick dashed vermillion one', () => {
    expect(STATE_STYLE.busy).toMatchObject({ ring: '#F0E442', dash: '' });
    expect(STATE_STYLE.overloaded).toMatchObject({ ring: '#D55E00' });
    expect(STATE_STYLE.overloaded.dash).not.toBe('');
    expect(STATE_STYLE.busy.width).toBeGreaterThan(STATE_STYLE.available.width);
  });

  it('treats any state other than the three component states as a process state', () => {
    expect(stateLook('available')).toBe('available');
    expect(stateLook('overloaded')).toBe('overloaded');
    expect(stateLook('escorting')).toBe('other');
  });

  it('styles every channel, liaison as a double line and meeting-only as a faint dotted one', () => {
    for (const c of CHANNELS) expect(CHANNEL_STYLE[c].name).not.toBe('');
    expect(CHANNEL_STYLE.liaison.double).toBe(true);
    expect(CHANNEL_STYLE.radio.dash).toBe('');
    expect(CHANNEL_STYLE.report.dash).not.toBe('');
    expect(CHANNEL_STYLE['meeting-only'].opacity).toBeLessThan(1);
  });

  it('draws closed shape paths centred on the origin with about the same size', () => {
    for (const kind of ACTOR_KINDS) {
      const d = shapePath(KIND_STYLE[kind].shape, 10);
      expect(d).toMatch(/^M.*Z$/);
      const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Math.abs(Number(m[0])));
      expect(Math.max(...numbers)).toBeGreaterThan(8);
      expect(Math.max(...numbers)).toBeLessThan(16);
    }
    expect(shapePath('square', 10)).toBe('M-8.9,-8.9H8.9V8.9H-8.9Z');
  });
});

describe('dashForZoom', () => {
  it('keeps dashes their nominal size on screen when zoomed out, and scales with the line when zoomed in', () => {
    expect(dashForZoom('7 4', 1)).toBe('7 4');
    expect(dashForZoom('7 4', 2)).toBe('7 4');
    expect(dashForZoom('7 4', 0.5)).toBe(
      `${Math.round((7 / dashZoomStep(0.5)) * 100) / 100} ${Math.round((4 / dashZoomStep(0.5)) * 100) / 100}`,
    );
    expect(dashForZoom('', 0.2)).toBe('');
  });

  it('changes only in steps, so a smooth zoom rarely rewrites it', () => {
    expect(dashForZoom('7 4', 0.5)).toBe(dashForZoom('7 4', 0.51));
    expect(dashZoomStep(0.5)).toBeCloseTo(0.5, 1);
  });
});
