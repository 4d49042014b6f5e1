// What `peacemesh run` replays besides the scenario: decisions given with `--decide ID=OPTION`
// and the decisions, live injects and played answers of an `--inputs FILE` — a run exported
// by the app ("peacemesh-run"), an exercise package ("peacemesh-exercise") or a plain JSON
// object `{ decisions, injects, played }`. Same scenario, structure, seed and inputs ⇒ the
// same log, so a run made in the app or a training room replays headless with the same hash.
// Every id is checked against the scenario first: a located sentence listing the valid ones.
import { InvalidArgumentError } from 'commander';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import {
  closest,
  loadScenario,
  simEventSchema,
  visible,
  type LiveInject,
  type RunInputs,
  type Scenario,
} from '../core';
import { describeProblem, translate, type Locale, type MessageKey } from '../i18n';
import { translator } from '../i18n/translator';
import type { CliIo } from './io';
import { describeReadError } from './scenario-file';

/** One `--decide ID=OPTION`. */
export interface Decide {
  readonly id: string;
  readonly option: string;
}

/** `--decide ID=OPTION`, repeatable: the values so far plus this one. */
export function parseDecide(text: string, previous: readonly Decide[] = [], locale: Locale = 'en') {
  const at = text.indexOf('=');
  if (at <= 0 || at === text.length - 1)
    throw new InvalidArgumentError(translate(locale, 'cli.decide.invalid'));
  return [...previous, { id: text.slice(0, at), option: text.slice(at + 1) }];
}

type Path = readonly (string | number)[];

/** Run inputs read from a file, with where each value sits in it. */
export interface InputsFile {
  readonly file: string;
  readonly inputs: RunInputs;
  /** The structure and seed the inputs were recorded under, when the file says. */
  readonly structure?: string;
  readonly seed?: number;
  /** The scenario the inputs were recorded on, when the file carries it. */
  readonly scenario?: string;
  /** Where the decisions and live injects sit in the file. */
  readonly base: Path;
  readonly at: (path: Path) => { line: number; col: number };
}

export type Read<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an `--inputs` file: the problems as lines, or the inputs. */
export async function readInputsFile(file: string, io: CliIo): Promise<Read<InputsFile>> {
  const locale = io.locale ?? 'en';
  const fail = (message: string, line = 1, col = 1): Read<InputsFile> => ({
    ok: false,
    problems: [translate(locale, 'cli.location', { file: visible(file), line, col, message })],
  });
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(file));
  } catch (err) {
    const why = describeReadError(err, locale);
    return {
      ok: false,
      problems: [translate(locale, 'cli.file-problem', { file: visible(file), why })],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return fail(translate(locale, 'cli.inputs.not-json', { why: (err as Error).message }));
  }
  // JSON is YAML: the same text read again gives each value's line and column.
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, logLevel: 'silent' });
  const at = (path: Path) => {
    const { line, col } = lines.linePos(offsetOf(doc, path));
    return { line: Math.max(1, line), col: Math.max(1, col) };
  };
  if (!isObject(json)) return fail(translate(locale, 'cli.inputs.not-inputs'));

  if (json['format'] === 'peacemesh-exercise') {
    const { readPackage, replayPackage } = await import('../server/package.ts');
    const read = readPackage(text, visible(file), locale);
    if (!read.ok) return { ok: false, problems: [read.problem] };
    let exercise;
    try {
      exercise = replayPackage(read.pkg);
    } catch (err) {
      return fail(
        translate(locale, 'cli.inputs.package', {
          why: err instanceof Error ? err.message : String(err),
        }),
      );
    }
    // Headless: no seat holds an actor; the answers seats gave replay as they were.
    const { held: _held, ...inputs } = exercise.sim.runInputs;
    return {
      ok: true,
      value: {
        file,
        inputs,
        structure: read.pkg.structure,
        seed: read.pkg.seed,
        scenario: exercise.scenario.id,
        base: [],
        at: () => ({ line: 1, col: 1 }),
      },
    };
  }

  if (json['format'] === 'peacemesh-run') {
    const { parseRunFile } = await import('../store/persist.ts');
    const checked = parseRunFile(text, translator(locale));
    if (!checked.ok) return fail(checked.problem);
    const run = checked.run;
    const index = run.branches.findIndex((b) => b.id === run.branch);
    const branch = run.branches[index];
    if (branch === undefined) return fail(translate(locale, 'cli.inputs.not-inputs'));
    const loaded = loadScenario(run.scenario.text, run.scenario.fileName, {
      language: locale,
      describe: (p) => describeProblem(p, locale),
    });
    return {
      ok: true,
      value: {
        file,
        inputs: plainInputs(branch.inputs),
        structure: run.structure,
        seed: run.seed,
        ...(loaded.ok ? { scenario: loaded.scenario.id } : {}),
        base: ['branches', index, 'inputs'],
        at,
      },
    };
  }

  if (
    json['format'] !== undefined ||
    !('decisions' in json || 'injects' in json || 'played' in json)
  )
    return fail(translate(locale, 'cli.inputs.not-inputs'));
  const problems: string[] = [];
  const bad = (path: Path, key: MessageKey) => {
    const { line, col } = at(path);
    problems.push(
      translate(locale, 'cli.location', {
        file: visible(file),
        line,
        col,
        message: translate(locale, key),
      }),
    );
  };
  const { decisions = {}, injects = [], played = {}, structure, seed } = json;
  if (!isObject(decisions) || Object.values(decisions).some((v) => typeof v !== 'string'))
    bad(['decisions'], 'cli.inputs.bad-decisions');
  if (!Array.isArray(injects)) bad(['injects'], 'cli.inputs.bad-injects');
  if (!isObject(played) || Object.values(played).some((v) => typeof v !== 'string'))
    bad(['played'], 'cli.inputs.bad-played');
  if (structure !== undefined && typeof structure !== 'string')
    bad(['structure'], 'cli.inputs.bad-structure');
  if (seed !== undefined && !(Number.isInteger(seed) && (seed as number) >= 0))
    bad(['seed'], 'cli.inputs.bad-seed');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      file,
      inputs: plainInputs({
        decisions: decisions as Record<string, string>,
        injects: injects as LiveInject[],
        played: played as Record<string, string>,
      }),
      ...(typeof structure === 'string' ? { structure } : {}),
      ...(typeof seed === 'number' ? { seed } : {}),
      base: [],
      at,
    },
  };
}

