// A seat's link to the exercise host: one WebSocket that reconnects by itself (the host may
// restart mid-exercise), every frame from the host checked against the protocol, and a small
// vanilla store the exercise screens read.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LogEntry } from '../../core/index.ts';
import { hostMessage, type ClientMessage, type SeatState } from '../../server/protocol.ts';
import { applyStateChanges } from '../../server/state-changes.ts';

/**
 * Why the host refused: its code (the seat words it in its language) and the host's own
 * sentence (in the language the seat connected with), kept for a code the seat does not know.
 * `link` and `offline` are the seat's own: no sentence of the host.
 */
export interface Refusal {
  readonly code: string;
  readonly message?: string;
}

export interface SeatStore {
  readonly connected: boolean;
  /** Set when the host refuses the seat for good (bad or revoked link): no more retries. */
  readonly refused: Refusal | null;
  readonly state: SeatState | null;
  readonly log: readonly LogEntry[];
  /** The last refusal of a command, shown to the seat until the next one succeeds. */
  readonly error: Refusal | null;
}

/** Kept in the browser: the last entries the seat's log panel can show. */
const LOG_KEPT = 2000;

export class ExerciseConnection {
  readonly store: StoreApi<SeatStore> = createStore<SeatStore>(() => ({
    connected: false,
    refused: null,
    state: null,
    log: [],
    error: null,
  }));
  private socket: WebSocket | null = null;
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(private readonly url: string) {}

  /** `lang`: the seat's language, in which the host says why it refuses a command. */
  static forPage(exercise: string, token: string, lang: string): ExerciseConnection {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const query = new URLSearchParams({ exercise, token, lang });
    return new ExerciseConnection(`${scheme}://${location.host}/ws?${query.toString()}`);
  }

  open(): void {
    this.closed = false;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      this.retry = 0;
      this.store.setState({ connected: true });
    };
    socket.onmessage = (event) => this.receive(String(event.data));
    socket.onclose = (event) => {
      this.store.setState({ connected: false });
      if (this.closed) return;
      // 4401: the host does not know this link (or revoked it); retrying cannot help.
      if (event.code === 4401) {
        this.store.setState({
          refused: this.store.getState().refused ?? { code: 'link' },
        });
        return;
      }
      const wait = Math.min(5000, 250 * 2 ** this.retry++);
      this.timer = setTimeout(() => this.open(), wait);
    };
  }

  /**
   * A frame the seat cannot read. The host sends the state and the log as changes, so what the
   * seat holds may now miss one for good: it connects again (as after a dropped connection)
   * and is sent the whole state and log first.
   */
  private resync(): void {
    const socket = this.socket;
    if (socket === null || socket.readyState !== WebSocket.OPEN) return;
    socket.close();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.socket?.close();
  }

  send(message: ClientMessage): void {
    if (this.socket?.readyState !== WebSocket.OPEN) {
      this.store.setState({ error: { code: 'offline' } });
      return;
    }
    this.socket.send(JSON.stringify(message));
  }

  private receive(text: string): void {
    let parsed;
    try {
      parsed = hostMessage.safeParse(JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    if (parsed?.success !== true) {
      this.resync();
      return;
    }
    const msg = parsed.data;
    switch (msg.type) {
      case 'state': {
        // The host sends the parts that never change once per connection, and the mesh and
        // the lists as changes since the last state: applied to what the seat holds.
        this.store.setState({ state: applyStateChanges(this.store.getState().state, msg.state) });
        break;
      }
      case 'log': {
        const log = msg.reset ? msg.entries : [...this.store.getState().log, ...msg.entries];
        this.store.setState({ log: log.length > LOG_KEPT ? log.slice(-LOG_KEPT) : log });
        break;
      }
      case 'ack':
        this.store.setState({ error: null });
        break;
      case 'error':
        if (msg.code === 'token' || msg.code === 'revoked')
          this.store.setState({ refused: { code: msg.code, message: msg.message } });
        else this.store.setState({ error: { code: msg.code, message: msg.message } });
        break;
    }
  }
}
