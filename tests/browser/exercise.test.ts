// An exercise in four browsers: EXCON starts it and moves to the HC's escort decision, the HC
// player takes it, the log shows the player's choice beside doctrine's, the evaluator sees it
// and records an observation, and the projector shows no controller-only text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Host } from '../../src/server/host';
import type { TestHost } from '../../src/server/testing';
import { startHostHarness, type HostHarness } from '../helpers/browser';

let h: HostHarness;
let t: TestHost;
let base: string;

beforeAll(async () => {
  // The host serves the built app, as `peacemesh serve` does after `npm ci`.
  h = await startHostHarness();
  ({ t, base } = h);
}, 180_000);

let restarted: Host | undefined;

afterAll(async () => {
  await restarted?.close();
  await h?.close();
});

const joinSeat = async (token: string) => {
  const page = await h.open(`/?exercise=${t.exercise}&seat=${token}`);
  await page.page.waitForSelector('.xapp', { timeout: 30_000 });
  return page;
};

describe('an exercise in the browser', () => {
  it('EXCON, the HC player, an evaluator and the projector each see their part', async () => {
    const excon = await joinSeat(t.host.list()[0]!.excon);
    const { page } = excon;
    // EXCON sets up the room from its console.
    for (const [name, role, actor] of [
      ['HC', 'player', 'hc'],
      ['Evaluator', 'evaluator', null],
      ['Wall', 'projector', null],
    ] as const) {
      await page.getByLabel('Seat name').fill(name);
      await page.getByLabel('Role').selectOption(role);
      if (actor) await page.getByLabel('Actors this seat holds').selectOption(actor);
      await page.getByRole('button', { name: 'Add seat' }).click();
      await page.getByTestId(`seat-${name}`).waitFor();
    }
    const link = await page.getByLabel('Join link for HC').inputValue();
    expect(link).toContain(`?exercise=${t.exercise}&seat=`);
    await page.getByRole('button', { name: 'QR' }).first().click();
    await expect.poll(() => page.getByAltText('QR code of the join link for HC').count()).toBe(1);

    const hc = await joinSeat(t.token('HC'));
    const evaluator = await joinSeat(t.token('Evaluator'));
    const wall = await joinSeat(t.token('Wall'));

    await page.getByRole('button', { name: 'Start exercise' }).click();
    const move = page.getByRole('button', { name: 'Move to next inject or decision' });
    // Move is disabled while a move runs or a decision waits, and the HC's page may show the
    // card a moment after EXCON's stops: click only when enabled, never wait on a disabled one.
    for (let i = 0; i < 120 && (await hc.page.getByTestId('decision-card').count()) === 0; i++) {
      if (await move.isEnabled()) await move.click();
      await page.waitForTimeout(250);
    }
    const card = hc.page.getByTestId('decision-card');
    await card.waitFor({ timeout: 60_000 });
    expect(await card.textContent()).toContain('Doctrine: approve the escort as an exception');
    expect(await card.textContent()).toContain('What DSRSG / RC / HC knows');
    await card.getByRole('button', { name: 'decline the escort' }).click();

    const played =
      'DSRSG / RC / HC (played) decides: decline the escort — doctrine: approve the escort as an exception';
    for (const seat of [excon, hc, evaluator])
      await seat.page.locator('[data-event="decision.played"]', { hasText: played }).waitFor();
    // The player's seat in English, to look at beside the French one (french-seats.test.ts).
    const shots = process.env['PEACEMESH_SCREENSHOTS'];
    if (shots) await hc.page.screenshot({ path: `${shots}/exercise-player-en.png` });
    // Actors by name in the seat's log, and no machine event or raw state in it.
    const log = await hc.page.locator('.xlog__list').innerText();
    expect(log).toContain('DSRSG / RC / HC');
    expect(log).not.toMatch(/task\.done|\bbusy → available\b/);

    // The evaluator records an observation on that entry; EXCON sees it.
    await evaluator.page
      .locator('[data-event="decision.played"]')
      .getByRole('button', { name: 'Observe' })
      .click();
    await evaluator.page.getByRole('button', { name: 'Area for improvement' }).click();
    await evaluator.page
      .getByRole('textbox', { name: 'Observation' })
      .fill('Declined without asking for alternatives');
    await evaluator.page.getByRole('button', { name: 'Record' }).click();
    await evaluator.page.getByTestId('observation').waitFor();
    expect(t.host.exercise(t.exercise)!.observations[0]).toMatchObject({
      kind: 'improvement',
      author: 'Evaluator',
      text: 'Declined without asking for alternatives',
    });

    // The projector: the common picture, no controller-only text, no decision card.
    const wallText = (await wall.page.locator('body').innerText()) ?? '';
    const scenario = t.host.exercise(t.exercise)!.scenario;
    for (const inject of scenario.injects) {
      if (inject.note) expect(wallText).not.toContain(inject.note);
      if (inject.expected) expect(wallText).not.toContain(inject.expected);
    }
    expect(await wall.page.getByTestId('decision-card').count()).toBe(0);
    expect(await wall.page.getByRole('button').filter({ hasText: 'Start' }).count()).toBe(0);
    for (const seat of [excon, hc, evaluator, wall]) expect(seat.errors()).toEqual([]);

    // The host goes down and comes back on the same port: the seats reconnect by themselves
    // and find the exercise where it was.
    const port = Number(new URL(base).port);
    await t.host.close();
    await hc.page.getByText('reconnecting…').waitFor();
    const again = new Host({ dataDir: t.dataDir, appDir: h.appDir });
    restarted = again;
    t = { ...t, host: again };
    await again.listen(port, '127.0.0.1');
    await hc.page.getByText('connected', { exact: true }).waitFor({ timeout: 30_000 });
    await hc.page.locator('[data-event="decision.played"]', { hasText: played }).waitFor();
    expect(await excon.page.getByTestId('clock').textContent()).toBe(
      await hc.page.getByTestId('clock').textContent(),
    );
  }, 180_000); // four pages and a host restart: generous for a loaded machine
});
