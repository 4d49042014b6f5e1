import { describe, expect, it } from 'vitest';
import * as core from '../core/index.ts';
import { METRIC_DEFINITIONS, parseMetricDefinitions } from './metricDefinitions';

describe('metric definitions', () => {
  it('reads each metric id of a table row, shared rows included', () => {
    const defs = parseMetricDefinitions(
      '| metric | definition |\n| --- | --- |\n| `a` / `b` | the `x` count |\n| `c` | other |\n',
    );
    expect([...defs]).toEqual([
      ['a', 'the x count'],
      ['b', 'the x count'],
      ['c', 'other'],
    ]);
  });

  it('docs/METRICS.md defines every metric the app shows', () => {
    const missing = core.METRIC_KEYS.filter((k) => !METRIC_DEFINITIONS.has(k));
    expect(missing).toEqual([]);
  });
});
