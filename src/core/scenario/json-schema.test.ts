import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import committed from '../../../schema/scenario.schema.json';
import { parseDuration, parseTimePoint } from '../time';
import { DURATION_PATTERN, scenarioJsonSchema, TIME_POINT_PATTERN } from './json-schema';

describe('scenario JSON Schema', () => {
  it('matches the committed schema/scenario.schema.json', () => {
    expect(committed, 'schema/scenario.schema.json is stale: run `npm run schema`').toEqual(
      scenarioJsonSchema(),
    );
  });

  it('keeps the descriptions and defaults editors show', () => {
    const schema = JSON.stringify(scenarioJsonSchema());
    expect(schema).toContain('"description":"The actor who convenes and chairs the meeting."');
    expect(schema).toContain('"default":"20m"');
  });

  // Editors check durations and times with these patterns; the loader with time.ts.
  const text = (chars: string) =>
    fc.string({ unit: fc.constantFrom(...chars.split('')), maxLength: 10 });

  it('accepts exactly the durations parseDuration reads', () => {
    const pattern = new RegExp(DURATION_PATTERN);
    fc.assert(
      fc.property(text('0123456789dhm \t'), (s) => {
        expect(pattern.test(s), JSON.stringify(s)).toBe(parseDuration(s) !== undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly the times parseTimePoint reads', () => {
    const pattern = new RegExp(TIME_POINT_PATTERN);
    fc.assert(
      fc.property(text('T+:0123456 9'), (s) => {
        expect(pattern.test(s), JSON.stringify(s)).toBe(parseTimePoint(s) !== undefined);
      }),
      { numRuns: 2000 },
    );
    expect(pattern.test('T+06:30')).toBe(true);
  });
});
