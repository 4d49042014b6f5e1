import { describe, expect, it } from 'vitest';
import { closest, didYouMean, MAX_QUOTED, quote, quoteList, visible } from './suggest';

describe('quote and visible', () => {
  it('shows control characters escaped, so text cannot drive a terminal', () => {
    expect(visible('a\u001b]0;PWNED\u0007\u001b[2J')).toBe('a\\u001b]0;PWNED\\u0007\\u001b[2J');
    expect(visible('line\r\nforged\tcell\u009b2J\u202eevil')).toBe(
      'line\\r\\nforged\\tcell\\u009b2J\\u202eevil',
    );
    expect(visible('Mureba — T+06:30, "quoted"')).toBe('Mureba — T+06:30, "quoted"');
  });

  it('quotes like JSON for ordinary text, and cuts long text', () => {
    for (const text of ['bn-east', 'a "b" \\ c', 'T+06:30'])
      expect(quote(text)).toBe(JSON.stringify(text));
    const long = quote('x'.repeat(20_000));
    expect(long).toHaveLength(MAX_QUOTED + 2);
    expect(long.endsWith('…"')).toBe(true);
    expect(quoteList(['y'.repeat(500), 'z'])).toHaveLength(MAX_QUOTED + 2 + 5);
  });
});

describe('did you mean', () => {
  it('finds a typo of a known word', () => {
    expect(closest('ocha-est', ['ocha-east', 'bn-east'])).toBe('ocha-east');
    expect(didYouMean('bn-eats', ['bn-east'])).toBe(' did you mean "bn-east"?');
  });

  it('does no work for words too long or too different in length to be typos', () => {
    const id = 'a'.repeat(20_000);
    // An edit distance over 20,000 × 20,000 characters would take seconds and gigabytes.
    expect(closest(`${id}b`, [id])).toBeUndefined();
    expect(closest('hq', ['a'.repeat(50_000)])).toBeUndefined();
  });
});
