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
import { checkSavedRun } from '../store/persist.ts';
import type { ExercisePackage } from '../server/package.ts';
import { EXIT, type CliIo, type ExitCode } from './io';
import { describeReadError } from './scenario-file';
import { describeProblem, translate, type Locale } from '../i18n';
import { translator } from '../i18n/translator';

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

type Built = { ok: true; debrief: Debrief } | { ok: false; problems: string[] };

/** Reads a run export and builds its debrief; problems come back as lines. */
export function debriefFromRunText(text: string, file: string, locale: Locale = 'en'): Built {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return notJson(file, locale);
  }
  return debriefFromRun(doc, file, locale);
}

/** A file that is not JSON, said as a run export's problem (what most report files are). */
const notJson = (file: string, locale: Locale): Built => ({
  ok: false,
  problems: [
    translate(locale, 'cli.file-problem', {
      file,
      why: translator(locale)('app.run-file.not-json'),
    }),
  ],
});

/** Builds the debrief of a run export's JSON, already parsed; problems come back as lines. */
function debriefFromRun(doc: unknown, file: string, locale: Locale): Built {
  const checked = checkSavedRun(doc, translator(locale));
  if (!checked.ok)
    return {
      ok: false,
      problems: [translate(locale, 'cli.file-problem', { file, why: checked.problem })],
    };
  const run = checked.run;
  const where = translate(locale, 'cli.report.scenario-in', { file, name: run.scenario.fileName });
  const loaded = loadScenario(run.scenario.text, where, {
    language: locale,
    describe: (p) => describeProblem(p, locale),
  });
  if (!loaded.ok) return { ok: false, problems: loaded.errors.map(formatError) };
  const scenario = loaded.scenario;
  if (!scenario.structures.some((s) => s.id === run.structure))
    return {
      ok: false,
      problems: [translate(locale, 'cli.report.no-structure', { file, structure: run.structure })],
    };
  const record = checkEvaluationRecord(run.evaluation ?? {});
  if (!record.ok)
    return {
      ok: false,
      problems: [
        translate(locale, 'cli.file-problem', {
          file,
          why: describeProblem(record.problem, locale),
        }),
      ],
    };
  const branch = run.branches.find((b) => b.id === run.branch)!;
  let runs;
  try {
    runs = replayForDebrief(scenario, run.structure, run.seed, branch.inputs, branch.step);
  } catch (err) {
    return {
      ok: false,
      problems: [translate(locale, 'cli.report.no-replay', { file, why: (err as Error).message })],
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

/** Whether a file's JSON is an exercise package (its `format` says so), not a run export. */
function isPackage(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && 'format' in doc
    ? doc.format === 'peacemesh-exercise'
    : false;
}

type BuiltFromPackage =
  { ok: true; debrief: Debrief; warning?: string } | { ok: false; problems: string[] };

/** Reads an exercise package and builds its debrief from the journal; problems as lines. */
export async function debriefFromPackageText(
  text: string,
  file: string,
  locale: Locale = 'en',
): Promise<BuiltFromPackage> {
  const { readPackage } = await import('../server/package.ts');
  const read = readPackage(text, file, locale);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return debriefFromPackage(read.pkg, file, locale);
}

/** Builds the debrief of an exercise package's JSON, already parsed. */
async function debriefFromPackageJson(
  doc: unknown,
  file: string,
  locale: Locale,
): Promise<BuiltFromPackage> {
  const { checkPackage } = await import('../server/package.ts');
  const read = checkPackage(doc, file, locale);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return debriefFromPackage(read.pkg, file, locale);
}

/** A package's debrief: its journal folded again, warned of when the log hash differs. */
async function debriefFromPackage(
  pkg: ExercisePackage,
  file: string,
  locale: Locale,
): Promise<BuiltFromPackage> {
  const { replayPackage } = await import('../server/package.ts');
  const { exerciseDebrief } = await import('../server/debrief.ts');
  let exercise;
  try {
    exercise = replayPackage(pkg);
  } catch (err) {
    return {
      ok: false,
      problems: [
        translate(locale, 'cli.replay.no-replay', {
          file,
          why: err instanceof Error ? err.message : String(err),
        }),
      ],
    };
  }
  const debrief = exerciseDebrief(exercise);
  return exercise.hash === pkg.hash
    ? { ok: true, debrief }
    : {
        ok: true,
        debrief,
        warning: translate(locale, 'cli.package.hash-differs', {
          file,
          hash: exercise.hash,
          expected: pkg.hash,
        }),
      };
}

export async function reportCommand(args: ReportArgs, io: ReportIo): Promise<ExitCode> {
  // The report in the reader's language (`--lang`, or the locale).
  const locale = io.locale ?? 'en';
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(args.file);
  } catch (err) {
    const why = describeReadError(err, locale, 'run');
    io.stderr(`${translate(locale, 'cli.file-problem', { file: args.file, why })}\n`);
    return EXIT.invalid;
  }
  // The file is parsed once; its `format` says whether it is a package or a run export.
  let doc: unknown;
  let parsed = true;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    parsed = false;
  }
  const built = !parsed
    ? notJson(args.file, locale)
    : isPackage(doc)
      ? await debriefFromPackageJson(doc, args.file, locale)
      : debriefFromRun(doc, args.file, locale);
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
      const t = translator(locale);
      const message =
        err instanceof ChromiumMissing
          ? t('cli.pdf.no-chromium.cli', { reason: t('cli.pdf.no-chromium', { path: err.path }) })
          : t('cli.pdf.failed.cli', { message: (err as Error).message });
      io.stderr(`${t('cli.error', { message })}\n`);
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
    const why = err instanceof Error ? err.message : String(err);
    io.stderr(`${translate(locale, 'cli.cannot-write', { file: out, why })}\n`);
    return EXIT.invalid;
  }
  io.stderr(`${translate(locale, 'cli.report.wrote', { file: out })}\n`);
  return EXIT.ok;
}

export function registerReport(program: Command, io: CliIo, exit: (code: ExitCode) => void): void {
  const t = translator(io.locale ?? 'en');
  program
    .command('report')
    .description(t('cli.report.description'))
    .argument('<file>', t('cli.report.file'))
    .addOption(
      new Option('--format <format>', t('cli.report.format')).choices(REPORT_FORMATS).default('md'),
    )
    .option('--out <file>', t('cli.report.out'))
    .addHelpText('after', t('cli.report.epilogue'))
    .action(async (file: string, options: { format: ReportFormat; out?: string }) =>
      exit(
        await reportCommand({ file, format: options.format, out: options.out }, nodeReportIo(io)),
      ),
    );
}
