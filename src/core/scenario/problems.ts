// Problems the scenario checks find, as typed data like log entries: a kind and its
// parameters, put into words at the edges from the message catalogs (src/i18n) in the
// reader's language. The loader turns each into a located error or warning; `describe` (from
// the edge) words it, and without one the kind and parameters are shown as they are.
import type { LoaderProblemParams } from './loader-problems';
import type { CompareProblemParams } from '../compare/problems';

/** Names a message lists (the catalogs join them in the reader's language). */
type Names = readonly string[];

/** Every problem: the checks' below, the loader's own (loader-problems.ts) and a comparison's
 * (compare/problems.ts). */
export interface ProblemParams extends LoaderProblemParams, CompareProblemParams {
  // ── conditional injects (`when:`) ──
  /** `on` names no mark; `marks` are the valid ones (those of its family when it has one). */
  'problem.mark-unknown': { mark: string; guess: string; marks: Names };
  /** `ref` with a mark whose entries concern no scenario id (injects, messages). */
  'problem.mark-without-ref': { mark: string };
  /** `ref` names nothing a mark of this family can be about. */
  'problem.ref-unknown': { ref: string; mark: string; about: string; guess: string; ids: Names };
  /** `ref` names something of another kind than the mark is about (an incident for escorts). */
  'problem.ref-other-kind': { ref: string; mark: string; about: string; is: string };
  /** Warning: nothing in the scenario can ever write this mark. */
  'problem.mark-never': { mark: string; about: string };
  // ── names in `metrics:` ──
  'problem.metric-unknown': { metric: string; guess: string; metrics: Names };
  // ── quorum ──
  'problem.quorum-too-high': { count: number; invited: number };
  // ── YAML text ──
  /** A comma inside `{ … }` ended a text: the rest became a key. */
  'problem.flow-comma': { key: string; field: string; text: string };
  // ── warnings: likely mistakes ──
  'problem.actor-no-links': { actor: string; structures: Names };
  'problem.link-duplicate': { from: string; to: string; line: number };
  'problem.recipient-duplicate': { actor: string; field: string };
  'problem.host-police-only': { actor: string; kind: string; field: string };
  // knowledge-3: HRDDP mitigation measures on an actor that receives no UN support under HRDDP.
  'problem.hrddp-mitigation-not-host-police': { actor: string; kind: string };
  /** Mitigation measures on a cleared unit no `hrddp-status` event ever restricts. */
  'problem.hrddp-mitigation-unused': { actor: string };
  'problem.facts-host-state': { area: string; lead: string; unable: boolean };
  /** Criterion 3 set to hold in an area whose threat or posture says an escort is not safe. */
  'problem.facts-escort-credible': { area: string; severity: string; hostile: boolean };
  /** One alternative to an escort stated twice with different chances of working. */
  'problem.facts-alternative': { alternative: string; line: number };
  // ── a saved run's evaluation record (evaluation/record.ts) ──
  /** `where` is the field's path, empty for the record as a whole; `why` the schema's words. */
  'problem.evaluation.damaged': { where: string; why: string };
}

export type ProblemKind = keyof ProblemParams;

/** A problem as data: what the message catalogs word. */
export type Problem = {
  [K in ProblemKind]: { readonly kind: K; readonly params: ProblemParams[K] };
}[ProblemKind];

export function problem<K extends ProblemKind>(kind: K, params: ProblemParams[K]): Problem {
  return { kind, params } as Problem;
}

/** Words a problem in the reader's language (the edges pass the catalogs' renderer). */
export type DescribeProblem = (problem: Problem) => string;

/** Without catalogs: the kind and its parameters, enough for a program to read. */
export const plainProblem: DescribeProblem = (p) =>
  `${p.kind} ${JSON.stringify(p.params, (_, v: unknown) => v)}`;
