// The exercise host with real WebSocket clients: what each role receives (checked on the raw
// frames), what each role may do, every kind of bad input, played decisions, the journal.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../core/index.ts';
import { appEn } from '../i18n/app-en.ts';
import { appFr } from '../i18n/app-fr.ts';
import { text } from '../i18n/testing.ts';
import { exportPackage, replayPackage } from './package.ts';
import { SeatClient, startTestHost, type TestHost } from './testing.ts';
import { Audience, frameNow, seatState } from './views.ts';

let t: TestHost;
let excon: SeatClient;
let hc: SeatClient;
let ocha: SeatClient;
let evaluator: SeatClient;
let projector: SeatClient;

/** Moves EXCON on until the HC's escort decision waits. */
async function toHcDecision(): Promise<void> {
  for (let i = 0; i < 40 && !excon.state?.question; i++)
    expect(await excon.command({ type: 'move', move: { to: 'next' } })).toMatchObject({
      type: 'ack',
    });
}

beforeAll(async () => {
  t = await startTestHost({ rate: { perSecond: 50, burst: 60 } });
  excon = await SeatClient.join(t, t.host.list()[0]!.excon);
  for (const [name, role, actors] of [
    ['HC', 'player', ['hc']],
    ['OCHA', 'player', ['ocha-east']],
    ['Evaluator', 'evaluator', []],
    ['Wall', 'projector', []],
  ] as const)
    expect(
      await excon.command({ type: 'seat.create', role, name, actors: [...actors] }),
    ).toMatchObject({ type: 'ack' });
  hc = await SeatClient.join(t, t.token('HC'));
  ocha = await SeatClient.join(t, t.token('OCHA'));
  evaluator = await SeatClient.join(t, t.token('Evaluator'));
  projector = await SeatClient.join(t, t.token('Wall'));
  expect(await excon.command({ type: 'start' })).toMatchObject({ type: 'ack' });
  await toHcDecision();
  // Every seat has had the broadcast of the waiting decision.
  for (const c of [hc, ocha, evaluator, projector])
    await c.until((m) => m.type === 'state' && m.state.status === 'awaiting-decision');
}, 60_000);

afterAll(async () => {
  for (const c of [excon, hc, ocha, evaluator, projector]) c?.close();
  await t?.host.close();
  if (t) rmSync(t.dataDir, { recursive: true, force: true });
});

