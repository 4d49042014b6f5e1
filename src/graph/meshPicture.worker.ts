// The picture worker (see pictureWorker.ts): the painter of picturePainter.ts, its bitmaps
// posted to the page transferred, not copied.
import { createPicturePainter, type FromPainter, type ToPainter } from './picturePainter.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToPainter>) => void) | null;
  postMessage(message: FromPainter, transfer: Transferable[]): void;
};

const paint = createPicturePainter((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => paint(event.data);
