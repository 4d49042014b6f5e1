// `peacemesh validate FILE...`: checks scenario files and says what each holds, or every
// problem found as `file:line:col: message`, going on through all the files.
import type { Command } from 'commander';
import { visible, type Scenario } from '../core';
import { EXIT, type CliIo, type ExitCode } from './io';
import { readScenarioFile } from './scenario-file';

export interface ValidateArgs {
  readonly files: readonly string[];
}

export async function validate(args: ValidateArgs, io: CliIo): Promise<ExitCode> {
  let invalid = 0;
  for (const file of args.files) {
    const result = await readScenarioFile(file, io);
    if (result.ok) {
      io.stdout(`ok  ${visible(file)} — ${describe(result.scenario)}\n`);
    } else {
      invalid++;
      for (const line of result.problems) io.stderr(`${visible(line)}\n`);
    }
  }
  if (invalid > 0 && args.files.length > 1) {
    io.stderr(`${invalid} of ${args.files.length} files invalid\n`);
  }
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** "12 actors, 4 structures, 18 injects" */
export function describe(scenario: Scenario): string {
  return [
    count(scenario.actors.length, 'actor'),
    count(scenario.structures.length, 'structure'),
    count(scenario.injects.length, 'inject'),
  ].join(', ');
}

export function registerValidate(
  program: Command,
  io: CliIo,
  exit: (code: ExitCode) => void,
): void {
  program
    .command('validate')
    .description('check scenario files and report every problem with its line and column')
    .argument('<files...>', 'scenario files (YAML)')
    .addHelpText(
      'after',
      `
Prints "ok  FILE — N actors, N structures, N injects" for each valid file, and each problem
as "file:line:col: message" on stderr. Exit code: 0 all valid, 1 any invalid or unreadable,
2 usage error.

Examples:
  $ peacemesh validate scenarios/convoy-escort-dilemma.yaml
  $ peacemesh validate scenarios/*.yaml
`,
    )
    .action(async (files: string[]) => exit(await validate({ files }, io)));
}
