// The CLI as whole processes, the way a user's shell starts it: `node bin/peacemesh.js …`
// from the repository root, output captured (not printed). Timing a process includes Node's
// own start, loading the bundle and the work.
import { execFile } from 'node:child_process';
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
        if (error) reject(new Error(`node ${args.join(' ')} failed: ${stderr || error.message}`));
        else if (stderr) reject(new Error(`node ${args.join(' ')} said: ${stderr.trim()}`));
        else resolve(stdout);
      },
    );
  });
}
