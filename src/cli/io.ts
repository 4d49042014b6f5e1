// What a command may touch of the outside world, passed in so that every command is a plain
// function of (args, io): tests and other front ends can hand in their own.
import { localeFromEnv, type Locale } from '../i18n';
import { readFileBounded } from './read-file';

export interface CliIo {
  /** Writes text to standard output (the command's result). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error (problems, hints). */
  readonly stderr: (text: string) => void;
  /**
   * Reads a whole scenario file as bytes, stopping at the scenario size limit; rejects with an
   * error whose `code` says why (a Node `fs` code, EFBIG, ENODATA).
   */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Whether standard output may carry ANSI colours. */
  readonly colour: boolean;
  /** The language to answer in (`--lang` overrides it); English when absent. */
  readonly locale?: Locale;
}

/** Exit codes: 0 ok, 1 invalid input, 2 usage error (README, "Command line"). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The real terminal. Colour only on a TTY, and never when NO_COLOR is set (no-color.org). */
export function nodeIo(): CliIo {
  // `peacemesh run … | head` closes the pipe early: stop quietly instead of an EPIPE trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    // Core is loaded when a command needs it, not at start-up (`--version` stays fast).
    readFile: async (path) =>
      readFileBounded(path, { limit: (await import('../core')).MAX_SCENARIO_BYTES }),
    colour: process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined,
    locale: localeFromEnv(process.env),
  };
}
