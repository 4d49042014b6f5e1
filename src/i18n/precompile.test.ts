// The catalogs as the builds ship them (src/i18n/precompile.ts): read back from the module source
// the CLI's bundle and the web app's build write, every message is the AST IntlMessageFormat
// makes of its text at run time in that language, or the text itself when it has no argument.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { isLiteral } from './literal';
import { precompiledModule } from './precompile';

async function shipped(
  exports: Readonly<Record<string, Readonly<Record<string, string>>>>,
  locale: string,
): Promise<Record<string, Record<string, unknown>>> {
  const source = precompiledModule(exports, locale);
  return (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as Record<
    string,
    Record<string, unknown>
  >;
}

describe('precompiled catalogs', () => {
  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('ship every %s message as IntlMessageFormat parses it', async (locale, catalog) => {
    const { catalog: read } = await shipped({ catalog }, locale);
    expect(Object.keys(read!)).toEqual(Object.keys(catalog));
    for (const [key, text] of Object.entries(catalog)) {
      const expected = isLiteral(text) ? text : new IntlMessageFormat(text, locale).getAst();
      expect(read![key], key).toEqual(expected);
    }
  });

  it('keeps quotes, backslashes and line breaks of the text', async () => {
    const messages = {
      quote: "it''s {n, plural, one {# copy} other {# copies}}",
      escaped: "'{literal}' and {x}",
      backslash: 'C:\\scenarios\\{file}',
      lines: 'first\n  second {x}',
    };
    const { m } = await shipped({ m: messages }, 'en');
    for (const [key, text] of Object.entries(messages)) {
      const at = new IntlMessageFormat(read(m, key), 'en');
      expect(at.format({ n: 2, x: 'X', file: 'a.yaml' }), key).toBe(
        new IntlMessageFormat(text, 'en').format({ n: 2, x: 'X', file: 'a.yaml' }),
      );
    }
  });
});

const read = (m: Record<string, unknown> | undefined, key: string) =>
  m?.[key] as ConstructorParameters<typeof IntlMessageFormat>[0];
