// A seat holds the state and log the host sends as changes: a frame it cannot read may have
// carried one, so the seat connects again and is sent everything whole, instead of going on
// with a state that silently misses a change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseConnection } from './connection.ts';

class FakeSocket {
  static readonly OPEN = 1;
  static opened: FakeSocket[] = [];
  readyState = 0;
  closes = 0;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  open(): void {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  close(): void {
    this.closes += 1;
    this.readyState = 3;
    this.onclose?.({ code: 1005 });
  }
  send(): void {}
}

describe('a seat connection', () => {
  beforeEach(() => {
    FakeSocket.opened = [];
    vi.stubGlobal('WebSocket', FakeSocket);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('connects again when a frame is not JSON or not the protocol', async () => {
    const connection = new ExerciseConnection('ws://host.invalid/ws');
    connection.open();
    const first = FakeSocket.opened[0]!;
    first.open();
    first.onmessage?.({ data: JSON.stringify({ type: 'log', reset: true, entries: [] }) });
    expect(first.closes).toBe(0);

    first.onmessage?.({ data: '{"type":"state","state":' });
    expect(first.closes).toBe(1);
    expect(connection.store.getState().connected).toBe(false);
    // The first retry comes after a short back-off (250 ms).
    await vi.waitFor(() => expect(FakeSocket.opened).toHaveLength(2), { timeout: 10_000 });

    const second = FakeSocket.opened[1]!;
    second.open();
    second.onmessage?.({ data: JSON.stringify({ type: 'state', state: { nothing: 1 } }) });
    expect(second.closes).toBe(1);
    connection.close();
  });
});
