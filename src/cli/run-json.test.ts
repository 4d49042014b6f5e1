import { describe, expect, it } from 'vitest';
import { hashText, loadScenario, Simulation } from '../core';
import { hashLog, writeRunJson } from './run-json';
import { readFileSync } from 'node:fs';

describe('run --json in pieces', () => {
  it('writes exactly JSON.stringify of the document, with the hash of the log', () => {
    const loaded = loadScenario(
      readFileSync('tests/fixtures/escort-drill.yaml', 'utf8'),
      'escort-drill.yaml',
    );
    if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
    const sim = new Simulation(loaded.scenario, { seed: 2 }).run();
    const head = { scenario: 'escort-drill', title: 'T', structure: 'hub', seed: 2, until: null };
    const metrics = { a: 1 };
    const pieces: string[] = [];
    writeRunJson({ ...head, log: sim.log, metrics }, (text) => pieces.push(text));
    const hash = hashText(JSON.stringify(sim.log));
    expect(hashLog(sim.log)).toBe(hash);
    expect(pieces.join('')).toBe(`${JSON.stringify({ ...head, log: sim.log, metrics, hash })}\n`);
    expect(hashLog([])).toBe(hashText('[]'));
  });
});
