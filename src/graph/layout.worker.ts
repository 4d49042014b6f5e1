// The layout worker (see layoutWorker.ts): the layout stream of layoutStream.ts, its batches
// posted to the page with their buffers transferred, not copied.
import { createLayoutStream } from './layoutStream.ts';
import type { LayoutPositions, ToLayout } from './layoutWorker.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToLayout>) => void) | null;
  postMessage(message: LayoutPositions, transfer: Transferable[]): void;
};

const handle = createLayoutStream((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
