// What a comparison request got wrong, in English (core/compare/problems.ts): the structures,
// seeds and metrics asked for, and how a sweep or a sample is written.
import type { CompareProblemKind } from '../core/index.ts';

/** The path walked so far; empty for the scenario itself. */
const WHERE = '{has_where, select, yes {{where}} other {the scenario}}';

export const COMPARE_EN: Readonly<Record<CompareProblemKind, string>> = {
  // ── what is compared ──
  'problem.compare.seeds-none': 'give at least one seed',
  'problem.compare.seeds-count': 'the number of seeds is a whole number from 1, not {got}',
  'problem.compare.structure-unknown':
    'no structure "{structure}" in scenario {scenario}; it has: {known}',
  'problem.compare.structure-twice': 'structure "{structure}" is listed twice',
  'problem.compare.metric-unknown': 'no metric "{metric}"; metrics are: {metrics}',
  'problem.compare.sample-without-sweep':
    'a sample needs something to vary: add --sweep path=low..high or a list',
  'problem.compare.range-unsampled':
    'sweep "{path}" is a range ({range}): ranges are sampled, add --sample lhs:N or random:N',
  'problem.compare.raw-missing':
    'a sweep needs the scenario as written (options.source: its text and file), to apply its values and check them',
  'problem.compare.sweep-twice': 'sweep "{path}" is given twice: list all its values in one',
  'problem.compare.sweep-invalid': 'with {assignments} the scenario is not valid: {why}',
  // ── how a sweep is written ──
  'problem.compare.sweep-form':
    'a sweep is written path=value1,value2,…, e.g. "actors.bn-east.teams=1,2,3"; got {gotJson}',
  'problem.compare.sweep-values':
    'sweep "{path}" needs a comma-separated list of values after "=", none empty',
  'problem.compare.path-empty-step': 'the sweep path {pathJson} has an empty step',
  'problem.compare.path-step':
    'cannot read the step {stepJson} of the path {pathJson}: steps are separated by "." and a list item may be picked with [id], e.g. "structures.hub.links[ocha>hc].latency"',
  'problem.compare.nothing-to-change': 'sweep "{path}": nothing to change',
  'problem.compare.path': 'sweep "{path}": {why}',
  'problem.compare.path.not-a-list': `${WHERE} is not a list`,
  'problem.compare.path.list-of-values': `${WHERE} is a list of values, not of items with ids; set it whole, e.g. "${WHERE}=[a,b],[a]"`,
  'problem.compare.path.no-item-has': `no item of ${WHERE} has {rest}{has_first, select, yes { (first item: {first})} other {}}`,
  'problem.compare.path.no-item': `${WHERE} has no item {tokenJson}; it has {has_known, select, yes {{known}} other {(none)}} (or "*" for all)`,
  'problem.compare.path.a-value': `${WHERE} is a value, not a block with fields; end the path there`,
  'problem.compare.path.no-field': `${WHERE} has no field {tokenJson}; its fields are {has_fields, select, yes {{fields}} other {(none)}}`,
  'problem.compare.path.whole-block': `${WHERE} is a whole block; name one of its fields`,
  'problem.compare.path.not-written': `${WHERE} has no {tokenJson} written in the file; a sweep changes values that are there`,
  // ── sampled designs ──
  'problem.compare.sample-form':
    'a sample is written kind:count with kind lhs or random, e.g. "lhs:200"; got {gotJson}',
  'problem.compare.range-backwards': 'the range {range} runs backwards: write the low end first',
};
