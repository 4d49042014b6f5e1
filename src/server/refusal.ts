// Why the host refuses a seat, as a code and a catalog message: the code is what the seat's
// screen words itself (app.seat.refused.*), the message what the host says, put in the seat's
// language (the `lang` it connected with) for its socket and in English for the host's log.
import { translate, type Locale, type MessageKey } from '../i18n/index.ts';

/** The values a refusal's message reads; some words of their own (zod's) per language. */
export type RefusalValues =
  | Readonly<Record<string, string | number>>
  | ((locale: Locale) => Readonly<Record<string, string | number>>);

const valuesIn = (values: RefusalValues, locale: Locale) =>
  typeof values === 'function' ? values(locale) : values;

/** A command the exercise or the host refuses: nothing is journalled, the seat is told why. */
export class Refused extends Error {
  constructor(
    readonly code: string,
    readonly key: MessageKey & `cli.host.seat.${string}`,
    readonly values: RefusalValues = {},
  ) {
    // English, for the host's log and for a program reading the error.
    super(translate('en', key, valuesIn(values, 'en')));
  }

  /** What the seat is told, in its language. */
  in(locale: Locale): string {
    return translate(locale, this.key, valuesIn(this.values, locale));
  }
}
