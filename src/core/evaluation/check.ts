// Cross-field checks on the measures of a schema-valid scenario: each measure is of exactly
// one kind, its bounds read in its metric's unit, and the decision points, options, processes
// and actors it names exist. Issues carry paths so the loader points at line and column.
import { METRIC_INFO, type MetricKey } from '../metrics/metrics';
import type { Path, RefIssue } from '../scenario/refs';
import { AUTHORITY_ROLES, type Measure, type Scenario } from '../scenario/schema';
import { didYouMean, quote, quoteList } from '../scenario/suggest';
import { parseDuration } from '../time';
import { MEASURE_MARK_NAMES } from './marks';

const KINDS = ['metric', 'each', 'count', 'decision'] as const;

export type BoundUnit = 'count' | 'minutes' | 'share';

/** A bound written in the scenario as a number in this unit, or undefined with the reason. */
export function readBound(
  value: number | string,
  unit: BoundUnit,
): { ok: true; value: number } | { ok: false; why: string } {
  if (unit === 'minutes') {
    if (typeof value === 'string') {
      const d = parseDuration(value);
      if (d !== undefined) return { ok: true, value: d };
    }
    return { ok: false, why: 'a time bound is a duration, like "45m", "6h" or "1h30m"' };
  }
  if (unit === 'share') {
    if (typeof value === 'number' && value >= 0 && value <= 1) return { ok: true, value };
    if (typeof value === 'string') {
      const m = /^(\d+(?:\.\d+)?)%$/.exec(value.trim());
      if (m && Number(m[1]) <= 100) return { ok: true, value: Number(m[1]) / 100 };
    }
    return { ok: false, why: 'a share is a percentage like "75%" or a number from 0 to 1' };
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
    return { ok: true, value };
  return { ok: false, why: 'a count is a whole number, like 0 or 3' };
}

/** The unit a measure's bounds are written in. */
export function measureUnit(m: Measure): BoundUnit {
  return m.metric !== undefined ? METRIC_INFO[m.metric as MetricKey].unit : 'count';
}

export function checkMeasures(scenario: Scenario): RefIssue[] {
  const issues: RefIssue[] = [];
  const report = (path: Path, message: string) => issues.push({ path, message });
  const actors = new Set(scenario.actors.map((a) => a.id));
  const processIds = new Set<string>();
  for (const inject of scenario.injects) if ('id' in inject.event) processIds.add(inject.event.id);
  for (const d of scenario.decisions)
    for (const o of d.options) for (const e of o.events) if ('id' in e) processIds.add(e.id);
  const decisions = new Map(scenario.decisions.map((d) => [d.id, d]));

  for (const [o, objective] of scenario.objectives.entries()) {
    for (const [t, task] of objective.tasks.entries()) {
      for (const [i, m] of task.measures.entries()) {
        const at: Path = ['objectives', o, 'tasks', t, 'measures', i];
        const kinds = KINDS.filter((k) => m[k] !== undefined);
        if (kinds.length !== 1) {
          report(
            at,
            kinds.length === 0
              ? `this measure says nothing to compute: give it one of ${quoteList([...KINDS])}`
              : `this measure is of two kinds at once (${quoteList(kinds)}): split it into one measure each`,
          );
          continue;
        }
        const kind = kinds[0]!;
        for (const field of ['each', 'then', 'count'] as const) {
          const value = m[field];
          if (value === undefined) continue;
          const names = typeof value === 'string' ? [value] : value;
          for (const [n, name] of names.entries()) {
            if ((MEASURE_MARK_NAMES as readonly string[]).includes(name)) continue;
            report(
              typeof value === 'string' ? [...at, field] : [...at, field, n],
              `unknown log mark ${quote(name)} in "${field}";${didYouMean(name, MEASURE_MARK_NAMES)} marks: ${quoteList(MEASURE_MARK_NAMES, 60)}`,
            );
          }
        }
        const only = (fields: readonly (keyof Measure)[]) => {
          for (const f of fields) {
            if (m[f] !== undefined)
              report([...at, f], `"${f}" does not apply to a "${kind}" measure: remove it`);
          }
        };
        const bounds = () => {
          if (m.atMost === undefined && m.atLeast === undefined) {
            report(at, `a "${kind}" measure needs a bound: "atMost", "atLeast" or both`);
            return;
          }
          const unit = measureUnit(m);
          for (const key of ['atMost', 'atLeast'] as const) {
            const value = m[key];
            if (value === undefined) continue;
            const read = readBound(value, unit);
            if (!read.ok)
              report(
                [...at, key],
                `"${key}": ${read.why} (got ${typeof value === 'string' ? quote(value) : JSON.stringify(value)})`,
              );
          }
        };
        if (kind === 'metric') {
          only(['then', 'within', 'is', 'ref', 'by']);
          bounds();
        } else if (kind === 'count') {
          only(['then', 'within', 'is']);
          bounds();
        } else if (kind === 'each') {
          only(['atMost', 'atLeast', 'is']);
          if (m.then === undefined)
            report(at, 'an "each" measure needs "then": the mark that must follow');
          if (m.within === undefined)
            report(at, 'an "each" measure needs "within": how soon, like "6h"');
        } else {
          only(['then', 'within', 'ref', 'by', 'atMost', 'atLeast']);
          const decision = decisions.get(m.decision!);
          if (!decision) {
            const known = [...decisions.keys()];
            report(
              [...at, 'decision'],
              known.length === 0
                ? `"decision" names ${quote(m.decision)}, but this scenario has no decision points`
                : `unknown decision point ${quote(m.decision)};${didYouMean(m.decision!, known)} decision points: ${quoteList(known)}`,
            );
          } else if (m.is === undefined) {
            report(
              at,
              `a "decision" measure needs "is": the option expected, one of ${quoteList(decision.options.map((x) => x.id))}`,
            );
          } else if (!decision.options.some((x) => x.id === m.is)) {
            const options = decision.options.map((x) => x.id);
            report(
              [...at, 'is'],
              `${quote(m.is)} is not an option of ${decision.id};${didYouMean(m.is, options)} options: ${quoteList(options)}`,
            );
          }
        }
        if (m.ref !== undefined && !processIds.has(m.ref)) {
          const known = [...processIds];
          report(
            [...at, 'ref'],
            `unknown process ${quote(m.ref)} in "ref";${didYouMean(m.ref, known)} event ids: ${known.length ? quoteList(known) : 'none'}`,
          );
        }
        if (
          m.by !== undefined &&
          !actors.has(m.by) &&
          !(AUTHORITY_ROLES as readonly string[]).includes(m.by)
        ) {
          const known = [...actors, ...AUTHORITY_ROLES];
          report(
            [...at, 'by'],
            `"by" must name an actor or an authority role, not ${quote(m.by)};${didYouMean(m.by, known)} roles: ${quoteList([...AUTHORITY_ROLES])}; actors: ${quoteList([...actors])}`,
          );
        }
      }
    }
  }
  return issues;
}
