// Runs `peacemesh` two ways. `peacemesh()`: the real executable (bin/peacemesh.js, which loads
// the prebuilt bundle in dist-node/) as a child process from the repository root, the way a
// trainer's shell would. `cli()`: the same `main` in this process with its output captured —
// for the many argument and input checks that need no process of their own, so a test file
// starts only a few processes (each one is costly on a loaded machine).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A process starts in a fraction of a second from the bundle on a quiet machine; with seven
 * test processes and builds sharing two cores it has been seen to take many times that.
 */
export const CLI_TIMEOUT = 60_000;

export function peacemesh(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  timeout = CLI_TIMEOUT,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['bin/peacemesh.js', ...args],
      {
        cwd: ROOT,
        // English unless a test asks otherwise, whatever the machine's own locale.
        env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...env },
        timeout,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(
            new Error(`peacemesh ${args.join(' ')} did not finish: ${error.message}\n${stderr}`),
          );
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** `peacemesh args` in this process: paths resolve from the repository root, no colour. */
export async function cli(args: readonly string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => readFile(resolve(ROOT, path)),
    colour: false,
  });
  return { code, stdout, stderr };
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = '    at ';
