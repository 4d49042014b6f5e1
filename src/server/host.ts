// The exercise host: one Node process on a training-room laptop that serves the built app
// and a WebSocket endpoint for the seats. Fastify for HTTP and static files, @fastify/websocket
// (ws) for seats, zod for every frame, the SQLite journal as the source of truth. Every input
// is journalled and committed before it is applied and broadcast; a seat's role is checked on
// every frame; bad input gets a clear error on that socket and a line in the host's log.
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WebSocket } from 'ws';
import type { LogEntry } from '../core/index.ts';
import { isLocale, localeOf, type Locale } from '../i18n/index.ts';
import { translator } from '../i18n/translator.ts';
import { renderReport, reportFileName } from '../report/index.ts';
import { ChromiumMissing, printPdfWithChromium } from '../report/pdf.ts';
import { Baseline, exerciseDebrief } from './debrief.ts';
import { Exercise, type Seat } from './exercise.ts';
import { Journal, type JournalEntry } from './journal.ts';
import { exportPackage, importJournal, type ExercisePackage } from './package.ts';
import { ALLOWED, clientMessage, MAX_MESSAGE_BYTES, type HostMessage } from './protocol.ts';
import { Refused } from './refusal.ts';
import { stateChanges, stateMessageJson, type StateSent } from './state-changes.ts';
import { Audience, frameNow, seatState, type Frame } from './views.ts';

export interface HostOptions {
  /** Folder of the SQLite journal. */
  readonly dataDir: string;
  /** The built web app (vite build output); absent: no app is served. */
  readonly appDir?: string;
  /** Fastify logger setting: false for none, true or pino options. */
  readonly logger?: boolean | Record<string, unknown>;
  /** Frames a seat may send per second on average, and in a burst. */
  readonly rate?: { readonly perSecond: number; readonly burst: number };
  /** Prints the report's HTML to PDF (tests may give another printer). */
  readonly printPdf?: (html: string) => Promise<Uint8Array>;
}

interface Connection {
  readonly socket: WebSocket;
  readonly exercise: string;
  readonly seat: string;
  /** The seat's language (the `lang` it connected with): what the host tells it is in it. */
  readonly locale: Locale;
  /** How much of the log this seat has been sent. */
  sent: number;
  /**
   * What this connection has been sent of the state (absent: it has had no state yet, so the
   * next is whole, with the parts that never change: MSEL, objectives, areas).
   */
  had?: StateSent;
  tokens: number;
  refilled: number;
  dropped: number;
}

interface Live {
  exercise: Exercise;
  audience: Audience;
  /** The doctrine-only run the hot wash and the report compare with, kept between requests. */
  baseline: Baseline;
}

type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/**
 * The language of a request's answer: the `lang` it asks for (the report's, or the seat's),
 * else the browser's first language.
 */
function requestLocale(request: { query: unknown; headers: RequestHeaders }): Locale {
  const lang = (request.query as Record<string, unknown>)['lang'];
  if (isLocale(lang)) return lang;
  const accept = request.headers['accept-language'];
  return localeOf((Array.isArray(accept) ? accept[0] : accept)?.split(',')[0]);
}

/** zod's own words for what is wrong with a frame, per language. */
const ZOD_WORDS = { en: z.locales.en().localeError, fr: z.locales.fr().localeError } as const;

const say = (request: { query: unknown; headers: RequestHeaders }) =>
  translator(requestLocale(request));

const REPORT_TYPES = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** A seat token: 192 random bits, URL-safe. */
export const newToken = (): string => randomBytes(24).toString('base64url');

export class Host {
  readonly app: FastifyInstance;
  private readonly journal: Journal;
  private readonly live = new Map<string, Live>();
  private readonly connections = new Set<Connection>();
  private readonly rate: { perSecond: number; burst: number };
  private readonly printPdf: (html: string) => Promise<Uint8Array>;

