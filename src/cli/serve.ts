// `peacemesh serve [FILE]`: the exercise host for a training room. One laptop runs it; EXCON,
// the players, evaluators and the projector join from their browsers by link or QR code.
// The host itself lives in src/server and is loaded only by this command.
import { InvalidArgumentError, type Command } from 'commander';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describeProblem } from '../i18n';
import { EXIT, type CliIo, type ExitCode } from './io';
import { parseSeed } from './run';
import { describeReadError, locatedWarning } from './scenario-file';

export interface ServeArgs {
  readonly file?: string | undefined;
  readonly port: number;
  readonly host: string;
  readonly data: string;
  readonly structure?: string | undefined;
  readonly seed: number;
  readonly import?: string | undefined;
}

const APP_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

/** Runs the host until SIGINT or SIGTERM; the promise settles with the exit code. */
export async function serve(args: ServeArgs, io: CliIo): Promise<ExitCode> {
  const { Host } = await import('../server/host.ts');
  const { readPackage } = await import('../server/package.ts');
  const { existsSync } = await import('node:fs');
  const read = async (file: string): Promise<string | undefined> => {
    try {
      return new TextDecoder().decode(await io.readFile(file));
    } catch (err) {
      io.stderr(`${file}: ${describeReadError(err)}\n`);
      return undefined;
    }
  };
  const host = new Host({
    dataDir: args.data,
    appDir: APP_DIR,
    logger: { level: process.env['PEACEMESH_LOG'] ?? 'warn' },
  });
  try {
    if (args.import !== undefined) {
      const text = await read(args.import);
      if (text === undefined) return await closed(host, EXIT.invalid);
      const pkg = readPackage(text, args.import);
      if (!pkg.ok) {
        io.stderr(`${pkg.problem}\n`);
        return await closed(host, EXIT.invalid);
      }
      const id = host.import(pkg.pkg);
      io.stdout(`imported ${args.import} as exercise ${id}\n`);
    }
    if (args.file !== undefined) {
      // The same scenario, structure and seed still open: the trainer restarted the host.
      const reuse = host.list().find((e) => {
        const sim = host.exercise(e.id)?.sim;
        return (
          e.file === args.file &&
          e.phase !== 'ended' &&
          sim?.seed === args.seed &&
          (args.structure === undefined || sim.structure.id === args.structure)
        );
      });
      if (!reuse) {
        const text = await read(args.file);
        if (text === undefined) return await closed(host, EXIT.invalid);
        // Likely mistakes in the scenario, as `validate` shows them; errors refuse it below.
        const locale = io.locale ?? 'en';
        const { loadScenario, visible } = await import('../core');
        const checked = loadScenario(text, args.file, {
          language: locale,
          describe: (p) => describeProblem(p, locale),
        });
        for (const w of checked.warnings) io.stderr(`${visible(locatedWarning(w, locale))}\n`);
        try {
          host.create(text, args.file, {
            ...(args.structure !== undefined ? { structure: args.structure } : {}),
            seed: args.seed,
          });
        } catch (err) {
          io.stderr(`${err instanceof Error ? err.message : String(err)}\n`);
          return await closed(host, EXIT.invalid);
        }
      }
    }
    await host.listen(args.port, args.host);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    io.stderr(
      code === 'EADDRINUSE'
        ? `error: port ${args.port} is already in use; start with another, e.g. --port ${args.port + 1}\n`
        : `error: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return await closed(host, EXIT.invalid);
  }

  const bases = addresses(args.host).map((a) => `http://${a}:${args.port}`);
  const lines = [`PeaceMesh exercise host on ${bases.join(', ')} (journal in ${args.data})`];
  if (!existsSync(`${APP_DIR}/index.html`))
    lines.push('The web app is not built: run `npm run build:app`, then start the host again.');
  const exercises = host.list();
  if (exercises.length === 0)
    lines.push(
      'No exercise yet: start again with a scenario file, e.g. `peacemesh serve scenarios/carana-three-bad-days.yaml`.',
    );
  for (const e of exercises)
    lines.push(
      `  ${e.title} (${e.id}, ${e.phase}) — EXCON opens ${bases[0]}/?exercise=${encodeURIComponent(e.id)}&seat=${e.excon}`,
    );
  if (args.host === '127.0.0.1' || args.host === 'localhost')
    lines.push('Only this computer can join. For a training room, start with --host 0.0.0.0.');
  lines.push('Ctrl+C stops the host; everything is kept in the journal.');
  // Listening before saying so: a Ctrl+C right after the banner must close the host cleanly.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  io.stdout(`${lines.join('\n')}\n`);
  await stopped;
  return closed(host, EXIT.ok);
}

async function closed(host: { close(): Promise<void> }, code: ExitCode): Promise<ExitCode> {
  await host.close();
  return code;
}

/** The addresses a browser in the room can use for a host bound to `bind`. */
function addresses(bind: string): string[] {
  if (bind !== '0.0.0.0' && bind !== '::') return [bind];
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  return out.length ? out : ['127.0.0.1'];
}

function parsePort(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 65535)
    throw new InvalidArgumentError('Expected a port number from 1 to 65535, like 8080.');
  return n;
}

interface ServeOptions {
  port: number;
  host: string;
  data: string;
  structure?: string;
  seed: number;
  import?: string;
}

export function registerServe(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  program
    .command('serve')
    .description(
      'host a tabletop exercise: EXCON, players, evaluators and a projector join by link',
    )
    .argument('[file]', 'scenario file (YAML) to open an exercise of')
    .option('-p, --port <n>', 'port to listen on', parsePort, 8080)
    .option('--host <address>', 'address to listen on (0.0.0.0: the whole room)', '127.0.0.1')
    .option('--data <dir>', 'folder of the exercise journal', './peacemesh-data')
    .option('-s, --structure <name>', "coordination structure id (default: the scenario's default)")
    .option('--seed <n>', 'random seed of a new exercise', (text) => parseSeed(text), 1)
    .option(
      '--import <package>',
      'open an exported exercise package (.peacemesh.json) on this host',
    )
    .addHelpText(
      'after',
      `
The host serves the web app and keeps every input of every exercise (seats, moves,
decisions, live injects, observations) in a journal in --data; stop it or kill it at any
moment and start it again: the exercises come back where they were. A scenario file whose
exercise is still open (same structure and seed) is not opened twice.

Examples:
  $ peacemesh serve scenarios/carana-three-bad-days.yaml
  $ peacemesh serve scenarios/carana-three-bad-days.yaml --host 0.0.0.0 --port 8080
  $ peacemesh serve --import carana-three-bad-days-1.peacemesh.json
`,
    )
    .action(async (file: string | undefined, options: ServeOptions) =>
      exit(
        await serve(
          {
            file,
            port: options.port,
            host: options.host,
            data: options.data,
            structure: options.structure,
            seed: options.seed,
            import: options.import,
          },
          io,
        ),
      ),
    );
}
