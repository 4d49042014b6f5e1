// The message catalogs: every key the renderer, the CLI and the app use, in each language. A
// key is a log entry kind, a phrase kind, a term of the vocabulary ("phase.joint planning"), a
// CLI string ("cli.…") or an app string ("app.…", src/i18n/app-en.ts). The type makes a
// missing key a compile error; a test checks that no key is left unused and that both
// languages use the same arguments.
import type { EntryKind, PhraseKind } from './types';
import type { TERMS } from './types';
import { en } from './en';
import { fr } from './fr';
import type { Locale } from './locale';
// Scenario problems (core/scenario/problems.ts): checks whose words live here.
import type { ProblemKind } from '../core/index.ts';

type Values<P extends keyof typeof TERMS> = (typeof TERMS)[P][number];
export type TermKey =
  | `phase.${Values<'phase'>}`
  | `need.${Values<'need'>}`
  | `severity.${Values<'severity'>}`
  | `alternative.${Values<'alternative'>}`
  | `unit.${Values<'unit'>}`
  | `channel.${Values<'channel'>}`
  | `support.${Values<'support'>}`;

export type { CliKey } from './cli-keys';
import type { CliKey } from './cli-keys';
import type { GraphKey } from './graph-keys';

export type { AppKey } from './app-en';
import type { AppKey } from './app-en';
export type { ReportKey } from './report-keys';
import type { ReportKey } from './report-keys';
import type { CliMessageKey } from './cli-messages-en';

export type MessageKey =
  | EntryKind
  | PhraseKind
  | TermKey
  | CliKey
  | CliMessageKey
  | ReportKey
  | AppKey
  | GraphKey
  | ProblemKind;
export type Catalog = Readonly<Record<MessageKey, string>>;

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, fr };
