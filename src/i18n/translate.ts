// A catalog string by key, with ICU arguments: the CLI's help, summaries and errors.
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type MessageKey } from './catalogs';
import type { Locale } from './locale';

const compiled = new Map<string, IntlMessageFormat>();

export function translate(
  locale: Locale,
  key: MessageKey,
  values: Readonly<Record<string, string | number | boolean>> = {},
): string {
  const id = `${locale}\u0000${key}`;
  let m = compiled.get(id);
  if (!m) compiled.set(id, (m = new IntlMessageFormat(CATALOGS[locale][key], locale)));
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) args[k] = typeof v === 'boolean' ? String(v) : v;
  return String(m.format(args));
}
