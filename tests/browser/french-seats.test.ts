// A hosted exercise in French, in Chromium at a laptop's 1366×768: EXCON picks Français in its
// seat's header (remembered over a reload, <html lang> follows), the HC player, the evaluator
// and the projector open their join links with ?lang=fr, and every seat — EXCON's console with
// its live injects, the player's decision card, the evaluator's observation form, the hot
// wash — reads in French, with no label cut by the longer French words.
// Screenshots go to $PEACEMESH_SCREENSHOTS (docs/screenshots to refresh the docs' ones),
// else to a temporary folder removed afterwards.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeatClient, type TestHost } from '../../src/server/testing';
import { startHostHarness, type HostHarness, type OpenedPage } from '../helpers/browser';
import { clippedText, ENGLISH_UI } from '../helpers/french';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = process.env['PEACEMESH_SCREENSHOTS'] ?? mkdtempSync(join(tmpdir(), 'peacemesh-fr-'));
const FRENCH = 'scenarios/dilemme-escorte.yaml';

let h: HostHarness;
let t: TestHost;
let exercise: string;
let excon: SeatClient;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await startHostHarness();
  t = h.t;
  // The francophone mission's scenario, so everything on screen is French, the trainer's too.
  exercise = t.host.create(readFileSync(join(ROOT, FRENCH), 'utf8'), FRENCH);
  const room = { url: t.url, exercise };
  excon = await SeatClient.join(room, exconToken());
  for (const [name, role, actors] of [
    ['Poste CH', 'player', ['hc']],
    ['Évaluatrice', 'evaluator', []],
    ['Écran', 'projector', []],
  ] as const)
    expect(
      await excon.command({ type: 'seat.create', role, name, actors: [...actors] }),
    ).toMatchObject({ type: 'ack' });
  expect(await excon.command({ type: 'start' })).toMatchObject({ type: 'ack' });
  for (let i = 0; i < 40 && !excon.state?.question; i++)
    await excon.command({ type: 'move', move: { to: 'next' } });
  expect(excon.state?.question?.actor).toBe('hc');
  // A live inject held for the next move, shown in EXCON's panel.
  expect(
    await excon.command({
      type: 'inject.stage',
      text: 'Le COC appelle : groupe armé aperçu près du pont de Tokono.',
      event: {
        type: 'information',
        id: 'live-pont',
        from: 'joc',
        to: ['sector-east'],
        summary: 'groupe armé près du pont',
      },
    }),
  ).toMatchObject({ type: 'ack' });
}, 240_000);

afterAll(async () => {
  excon?.close();
  await h?.close();
  if (!process.env['PEACEMESH_SCREENSHOTS']) rmSync(SHOTS, { recursive: true, force: true });
});

function exconToken(): string {
  return t.host.list().find((x) => x.id === exercise)!.excon;
}

function token(name: string): string {
  const seat = [...t.host.exercise(exercise)!.seats.values()].find((s) => s.name === name);
  if (!seat) throw new Error(`no seat ${name}`);
  return seat.token;
}

async function joinSeat(seatToken: string, lang?: 'fr'): Promise<OpenedPage> {
  const query = `exercise=${exercise}&seat=${seatToken}${lang ? `&lang=${lang}` : ''}`;
  const opened = await h.open(`/?${query}`, { viewport: { width: 1366, height: 768 } });
  await opened.page.waitForSelector('.xapp', { timeout: 30_000 });
  await opened.page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 30_000 });
  return opened;
}

/** The seat's words: French, nothing the catalogs hold in English, nothing cut off. */
async function readsFrench(page: Page, name: string): Promise<void> {
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  const text = await page.locator('body').innerText();
  expect(text, name).not.toMatch(ENGLISH_UI);
  expect(await clippedText(page), name).toEqual([]);
  await page.waitForTimeout(500); // the mesh settles
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe('every exercise seat in French', { timeout: 240_000 }, () => {
  it('EXCON switches to French in its header and keeps it; each seat reads in French', async () => {
    const control = await joinSeat(exconToken());
    const { page } = control;
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('.xheader').getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Injections en direct' }).waitFor();
    // Remembered: the seat opens in French again after a reload.
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { name: 'Injections en direct' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.xheader').getByLabel('Langue').inputValue()).toBe('fr');
    await page.getByTestId('decision-card').getByText('approuver l’escorte').first().waitFor();
    await readsFrench(page, 'exercise-excon-fr');

    // The HC player: the escort decision, the facts its actor knows, doctrine's answer.
    const hc = await joinSeat(token('Poste CH'), 'fr');
    const card = hc.page.getByTestId('decision-card');
    await card.getByText(/demande une escorte armée/).waitFor();
    expect(await card.innerText()).toMatch(/solutions de rechange examinées/);
    expect(await card.innerText()).toMatch(/Doctrine/);
    await readsFrench(hc.page, 'exercise-player-fr');

    // The evaluator: an observation recorded in French, then the hot wash.
    const evaluator = await joinSeat(token('Évaluatrice'), 'fr');
    const form = evaluator.page.locator('.xobserve');
    await form.getByRole('button', { name: 'Point à améliorer' }).click();
    await form.getByLabel('Observation').fill('Le CH a demandé les critères avant de décider.');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByTestId('observation').first().waitFor();
    expect(await form.getByTestId('observation').first().innerText()).toContain('à améliorer');
    await readsFrench(evaluator.page, 'exercise-evaluator-fr');
    await evaluator.page.getByRole('button', { name: 'Débriefing à chaud' }).click();
    const hotwash = evaluator.page.locator('dialog[open]');
    await hotwash.getByRole('heading', { name: 'Objectifs' }).waitFor({ timeout: 60_000 });
    await readsFrench(evaluator.page, 'exercise-hotwash-fr');

    // The projector: the common picture.
    const wall = await joinSeat(token('Écran'), 'fr');
    await readsFrench(wall.page, 'exercise-projector-fr');

    for (const p of [control, hc, evaluator, wall]) expect(p.errors()).toEqual([]);
  });
});