describe('what each role receives (raw frames)', () => {
  const scenario = () => t.host.exercise(t.exercise)!.scenario;
  const secrets = () =>
    scenario().injects.flatMap((i) => [i.expected, i.note].filter((x): x is string => !!x));

  it('a player never receives an expected action, a controller note, the MSEL or a token', () => {
    expect(secrets().length).toBeGreaterThan(3);
    const tokens = [...t.host.exercise(t.exercise)!.seats.values()].map((s) => s.token);
    for (const client of [hc, ocha, projector]) {
      const raw = client.raw.join('\n');
      for (const secret of secrets()) expect(raw).not.toContain(secret);
      for (const token of tokens) expect(raw).not.toContain(token);
      expect(raw).not.toContain('"msel"');
      expect(raw).not.toContain('"objectives"');
    }
  });

  it("a player receives its own actors' entries, never another component's private message", () => {
    const all = excon.log;
    // A message handled between two actors neither of which is the HC's.
    const privateMessage = all.find(
      (e) =>
        e.event === 'message.delivered' &&
        e.actor !== 'hc' &&
        !(e.route ?? []).includes('hc') &&
        !(e.route ?? []).includes('ocha-east'),
    );
    expect(privateMessage).toBeDefined();
    const hcSeqs = new Set(hc.log.map((e) => e.seq));
    expect(hcSeqs.has(privateMessage!.seq)).toBe(false);
    const hcRaw = hc.raw.filter((r) => r.includes('"type":"log"')).join('\n');
    expect(hcRaw).not.toContain(JSON.stringify(privateMessage));
    const involves = (e: LogEntry, actor: string) =>
      e.actor === actor || e.at === actor || (e.route ?? []).includes(actor);
    for (const e of hc.log)
      expect(involves(e, 'hc') || e.event === 'inject', JSON.stringify(e)).toBe(true);
    expect(hc.log.length).toBeGreaterThan(0);
    expect(hc.log.length).toBeLessThan(all.length);
    // Processes and knowledge: its own actors' only.
    expect(ocha.state!.processes.length).toBeGreaterThan(0);
    // Hosted by OCHA, or taken part in by OCHA (an entry at OCHA about the process).
    const tookPart = (id: string) => excon.log.some((e) => e.at === 'ocha-east' && e.ref === id);
    for (const p of ocha.state!.processes)
      expect(p.host === 'ocha-east' || tookPart(p.id), p.id).toBe(true);
    expect(ocha.state!.processes.some((p) => p.host === 'ocha-east')).toBe(true);
    expect(excon.state!.processes.length).toBeGreaterThan(ocha.state!.processes.length);
    expect(Object.keys(hc.state!.knows)).toEqual(['hc']);
  });

  it('an MSEL inject reaches a player only once delivered to one of its actors', () => {
    const delivered = excon.log.filter((e) => e.event === 'inject');
    expect(delivered.length).toBeGreaterThan(1);
    // The escort inject names wfp (requester): neither the HC nor OCHA sees its text.
    for (const e of ocha.log.filter((x) => x.event === 'inject')) {
      const serial = e.kind === 'inject.msel' ? e.params.serial : undefined;
      const inject = scenario().injects.find((i) => i.serial === serial)!;
      expect(JSON.stringify(inject.event)).toContain('ocha-east');
    }
    const future = scenario().injects.filter((i) => i.at !== undefined && i.at > excon.state!.time);
    expect(future.length).toBeGreaterThan(0);
    for (const client of [hc, ocha, projector])
      for (const i of future) expect(client.raw.join('\n')).not.toContain(i.text);
    // Evaluators hold the whole MSEL, as EXCON does.
    expect(evaluator.raw.join('\n')).toContain(future[0]!.text);
  });

  it('the waiting decision goes to the seat holding its actor, EXCON and evaluators only', () => {
    expect(hc.state!.question?.actor).toBe('hc');
    expect(hc.state!.question?.doctrine).toBe('approve');
    expect(excon.state!.question?.key).toBe(hc.state!.question?.key);
    expect(evaluator.state!.question?.key).toBe(hc.state!.question?.key);
    expect(ocha.state!.question).toBeNull();
    expect(projector.state!.question).toBeNull();
  });

  it('evaluators see everything but the join tokens', () => {
    expect(evaluator.log.length).toBe(excon.log.length);
    // The MSEL comes once per connection (it never changes), with the first state.
    const first = evaluator.messages.find((m) => m.type === 'state');
    expect(first?.type === 'state' && first.state.msel?.length).toBe(scenario().injects.length);
    expect(evaluator.state!.seats?.every((s) => s.token === undefined)).toBe(true);
    expect(excon.state!.seats?.every((s) => typeof s.token === 'string')).toBe(true);
  });
});

