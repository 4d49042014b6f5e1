// The command tree: global options, help texts, and one register function per command.
// Commander only parses; each command's work is a function of (args, io) in its own file.
import { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { registerCompare } from './compare';
import { translator } from '../i18n/translator';
import { helpTitle, optionLine, usageError } from './commander-words';
import type { CliIo, ExitCode } from './io';
import { registerReplay } from './replay';
import { registerReport } from './report';
import { registerRun } from './run';
import { registerServe } from './serve';
import { registerValidate } from './validate';
import { registerWorker } from './worker';

export function buildProgram(io: CliIo, exit: (code: ExitCode) => void): Command {
  const locale = io.locale ?? 'en';
  const t = translator(locale);
  const program = new Command('peacemesh')
    .description(t('cli.description'))
    .version(packageJson.version, '-V, --version', t('cli.version'))
    .helpOption('-h, --help', t('cli.help'))
    .helpCommand('help [command]', t('cli.help-command'))
    // Read before parsing (main.ts) so that the help itself is in the chosen language.
    .option('--lang <code>', t('cli.lang'))
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(usageError(text, locale)),
    })
    .configureHelp({
      styleTitle: (title) => helpTitle(title, locale),
      optionDescription: (option) => optionLine(option, locale),
    })
    .showHelpAfterError(t('cli.after-error'))
    .addHelpText('after', t('cli.epilogue'));
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
