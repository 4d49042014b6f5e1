// Where the queue lives: a Redis URL (`redis://host:6379/0`, `rediss://` for TLS, a password
// as `redis://:secret@host:6379/0`). Checked once up front, so an unreachable or mistyped
// Redis is one clear sentence instead of a client retrying forever.
import type { ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';

/** A queue option the user got wrong, or a Redis that cannot be reached: said in one line. */
export class QueueError extends Error {
  override readonly name = 'QueueError';
}

/** Checks the URL's form: `redis://` or `rediss://`, a host, and a database number if any. */
export function parseQueueUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new QueueError(
      `--queue is a Redis URL like redis://host:6379/0; got ${JSON.stringify(text)}`,
    );
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new QueueError(
      `--queue is a Redis URL starting redis:// (or rediss:// for TLS); got ${JSON.stringify(text)}`,
    );
  }
  if (!url.hostname) throw new QueueError(`--queue ${text} names no host`);
  if (url.pathname !== '' && url.pathname !== '/' && !/^\/\d{1,2}$/.test(url.pathname)) {
    throw new QueueError(
      `--queue ${text}: after the port comes a database number, like redis://host:6379/0`,
    );
  }
  return text;
}

/** The URL without its password, for messages. */
export function displayUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return text;
  }
}

/** BullMQ's connection settings for this URL (workers block on Redis: no retry limit). */
export function connectionFor(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null };
}

/** Resolves when Redis answers PING within `timeoutMs`; otherwise a QueueError says why. */
export async function checkRedis(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new QueueError(`cannot reach Redis at ${displayUrl(url)}: ${why}`);
  } finally {
    client.disconnect();
  }
}
