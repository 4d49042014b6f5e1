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
    return { ok: false, problems: [`${file}: ${describeReadError(err)}`] };
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

/** One plain line for why a file could not be read (Node's messages carry syscall noise). */
export function describeReadError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a scenario file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    case 'ERR_FS_FILE_TOO_LARGE':
    case 'EFBIG':
      return `is larger than ${MAX_SCENARIO_BYTES / 1024 / 1024} MiB, the limit for a scenario file: is this the right file?`;
    case 'ENODATA':
      return 'nothing arrived to read (a pipe or terminal no one writes to): is this the right file?';
    case 'ENXIO':
      return 'cannot be read (a socket or device with nothing behind it)';
    default:
      return `cannot be read${typeof code === 'string' ? ` (${code})` : ''}`;
  }
}