describe('the mesh as changes', () => {
  const states = (client: SeatClient) =>
    client.messages.flatMap((m) => (m.type === 'state' ? [m.state] : []));

  it('links once per connection, then only the nodes that changed; the seat has the whole mesh', () => {
    const exercise = t.host.exercise(t.exercise)!;
    for (const [client, name] of [
      [hc, 'HC'],
      [evaluator, 'Evaluator'],
      [projector, 'Wall'],
    ] as const) {
      const [first, ...later] = states(client);
      expect(first!.mesh.full).toBe(true);
      expect(first!.mesh.links?.length).toBe(exercise.sim.structure.links.length);
      expect(first!.mesh.nodes).toHaveLength(exercise.scenario.actors.length);
      expect(later.length).toBeGreaterThan(3);
      for (const s of later) {
        expect(s.mesh.full).toBe(false);
        expect(s.mesh.links).toBeUndefined();
      }
      // Most steps change few actors: far fewer nodes than the whole mesh at every step.
      const sent = later.reduce((n, s) => n + s.mesh.nodes.length, 0);
      expect(sent).toBeLessThan((later.length * exercise.scenario.actors.length) / 2);
      expect(later.some((s) => s.mesh.nodes.length > 0)).toBe(true);
      // Applied in order, the changes give the seat the mesh its role sees now.
      const seat = exercise.seats.get(
        [...exercise.seats.values()].find((x) => x.name === name)!.id,
      )!;
      const now = seatState(exercise, seat, frameNow(exercise, new Audience(exercise)), new Set());
      expect(client.state!.graph).toEqual(now.graph);
    }
    // A player's own actor carries its star in the mesh it is sent.
    expect(hc.state!.graph.nodes.find((n) => n.id === 'hc')?.label).toMatch(/^★ /);
    expect(hc.state!.graph.selected).toBe('hc');
  });

  it('a seat that reconnects gets the whole state again', async () => {
    const again = await SeatClient.join(t, t.token('HC'));
    try {
      await again.until((m) => m.type === 'state');
      const [first] = states(again);
      expect(first!.mesh.full).toBe(true);
      expect(first!.mesh.links?.length).toBeGreaterThan(0);
      expect(first!.areas?.map((a) => a.id)).toEqual(
        t.host.exercise(t.exercise)!.scenario.areas.map((a) => a.id),
      );
      expect(again.state!.graph).toEqual(hc.state!.graph);
    } finally {
      again.close();
    }
  });
});

describe('commands refused by role', () => {
  it.each([
    ['HC', () => hc, { type: 'move', move: { to: 'next' } }],
    ['HC', () => hc, { type: 'seat.create', role: 'player', name: 'x', actors: ['hc'] }],
    ['evaluator', () => evaluator, { type: 'start' }],
    ['evaluator', () => evaluator, { type: 'force' }],
    ['projector', () => projector, { type: 'observe', kind: 'strength', text: 'x' }],
    ['projector', () => projector, { type: 'end' }],
  ] as const)('a %s seat may not send %j', async (_who, client, message) => {
    const before = t.host.exercise(t.exercise)!.journal.length;
    const answer = await client().command(message as never);
    expect(answer).toMatchObject({ type: 'error', code: 'forbidden' });
    expect(t.host.exercise(t.exercise)!.journal.length).toBe(before);
  });

  it("a player may not take another seat's decision", async () => {
    const key = excon.state!.question!.key;
    expect(await ocha.command({ type: 'play', key, option: 'approve' })).toMatchObject({
      type: 'error',
      code: 'forbidden',
      message: "this decision is hc's, not your seat's",
    });
  });
});

