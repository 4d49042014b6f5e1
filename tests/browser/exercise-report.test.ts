// The end of an exercise in the browser, as a trainer runs it: the HC player declines the
// first escort, the evaluator records an observation and rates the objective from the hot
// wash, EXCON runs the scenario to its end, opens the hot wash, writes the improvement plan
// and downloads the AAR/IP as a PDF printed by the host's Chromium. The PDF's text layer must
// hold the objectives, the player's decision beside the doctrine and the plan.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHost } from '../../src/server/testing';
import { startHostHarness, type HostHarness } from '../helpers/browser';

const OUT = mkdtempSync(join(tmpdir(), 'peacemesh-aar-'));

let h: HostHarness;
let t: TestHost;

beforeAll(async () => {
  h = await startHostHarness();
  t = h.t;
}, 180_000);

afterAll(async () => {
  await h?.close();
  // Kept when PEACEMESH_KEEP_AAR is set, to look at the PDF pages and the screenshot.
  if (!process.env['PEACEMESH_KEEP_AAR']) rmSync(OUT, { recursive: true, force: true });
  else console.log(`AAR files kept in ${OUT}`);
});

const joinSeat = async (token: string) => {
  const page = await h.open(`/?exercise=${t.exercise}&seat=${token}`, {
    viewport: { width: 1366, height: 900 },
  });
  await page.page.waitForSelector('.xapp', { timeout: 30_000 });
  return page;
};

/** Whether the log's header is the log's own, not covered by the mesh (a string script: the
 * tests compile without the DOM library). */
const LOG_HEADER_CLEAR = `(() => {
  const log = document.querySelector('.xbody__log').getBoundingClientRect();
  const hit = document.elementFromPoint(log.left + 12, log.top + 6);
  return hit !== null && hit.closest('.xbody__log') !== null;
})()`;

