// What a command may touch of the outside world, passed in so that every command is a plain
// function of (args, io): tests and other front ends can hand in their own.
import { readFile } from 'node:fs/promises';
import { localeFromEnv, type Locale } from '../i18n';

export interface CliIo {
  /** Writes text to standard output (the command's result). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error (problems, hints). */
  readonly stderr: (text: string) => void;
  /** Reads a whole file as bytes; rejects with a Node `fs` error (`code` set). */
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
    readFile: (path) => readFile(path),
    colour: process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined,
    locale: localeFromEnv(process.env),
  };
}
