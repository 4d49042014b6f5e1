// The evaluation on the exercise host, with real WebSocket clients and HTTP requests: ratings
// and the improvement plan are journalled (a restarted host has them), role-checked on the
// socket, and the debrief and the report go to EXCON and evaluators only.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Debrief } from '../core/index.ts';
import { ChromiumMissing } from '../report/pdf.ts';
import { SeatClient, startTestHost, type TestHost } from './testing.ts';

let t: TestHost;
let excon: SeatClient;
let hc: SeatClient;
let evaluator: SeatClient;
const printed: string[] = [];
let chromium = true;

/** A printer standing in for Chromium: the real one is used by the browser test. */
async function printPdf(html: string): Promise<Uint8Array> {
  if (!chromium) throw new ChromiumMissing('/x');
  printed.push(html);
  return new TextEncoder().encode('%PDF-1.7 test');
}

const http = (t: TestHost, path: string) => fetch(`${t.url.replace(/^ws/, 'http')}${path}`);
const route = (what: string, token: string, query = '') =>
  `/api/exercises/${t.exercise}/${what}?token=${encodeURIComponent(token)}${query}`;

beforeAll(async () => {
  t = await startTestHost({ printPdf });
  excon = await SeatClient.join(t, t.host.list()[0]!.excon);
  for (const [name, role, actors] of [
    ['HC', 'player', ['hc']],
    ['Evaluator', 'evaluator', []],
  ] as const)
    expect(
      await excon.command({ type: 'seat.create', role, name, actors: [...actors] }),
    ).toMatchObject({ type: 'ack' });
  hc = await SeatClient.join(t, t.token('HC'));
  evaluator = await SeatClient.join(t, t.token('Evaluator'));
  expect(await excon.command({ type: 'start' })).toMatchObject({ type: 'ack' });
  for (let i = 0; i < 40 && !excon.state?.question; i++)
    await excon.command({ type: 'move', move: { to: 'next' } });
  const key = excon.state!.question!.key;
  expect(await hc.command({ type: 'play', key, option: 'decline' })).toMatchObject({
    type: 'ack',
  });
}, 60_000);

afterAll(async () => {
  for (const c of [excon, hc, evaluator]) c?.close();
  await t?.host.close();
  if (t) rmSync(t.dataDir, { recursive: true, force: true });
});

describe('the improvement plan and the ratings', () => {
  it('EXCON writes the plan, the evaluator rates; both are journalled', async () => {
    expect(await excon.command({ type: 'plan.add', objective: 'lo-escort' })).toMatchObject({
      type: 'ack',
    });
    expect(
      await excon.command({
        type: 'plan.update',
        action: 'a1',
        change: {
          action: 'Brief the HC on the IASC criteria',
          capability: 'Operational coordination',
          owner: 'Mission training officer',
          due: '2027-01-15',
        },
      }),
    ).toMatchObject({ type: 'ack' });
    expect(
      await evaluator.command({
        type: 'rate',
        objective: 'lo-escort',
        rating: 'M',
        rationale: 'Declined an escort the criteria allowed',
      }),
    ).toMatchObject({ type: 'ack' });
    const kinds = t.host.exercise(t.exercise)!.journal.map((e) => e.kind);
    expect(kinds.slice(-3)).toEqual(['plan.add', 'plan.update', 'rate']);
    // The seats that see everything learn the record moved (an open hot wash fetches again).
    expect(evaluator.state!.revision).toBe(kinds.length);
  });

  it.each([
    ['player', () => hc, { type: 'plan.add' }],
    ['player', () => hc, { type: 'plan.update', action: 'a1', change: { owner: 'me' } }],
    ['player', () => hc, { type: 'plan.remove', action: 'a1' }],
    ['player', () => hc, { type: 'rate', objective: 'lo-escort', rating: 'P', rationale: '' }],
    ['evaluator', () => evaluator, { type: 'plan.remove', action: 'a1' }],
  ] as const)('a %s seat may not send %j', async (_who, client, message) => {
    const before = t.host.exercise(t.exercise)!.journal.length;
    expect(await client().command(message as never)).toMatchObject({
      type: 'error',
      code: 'forbidden',
    });
    expect(t.host.exercise(t.exercise)!.journal.length).toBe(before);
  });

  it('refuses a malformed change with a clear error, and journals nothing', async () => {
    const before = t.host.exercise(t.exercise)!.journal.length;
    expect(
      await excon.command({
        type: 'plan.update',
        action: 'a1',
        change: { owner: 'x'.repeat(401) },
      }),
    ).toMatchObject({ type: 'error', code: 'invalid', message: expect.stringMatching(/owner/) });
    expect(
      await excon.command({ type: 'plan.update', action: 'a7', change: { owner: 'x' } }),
    ).toMatchObject({
      type: 'error',
      code: 'plan',
      message: 'no corrective action "a7" in the improvement plan',
    });
    expect(t.host.exercise(t.exercise)!.journal.length).toBe(before);
  });
});