/** Decisions, live injects and played answers only (a seat's held actors do not replay). */
function plainInputs(inputs: Partial<RunInputs>): RunInputs {
  return {
    decisions: inputs.decisions ?? {},
    injects: inputs.injects ?? [],
    ...(inputs.played && Object.keys(inputs.played).length > 0 ? { played: inputs.played } : {}),
  };
}

/**
 * The run inputs for this scenario: the file's, then each `--decide` over them. Every
 * decision point, option and live inject is checked against the scenario first.
 */
export function runInputs(
  scenario: Scenario,
  scenarioFile: string,
  from: InputsFile | undefined,
  decide: readonly Decide[],
  locale: Locale,
): Read<RunInputs> {
  const problems: string[] = [];
  const t = translator(locale);
  const inFile = (path: Path, message: string) => {
    const { line, col } = from!.at([...from!.base, ...path]);
    problems.push(t('cli.location', { file: visible(from!.file), line, col, message }));
  };
  if (from?.scenario !== undefined && from.scenario !== scenario.id) {
    problems.push(
      `${visible(from.file)}: ${t('cli.inputs.other-scenario', {
        theirs: visible(from.scenario),
        ours: visible(scenario.id),
        file: visible(scenarioFile),
      })}`,
    );
    return { ok: false, problems };
  }

  const decisionIds = scenario.decisions.map((d) => d.id);
  const decisionProblem = (id: string, option: string): string | undefined => {
    const decision = scenario.decisions.find((d) => d.id === id);
    if (decision === undefined)
      return t('cli.inputs.unknown-decision', {
        id: visible(id),
        ...guessed(closest(id, decisionIds)),
        has_ids: decisionIds.length > 0 ? 'yes' : 'no',
        ids: decisionIds.join(', '),
      });
    const options = decision.options.map((o) => o.id);
    if (options.includes(option)) return undefined;
    return t('cli.inputs.unknown-option', {
      id: visible(id),
      option: visible(option),
      ...guessed(closest(option, options)),
      options: options.join(', '),
    });
  };

  const decisions: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [id, option] of Object.entries(from?.inputs.decisions ?? {})) {
    const problem = decisionProblem(id, option);
    if (problem !== undefined) inFile(['decisions', id], problem);
    else decisions[id] = option;
  }
  for (const { id, option } of decide) {
    const problem = decisionProblem(id, option);
    if (problem !== undefined) problems.push(`--decide ${visible(`${id}=${option}`)}: ${problem}`);
    else decisions[id] = option;
  }

  const actors = new Set(scenario.actors.map((a) => a.id));
  const areas = new Set(scenario.areas.map((a) => a.id));
  const injects: LiveInject[] = [];
  for (const [i, inject] of (from?.inputs.injects ?? []).entries()) {
    const n = i + 1;
    const raw = inject as unknown;
    const shape =
      isObject(raw) &&
      typeof raw['at'] === 'number' &&
      raw['at'] >= 0 &&
      typeof raw['text'] === 'string' &&
      (raw['step'] === undefined || Number.isInteger(raw['step']));
    const event = isObject(raw) ? simEventSchema.safeParse(raw['event']) : undefined;
    if (!shape || !event?.success) {
      inFile(['injects', i], t('cli.inputs.bad-inject', { n }));
      continue;
    }
    const named = ['from', 'to', 'by', 'reportedBy', 'requester', 'actor', 'needToKnow']
      .flatMap((key) => [(event.data as Record<string, unknown>)[key]].flat())
      .filter((v): v is string => typeof v === 'string');
    const stranger = named.find((id) => !actors.has(id));
    const area = (event.data as { area?: unknown }).area;
    if (stranger !== undefined) {
      inFile(
        ['injects', i, 'event'],
        t('cli.inputs.inject-actor', { n, actor: visible(stranger) }),
      );
    } else if (typeof area === 'string' && !areas.has(area)) {
      inFile(
        ['injects', i, 'event', 'area'],
        t('cli.inputs.inject-area', { n, area: visible(area) }),
      );
    } else injects.push(inject);
  }
  if (problems.length > 0) return { ok: false, problems };
  const played = from?.inputs.played;
  return { ok: true, value: { decisions, injects, ...(played ? { played } : {}) } };
}

/** A "did you mean" guess as catalog arguments. */
function guessed(guess: string | undefined): { has_guess: string; guess: string } {
  return { has_guess: guess === undefined ? 'no' : 'yes', guess: guess ?? '' };
}

/** The offset of the value at `path` in a parsed JSON/YAML document (its nearest parent's). */
function offsetOf(doc: Document, path: Path): number {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const step of path) {
    const range = (node as { range?: number[] } | null)?.range;
    if (range) offset = range[0] ?? offset;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step),
      );
      if (!pair) return offset;
      // A key's own position: a decision's id is the key, so point there.
      node = isScalar(pair.value) && typeof step === 'string' ? pair.key : pair.value;
    } else if (isSeq(node) && typeof step === 'number') node = node.items[step];
    else return offset;
  }
  const range = (node as { range?: number[] } | null)?.range;
  return range?.[0] ?? offset;
}
