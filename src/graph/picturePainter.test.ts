// The picture painter draws a picture in slices with the thread given back between them, and
// drops a picture whose camera is no longer wanted instead of finishing it. Node has no
// OffscreenCanvas: a stand-in records what is drawn, and fake timers run the slices.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTOR_KINDS } from '../core/vocabulary.ts';
import type { PictureCamera, PictureScene } from './meshPicture.ts';
import { createPicturePainter, type FromPainter } from './picturePainter.ts';

/** The painter's clock: each drawing call takes 0.1 ms, each flush 5 ms. */
let clock = 0;

class StandInCanvas {
  static drawings = 0;
  static flushes = 0;
  constructor(
    public width: number,
    public height: number,
  ) {}
  getContext() {
    return new Proxy(
      {},
      {
        get(_target, key: string) {
          if (key === 'getImageData')
            return () => {
              StandInCanvas.flushes += 1;
              clock += 5;
            };
          if (key === 'measureText') return () => ({ width: 10 });
          return () => {
            StandInCanvas.drawings += 1;
            clock += 0.1;
          };
        },
        set: () => true,
      },
    );
  }
  transferToImageBitmap() {
    return { close() {} };
  }
}

const camera: PictureCamera = { k: 1, x: 0, y: 0, width: 400, height: 300, ratio: 1, r: 4 };

/** `count` actors in a row across the view, each linked to the next. */
function mesh(count: number): { scene: PictureScene; xy: Float64Array } {
  const ends: number[] = [];
  for (let i = 1; i < count; i++) ends.push(i - 1, i);
  return {
    scene: {
      kinds: Uint8Array.from({ length: count }, (_, i) => i % ACTOR_KINDS.length),
      looks: new Uint8Array(count),
      labels: Array.from({ length: count }, (_, i) => `A ${i}`),
      ends: Uint32Array.from(ends),
      channels: new Uint8Array(count - 1),
    },
    xy: Float64Array.from({ length: count * 2 }, (_, i) => (i % 2 === 0 ? (i / 2) % 400 : 150)),
  };
}

describe('the picture painter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('OffscreenCanvas', StandInCanvas);
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    vi.spyOn(performance, 'measure').mockImplementation(() => undefined as never);
    vi.spyOn(performance, 'mark').mockImplementation(() => undefined as never);
    StandInCanvas.drawings = 0;
    StandInCanvas.flushes = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const start = () => {
    const replies: FromPainter[] = [];
    const paint = createPicturePainter((message) => replies.push(message));
    const { scene, xy } = mesh(3000);
    paint({ type: 'scene', scene });
    paint({ type: 'positions', xy });
    return { paint, replies };
  };

  it('draws a big picture in several slices, rasterising each, and hands it over', () => {
    const { paint, replies } = start();
    paint({ type: 'draw', id: 1, camera });
    expect(replies).toEqual([]);
    vi.runAllTimers();
    expect(StandInCanvas.flushes).toBeGreaterThan(1);
    expect(replies.map((r) => [r.type, r.id])).toEqual([['drawn', 1]]);
  });

  it('drops a picture under way when a newer camera is asked for, and draws only the newer', () => {
    const { paint, replies } = start();
    paint({ type: 'draw', id: 1, camera });
    vi.advanceTimersToNextTimer();
    paint({ type: 'draw', id: 2, camera: { ...camera, k: 2 } });
    paint({ type: 'draw', id: 3, camera: { ...camera, k: 3 } });
    vi.runAllTimers();
    expect(replies.map((r) => [r.type, r.id])).toEqual([
      ['dropped', 1],
      ['dropped', 2],
      ['drawn', 3],
    ]);
    const drawn = replies[2];
    expect(drawn?.type === 'drawn' ? drawn.camera.k : 0).toBe(3);
  });

  it('drops the picture under way when cancelled, and draws nothing more', () => {
    const { paint, replies } = start();
    paint({ type: 'draw', id: 1, camera });
    vi.advanceTimersToNextTimer();
    const before = StandInCanvas.drawings;
    paint({ type: 'cancel' });
    vi.runAllTimers();
    expect(replies.map((r) => [r.type, r.id])).toEqual([['dropped', 1]]);
    expect(StandInCanvas.drawings).toBe(before);
    // Nothing under way: a cancel is not answered.
    paint({ type: 'cancel' });
    expect(replies).toHaveLength(1);
  });

  it('keeps drawing while new data for the same camera comes faster than a picture is drawn', () => {
    const { paint, replies } = start();
    const { xy } = mesh(3000);
    paint({ type: 'draw', id: 1, camera });
    // A new layout batch and a draw for it after every slice: each picture under way is
    // finished and shown, and only the latest draw waits behind it.
    for (let id = 2; id <= 200; id++) {
      vi.advanceTimersToNextTimer();
      paint({ type: 'positions', xy: xy.map((v) => v + id) });
      paint({ type: 'draw', id, camera });
    }
    vi.runAllTimers();
    const drawn = replies.filter((r) => r.type === 'drawn').map((r) => r.id);
    expect(drawn.length).toBeGreaterThan(2);
    expect(drawn.at(-1)).toBe(200);
    expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
    // Every draw is answered, drawn or dropped, once.
    expect(replies.map((r) => r.id).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
  });

  it('replaces a draw not yet begun, and drops draws of the scene before a new one', () => {
    const { paint, replies } = start();
    paint({ type: 'draw', id: 1, camera });
    paint({ type: 'draw', id: 2, camera });
    vi.advanceTimersToNextTimer();
    paint({ type: 'draw', id: 3, camera });
    paint({ type: 'scene', scene: mesh(10).scene });
    paint({ type: 'draw', id: 4, camera });
    vi.runAllTimers();
    expect(replies.map((r) => [r.type, r.id])).toEqual([
      ['dropped', 1],
      ['dropped', 3],
      ['dropped', 2],
      ['drawn', 4],
    ]);
  });
});
