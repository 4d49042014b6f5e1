// The queue's address as the user writes it: a Redis URL (`redis://host:6379/0`, `rediss://`
// for TLS, a password as `redis://:secret@host:6379/0`), checked without loading a Redis
// client so the command line stays quick to start when no queue is used.
import { translate, type Locale } from '../i18n';

/** A queue option the user got wrong, or a Redis that cannot be reached: said in one line. */
export class QueueError extends Error {
  override readonly name = 'QueueError';
}

/**
 * Checks the URL's form: `redis://` or `rediss://`, a host, and a database number if any.
 * What is wrong is said in the reader's language.
 */
export function parseQueueUrl(text: string, locale: Locale = 'en'): string {
  const refuse = (key: 'url-form' | 'url-scheme' | 'url-host' | 'url-database') =>
    new QueueError(
      translate(locale, `cli.queue.${key}`, { url: text, urlJson: JSON.stringify(text) }),
    );
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('url-form');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw refuse('url-scheme');
  if (!url.hostname) throw refuse('url-host');
  if (url.pathname !== '' && url.pathname !== '/' && !/^\/\d{1,2}$/.test(url.pathname))
    throw refuse('url-database');
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