describe('the debrief and the report over HTTP', () => {
  it('a player or a projector may not fetch the debrief or the report; a forged token neither', async () => {
    for (const token of [t.token('HC'), 'forged-token', '']) {
      for (const path of [
        route('debrief', token),
        route('report', token, '&format=html'),
        route('report', token, '&format=pdf'),
      ]) {
        const response = await http(t, path);
        expect(response.status).toBe(403);
        const body = (await response.json()) as { error: string };
        expect(body.error).toMatch(/^only EXCON and evaluators may /);
        const fr = await http(t, `${path}&lang=fr`);
        expect(((await fr.json()) as { error: string }).error).toMatch(
          /^seuls l’EXCON et les évaluateurs peuvent /,
        );
        expect(JSON.stringify(body)).not.toContain('Brief the HC');
      }
    }
    expect(printed).toEqual([]);
  });

  it("the evaluator's debrief has the player's choice beside the baseline, the rating and the plan", async () => {
    const response = await http(t, route('debrief', t.token('Evaluator')));
    expect(response.status).toBe(200);
    const d = (await response.json()) as Debrief;
    expect(d.decisions.find((r) => r.ref === 'wfp-tokono')).toMatchObject({
      seat: 'HC',
      byPlayer: true,
      differs: true,
      entry: { kind: 'escort.declined-played' },
      baselineEntry: { kind: 'escort.approved' },
    });
    expect(d.objectives.find((o) => o.id === 'lo-escort')!.rating).toMatchObject({
      rating: 'M',
      author: 'Evaluator',
    });
    expect(d.plan).toEqual([
      expect.objectContaining({ id: 'a1', owner: 'Mission training officer' }),
    ]);
  });

  it('EXCON downloads Markdown, HTML (in French too) and PDF', async () => {
    const md = await http(t, route('report', t.host.list()[0]!.excon, '&format=md'));
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(md.headers.get('content-disposition')).toBe(
      'attachment; filename="carana-three-bad-days-cmcoord-hub-seed1-aar.md"',
    );
    const text = await md.text();
    expect(text).toContain('| Player | HC, holding DSRSG / RC / HC (Humanitarian Coordinator) |');
    expect(text).toContain('played by HC');
    expect(text).toContain('Brief the HC on the IASC criteria');
    const fr = await http(t, route('report', t.host.list()[0]!.excon, '&format=html&lang=fr'));
    expect(await fr.text()).toContain('<h2>Registre des décisions</h2>');
    const pdf = await http(t, route('report', t.token('Evaluator'), '&format=pdf'));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(await pdf.arrayBuffer())).toBe('%PDF-1.7 test');
    expect(printed.at(-1)).toContain('Brief the HC on the IASC criteria');
  });

  it('a bad format or language is refused; no Chromium gives a clear message', async () => {
    const token = t.host.list()[0]!.excon;
    const docx = await http(t, route('report', token, '&format=docx'));
    expect(docx.status).toBe(400);
    expect(await docx.json()).toEqual({ error: 'no report format "docx": md, html or pdf' });
    const frDocx = await http(t, route('report', token, '&format=docx&lang=fr'));
    expect(await frDocx.json()).toEqual({
      error: 'pas de format de rapport « docx » : md, html ou pdf',
    });
    expect((await http(t, route('report', token, '&lang=de'))).status).toBe(400);
    chromium = false;
    try {
      const pdf = await http(t, route('report', token, '&format=pdf'));
      expect(pdf.status).toBe(501);
      expect(await pdf.json()).toEqual({
        error:
          "PDF needs Chromium, and there is none at /x: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary. Download the HTML report and print it from the browser instead.",
      });
      // In the language the request asks for, as the seat's own words are.
      const fr = await http(t, route('report', token, '&format=pdf&lang=fr'));
      expect(((await fr.json()) as { error: string }).error).toMatch(
        /^le PDF demande Chromium, et il n’y en a pas à \/x : .*Téléchargez le rapport HTML/,
      );
    } finally {
      chromium = true;
    }
  });
});

describe('a restarted host', () => {
  it('comes back with the plan and the ratings, and goes on taking changes', async () => {
    const before = t.host.exercise(t.exercise)!;
    const plan = structuredClone(before.plan);
    const ratings = structuredClone(before.ratings);
    expect(plan).toHaveLength(1);
    for (const c of [excon, hc, evaluator]) c.close();
    await t.host.close();
    t = await startTestHost({ dataDir: t.dataDir, printPdf });
    const back = t.host.exercise(t.exercise)!;
    expect(back.plan).toEqual(plan);
    expect(back.ratings).toEqual(ratings);
    excon = await SeatClient.join(t, t.host.list()[0]!.excon);
    hc = await SeatClient.join(t, t.token('HC'));
    evaluator = await SeatClient.join(t, t.token('Evaluator'));
    expect(await excon.command({ type: 'plan.add' })).toMatchObject({ type: 'ack' });
    expect(back.plan.map((a) => a.id)).toEqual(['a1', 'a2']);
    const response = await http(t, route('debrief', t.token('Evaluator')));
    const d = (await response.json()) as Debrief;
    expect(d.plan.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(d.decisions.find((r) => r.ref === 'wfp-tokono')).toMatchObject({ seat: 'HC' });
  });
});