  constructor(options: HostOptions) {
    this.journal = new Journal(options.dataDir);
    this.printPdf = options.printPdf ?? printPdfWithChromium;
    this.rate = { perSecond: 50, burst: 100, ...options.rate };
    this.app = Fastify({ logger: options.logger ?? false, bodyLimit: 8 * 1024 * 1024 });
    for (const id of this.journal.exercises()) this.load(id);
    this.routes(options.appDir);
  }

  get log(): FastifyBaseLogger {
    return this.app.log;
  }

  /** Exercises on this host, for the start-up banner and the tests. */
  list(): Array<{ id: string; title: string; file: string; excon: string; phase: string }> {
    return [...this.live.values()].map(({ exercise }) => ({
      id: exercise.id,
      title: exercise.title,
      file: exercise.file,
      excon: [...exercise.seats.values()].find((s) => s.role === 'excon')!.token,
      phase: exercise.phase,
    }));
  }

  exercise(id: string): Exercise | undefined {
    return this.live.get(id)?.exercise;
  }

  /** A new exercise of a scenario (its YAML text). Throws the scenario's problems, located. */
  create(
    source: string,
    file: string,
    options: { structure?: string; seed?: number } = {},
  ): string {
    const base = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '') || 'exercise';
    let n = 1;
    while (this.live.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    const body = {
      scenario: source,
      file,
      ...(options.structure !== undefined ? { structure: options.structure } : {}),
      seed: options.seed ?? 1,
      excon: { id: 'excon', token: newToken() },
    };
    // Check it loads before it is journalled: a journal never holds an exercise that cannot.
    new Exercise({ exercise: id, seq: 0, kind: 'create', body, at: '' });
    const [entry] = this.journal.append(id, [{ kind: 'create', body }]);
    this.live.set(id, this.open([entry!]));
    return id;
  }

  /** An exercise package brought onto this host, with fresh seat tokens. */
  import(pkg: ExercisePackage): string {
    const base = pkg.exercise;
    let id = base;
    for (let n = 2; this.live.has(id); n++) id = `${base}-${n}`;
    const entries = importJournal(pkg, newToken);
    const folded = this.open(entries.map((e) => ({ ...e, exercise: id })));
    this.journal.append(
      id,
      entries.map((e) => ({ kind: e.kind, body: e.body })),
    );
    this.live.set(id, folded);
    return id;
  }

  async listen(port: number, host: string): Promise<string> {
    return this.app.listen({ port, host });
  }

  async close(): Promise<void> {
    for (const c of this.connections) c.socket.close(1001, 'host shutting down');
    await this.app.close();
    this.journal.close();
  }

  // ── exercises ─────────────────────────────────────────────────────────────────────────

  private open(entries: readonly JournalEntry[]): Live {
    const exercise = Exercise.fold(entries);
    return { exercise, audience: new Audience(exercise), baseline: new Baseline() };
  }

  private load(id: string): void {
    try {
      this.live.set(id, this.open(this.journal.entries(id)));
    } catch (error) {
      this.log.error({ exercise: id }, `exercise ${id} could not be restored: ${String(error)}`);
    }
  }

  // ── HTTP and WebSocket ────────────────────────────────────────────────────────────────

