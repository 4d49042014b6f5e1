// The app in French, end to end in Chromium: a trainer picks Français in the header, the
// choice is remembered over a reload, <html lang> follows, the French scenario plays, and the
// log, the inspector, a log entry's card and the brief all read in French.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltAppHarness, type BrowserHarness } from '../helpers/browser.ts';
import { clippedText, ENGLISH_UI } from '../helpers/french.ts';
import type { Locator, Page } from 'playwright-core';

const TIMEOUT = 240_000;

async function ready(page: Page): Promise<void> {
  await page.locator('.pm-nodes g[data-id]').first().waitFor({ timeout: 60_000 });
  await page.locator('.busy').waitFor({ state: 'detached', timeout: 60_000 });
}

/** English words that would betray a panel left untranslated. */
const ENGLISH =
  /\b(Event log|Inspector|Metrics so far|Step forward|Messages in|Select an actor|sends|declines|approves|learns of)\b/;

describe('the app in French', { timeout: TIMEOUT }, () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBuiltAppHarness();
  }, TIMEOUT);
  // Screenshots of the French screens: to $PEACEMESH_SCREENSHOTS (docs/screenshots refreshes the
  // docs' ones), else to a temporary folder removed afterwards.
  const shots = process.env['PEACEMESH_SCREENSHOTS'] ?? mkdtempSync(join(tmpdir(), 'pm-fr-'));
  mkdirSync(shots, { recursive: true });
  afterAll(async () => {
    await harness?.close();
    if (!process.env['PEACEMESH_SCREENSHOTS']) rmSync(shots, { recursive: true, force: true });
  });

  /** A dialog in French: no English of the catalogs, nothing cut off; then its picture. */
  async function readsFrench(page: Page, dialog: Locator, name: string): Promise<void> {
    expect(await dialog.innerText(), name).not.toMatch(ENGLISH_UI);
    expect(await clippedText(page, 'dialog[open]'), name).toEqual([]);
    await page.screenshot({ path: join(shots, `${name}.png`) });
  }

  it('switches to French, remembers it, and plays the French scenario in French', async () => {
    const opened = await harness.open('', { viewport: { width: 1600, height: 900 } });
    const { page } = opened;
    try {
      await ready(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      await page.getByLabel('Language').selectOption('fr');
      await page.getByRole('heading', { name: 'Journal des événements' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');

      // Remembered: a reload opens in French.
      await page.reload({ waitUntil: 'load' });
      await ready(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.getByLabel('Langue').inputValue()).toBe('fr');

      // The French scenario, a few events in.
      await page.locator('.header-controls select').first().selectOption('dilemme-escorte.yaml');
      await page.getByRole('heading', { name: 'Le dilemme de l’escorte' }).waitFor({
        timeout: 60_000,
      });
      await ready(page);
      const forward = page.getByRole('button', { name: 'Pas en avant' });
      for (let i = 0; i < 8; i++) {
        await forward.click();
        await page.locator('.busy').waitFor({ state: 'detached', timeout: 60_000 });
      }
      const log = await page.locator('.log-list').innerText();
      expect(log).toMatch(/injection|décision|étape/i);
      expect(log).not.toMatch(ENGLISH);

      // The inspector on an actor, then a log entry's card.
      await page.locator('.pm-nodes g[data-id="ocha-east"]').focus();
      await page.keyboard.press('Enter');
      const inspector = page.getByTestId('inspector');
      await inspector.getByText('Messages reçus').waitFor();
      expect(await inspector.innerText()).toMatch(/disponible|occupé|surchargé/);
      await page.locator('.log-row').first().click();
      await inspector.getByRole('button', { name: 'Aller à ce moment' }).waitFor();

      // The brief: objectives and what each metric measures.
      await page.getByRole('button', { name: 'Présentation' }).click();
      const brief = page.locator('dialog.brief');
      await brief.getByRole('heading', { name: 'Objectifs pédagogiques' }).waitFor();
      await brief.getByText('Ce que mesurent les indicateurs').click();
      expect(await brief.innerText()).toContain('de la demande à la décision de l’autorité');
      await brief.getByRole('button', { name: 'Fermer' }).click();

      const body = await page.locator('body').innerText();
      expect(body).not.toMatch(ENGLISH);
      expect(opened.errors()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('pushes an inject, records an observation, holds the hot wash and compares structures in French', async () => {
    const opened = await harness.open('?lang=fr', { viewport: { width: 1366, height: 768 } });
    const { page } = opened;
    try {
      await ready(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      await page.locator('.header-controls select').first().selectOption('dilemme-escorte.yaml');
      await page.getByRole('heading', { name: 'Le dilemme de l’escorte' }).waitFor({
        timeout: 60_000,
      });
      await ready(page);
      await page.getByRole('button', { name: 'Aller à la MSEL 2' }).click();
      await page.locator('.busy').waitFor({ state: 'detached', timeout: 60_000 });

      // EXCON's live inject: an escort request, pushed with a field left empty first.
      await page.locator('body').focus();
      await page.keyboard.press('i');
      const inject = page.getByTestId('inject-dialog');
      await inject.getByRole('heading', { name: 'Envoyer une injection en direct' }).waitFor();
      await inject.getByRole('button', { name: 'Demande d’escorte' }).click();
      await inject.getByRole('button', { name: 'Envoyer l’injection' }).click();
      await inject.getByText(/Veuillez vérifier les \d+ champs signalés/).waitFor();
      await readsFrench(page, inject, 'inject-fr');
      await inject.getByRole('button', { name: 'Annuler' }).click();

      // An observation on a log entry.
      await page.locator('.log-row').nth(1).click();
      await page.locator('body').focus();
      await page.keyboard.press('o');
      const observe = page.getByRole('dialog', { name: 'Noter une observation' });
      await observe
        .getByLabel('Ce qui a été observé')
        .fill('Le PAM a examiné la négociation d’abord.');
      await observe.getByText('Point fort', { exact: true }).click();
      await observe.getByLabel('Évaluateur').fill('Évaluatrice A');
      await readsFrench(page, observe, 'observe-fr');
      await observe.getByRole('button', { name: 'Enregistrer l’observation' }).click();
      await observe.waitFor({ state: 'detached' });

      // The hot wash beside the doctrine-only run, a rating, a corrective action.
      await page.getByRole('button', { name: 'Débriefing à chaud' }).click();
      const hotwash = page.getByRole('dialog', { name: /^Débriefing à chaud/ });
      await hotwash.getByRole('heading', { name: 'Objectifs' }).waitFor({ timeout: 60_000 });
      await hotwash.getByLabel('Évaluation de lo-criteria').selectOption('S');
      await hotwash.getByRole('button', { name: 'Ajouter une mesure corrective' }).click();
      await hotwash.getByLabel('Responsable (a1)').fill('Officier de formation');
      const metrics = await hotwash.locator('.hotwash__metrics').innerText();
      expect(metrics).toMatch(/\d+ h|\d+ %|—/);
      expect(metrics).not.toMatch(/\d+h\d+m|\d%/);
      await readsFrench(page, hotwash, 'hotwash-fr');
      await hotwash.getByRole('button', { name: 'Fermer' }).click();

      // The structure comparison: two structures, a few seeds, numbers the French way.
      await page.getByRole('button', { name: 'Comparer', exact: true }).click();
      const compare = page.locator('dialog.compare-dialog');
      await compare.getByRole('button', { name: 'Lancer la comparaison' }).waitFor({
        timeout: 30_000,
      });
      await compare.locator('input[name="seeds"]').fill('4');
      await compare.locator('input[name="workers"]').fill('2');
      await compare.getByRole('button', { name: 'Lancer la comparaison' }).click();
      const summary = compare.getByTestId('compare-summary');
      await summary.waitFor({ timeout: 120_000 });
      expect(await compare.getByTestId('compare-summary-line').innerText()).toMatch(
        /structures × 4 graines — 8 exécutions sur 8, référence/,
      );
      expect(await summary.innerText()).toMatch(/plus (bas|haut), c’est mieux/);
      await compare.locator('.compare-plot svg').first().waitFor();
      await readsFrench(page, compare, 'compare-structures-fr');
      expect(opened.errors()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