describe('bad input', () => {
  it.each([
    ['malformed JSON', '{"type": "start"', 'json'],
    ['a JSON value that is no message', '"start"', 'unknown'],
    ['an unknown message', JSON.stringify({ type: 'launch-missiles' }), 'unknown'],
    ['a stray field', JSON.stringify({ type: 'start', admin: true }), 'invalid'],
    [
      'a wrong field type',
      JSON.stringify({ type: 'move', move: { to: 'time', time: -5 } }),
      'invalid',
    ],
    [
      'an oversized payload',
      JSON.stringify({ type: 'observe', kind: 'strength', text: 'x'.repeat(20_000) }),
      'too-large',
    ],
  ])(
    '%s is refused with a clear error, logged, and the seat stays connected',
    async (_what, frame, code) => {
      const logged = t.logged.length;
      const answer = await evaluator.command(frame);
      expect(answer).toMatchObject({ type: 'error', code });
      expect((answer as { message: string }).message.length).toBeGreaterThan(10);
      expect(t.logged.length).toBeGreaterThan(logged);
      expect(t.logged.at(-1)).toContain(code);
      expect(evaluator.socket.readyState).toBe(evaluator.socket.OPEN);
      // The seat words a refusal by its code, in its own language (the message is the host's).
      for (const catalog of [appEn, appFr])
        expect(catalog).toHaveProperty([`app.seat.refused.${code}`]);
    },
  );

  it('a French seat is told why in French, an English one in English; the host logs English', async () => {
    const seats = {
      fr: await SeatClient.join(t, t.token('Evaluator'), 'fr'),
      en: await SeatClient.join(t, t.token('Evaluator'), 'en'),
    };
    // One refusal of each kind the host and the exercise give: the frame, the role, the command.
    const frames = [
      ['{"type": "start"', 'json', /^ce n’est pas du JSON : /, /^not JSON: /],
      [
        JSON.stringify({ type: 'launch', x: 1 }),
        'unknown',
        /^type de message inconnu : "launch"$/,
        /^unknown message type "launch"$/,
      ],
      [
        JSON.stringify({ type: 'move', move: { to: 'time', time: -5 } }),
        'invalid',
        /^« move » : move\.time : .*(?:trop petit|>=)/,
        /^"move": move\.time: Too small/,
      ],
      [
        JSON.stringify({ type: 'start' }),
        'forbidden',
        /^un poste évaluateur ne peut pas envoyer « start »$/,
        /^an evaluator seat may not send "start"$/,
      ],
      [
        JSON.stringify({ type: 'observe', kind: 'strength', text: 'x', entrySeq: 999_999 }),
        'entry',
        /^pas encore d’entrée de journal 999999$/,
        /^no log entry 999999 yet$/,
      ],
    ] as const;
    for (const [frame, code, french, english] of frames) {
      const logged = t.logged.length;
      const fr = await seats.fr.command(frame);
      expect(fr).toMatchObject({ type: 'error', code });
      expect((fr as { message: string }).message).toMatch(french);
      // The host's own log stays in English, whatever the seat's language.
      const said = t.logged
        .slice(logged)
        .map((l) => String((JSON.parse(l) as { msg: unknown }).msg));
      expect(
        said.some((m) => english.test(m.replace(/^refused: /, ''))),
        said.join('\n'),
      ).toBe(true);
      const en = await seats.en.command(frame);
      expect((en as { message: string }).message).toMatch(english);
    }
    // A link to no exercise, in the language the page asked for.
    const lost = await SeatClient.join({ url: t.url, exercise: 'nowhere' }, 'x', 'fr');
    await lost.until((m) => m.type === 'error');
    expect(lost.errors()[0]).toMatchObject({
      code: 'token',
      message: 'pas d’exercice « nowhere » sur cet hôte',
    });
    for (const c of [seats.fr, seats.en, lost]) c.close();
  });

  it('the plain page a host without the built app serves is in the browser’s language', async () => {
    const page = async (headers: Record<string, string>) => {
      const answer = await fetch(`${t.url.replace(/^ws/, 'http')}/`, { headers });
      expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
      return { lang: answer.headers.get('content-language'), body: await answer.text() };
    };
    const fr = await page({ 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' });
    expect(fr).toEqual({
      lang: 'fr',
      body: 'L’application PeaceMesh n’est pas construite ici. Lancez `npm run build:app`, puis redémarrez l’hôte.\n',
    });
    const en = await page({ 'accept-language': 'en-GB,en;q=0.9' });
    expect(en).toEqual({
      lang: 'en',
      body: 'The PeaceMesh app is not built here. Run `npm run build:app`, then start the host again.\n',
    });
    // A language the catalogs lack falls back to English, as for a seat.
    expect((await page({ 'accept-language': 'sw' })).lang).toBe('en');
  });

  it('a forged token is refused and the socket closed', async () => {
    const forged = await SeatClient.join(t, 'A'.repeat(32));
    await forged.until((m) => m.type === 'error');
    expect(forged.errors()[0]).toMatchObject({ code: 'token' });
    await expect.poll(() => forged.closeCode).toBe(4401);
    expect(forged.raw.join('')).not.toContain('"state"');
  });

  it('a flood is refused without disturbing the other seats', async () => {
    const flood = await SeatClient.join(t, t.token('OCHA'));
    for (let i = 0; i < 300; i++) flood.send({ type: 'observe', kind: 'strength', text: 'spam' });
    await flood.until((m) => m.type === 'error' && m.code === 'rate');
    expect(t.logged.some((l) => l.includes('"code":"rate"'))).toBe(true);
    // The others are served as before.
    expect(
      await evaluator.command({ type: 'observe', kind: 'strength', text: 'still heard' }),
    ).toMatchObject({ type: 'ack' });
    flood.close();
  });

  it('a revoked seat is cut off at once and its link no longer works', async () => {
    expect(
      await excon.command({
        type: 'seat.create',
        role: 'player',
        name: 'Temp',
        actors: ['bn-east'],
      }),
    ).toMatchObject({ type: 'ack' });
    const token = t.token('Temp');
    const temp = await SeatClient.join(t, token);
    await temp.until((m) => m.type === 'state');
    const seat = excon.state!.seats!.find((s) => s.name === 'Temp')!;
    expect(await excon.command({ type: 'seat.revoke', seat: seat.id })).toMatchObject({
      type: 'ack',
    });
    await temp.until((m) => m.type === 'error' && m.code === 'revoked');
    await expect.poll(() => temp.closeCode).toBe(4401);
    const again = await SeatClient.join(t, token);
    await again.until((m) => m.type === 'error' && m.code === 'token');
  });
});

describe('played decisions and the record', () => {
  it("the HC's answer is journalled, logged beside doctrine's and seen by the evaluator", async () => {
    const key = hc.state!.question!.key;
    expect(await hc.command({ type: 'play', key, option: 'decline' })).toMatchObject({
      type: 'ack',
    });
    const played = excon.log.find((e) => e.event === 'decision.played');
    expect(text(played)).toBe(
      'hc (played) decides: decline the escort — doctrine: approve the escort as an exception (all four IASC criteria met)',
    );
    await evaluator.until(
      (m) => m.type === 'log' && m.entries.some((e) => e.event === 'decision.played'),
    );
    expect(hc.log.some((e) => e.event === 'decision.played')).toBe(true);
    // Its why (the truth beside what the HC knew) is for EXCON and evaluators, not the players.
    await evaluator.until(
      (m) => m.type === 'log' && m.entries.some((e) => e.kind === 'decision.why'),
    );
    expect(excon.log.some((e) => e.kind === 'decision.why')).toBe(true);
    for (const client of [hc, ocha, projector])
      expect(client.raw.join('\n')).not.toContain('decision.why');
    expect(await hc.command({ type: 'play', key, option: 'approve' })).toMatchObject({
      type: 'error',
      code: 'nothing-waiting',
    });
    // The escort the HC decided is WFP's process, and still one of the HC's: it took part.
    const escort = played!.ref;
    expect(escort).toBeDefined();
    await hc.until((m) => m.type === 'state' && hc.state!.processes.some((p) => p.id === escort));
    const mine = hc.state!.processes.find((p) => p.id === escort)!;
    expect(mine.host).not.toBe('hc');
  });

  it('an observation is journalled with its time, step and author', async () => {
    expect(
      await evaluator.command({
        type: 'observe',
        kind: 'improvement',
        text: 'HC declined without asking OCHA for alternatives',
        actor: 'hc',
        objective: 'lo-escort',
      }),
    ).toMatchObject({ type: 'ack' });
    const obs = excon.state!.observations!.at(-1)!;
    expect(obs).toMatchObject({
      kind: 'improvement',
      actor: 'hc',
      objective: 'lo-escort',
      author: 'Evaluator',
    });
    expect(obs.step).toBe(excon.state!.step);
  });

  it('live injects can be edited and withdrawn before delivery, and reach only their actors', async () => {
    const event = {
      type: 'information' as const,
      id: 'rumour-1',
      from: 'joc',
      to: ['hc'],
      summary: 'rumour',
    };
    expect(
      await excon.command({ type: 'inject.stage', text: 'Rumour of a roadblock', event }),
    ).toMatchObject({ type: 'ack' });
    expect(
      await excon.command({
        type: 'inject.stage',
        text: 'Second thought',
        event: { ...event, id: 'rumour-2' },
      }),
    ).toMatchObject({ type: 'ack' });
    const [first, second] = excon.state!.staged!;
    expect(
      await excon.command({ type: 'inject.edit', inject: first!.id, text: 'Roadblock at km 12' }),
    ).toMatchObject({ type: 'ack' });
    expect(await excon.command({ type: 'inject.withdraw', inject: second!.id })).toMatchObject({
      type: 'ack',
    });
    expect(hc.raw.join('\n')).not.toContain('Roadblock at km 12');
    expect(await excon.command({ type: 'move', move: { to: 'next' } })).toMatchObject({
      type: 'ack',
    });
    expect(excon.state!.staged).toEqual([]);
    await hc.until(
      (m) => m.type === 'log' && m.entries.some((e) => text(e).includes('Roadblock at km 12')),
    );
    expect(ocha.log.some((e) => text(e).includes('Roadblock'))).toBe(false);
    expect(excon.log.some((e) => text(e).includes('Second thought'))).toBe(false);
    expect(await excon.command({ type: 'inject.withdraw', inject: first!.id })).toMatchObject({
      type: 'error',
      code: 'inject',
    });
  });

  it('the package replays to the same log hash, and a restarted host comes back identical', async () => {
    const exercise = t.host.exercise(t.exercise)!;
    const pkg = exportPackage(exercise);
    expect(replayPackage(pkg).hash).toBe(exercise.hash);
    expect(JSON.stringify(pkg)).not.toContain(t.host.list()[0]!.excon);

    const { journal, hash, step } = {
      journal: exercise.journal.map((e) => ({ ...e })),
      hash: exercise.hash,
      step: exercise.sim.step,
    };
    for (const c of [excon, hc, ocha, evaluator, projector]) c.close();
    await t.host.close();
    const again = await startTestHost({ dataDir: t.dataDir });
    try {
      const back = again.host.exercise(t.exercise)!;
      expect(back.journal).toEqual(journal);
      expect(back.hash).toBe(hash);
      expect(back.sim.step).toBe(step);
      expect(back.phase).toBe('running');
      const seat = await SeatClient.join(again, again.host.list()[0]!.excon);
      expect(await seat.command({ type: 'move', move: { to: 'next' } })).toMatchObject({
        type: 'ack',
      });
      seat.close();
    } finally {
      await again.host.close();
    }
  });
});

describe('several exercises on one host', () => {
  it('keeps them apart: a seat of one cannot join another', async () => {
    const other = await startTestHost();
    try {
      const source = other.host.exercise(other.exercise)!.source;
      const second = other.host.create(source, 'scenarios/carana-three-bad-days.yaml', { seed: 7 });
      expect(second).not.toBe(other.exercise);
      expect(other.host.list().map((e) => e.id)).toEqual([other.exercise, second]);
      const firstToken = other.host.list()[0]!.excon;
      const wrong = await SeatClient.join({ url: other.url, exercise: second }, firstToken);
      await wrong.until((m) => m.type === 'error');
      expect(wrong.errors()[0]).toMatchObject({ code: 'token' });
      const right = await SeatClient.join(
        { url: other.url, exercise: second },
        other.host.list()[1]!.excon,
      );
      const state = await right.until((m) => m.type === 'state');
      expect(state.type === 'state' && state.state.seed).toBe(7);
      right.close();
    } finally {
      await other.host.close();
      rmSync(other.dataDir, { recursive: true, force: true });
    }
  });
});
