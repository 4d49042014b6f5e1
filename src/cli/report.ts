// `peacemesh report FILE`: the after-action report / improvement plan of an exported run or of
// an exercise package, in Markdown, self-contained HTML, or PDF printed from the HTML by
// Debian's Chromium. The run is replayed from its inputs (a package: its journal is folded
// again), beside the doctrine-only run of the same scenario, structure and seed.
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import {
  buildDebrief,
  checkEvaluationRecord,
  formatError,
  loadScenario,
  replayForDebrief,
  type Debrief,
} from '../core';
import { renderHtml, renderMarkdown, reportFileName, type ReportFormat } from '../report/index.ts';
import { ChromiumMissing, printPdfWithChromium } from '../report/pdf.ts';
import { parseRunFile } from '../store/persist.ts';
import { EXIT, type CliIo, type ExitCode } from './io';
import { describeReadError } from './scenario-file';
import { describeProblem, translate } from '../i18n';

export const REPORT_FORMATS = ['md', 'html', 'pdf'] as const;

export interface ReportArgs {
  readonly file: string;
  readonly format: ReportFormat;
  readonly out?: string | undefined;
}

export interface ReportIo extends CliIo {
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Prints HTML to PDF; throws ChromiumMissing when there is no browser to print with. */
  readonly printPdf: (html: string) => Promise<Uint8Array>;
}

export function nodeReportIo(io: CliIo): ReportIo {
  return {
    ...io,
    writeFile: (path, data) => writeFile(path, data),
    printPdf: printPdfWithChromium,
  };
}

/** Reads a run export and builds its debrief; problems come back as lines. */
export function debriefFromRunText(
  text: string,
  file: string,
): { ok: true; debrief: Debrief } | { ok: false; problems: string[] } {
  const checked = parseRunFile(text, (key, values) => translate('en', key, values));
  if (!checked.ok) return { ok: false, problems: [`${file}: ${checked.problem}`] };
  const run = checked.run;
  const loaded = loadScenario(run.scenario.text, `${file} (scenario ${run.scenario.fileName})`, {
    describe: (p) => describeProblem(p, 'en'),
  });
  if (!loaded.ok) return { ok: false, problems: loaded.errors.map(formatError) };
  const scenario = loaded.scenario;
  if (!scenario.structures.some((s) => s.id === run.structure))
    return { ok: false, problems: [`${file}: the scenario has no structure "${run.structure}"`] };
  const record = checkEvaluationRecord(run.evaluation ?? {});
  if (!record.ok) return { ok: false, problems: [`${file}: ${record.problem}`] };
  const branch = run.branches.find((b) => b.id === run.branch)!;
  let runs;
  try {
    runs = replayForDebrief(scenario, run.structure, run.seed, branch.inputs, branch.step);
  } catch (err) {
    return {
      ok: false,
      problems: [`${file}: the run cannot be replayed: ${(err as Error).message}`],
    };
  }
  return {
    ok: true,
    debrief: buildDebrief({
      scenario,
      structure: runs.run.structure,
      seed: run.seed,
      log: runs.run.log,
      baseline: runs.baseline.log,
      record: record.record,
      date: run.savedAt,
      finished: runs.run.status === 'finished',
    }),
  };
}

/** Whether a file's text is an exercise package (its `format` says so), not a run export. */
function isPackage(text: string): boolean {
  try {
    const doc = JSON.parse(text) as unknown;
    return typeof doc === 'object' && doc !== null && 'format' in doc
      ? doc.format === 'peacemesh-exercise'
      : false;
  } catch {
    return false;
  }
}

/** Reads an exercise package and builds its debrief from the journal; problems as lines. */
export async function debriefFromPackageText(
  text: string,
  file: string,
): Promise<{ ok: true; debrief: Debrief; warning?: string } | { ok: false; problems: string[] }> {
  const { readPackage, replayPackage } = await import('../server/package.ts');
  const { exerciseDebrief } = await import('../server/debrief.ts');
  const read = readPackage(text, file);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  let exercise;
  try {
    exercise = replayPackage(read.pkg);
  } catch (err) {
    return {
      ok: false,
      problems: [
        `${file}: the journal does not replay: ${err instanceof Error ? err.message : String(err)}`,
      ],
    };
  }
  const debrief = exerciseDebrief(exercise);
  return exercise.hash === read.pkg.hash
    ? { ok: true, debrief }
    : {
        ok: true,
        debrief,
        warning: `${file}: warning: the replayed log (hash ${exercise.hash}) is not the exercise's (hash ${read.pkg.hash}); the report shows the replay`,
      };
}

