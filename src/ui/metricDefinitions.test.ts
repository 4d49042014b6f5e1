import { describe, expect, it } from 'vitest';
import METRICS_MD from '../../docs/METRICS.md?raw';
import * as core from '../core/index.ts';
import { CATALOGS, type MessageKey } from '../i18n/index.ts';
import { definitionKey, parseMetricDefinitions } from './metricDefinitions';

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

  it('docs/METRICS.md and the English catalog define every metric the app shows alike', () => {
    const documented = parseMetricDefinitions(METRICS_MD);
    for (const key of core.METRIC_KEYS) {
      expect(CATALOGS.en[definitionKey(key) as MessageKey], key).toBe(documented.get(key));
      expect(CATALOGS.fr[definitionKey(key) as MessageKey], key).toBeTruthy();
    }
  });
});