  private routes(appDir: string | undefined): void {
    const app = this.app;
    void app.register(fastifyWebsocket, { options: { maxPayload: 1024 * 1024 } });
    void app.register(async (scope) => {
      scope.get('/ws', { websocket: true }, (socket, request) => {
        const query = request.query as Record<string, unknown>;
        this.connect(
          socket,
          String(query['exercise'] ?? ''),
          String(query['token'] ?? ''),
          requestLocale(request),
        );
      });
    });
    // The package, the debrief and the report hold everything (controller notes, every seat's
    // decisions): EXCON and evaluators only, checked on the token as on the socket.
    const evaluating = (request: { params: unknown; query: unknown; headers: RequestHeaders }) => {
      const { id } = request.params as { id: string };
      const token = String((request.query as Record<string, unknown>)['token'] ?? '');
      const live = this.live.get(id);
      const seat = live?.exercise.seatByToken(token);
      if (!live || !seat || seat.revoked || (seat.role !== 'excon' && seat.role !== 'evaluator')) {
        this.log.warn({ exercise: id }, 'refused: not an EXCON or evaluator token');
        return null;
      }
      return live;
    };
    app.get('/api/exercises/:id/package', (request, reply) => {
      const live = evaluating(request);
      if (!live) return reply.code(403).send({ error: say(request)('cli.host.refused.package') });
      return reply
        .header('content-disposition', `attachment; filename="${live.exercise.id}.peacemesh.json"`)
        .send(exportPackage(live.exercise));
    });
    app.get('/api/exercises/:id/debrief', (request, reply) => {
      const live = evaluating(request);
      if (!live) return reply.code(403).send({ error: say(request)('cli.host.refused.debrief') });
      return reply
        .header('cache-control', 'no-store')
        .send(exerciseDebrief(live.exercise, live.baseline));
    });
    app.get('/api/exercises/:id/report', async (request, reply) => {
      const live = evaluating(request);
      const t = say(request);
      if (!live) return reply.code(403).send({ error: t('cli.host.refused.report') });
      const query = request.query as Record<string, unknown>;
      const format = String(query['format'] ?? 'html');
      const lang = String(query['lang'] ?? 'en');
      if (format !== 'md' && format !== 'html' && format !== 'pdf')
        return reply.code(400).send({ error: t('cli.host.report.format', { format }) });
      if (!isLocale(lang))
        return reply.code(400).send({ error: t('cli.host.report.language', { lang }) });
      const d = exerciseDebrief(live.exercise, live.baseline);
      let body: string | Buffer;
      if (format === 'pdf') {
        try {
          body = Buffer.from(await this.printPdf(renderReport(d, 'html', lang)));
        } catch (error) {
          const missing = error instanceof ChromiumMissing;
          this.log.error(
            { exercise: live.exercise.id },
            `report PDF failed: ${(error as Error).message}`,
          );
          return reply.code(missing ? 501 : 500).send({
            error: missing
              ? t('cli.pdf.no-chromium.host', {
                  reason: t('cli.pdf.no-chromium', { path: error.path }),
                })
              : t('cli.pdf.failed.host', { message: (error as Error).message }),
          });
        }
      } else body = renderReport(d, format, lang);
      return reply
        .type(REPORT_TYPES[format])
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${reportFileName(d, format)}"`)
        .send(body);
    });
    if (appDir && existsSync(join(appDir, 'index.html'))) {
      void app.register(fastifyStatic, { root: resolve(appDir), index: 'index.html' });
    } else {
      // In the language the request asks for, as a seat's words and a report are.
      app.get('/', (request, reply) =>
        reply
          .type('text/plain; charset=utf-8')
          .header('content-language', requestLocale(request))
          .header('vary', 'accept-language')
          .send(`${say(request)('cli.host.app-not-built')}\n`),
      );
    }
  }

