// Reading a scenario file for a command: bytes from io, parsing and checking by core's
// loader. Every way it can fail becomes lines of text, never an exception.
import {
  loadScenarioBytes,
  MAX_SCENARIO_BYTES,
  type Scenario,
  type ScenarioError,
  type ScenarioWarning,
} from '../core';
import { describeProblem, translate, type Locale } from '../i18n';
import { translator } from '../i18n/translator';
import type { CliIo } from './io';

export type ScenarioFile =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** Likely mistakes, each a "file:line:col: warning: message" line. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly string[] };

export async function readScenarioFile(file: string, io: CliIo): Promise<ScenarioFile> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (err) {
    const locale = io.locale ?? 'en';
    return {
      ok: false,
      problems: [
        translate(locale, 'cli.file-problem', { file, why: describeReadError(err, locale) }),
      ],
    };
  }
  const locale = io.locale ?? 'en';
  const loaded = loadScenarioBytes(bytes, file, {
    language: locale,
    describe: (p) => describeProblem(p, locale),
  });
  if (loaded.ok)
    return {
      ok: true,
      scenario: loaded.scenario,
      warnings: loaded.warnings.map((w) => locatedWarning(w, locale)),
    };
  return { ok: false, problems: loaded.errors.map((e) => located(e, locale)) };
}

/** "file:line:col: message" ("fichier:ligne:col : message" in French typography). */
export function located(e: ScenarioError, locale: Locale): string {
  const { file, line, col, message } = e;
  return translate(locale, 'cli.location', { file, line, col, message });
}

/** "file:line:col: warning: message". */
export function locatedWarning(e: ScenarioWarning, locale: Locale): string {
  const { file, line, col, message } = e;
  return translate(locale, 'cli.warning', { file, line, col, message });
}

/**
 * One plain line for why a file could not be read (Node's messages carry syscall noise), in
 * the CLI's language; `what` the file was meant to be.
 */
export function describeReadError(
  err: unknown,
  locale: Locale = 'en',
  what: 'scenario' | 'run' = 'scenario',
): string {
  const code = (err as { code?: unknown } | null)?.code;
  const t = translator(locale);
  switch (code) {
    case 'ENOENT':
      return t('cli.read.missing');
    case 'EISDIR':
      return t('cli.read.directory', { what });
    case 'EACCES':
    case 'EPERM':
      return t('cli.read.denied');
    case 'ENOTDIR':
      return t('cli.read.not-dir');
    case 'ERR_FS_FILE_TOO_LARGE':
    case 'EFBIG':
      return t('cli.read.too-large', { mib: MAX_SCENARIO_BYTES / 1024 / 1024, what });
    case 'ENODATA':
      return t('cli.read.no-data');
    case 'ENXIO':
      return t('cli.read.no-device');
    default:
      return t('cli.read.other', {
        code: typeof code === 'string' ? code : '',
        has_code: typeof code === 'string' ? 'yes' : 'no',
      });
  }
}
