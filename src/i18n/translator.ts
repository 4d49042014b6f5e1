// A translator bound to one locale: what the CLI, the report and the host hand around instead of
// repeating `(key, values) => translate(locale, key, values)` in every command.
import type { MessageKey } from './catalogs';
import type { UiLocale } from './locale';
import { translate } from './translate';

export type Translator = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number | boolean>>,
) => string;

/** Messages from the catalogs in `locale`. */
export const translator =
  (locale: UiLocale): Translator =>
  (key, values) =>
    translate(locale, key, values);
