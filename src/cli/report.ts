// `peacemesh report FILE`: the after-action report / improvement plan of an exported run, in
// Markdown, self-contained HTML, or PDF printed from the HTML by Debian's Chromium. The run is
// replayed from its inputs, beside the doctrine-only run of the same scenario, structure and seed.
import { existsSync } from 'node:fs';
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
import { parseRunFile } from '../store/persist.ts';
import { EXIT, type CliIo, type ExitCode } from './io';
import { describeReadError } from './scenario-file';
import { describeProblem } from '../i18n';

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

/** Where Chromium is looked for: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

export class ChromiumMissing extends Error {}

/** Headless Chromium through playwright-core, flags as for the browser tests. */
export async function printPdfWithChromium(html: string): Promise<Uint8Array> {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new ChromiumMissing(
      `PDF needs Chromium, and there is none at ${path}: install Debian's chromium ` +
        '(apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary; ' +
        '--format html gives the same report, printable from any browser',
    );
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: path,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
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
  const checked = parseRunFile(text);
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

export async function reportCommand(args: ReportArgs, io: ReportIo): Promise<ExitCode> {
  // The log's lines in the reader's language (`--lang`, or the locale); headings stay English.
  const locale = io.locale ?? 'en';
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(args.file);
  } catch (err) {
    io.stderr(`${args.file}: ${describeReadError(err).replace('scenario file', 'run file')}\n`);
    return EXIT.invalid;
  }
  const built = debriefFromRunText(new TextDecoder().decode(bytes), args.file);
  if (!built.ok) {
    for (const line of built.problems) io.stderr(`${line}\n`);
    return EXIT.invalid;
  }
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
    .description('write the after-action report / improvement plan of an exported run')
    .argument('<file>', 'a run exported from the app (*.peacemesh-run.json)')
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
The run is replayed from its inputs up to where it was exported, beside the doctrine-only
run (same scenario, structure and seed; every decision left to its default, no live injects).
The report holds the overview, an executive summary, the objectives with their ratings,
measures and observations, strengths and areas for improvement, the decision record beside
the doctrinal baseline, a sequence diagram per escort request and handover, the metrics
against the baseline, the MSEL with what became of each inject, and the improvement plan.
PDF uses Chromium at $CHROMIUM_PATH or /usr/bin/chromium.
Exit code: 0 ok, 1 unreadable or invalid run file (or no Chromium for PDF), 2 usage error.

Examples:
  $ peacemesh report carana-three-bad-days-cmcoord-hub-seed1.peacemesh-run.json > aar.md
  $ peacemesh report run.peacemesh-run.json --format html --out aar.html
  $ peacemesh report run.peacemesh-run.json --format pdf --out aar.pdf
`,
    )
    .action(async (file: string, options: { format: ReportFormat; out?: string }) =>
      exit(
        await reportCommand({ file, format: options.format, out: options.out }, nodeReportIo(io)),
      ),
    );
}