describe('hot wash and AAR/IP on the exercise host', () => {
  it('plays the default scenario with an HC player and an evaluator, and hands over a PDF AAR/IP', async () => {
    const excon = await joinSeat(t.host.list()[0]!.excon);
    const { page } = excon;
    for (const [name, role, actor] of [
      ['HC', 'player', 'hc'],
      ['Evaluator', 'evaluator', null],
    ] as const) {
      await page.getByLabel('Seat name').fill(name);
      await page.getByLabel('Role').selectOption(role);
      if (actor) await page.getByLabel('Actors this seat holds').selectOption(actor);
      await page.getByRole('button', { name: 'Add seat' }).click();
      await page.getByTestId(`seat-${name}`).waitFor();
    }
    const hc = await joinSeat(t.token('HC'));
    const evaluator = await joinSeat(t.token('Evaluator'));
    // A player has no hot wash: it holds the controller's view of every seat.
    expect(await hc.page.getByRole('button', { name: 'Hot wash' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Start exercise' }).click();
    const move = page.getByRole('button', { name: 'Move to next inject or decision' });
    for (let i = 0; i < 120 && (await hc.page.getByTestId('decision-card').count()) === 0; i++) {
      if (await move.isEnabled()) await move.click();
      await page.waitForTimeout(250);
    }
    const card = hc.page.getByTestId('decision-card');
    await card.waitFor({ timeout: 60_000 });
    // On a laptop the card leaves the mesh little room: the mesh scrolls with it, never over
    // the log.
    await hc.page.setViewportSize({ width: 1366, height: 768 });
    expect(await hc.page.evaluate(LOG_HEADER_CLEAR)).toBe(true);
    await card.getByRole('button', { name: 'decline the escort' }).click();
    await evaluator.page.locator('[data-event="decision.played"]').waitFor({ timeout: 30_000 });

    await evaluator.page
      .locator('[data-event="decision.played"]')
      .getByRole('button', { name: 'Observe' })
      .click();
    await evaluator.page.getByRole('button', { name: 'Area for improvement' }).click();
    // Objectives and actors read as the trainer knows them, and stay within the panel.
    const observe = evaluator.page.getByRole('region', { name: 'Observations' });
    await observe.getByRole('combobox', { name: 'Objective' }).selectOption({
      label: 'lo-escort: Apply the IASC criteria to an escort request; use alternatives first.',
    });
    await observe
      .getByRole('combobox', { name: 'Actor' })
      .selectOption({ label: 'DSRSG / RC / HC' });
    const box = (await observe.boundingBox())!;
    const objective = (await observe.getByRole('combobox', { name: 'Objective' }).boundingBox())!;
    expect(objective.x + objective.width).toBeLessThanOrEqual(box.x + box.width);
    await evaluator.page
      .getByRole('textbox', { name: 'Observation' })
      .fill('Declined an escort all four IASC criteria allowed');
    await evaluator.page.getByRole('button', { name: 'Record' }).click();
    await evaluator.page.getByTestId('observation').waitFor();

    // EXCON runs the rest of the scenario, forcing any decision left waiting.
    const phase = page.getByTestId('phase');
    for (let i = 0; i < 60 && !((await phase.textContent()) ?? '').includes('complete'); i++) {
      const force = page.getByRole('button', { name: /^Force / });
      if (await force.count()) await force.click();
      else {
        await page.getByLabel('Run until').fill('T+72:00');
        const run = page.getByRole('button', { name: 'Run until' });
        if (await run.isEnabled()) await run.click();
      }
      await page.waitForTimeout(300);
    }
    expect(await phase.textContent()).toContain('scenario complete');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End exercise' }).click();
    await expect.poll(() => phase.textContent(), { timeout: 30_000 }).toContain('ended');

    // The evaluator rates the escort objective from the hot wash.
    await evaluator.page.getByRole('button', { name: 'Hot wash' }).click();
    const evalWash = evaluator.page.locator('dialog.xhotwash');
    await evalWash
      .getByRole('heading', { name: 'Decisions beside the doctrinal baseline' })
      .waitFor({
        timeout: 60_000,
      });
    await evalWash
      .getByRole('textbox', { name: 'Rationale for lo-escort' })
      .waitFor({ state: 'attached' });
    await evalWash.getByLabel('Rating of lo-escort').selectOption('M');
    await expect
      .poll(() => t.host.exercise(t.exercise)!.ratings.map((r) => r.rating), { timeout: 30_000 })
      .toEqual(['M']);
    const rationale = evalWash.getByRole('textbox', { name: 'Rationale for lo-escort' });
    await rationale.fill(
      'The HC declined an escort the criteria allowed; no alternative was sought',
    );
    await rationale.blur();
    await expect
      .poll(() => t.host.exercise(t.exercise)!.ratings[0]?.rationale, { timeout: 30_000 })
      .toBe('The HC declined an escort the criteria allowed; no alternative was sought');
    // The evaluator may rate, not plan.
    expect(await evalWash.getByRole('button', { name: 'Add a corrective action' }).count()).toBe(0);

    // EXCON's hot wash: the player's choice beside the doctrine, and the improvement plan.
    await page.getByRole('button', { name: 'Hot wash' }).click();
    const wash = page.locator('dialog.xhotwash');
    const decisions = wash.locator('section[aria-labelledby="hw-decisions"]');
    await decisions.getByText('played by HC').first().waitFor({ timeout: 60_000 });
    const tokono = decisions.locator('tr', { hasText: 'played by HC' }).first();
    expect(await tokono.textContent()).toContain('hc declines the armed escort');
    expect(await tokono.textContent()).toContain('hc approves an armed escort as an exception');
    expect(await tokono.textContent()).toContain('differs');
    await wash.getByText('Declined an escort all four IASC criteria allowed').first().waitFor();
    await page.screenshot({ path: join(OUT, 'hotwash-top.png'), fullPage: false });

    await wash.getByRole('button', { name: 'Add a corrective action' }).click();
    await wash.getByLabel('Corrective action (a1)').waitFor({ timeout: 30_000 });
    await wash.getByLabel('Objective (a1)').selectOption('lo-escort');
    for (const [label, value] of [
      ['Corrective action (a1)', 'Brief the HC on the four IASC criteria before rotation'],
      ['Capability (a1)', 'Operational coordination'],
      ['Owner (a1)', 'Mission training officer'],
    ] as const) {
      const field = wash.getByLabel(label);
      await field.fill(value);
      await field.blur();
    }
    await wash.getByLabel('Due (a1)').fill('2027-01-15');
    await wash.getByLabel('Due (a1)').blur();
    await expect
      .poll(() => t.host.exercise(t.exercise)!.plan[0], { timeout: 30_000 })
      .toEqual({
        id: 'a1',
        objective: 'lo-escort',
        action: 'Brief the HC on the four IASC criteria before rotation',
        capability: 'Operational coordination',
        owner: 'Mission training officer',
        due: '2027-01-15',
      });
    await page.screenshot({ path: join(OUT, 'hotwash.png'), fullPage: false });

    // The AAR/IP, printed to PDF by the host's Chromium.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      wash.getByRole('button', { name: 'Report (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('carana-three-bad-days-cmcoord-hub-seed1-aar.pdf');
    const pdf = join(OUT, 'aar.pdf');
    await download.saveAs(pdf);
    const pages_ = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    expect(pages_).toBeGreaterThan(3);
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(OUT, 'page')]);
    expect(readdirSync(OUT).filter((f) => f.startsWith('page')).length).toBe(pages_);
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    for (const o of t.host.exercise(t.exercise)!.scenario.objectives) expect(text).toContain(o.id);
    for (const words of [
      'Decision record',
      'played by HC',
      // Table cells wrap, and the text layer interleaves the columns line by line: short
      // fragments of the player's decision and of the doctrine-only run's.
      'hc declines the armed escort',
      'hc approves an armed escort',
      '(differs)',
      'Performed with major challenges',
      'Declined an escort all four IASC criteria allowed',
      'Brief the HC on the four IASC',
      'Mission training',
      'Metrics against the doctrine-only run',
      'Evaluator',
    ])
      expect(text).toContain(words);
    for (const seat of [excon, hc, evaluator]) expect(seat.errors()).toEqual([]);
  }, 300_000); // three pages, a whole scenario in moves and a PDF: generous for a loaded machine
});
