// The exercise host under a full room: 40 connected seats (EXCON, 34 players holding the
// scenario's actors, 4 evaluators, a projector) while EXCON plays the default scenario one
// step at a time as fast as the host answers. Per step: from EXCON sending the move until
// every seat has the state of that step (broadcast latency), the bytes of a player's state
// frame, and the host's CPU over the run.
// The seats are real WebSocket clients in the same process, so the figures include their
// parsing too: an upper bound for the host.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { Host } from '../src/server/host';
import type { ClientMessage, HostMessage } from '../src/server/protocol';
import { pct } from './timing';

export interface HostBroadcast {
  readonly seats: number;
  readonly steps: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** Host process CPU time ÷ wall time over the run (1 = one core busy). */
  readonly cpu: number;
  /**
   * Mean bytes of a player seat's state frame per step, and of every seat's state frames per
   * step together (the first state of each connection left out: it is the whole picture).
   * Absent in reports written before they were measured.
   */
  readonly playerBytes?: number;
  readonly stepBytes?: number;
}

const SCENARIO = 'scenarios/carana-three-bad-days.yaml';

export async function measureHostBroadcast(seats = 40, maxSteps = 1000): Promise<HostBroadcast> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peacemesh-bench-host-'));
  // EXCON steps here as fast as the host answers, far above any trainer's pace: lift the
  // flood guard (50 frames a second per seat) so the figure is the broadcast, not a refusal.
  const host = new Host({ dataDir, rate: { perSecond: 100_000, burst: 100_000 } });
  const clients: WebSocket[] = [];
  try {
    const id = host.create(
      readFileSync(new URL(`../${SCENARIO}`, import.meta.url), 'utf8'),
      SCENARIO,
    );
    const base = (await host.listen(0, '127.0.0.1')).replace(/^http/, 'ws');
    const exercise = host.exercise(id)!;
    const connect = (token: string) =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(`${base}/ws?exercise=${id}&token=${token}`);
        ws.once('open', () => resolve(ws));
        ws.once('error', reject);
      });
    const excon = await connect(host.list()[0]!.excon);
    clients.push(excon);
    const answers: HostMessage[] = [];
    excon.on('message', (d) => answers.push(JSON.parse(String(d)) as HostMessage));
    const command = async (msg: ClientMessage) => {
      const from = answers.length;
      excon.send(JSON.stringify(msg));
      for (;;) {
        const a = answers.slice(from).find((m) => m.type === 'ack' || m.type === 'error');
        if (a) return a;
        await new Promise((r) => setImmediate(r));
      }
    };
    const actors = exercise.scenario.actors.map((a) => a.id);
    const roles: Array<['player' | 'evaluator' | 'projector', string[]]> = [];
    for (let i = 0; roles.length < seats - 6; i++)
      roles.push(['player', [actors[i % actors.length]!]]);
    for (let i = 0; i < 4; i++) roles.push(['evaluator', []]);
    roles.push(['projector', []]);
    for (const [i, [role, held]] of roles.entries())
      await command({ type: 'seat.create', role, name: `seat ${i}`, actors: held });
    // Every seat's step arrivals: seat → (step → time the state arrived).
    const arrivals: Array<Map<number, number>> = [];
    // Bytes of state frames received once the run started, per seat role.
    let counting = false;
    const bytes = { player: 0, playerFrames: 0, all: 0 };
    for (const seat of exercise.seats.values()) {
      if (seat.role === 'excon') continue;
      const ws = await connect(seat.token);
      clients.push(ws);
      const seen = new Map<number, number>();
      arrivals.push(seen);
      ws.on('message', (d) => {
        const text = String(d);
        const m = JSON.parse(text) as HostMessage;
        if (m.type !== 'state') return;
        if (!seen.has(m.state.step)) seen.set(m.state.step, performance.now());
        if (!counting) return;
        const size = Buffer.byteLength(text);
        bytes.all += size;
        if (seat.role === 'player') {
          bytes.player += size;
          bytes.playerFrames += 1;
        }
      });
    }
    await command({ type: 'start' });
    const latencies: number[] = [];
    counting = true;
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    for (let n = 0; n < maxSteps; n++) {
      const sim = exercise.sim;
      if (sim.status === 'finished') break;
      const sent = performance.now();
      const answer = await command(
        sim.status === 'awaiting-decision'
          ? { type: 'force' }
          : { type: 'move', move: { to: 'step' } },
      );
      if (answer.type === 'error') throw new Error(`the host refused step ${n}: ${answer.message}`);
      const step = sim.step;
      while (arrivals.some((a) => !a.has(step))) await new Promise((r) => setImmediate(r));
      latencies.push(Math.max(...arrivals.map((a) => a.get(step)!)) - sent);
    }
    const wall = performance.now() - wall0;
    const cpu = process.cpuUsage(cpu0);
    return {
      seats: clients.length,
      steps: latencies.length,
      p50: pct(latencies, 0.5),
      p95: pct(latencies, 0.95),
      max: Math.max(...latencies),
      cpu: (cpu.user + cpu.system) / 1000 / wall,
      playerBytes: bytes.player / Math.max(1, bytes.playerFrames),
      stepBytes: bytes.all / Math.max(1, latencies.length),
    };
  } finally {
    for (const ws of clients) ws.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
