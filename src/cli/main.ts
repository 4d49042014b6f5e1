// The `peacemesh` command line. `main` never exits the process and never throws: every
// failure becomes "error: …" and an exit code (0 ok, 1 invalid input, 2 usage), so it runs
// in-process in tests as well as from bin/peacemesh.js. Imports core through its index only.
import { CommanderError } from 'commander';
import { loadCatalog, localeOf, translate } from '../i18n';
import { endThreadsAhead, startThreadsAhead } from './compare-ahead';
import { EXIT, nodeIo, type CliIo, type ExitCode } from './io';

/** `--lang fr` or `--lang=fr` anywhere on the line: read before commander builds the help. */
export function langFlag(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

export async function main(argv: readonly string[], given: CliIo = nodeIo()): Promise<number> {
  const flag = langFlag(argv);
  const io: CliIo = flag === undefined ? given : { ...given, locale: localeOf(flag) };
  let code: ExitCode = EXIT.ok;
  try {
    // `compare`'s worker threads start before anything else, so that their own start overlaps
    // loading the catalogs, building the commands and reading the scenario. Inside the `try`:
    // a thread that cannot be started is one line on stderr, like any other failure.
    startThreadsAhead(argv);
    // The command's language before any word of it (the CLI's bundle loads French only now).
    await loadCatalog(io.locale ?? 'en');
    // Loaded here rather than imported at the top so that even a module that fails to load
    // (the engine mid-edit) is reported as one line, not a stack trace from the shim.
    const { buildProgram } = await import('./program');
    await buildProgram(io, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander has already printed the help, the version or the usage problem; it gives
      // exit code 0 for help and version asked for, anything else is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // A bug's own words, on one line, with no control character from anywhere.
    const why = err instanceof Error ? err.message : String(err);
    // eslint-disable-next-line no-control-regex
    const message = why.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
    io.stderr(`${translate(io.locale ?? 'en', 'cli.error', { message })}\n`);
    return EXIT.invalid;
  } finally {
    await endThreadsAhead();
  }
}
