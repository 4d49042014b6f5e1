// What a comparison request can get wrong (an unknown structure, a sweep that leads nowhere),
// as typed problems like the scenario's (core/scenario/problems.ts): a kind and its
// parameters, worded at the edges (the CLI's `compare`, the app's comparison view) from the
// catalogs in the reader's language. Ids, paths and values are given as the user wrote them;
// a quoted one (`…Json`) as JSON.stringify writes it; a list of names already joined with ", ".
import type { Problem } from '../scenario/problems';

export interface CompareProblemParams {
  // ── what is compared (compare.ts) ──
  'problem.compare.seeds-none': Record<string, never>;
  'problem.compare.seeds-count': { got: string };
  'problem.compare.structure-unknown': { structure: string; scenario: string; known: string };
  'problem.compare.structure-twice': { structure: string };
  'problem.compare.metric-unknown': { metric: string; metrics: string };
  'problem.compare.sample-without-sweep': Record<string, never>;
  'problem.compare.range-unsampled': { path: string; range: string };
  'problem.compare.raw-missing': Record<string, never>;
  'problem.compare.sweep-twice': { path: string };
  /** `why` is the loader's errors, already worded by the `describe` the caller passed. */
  'problem.compare.sweep-invalid': { assignments: string; why: string };
  // ── how a sweep is written (sweep.ts) ──
  'problem.compare.sweep-form': { gotJson: string };
  'problem.compare.sweep-values': { path: string };
  'problem.compare.path-empty-step': { pathJson: string };
  'problem.compare.path-step': { stepJson: string; pathJson: string };
  'problem.compare.nothing-to-change': { path: string };
  /** A sweep path that leads nowhere: `why` is one of the `problem.compare.path.*` below. */
  'problem.compare.path': { path: string; why: Problem };
  // `where` is the path walked so far; empty for the scenario itself.
  'problem.compare.path.not-a-list': { where: string };
  'problem.compare.path.list-of-values': { where: string };
  /** `first` is why the first item did not have it, when one said why. */
  'problem.compare.path.no-item-has': { where: string; rest: string; first?: Problem };
  'problem.compare.path.no-item': { where: string; tokenJson: string; known: string };
  'problem.compare.path.a-value': { where: string };
  'problem.compare.path.no-field': { where: string; tokenJson: string; fields: string };
  'problem.compare.path.whole-block': { where: string };
  'problem.compare.path.not-written': { where: string; tokenJson: string };
  // ── sampled designs (design.ts) ──
  'problem.compare.sample-form': { gotJson: string };
  'problem.compare.range-backwards': { range: string };
}

export type CompareProblemKind = keyof CompareProblemParams;
