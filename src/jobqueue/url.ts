// The queue's address as the user writes it: a Redis URL (`redis://host:6379/0`, `rediss://`
// for TLS, a password as `redis://:secret@host:6379/0`), checked without loading a Redis
// client so the command line stays quick to start when no queue is used.

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
