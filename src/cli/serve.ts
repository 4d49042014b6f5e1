// `peacemesh serve [FILE]`: the exercise host for a training room. One laptop runs it; EXCON,
// the players, evaluators and the projector join from their browsers by link or QR code.
// The host itself lives in src/server and is loaded only by this command.
import { InvalidArgumentError, type Command } from 'commander';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describeProblem, loadCatalog, LOCALES, translate, type Locale } from '../i18n';
import { translator } from '../i18n/translator';
import { EXIT, type CliIo, type ExitCode } from './io';
import { parseSeed } from './run';
import { describeReadError, located, locatedWarning } from './scenario-file';

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
  const locale = io.locale ?? 'en';
  const t = translator(locale);
  // Seats, the hot wash and the report each pick their language: the host has them all.
  await Promise.all(LOCALES.map((l) => loadCatalog(l)));
  const { Host } = await import('../server/host.ts');
  const { readPackage } = await import('../server/package.ts');
  const { existsSync } = await import('node:fs');
  const read = async (file: string): Promise<string | undefined> => {
    try {
      return new TextDecoder().decode(await io.readFile(file));
    } catch (err) {
      io.stderr(`${t('cli.file-problem', { file, why: describeReadError(err, locale) })}\n`);
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
      const pkg = readPackage(text, args.import, locale);
      if (!pkg.ok) {
        io.stderr(`${pkg.problem}\n`);
        return await closed(host, EXIT.invalid);
      }
      const id = host.import(pkg.pkg);
      io.stdout(`${t('cli.serve.imported', { file: args.import, id })}\n`);
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
        const { loadScenario, visible } = await import('../core');
        const checked = loadScenario(text, args.file, {
          language: locale,
          describe: (p) => describeProblem(p, locale),
        });
        for (const w of checked.warnings) io.stderr(`${visible(locatedWarning(w, locale))}\n`);
        // Refused here, in the user's language, rather than by the host (whose journal is
        // language-neutral): the scenario's errors as `validate` gives them, an unknown structure.
        if (!checked.ok) {
          for (const e of checked.errors) io.stderr(`${visible(located(e, locale))}\n`);
          return await closed(host, EXIT.invalid);
        }
        const structures = checked.scenario.structures;
        if (args.structure !== undefined && !structures.some((x) => x.id === args.structure)) {
          const message = t('cli.run.no-structure', {
            structure: visible(args.structure),
            names: structures.map((x) => x.id).join(', '),
          });
          io.stderr(`${t('cli.error', { message })}\n`);
          return await closed(host, EXIT.invalid);
        }
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
      `${
        code === 'EADDRINUSE'
          ? t('cli.serve.port-in-use', { port: args.port, next: args.port + 1 })
          : t('cli.error', { message: err instanceof Error ? err.message : String(err) })
      }\n`,
    );
    return await closed(host, EXIT.invalid);
  }

  const bases = addresses(args.host).map((a) => `http://${a}:${args.port}`);
  const lines = [t('cli.serve.listening', { addresses: bases.join(', '), data: args.data })];
  if (!existsSync(`${APP_DIR}/index.html`)) lines.push(t('cli.serve.no-app'));
  const exercises = host.list();
  if (exercises.length === 0) lines.push(t('cli.serve.no-exercise'));
  for (const e of exercises)
    lines.push(
      t('cli.serve.exercise', {
        title: e.title,
        id: e.id,
        phase: e.phase,
        link: `${bases[0]}/?exercise=${encodeURIComponent(e.id)}&seat=${e.excon}`,
      }),
    );
  if (args.host === '127.0.0.1' || args.host === 'localhost') lines.push(t('cli.serve.local-only'));
  lines.push(t('cli.serve.stop'));
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

function parsePort(text: string, locale: Locale): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 65535)
    throw new InvalidArgumentError(translate(locale, 'cli.option.port'));
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
  const locale = io.locale ?? 'en';
  const t = translator(locale);
  program
    .command('serve')
    .description(t('cli.serve.description'))
    .argument('[file]', t('cli.serve.file'))
    .option('-p, --port <n>', t('cli.serve.port'), (text) => parsePort(text, locale), 8080)
    .option('--host <address>', t('cli.serve.host'), '127.0.0.1')
    .option('--data <dir>', t('cli.serve.data'), './peacemesh-data')
    .option('-s, --structure <name>', t('cli.run.structure'))
    .option('--seed <n>', t('cli.serve.seed'), (text) => parseSeed(text, locale), 1)
    .option('--import <package>', t('cli.serve.import'))
    .addHelpText('after', t('cli.serve.epilogue'))
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
