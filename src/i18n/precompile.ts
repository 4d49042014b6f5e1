// Catalog messages precompiled at build time: each parsed to IntlMessageFormat's AST, the same
// AST IntlMessageFormat makes of it at run time (parsed for the same locale), so a start formats
// without parsing. Those with no argument stay text (./literal.ts). Used by the web app's build
// for the app's own words (vite.config.ts) and by the CLI's bundle for its whole catalogs
// (scripts/build-cli.js); nothing at run time imports this file.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { isLiteral } from './literal.ts';

/** One catalog's messages, each parsed unless literal. */
export function precompile(
  messages: Readonly<Record<string, string>>,
  locale: string,
): Record<string, string | MessageFormatElement[]> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [
      key,
      isLiteral(text) ? text : new IntlMessageFormat(text, locale).getAst(),
    ]),
  );
}

/**
 * The source of a module exporting what a catalog module exports (`export const en = {…}`), its
 * messages precompiled; as JSON text for `JSON.parse`, which V8 reads faster than the same
 * object written as a literal. In single quotes, which JSON text hardly uses, so it stays the
 * size of the literal.
 */
export function precompiledModule(
  exports: Readonly<Record<string, Readonly<Record<string, string>>>>,
  locale: string,
): string {
  return Object.entries(exports)
    .map(([name, messages]) => {
      const json = JSON.stringify(precompile(messages, locale));
      const quoted = `'${json.replace(/[\\']/g, (c) => `\\${c}`)}'`;
      return `export const ${name} = JSON.parse(${quoted});\n`;
    })
    .join('');
}