  private send(socket: WebSocket, message: HostMessage): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  }

  /** Tells a seat why it is refused, in its language; the host's log says it in English. */
  private refuse(socket: WebSocket, locale: Locale, why: Refused, context: object = {}): void {
    this.log.warn({ ...context, code: why.code }, `refused: ${why.message}`);
    this.send(socket, { type: 'error', code: why.code, message: why.in(locale) });
  }

  private connect(socket: WebSocket, exerciseId: string, token: string, locale: Locale): void {
    const live = this.live.get(exerciseId);
    const seat = live?.exercise.seatByToken(token);
    if (!live || !seat || seat.revoked) {
      this.refuse(
        socket,
        locale,
        live
          ? new Refused('token', 'cli.host.seat.bad-link')
          : new Refused('token', 'cli.host.seat.no-exercise', { exercise: exerciseId }),
        { exercise: exerciseId },
      );
      socket.close(4401, 'not a seat');
      return;
    }
    const conn: Connection = {
      socket,
      exercise: exerciseId,
      seat: seat.id,
      locale,
      sent: 0,
      tokens: this.rate.burst,
      refilled: Date.now(),
      dropped: 0,
    };
    this.connections.add(conn);
    socket.on('message', (data, isBinary) => {
      try {
        this.receive(conn, data as Buffer, isBinary);
      } catch (error) {
        // A fault of the host itself: this seat hears of it, the host and the others carry on
        // from what the journal holds.
        this.log.error(
          { exercise: exerciseId, seat: seat.id },
          `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        this.send(socket, {
          type: 'error',
          code: 'internal',
          message: new Refused('internal', 'cli.host.seat.internal').in(locale),
        });
        this.load(exerciseId);
        this.broadcast(exerciseId);
      }
    });
    socket.on('close', () => {
      this.connections.delete(conn);
      this.broadcastSeats(exerciseId);
    });
    socket.on('error', (error) =>
      this.log.warn({ seat: seat.id }, `socket error: ${error.message}`),
    );
    this.broadcast(exerciseId);
  }

  /** A token bucket per socket: a flood is refused without touching the exercise. */
  private allowed(conn: Connection): boolean {
    const now = Date.now();
    conn.tokens = Math.min(
      this.rate.burst,
      conn.tokens + ((now - conn.refilled) / 1000) * this.rate.perSecond,
    );
    conn.refilled = now;
    if (conn.tokens >= 1) {
      conn.tokens -= 1;
      return true;
    }
    conn.dropped += 1;
    return false;
  }

  private receive(conn: Connection, data: Buffer, isBinary: boolean): void {
    const ctx = { exercise: conn.exercise, seat: conn.seat };
    if (!this.allowed(conn)) {
      // One error per burst is enough; a socket that keeps flooding is closed.
      if (conn.dropped === 1 || conn.dropped % 100 === 0)
        this.refuse(
          conn.socket,
          conn.locale,
          new Refused('rate', 'cli.host.seat.rate', { perSecond: this.rate.perSecond }),
          ctx,
        );
      if (conn.dropped >= 1000) conn.socket.close(4429, 'flood');
      return;
    }
    const refuse = (why: Refused) => this.refuse(conn.socket, conn.locale, why, ctx);
    if (isBinary) return refuse(new Refused('binary', 'cli.host.seat.binary'));
    if (data.byteLength > MAX_MESSAGE_BYTES)
      return refuse(
        new Refused('too-large', 'cli.host.seat.too-large', {
          bytes: data.byteLength,
          max: MAX_MESSAGE_BYTES,
        }),
      );
    let json: unknown;
    try {
      json = JSON.parse(data.toString('utf8'));
    } catch (error) {
      return refuse(new Refused('json', 'cli.host.seat.json', { why: (error as Error).message }));
    }
    const parsed = clientMessage.safeParse(json);
    if (!parsed.success) {
      const type = (json as { type?: unknown } | null)?.type;
      const known = typeof type === 'string' && type in ALLOWED;
      // What is wrong with the frame in zod's words, in the language it is told in.
      const issue = (locale: Locale) => {
        const words = clientMessage.safeParse(json, { error: ZOD_WORDS[locale] });
        const first = words.error?.issues[0];
        return {
          type: String(type),
          path: first?.path.join('.') || 'type',
          issue: first?.message ?? '',
        };
      };
      return refuse(
        known
          ? new Refused('invalid', 'cli.host.seat.invalid', issue)
          : new Refused('unknown', 'cli.host.seat.unknown', {
              type: JSON.stringify(type ?? null),
            }),
      );
    }
    const msg = parsed.data;
    const live = this.live.get(conn.exercise);
    const seat = live?.exercise.seats.get(conn.seat);
    // The seat is looked up again on every frame: a revoked or reassigned seat loses its rights
    // at once, whatever its socket was allowed when it joined.
    if (!live || !seat || seat.revoked) {
      refuse(new Refused('token', 'cli.host.seat.revoked-now'));
      conn.socket.close(4401, 'revoked');
      return;
    }
    if (!ALLOWED[msg.type].includes(seat.role))
      return refuse(
        new Refused('forbidden', 'cli.host.seat.forbidden', { role: seat.role, type: msg.type }),
      );
    this.execute(live, seat, conn, msg.type, () =>
      live.exercise.command(seat, msg, {
        next: (prefix) => `${prefix}-${live.exercise.journal.length}`,
        token: newToken,
      }),
    );
  }

  private execute(
    live: Live,
    seat: Seat,
    conn: Connection,
    type: string,
    run: () => ReturnType<Exercise['command']>,
  ): void {
    const exercise = live.exercise;
    let drafts;
    try {
      drafts = run();
    } catch (error) {
      if (error instanceof Refused)
        return this.refuse(conn.socket, conn.locale, error, {
          exercise: exercise.id,
          seat: seat.id,
        });
      throw error;
    }
    let entries: JournalEntry[];
    try {
      entries = this.journal.append(
        exercise.id,
        drafts.map((d) => ({ kind: d.kind, body: d.body })),
      );
    } catch (error) {
      // Nothing was kept: the exercise goes back to what its journal holds.
      this.log.error({ exercise: exercise.id }, `journal write failed: ${String(error)}`);
      this.load(exercise.id);
      this.send(conn.socket, {
        type: 'error',
        code: 'journal',
        message: new Refused('journal', 'cli.host.seat.journal').in(conn.locale),
      });
      return;
    }
    entries.forEach((entry, i) => {
      if (drafts[i]!.applied) exercise.record(entry);
      else exercise.apply(entry);
    });
    this.send(conn.socket, { type: 'ack', for: type });
    if (type === 'seat.revoke') this.dropRevoked(exercise);
    this.broadcast(exercise.id);
  }

  private dropRevoked(exercise: Exercise): void {
    for (const c of this.connections) {
      const seat = exercise.seats.get(c.seat);
      if (c.exercise !== exercise.id || !seat?.revoked) continue;
      this.send(c.socket, {
        type: 'error',
        code: 'revoked',
        message: new Refused('revoked', 'cli.host.seat.revoked').in(c.locale),
      });
      c.socket.close(4401, 'revoked');
      this.connections.delete(c);
    }
  }

  private broadcastSeats(exercise: string): void {
    this.broadcast(exercise);
  }

  /** Sends every seat of an exercise its state and the log entries it has not had yet. */
  broadcast(exerciseId: string): void {
    const live = this.live.get(exerciseId);
    if (!live) return;
    const { exercise, audience } = live;
    const log: readonly LogEntry[] = exercise.sim.log;
    let frame: Frame | undefined;
    const connected = new Set<string>();
    for (const c of this.connections) if (c.exercise === exerciseId) connected.add(c.seat);
    for (const c of this.connections) {
      if (c.exercise !== exerciseId) continue;
      const seat = exercise.seats.get(c.seat);
      if (!seat || seat.revoked) continue;
      frame ??= frameNow(exercise, audience);
      const reset = c.sent === 0 || c.sent > log.length;
      const entries = audience.visible(seat, log.slice(reset ? 0 : c.sent));
      c.sent = log.length;
      if (entries.length > 0 || reset) this.send(c.socket, { type: 'log', reset, entries });
      // The MSEL, objectives and areas never change: sent once per connection, not per step;
      // the mesh and the lists as changes since the connection's last state (state-changes.ts),
      // each list item serialised once for every seat of this broadcast (json-once.ts).
      const { frame: changes, sent } = stateChanges(
        seatState(exercise, seat, frame, connected, c.had === undefined),
        c.had,
        frame.json.of,
      );
      c.had = sent;
      if (c.socket.readyState === c.socket.OPEN)
        c.socket.send(stateMessageJson(changes, frame.json.of));
    }
  }
}
