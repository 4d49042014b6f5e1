// The picture client never waits for a picture that will not come: a draw that fails (here,
// Node has neither Worker nor OffscreenCanvas, so the painter runs in the page and cannot make
// its canvas) is answered as failed, and the next draw is taken.
import { describe, expect, it } from 'vitest';
import type { PictureCamera } from './meshPicture.ts';
import { startPictureWorker } from './pictureWorker.ts';

const camera: PictureCamera = { k: 1, x: 0, y: 0, width: 100, height: 80, ratio: 1, r: 4 };

describe('the picture client when a picture cannot be drawn', () => {
  it('is not left busy, and draws again when asked', () => {
    const drawn: number[] = [];
    const client = startPictureWorker((d) => drawn.push(d.id));
    expect(() => client.draw(camera)).not.toThrow();
    expect(client.busy()).toBe(false);
    client.draw({ ...camera, k: 2 });
    expect(client.busy()).toBe(false);
    expect(drawn).toEqual([]);
    client.destroy();
  });
});
