// Reading a scenario file with its size checked as it is read: a huge file, /dev/zero or an
// endless pipe stops at the limit instead of filling memory, and a pipe nobody writes to
// gives up after a few seconds instead of waiting for ever.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** A read refused because the file holds more than the limit (at least `limit + 1` bytes). */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

/** A pipe or terminal that gave nothing for `waited` milliseconds. */
export class NothingToReadError extends Error {
  readonly code = 'ENODATA';
  constructor(readonly waited: number) {
    super(`nothing to read after ${waited} ms`);
  }
}

export interface BoundedReadOptions {
  /** Most bytes accepted. */
  readonly limit: number;
  /** How long a pipe may stay silent before the read gives up (milliseconds). */
  readonly idleMs?: number;
}

const CHUNK = 64 * 1024;
const POLL_MS = 20;

export async function readFileBounded(
  path: string,
  { limit, idleMs = 5_000 }: BoundedReadOptions,
): Promise<Uint8Array> {
  // Non-blocking: opening a FIFO no one writes to returns at once instead of hanging, and a
  // read that would wait says so (EAGAIN) so we can give up. Regular files are unaffected.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > limit) throw new FileTooLargeError(limit);
    // A FIFO read before its writer has opened it looks finished (0 bytes): wait for one.
    const fifo = info.isFIFO();
    const chunks: Uint8Array[] = [];
    let total = 0;
    let quietSince = performance.now();
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
        bytesRead = -1; // would wait
      }
      if (bytesRead === 0 && !(fifo && total === 0)) break;
      if (bytesRead <= 0) {
        if (performance.now() - quietSince >= idleMs) throw new NothingToReadError(idleMs);
        await sleep(POLL_MS);
        continue;
      }
      quietSince = performance.now();
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw new FileTooLargeError(limit);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
