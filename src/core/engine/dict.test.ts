import { describe, expect, it } from 'vitest';
import { dict, own } from './dict';

describe('dict', () => {
  it('holds any key as an ordinary key, and keeps it through JSON and structuredClone', () => {
    const table = dict<number>();
    for (const key of Object.getOwnPropertyNames(Object.prototype)) {
      expect(table[key]).toBeUndefined();
      table[key] = 1;
    }
    const json = JSON.stringify(table);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(
      Object.getOwnPropertyNames(Object.prototype),
    );
    const again = dict(structuredClone(table));
    expect(JSON.stringify(again)).toBe(json);
    expect(Object.getPrototypeOf(again)).toBeNull();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reads only what a table itself holds', () => {
    const parsed = JSON.parse('{"a": "x"}') as Record<string, string>;
    expect(own(parsed, 'a')).toBe('x');
    expect(own(parsed, 'constructor')).toBeUndefined();
    expect(own(parsed, 'toString')).toBeUndefined();
  });
});
