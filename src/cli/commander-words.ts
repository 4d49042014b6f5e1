// Commander writes its own headings ("Usage:", "Options:") and usage errors in English: these
// put them in the reader's language. English passes through unchanged.
import { Help, type Option } from 'commander';
import type { Locale, MessageKey } from '../i18n';
import { translate } from '../i18n';

const TITLES: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['Usage:', 'cli.title.usage'],
  ['Options:', 'cli.title.options'],
  ['Global Options:', 'cli.title.global-options'],
  ['Arguments:', 'cli.title.arguments'],
  ['Commands:', 'cli.title.commands'],
]);

/** A help heading in the reader's language. */
export function helpTitle(title: string, locale: Locale): string {
  const key = TITLES.get(title);
  return locale === 'en' || key === undefined ? title : translate(locale, key);
}

const plainHelp = new Help();

/** An option's help line, with commander's "(default: x)" in the reader's language. */
export function optionLine(option: Option, locale: Locale): string {
  const line = plainHelp.optionDescription(option);
  if (locale === 'en') return line;
  return line.replace(/\(default: (.*)\)$/, (_, value: string) =>
    translate(locale, 'cli.usage.default', { value }),
  );
}

const ERRORS: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^error: missing required argument '(?<name>[^']*)'/, 'cli.usage.missing-argument'],
  [/^error: unknown option '(?<name>[^']*)'/, 'cli.usage.unknown-option'],
  [/^error: unknown command '(?<name>[^']*)'/, 'cli.usage.unknown-command'],
  [/^error: option '(?<name>[^']*)' argument '(?<value>[^']*)' is invalid\./, 'cli.usage.invalid'],
];

/** One of commander's usage errors in the reader's language (its first line; the rest as is). */
export function usageError(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  let out = text;
  for (const [pattern, key] of ERRORS) {
    const m = pattern.exec(out);
    if (!m) continue;
    out =
      translate(locale, key, { name: m.groups?.['name'] ?? '', value: m.groups?.['value'] ?? '' }) +
      out.slice(m[0].length);
    break;
  }
  return out.replace(/\(Did you mean (.+)\?\)/, (_, guess: string) =>
    translate(locale, 'cli.usage.did-you-mean', { guess }),
  );
}
