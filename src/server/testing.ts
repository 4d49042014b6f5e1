// Test helpers for the exercise host: a host on a free port with a scenario open, and a seat
// client on a real WebSocket that keeps every raw frame it receives. (An exercise driven
// without a host: exercise-driver.ts, re-exported here.)
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { LogEntry } from '../core/index.ts';
import { CARANA } from './exercise-driver.ts';
import { Host } from './host.ts';
import type { ClientMessage, HostMessage, SeatState } from './protocol.ts';
import { applyStateChanges } from './state-changes.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export { CARANA, ExerciseDriver } from './exercise-driver.ts';

export interface TestHost {
  readonly host: Host;
  readonly url: string;
  readonly exercise: string;
  readonly dataDir: string;
  /** Warnings and errors the host logged, one JSON line each. */
  readonly logged: string[];
  token(seatName: string): string;
}

export async function startTestHost(
  options: {
    dataDir?: string;
    appDir?: string;
    rate?: { perSecond: number; burst: number };
    printPdf?: (html: string) => Promise<Uint8Array>;
  } = {},
): Promise<TestHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'peacemesh-host-'));
  const logged: string[] = [];
  const host = new Host({
    dataDir,
    logger: { level: 'warn', stream: { write: (line: string) => void logged.push(line) } },
    ...(options.rate ? { rate: options.rate } : {}),
    ...(options.appDir ? { appDir: options.appDir } : {}),
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
  });
  const exercise =
    host.list()[0]?.id ?? host.create(readFileSync(join(ROOT, CARANA), 'utf8'), CARANA);
  const url = (await host.listen(0, '127.0.0.1')).replace(/^http/, 'ws');
  return {
    host,
    url,
    exercise,
    dataDir,
    logged,
    token: (name) => {
      const seat = [...host.exercise(exercise)!.seats.values()].find((s) => s.name === name);
      if (!seat) throw new Error(`no seat ${name}`);
      return seat.token;
    },
  };
}

export class SeatClient {
  readonly raw: string[] = [];
  readonly messages: HostMessage[] = [];
  readonly socket: WebSocket;
  closeCode: number | undefined;

  private constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.on('message', (data) => {
      const text = String(data);
      this.raw.push(text);
      this.messages.push(JSON.parse(text) as HostMessage);
    });
    this.socket.on('close', (code) => (this.closeCode = code));
  }

  /** `lang`: the seat's language, as the app sends it (absent: the host's default). */
  static async join(
    t: { readonly url: string; readonly exercise: string },
    token: string,
    lang?: string,
  ): Promise<SeatClient> {
    const query = new URLSearchParams({ exercise: t.exercise, token });
    if (lang !== undefined) query.set('lang', lang);
    const client = new SeatClient(`${t.url}/ws?${query.toString()}`);
    await new Promise<void>((resolve, reject) => {
      client.socket.once('open', () => resolve());
      client.socket.once('error', reject);
    });
    return client;
  }

  send(message: ClientMessage | string): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /**
   * Sends and waits for the host's answer: the error it gave, or its ack once the state that
   * follows it (the broadcast) has arrived too.
   */
  async command(message: ClientMessage | string): Promise<HostMessage> {
    const from = this.messages.length;
    this.send(message);
    const answer = await this.until(
      (m, i) => i >= from && (m.type === 'ack' || m.type === 'error'),
    );
    if (answer.type === 'ack') {
      const at = this.messages.indexOf(answer);
      await this.until((m, i) => i > at && m.type === 'state');
    }
    return answer;
  }

  async until(
    match: (m: HostMessage, index: number) => boolean,
    timeout = 20_000,
  ): Promise<HostMessage> {
    const start = Date.now();
    for (;;) {
      const i = this.messages.findIndex(match);
      if (i >= 0) return this.messages[i]!;
      if (Date.now() - start > timeout) throw new Error('no matching message from the host');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** The latest state the host sent this seat, its changes applied as a seat applies them. */
  get state(): SeatState | undefined {
    let state: SeatState | undefined;
    for (const m of this.messages)
      if (m.type === 'state') state = applyStateChanges(state, m.state);
    return state;
  }

  /** Every log entry this seat has been sent (after the last reset). */
  get log(): LogEntry[] {
    let out: LogEntry[] = [];
    for (const m of this.messages)
      if (m.type === 'log') out = m.reset ? [...m.entries] : [...out, ...m.entries];
    return out;
  }

  errors(): Array<{ code: string; message: string }> {
    return this.messages.flatMap((m) => (m.type === 'error' ? [m] : []));
  }

  close(): void {
    this.socket.close();
  }
}
