// The command tree: global options, help texts, and one register function per command.
// Commander only parses; each command's work is a function of (args, io) in its own file.
import { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { registerCompare } from './compare';
import type { CliIo, ExitCode } from './io';
import { registerReplay } from './replay';
import { registerReport } from './report';
import { registerRun } from './run';
import { registerServe } from './serve';
import { registerValidate } from './validate';
import { registerWorker } from './worker';

export function buildProgram(io: CliIo, exit: (code: ExitCode) => void): Command {
  const program = new Command('peacemesh')
    .description('Simulate coordination inside a UN peace operation from a YAML scenario.')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(add --help for usage and examples)')
    .addHelpText(
      'after',
      `
Exit codes: 0 ok, 1 invalid input (scenario, file, structure), 2 usage error.

Examples:
  $ peacemesh validate scenarios/*.yaml
  $ peacemesh run scenarios/convoy-escort-dilemma.yaml --seed 7
  $ peacemesh run scenarios/carana-three-bad-days.yaml --structure joc-centred --json > run.json
  $ peacemesh serve scenarios/carana-three-bad-days.yaml --host 0.0.0.0
  $ peacemesh report run.peacemesh-run.json --format pdf --out aar.pdf
  $ peacemesh run --help
`,
    );
  // Subcommands copy the settings above when created, so register them last.
  registerValidate(program, io, exit);
  registerRun(program, io, exit);
  registerCompare(program, io, exit);
  registerServe(program, io, exit);
  registerReplay(program, io, exit);
  registerReport(program, io, exit);
  registerWorker(program, io, exit);
  return program;
}