export async function reportCommand(args: ReportArgs, io: ReportIo): Promise<ExitCode> {
  // The report in the reader's language (`--lang`, or the locale).
  const locale = io.locale ?? 'en';
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(args.file);
  } catch (err) {
    io.stderr(`${args.file}: ${describeReadError(err, 'en', 'run')}\n`);
    return EXIT.invalid;
  }
  const text = new TextDecoder().decode(bytes);
  const built = isPackage(text)
    ? await debriefFromPackageText(text, args.file)
    : debriefFromRunText(text, args.file);
  if (!built.ok) {
    for (const line of built.problems) io.stderr(`${line}\n`);
    return EXIT.invalid;
  }
  if ('warning' in built && built.warning) io.stderr(`${built.warning}\n`);
  const d = built.debrief;
  let data: string | Uint8Array;
  if (args.format === 'pdf') {
    try {
      data = await io.printPdf(renderHtml(d, locale));
    } catch (err) {
      io.stderr(
        err instanceof ChromiumMissing
          ? `error: ${err.message}\n`
          : `error: Chromium could not print the report: ${(err as Error).message}\n`,
      );
      return EXIT.invalid;
    }
  } else data = args.format === 'md' ? renderMarkdown(d, locale) : renderHtml(d, locale);

  // PDF is binary: without --out it goes to a file named after the run, not to the terminal.
  const out = args.out ?? (args.format === 'pdf' ? reportFileName(d, 'pdf') : undefined);
  if (out === undefined) {
    io.stdout(data as string);
    return EXIT.ok;
  }
  try {
    await io.writeFile(out, data);
  } catch (err) {
    io.stderr(`${out}: cannot write: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.invalid;
  }
  io.stderr(`wrote ${out}\n`);
  return EXIT.ok;
}

export function registerReport(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  program
    .command('report')
    .description(
      'write the after-action report / improvement plan of an exported run or exercise package',
    )
    .argument(
      '<file>',
      'a run exported from the app (*.peacemesh-run.json) or an exercise package (*.peacemesh.json)',
    )
    .addOption(
      new Option('--format <format>', 'md, html (self-contained) or pdf (printed by Chromium)')
        .choices(REPORT_FORMATS)
        .default('md'),
    )
    .option(
      '--out <file>',
      'write the report to this file (pdf default: <scenario>-<structure>-seed<N>-aar.pdf)',
    )
    .addHelpText(
      'after',
      `
The run is replayed from its inputs up to where it was exported (an exercise package: its
journal is folded again), beside the doctrine-only run (same scenario, structure and seed;
every seat played by its machine, every decision left to its default, no live injects).
From a package the report also gives the seats by role, who answered each decision, the
evaluators' observations and ratings, EXCON's improvement plan and the live injects.
The report holds the overview, an executive summary, the objectives with their ratings,
measures and observations, strengths and areas for improvement, the decision record beside
the doctrinal baseline, a sequence diagram per escort request and handover, the metrics
against the baseline, the MSEL with what became of each inject, and the improvement plan.
PDF uses Chromium at $CHROMIUM_PATH or /usr/bin/chromium.
Exit code: 0 ok, 1 unreadable or invalid file (or no Chromium for PDF), 2 usage error.

Examples:
  $ peacemesh report carana-three-bad-days-cmcoord-hub-seed1.peacemesh-run.json > aar.md
  $ peacemesh report run.peacemesh-run.json --format html --out aar.html
  $ peacemesh report run.peacemesh-run.json --format pdf --out aar.pdf
  $ peacemesh report carana-three-bad-days-1.peacemesh.json --format pdf --lang fr
`,
    )
    .action(async (file: string, options: { format: ReportFormat; out?: string }) =>
      exit(
        await reportCommand({ file, format: options.format, out: options.out }, nodeReportIo(io)),
      ),
    );
}
