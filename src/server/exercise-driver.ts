// An exercise driven without a host, a database or a socket, for tests (the seat screens' too,
// under jsdom, which give the scenario's text: their modules have no file URL to read from).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Exercise, type Seat } from './exercise.ts';
import { Refused } from './refusal.ts';
import { ALLOWED, clientMessage, type ClientMessage } from './protocol.ts';

export const CARANA = 'scenarios/carana-three-bad-days.yaml';

/**
 * An exercise driven without a host or a database: each command is checked, turned into
 * journal entries and folded in as the host does, so tests can play one end to end quickly.
 */
export class ExerciseDriver {
  readonly exercise: Exercise;
  private seq = 1;

  /** `text`: the scenario's YAML, else read from `file` in the repository. */
  constructor(file = CARANA, seed = 1, text?: string) {
    const root = () => fileURLToPath(new URL('../..', import.meta.url));
    const body = {
      scenario: text ?? readFileSync(join(root(), file), 'utf8'),
      file,
      seed,
      excon: { id: 'excon', token: 'excon-token' },
    };
    this.exercise = new Exercise({
      exercise: 'drill-1',
      seq: 0,
      kind: 'create',
      body,
      at: '2026-11-27T09:00:00.000Z',
    });
  }

  seat(name: string): Seat {
    const seat = [...this.exercise.seats.values()].find((s) => s.name === name);
    if (!seat) throw new Error(`no seat ${name}`);
    return seat;
  }

  /** Sends as the named seat; throws the exercise's refusal, as the host would send it. */
  send(name: string, message: ClientMessage): void {
    const seat = this.seat(name);
    if (!ALLOWED[message.type].includes(seat.role))
      throw new Refused('forbidden', 'cli.host.seat.forbidden', {
        role: seat.role,
        type: message.type,
      });
    const ids = { next: (p: string) => `${p}-${this.seq}`, token: () => `token-${this.seq}` };
    for (const draft of this.exercise.command(seat, clientMessage.parse(message), ids)) {
      const entry = {
        exercise: this.exercise.id,
        seq: this.seq++,
        kind: draft.kind,
        body: draft.body,
        at: '2026-11-27T09:00:00.000Z',
      };
      if (draft.applied) this.exercise.record(entry);
      else this.exercise.apply(entry);
    }
  }

  /** EXCON moves on until a decision waits or the scenario ends. */
  toNextDecision(): void {
    for (let i = 0; i < 500; i++) {
      const sim = this.exercise.sim;
      if (sim.status !== 'running') return;
      this.send('EXCON', { type: 'move', move: { to: 'next' } });
    }
  }
}
