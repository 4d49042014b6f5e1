// Cross-field checks on the measures of a schema-valid scenario: each measure is of exactly
// one kind, its bounds read in its metric's unit, and the decision points, options, processes
// and actors it names exist. Issues carry paths so the loader points at line and column.
import { METRIC_INFO, type MetricKey } from '../metrics/metrics';
import { problem, type Problem } from '../scenario/problems';
import type { Path, RefIssue } from '../scenario/refs';
import { AUTHORITY_ROLES, type Measure, type Scenario } from '../scenario/schema';
import { cut, guessFor, names } from '../scenario/suggest';
import { parseDuration } from '../time';
import { MEASURE_MARK_NAMES } from './marks';

const KINDS = ['metric', 'each', 'count', 'decision'] as const;

export type BoundUnit = 'count' | 'minutes' | 'share';

/** A bound written in the scenario as a number in this unit (not ok: the catalogs say why). */
export function readBound(
  value: number | string,
  unit: BoundUnit,
): { ok: true; value: number } | { ok: false } {
  if (unit === 'minutes') {
    if (typeof value === 'string') {
      const d = parseDuration(value);
      if (d !== undefined) return { ok: true, value: d };
    }
    return { ok: false };
  }
  if (unit === 'share') {
    if (typeof value === 'number' && value >= 0 && value <= 1) return { ok: true, value };
    if (typeof value === 'string') {
      const m = /^(\d+(?:\.\d+)?)%$/.exec(value.trim());
      if (m && Number(m[1]) <= 100) return { ok: true, value: Number(m[1]) / 100 };
    }
    return { ok: false };
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
    return { ok: true, value };
  return { ok: false };
}

/** The unit a measure's bounds are written in. */
export function measureUnit(m: Measure): BoundUnit {
  return m.metric !== undefined ? METRIC_INFO[m.metric as MetricKey].unit : 'count';
}

export function checkMeasures(scenario: Scenario): RefIssue[] {
  const issues: RefIssue[] = [];
  const report = (path: Path, p: Problem) => issues.push({ path, problem: p });
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
              ? problem('problem.measure.no-kind', { kinds: KINDS })
              : problem('problem.measure.two-kinds', { kinds }),
          );
          continue;
        }
        const kind = kinds[0]!;
        for (const field of ['each', 'then', 'count'] as const) {
          const value = m[field];
          if (value === undefined) continue;
          const written = typeof value === 'string' ? [value] : value;
          for (const [n, name] of written.entries()) {
            if ((MEASURE_MARK_NAMES as readonly string[]).includes(name)) continue;
            report(
              typeof value === 'string' ? [...at, field] : [...at, field, n],
              problem('problem.measure.mark-unknown', {
                mark: cut(name),
                field,
                guess: guessFor(name, MEASURE_MARK_NAMES),
                marks: names(MEASURE_MARK_NAMES, 60),
              }),
            );
          }
        }
        const only = (fields: readonly (keyof Measure)[]) => {
          for (const f of fields) {
            if (m[f] !== undefined)
              report([...at, f], problem('problem.measure.not-applicable', { field: f, kind }));
          }
        };
        const bounds = () => {
          if (m.atMost === undefined && m.atLeast === undefined) {
            report(at, problem('problem.measure.no-bound', { kind }));
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
                problem('problem.measure.bound', {
                  field: key,
                  bound: unit,
                  value: typeof value === 'string' ? `"${cut(value)}"` : JSON.stringify(value),
                }),
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
          if (m.then === undefined) report(at, problem('problem.measure.no-then', {}));
          if (m.within === undefined) report(at, problem('problem.measure.no-within', {}));
        } else {
          only(['then', 'within', 'ref', 'by', 'atMost', 'atLeast']);
          const decision = decisions.get(m.decision!);
          if (!decision) {
            const known = [...decisions.keys()];
            report(
              [...at, 'decision'],
              known.length === 0
                ? problem('problem.measure.no-decisions', { decision: cut(m.decision) })
                : problem('problem.measure.decision-unknown', {
                    decision: cut(m.decision),
                    guess: guessFor(m.decision!, known),
                    decisions: names(known),
                  }),
            );
          } else if (m.is === undefined) {
            report(
              at,
              problem('problem.measure.no-is', {
                options: names(decision.options.map((x) => x.id)),
              }),
            );
          } else if (!decision.options.some((x) => x.id === m.is)) {
            const options = decision.options.map((x) => x.id);
            report(
              [...at, 'is'],
              problem('problem.measure.option-unknown', {
                option: cut(m.is),
                decision: cut(decision.id),
                guess: guessFor(m.is, options),
                options: names(options),
              }),
            );
          }
        }
        if (m.ref !== undefined && !processIds.has(m.ref)) {
          const known = [...processIds];
          report(
            [...at, 'ref'],
            problem('problem.measure.process-unknown', {
              ref: cut(m.ref),
              guess: guessFor(m.ref, known),
              ids: names(known),
            }),
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
            problem('problem.measure.by-unknown', {
              by: cut(m.by),
              guess: guessFor(m.by, known),
              roles: [...AUTHORITY_ROLES],
              actors: names(actors),
            }),
          );
        }
      }
    }
  }
  return issues;
}
