// The app in French, end to end in Chromium: a trainer picks Français in the header, the
// choice is remembered over a reload, <html lang> follows, the French scenario plays, and the
// log, the inspector, a log entry's card and the brief all read in French.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from '../helpers/browser.ts';
import type { Page } from 'playwright-core';

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
    harness = await startBrowserHarness();
  }, TIMEOUT);
  afterAll(() => harness?.close());

  it('switches to French, remembers it, and plays the French scenario in French', async () => {
    const opened = await harness.open();
    const { page } = opened;
    try {
      await page.setViewportSize({ width: 1600, height: 900 });
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
});
