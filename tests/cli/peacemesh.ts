// Runs the real `peacemesh` executable (bin/peacemesh.js) as a child process from the
// repository root, the way a trainer's shell would, and collects what it printed.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starting Node with tsx takes a second or two on a loaded machine; allow plenty. */
export const CLI_TIMEOUT = 30_000;

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

/** A stack trace line as Node prints it. */
export const STACK_LINE = '    at ';
