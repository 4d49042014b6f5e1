// The CLI as whole processes, the way a user's shell starts it: `node bin/peacemesh.js …`
// from the repository root, output captured (not printed). Timing a process includes Node's
// own start, loading the bundle and the work.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function peacemesh(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return node(['bin/peacemesh.js', ...args], env);
}

export function node(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // A scenario's warnings ("file:line:col: warning: …") and a large comparison's
        // announcement ("comparing: … runs") are output a user sees too; anything else on
        // stderr (running from source, say) means the process did not do what is timed.
        const unexpected = stderr
          .split('\n')
          .filter(
            (line) =>
              line.trim() !== '' &&
              !/^\S+:\d+:\d+: warning: /.test(line) &&
              !line.startsWith('comparing: '),
          );
        if (error) reject(new Error(`node ${args.join(' ')} failed: ${stderr || error.message}`));
        else if (unexpected.length > 0)
          reject(new Error(`node ${args.join(' ')} said: ${unexpected.join('\n')}`));
        else resolve(stdout);
      },
    );
  });
}

const TICK_MS = 1000 / Number(tryRun('getconf', ['CLK_TCK']) ?? 100);

/**
 * CPU time (user + system, ms) used so far by this process's finished children, from
 * /proc/self/stat (Linux; undefined elsewhere). The difference across one awaited child is
 * that child's CPU time: unlike its wall time, it barely moves with the machine's load.
 * Resolution: one clock tick (10 ms here).
 */
export function childrenCpuMs(): number | undefined {
  const stat = tryRead('/proc/self/stat');
  if (stat === undefined) return undefined;
  // Fields after the command name (which may hold spaces) start at field 3, "state".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  return Number.isFinite(cutime + cstime) ? (cutime + cstime) * TICK_MS : undefined;
}

function tryRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function tryRun(command: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}
