// The `peacemesh` command line. `main` never exits the process and never throws: every
// failure becomes "error: …" and an exit code (0 ok, 1 invalid input, 2 usage), so it runs
// in-process in tests as well as from bin/peacemesh.js. Imports core through its index only.
import { CommanderError } from 'commander';
import { EXIT, nodeIo, type CliIo, type ExitCode } from './io';

export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  let code: ExitCode = EXIT.ok;
  try {
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
    io.stderr(`error: ${why.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')}\n`);
    return EXIT.invalid;
  }
}
