// The connection to the queue's Redis: BullMQ's settings for a URL, and a check made once up
// front so that an unreachable Redis is one clear sentence instead of a client retrying forever.
import type { ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { translate, type Locale } from '../i18n';
import { displayUrl, QueueError } from './url';

/** BullMQ's connection settings for this URL (workers block on Redis: no retry limit). */
export function connectionFor(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null };
}

/**
 * Resolves when Redis answers PING within `timeoutMs`; otherwise a QueueError says why, in the
 * reader's language (the client's own reason kept as it gives it).
 */
export async function checkRedis(
  url: string,
  locale: Locale = 'en',
  timeoutMs = 5000,
): Promise<void> {
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
    throw new QueueError(translate(locale, 'cli.queue.unreachable', { url: displayUrl(url), why }));
  } finally {
    client.disconnect();
  }
}
