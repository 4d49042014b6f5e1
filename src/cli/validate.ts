// `peacemesh validate FILE...`: checks scenario files and says what each holds, or every
// problem found as `file:line:col: message`, going on through all the files.
import type { Command } from 'commander';
import { visible, type Scenario } from '../core';
import { translate, type Locale } from '../i18n';
import { EXIT, type CliIo, type ExitCode } from './io';
import { readScenarioFile } from './scenario-file';

export interface ValidateArgs {
  readonly files: readonly string[];
}

export async function validate(args: ValidateArgs, io: CliIo): Promise<ExitCode> {
  const locale = io.locale ?? 'en';
  let invalid = 0;
  for (const file of args.files) {
    const result = await readScenarioFile(file, io);
    if (result.ok) {
      for (const line of result.warnings) io.stderr(`${visible(line)}\n`);
      io.stdout(`${describe(visible(file), result.scenario, locale, result.warnings.length)}\n`);
    } else {
      invalid++;
      for (const line of result.problems) io.stderr(`${visible(line)}\n`);
    }
  }
  if (invalid > 0 && args.files.length > 1) {
    io.stderr(
      `${translate(locale, 'cli.validate.invalid', { invalid, total: args.files.length })}\n`,
    );
  }
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}

/** "ok  FILE — 12 actors, 4 structures, 18 injects" */
export function describe(
  file: string,
  scenario: Scenario,
  locale: Locale = 'en',
  warnings = 0,
): string {
  return translate(locale, 'cli.validate.ok', {
    file,
    actors: scenario.actors.length,
    structures: scenario.structures.length,
    injects: scenario.injects.length,
    warnings,
  });
}

export function registerValidate(
  program: Command,
  io: CliIo,
  exit: (code: ExitCode) => void,
): void {
  const locale = io.locale ?? 'en';
  program
    .command('validate')
    .description(translate(locale, 'cli.validate.description'))
    .argument('<files...>', translate(locale, 'cli.validate.files'))
    .addHelpText('after', translate(locale, 'cli.validate.epilogue'))
    .action(async (files: string[]) => exit(await validate({ files }, io)));
}
