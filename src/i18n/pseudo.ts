// The pseudo-locale en-XA: every catalog message in accented English between ⟦ ⟧. Text on a
// screen rendered in it that is neither bracketed nor the scenario's own was written straight
// into a component instead of going through the catalogs (src/ui/pseudo.test.tsx finds it).
import { IntlMessageFormat } from 'intl-messageformat';
import { isLiteral } from './literal';

export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'å',
  c: 'ç',
  e: 'é',
  i: 'î',
  n: 'ñ',
  o: 'ö',
  s: 'š',
  u: 'û',
  y: 'ý',
  A: 'Å',
  C: 'Ç',
  E: 'É',
  I: 'Î',
  N: 'Ñ',
  O: 'Ö',
  S: 'Š',
  U: 'Û',
  Y: 'Ý',
};

const accent = (text: string): string =>
  text.replace(/[aceinosuyACEINOSUY]/g, (c) => ACCENTS[c] ?? c);

/** A plain catalog string (a term, a label) in the pseudo-locale. */
export const pseudoText = (text: string): string => `${PSEUDO_OPEN}${accent(text)}${PSEUDO_CLOSE}`;

/** Accents the literal text of a message, never its arguments or select keys. */
function accentAst(ast: Ast): Ast {
  return ast.map((el) => {
    const node = { ...el } as Record<string, unknown>;
    if (el.type === 0) node['value'] = accent(el.value);
    const options = node['options'] as Record<string, { value: Ast }> | undefined;
    if (options)
      node['options'] = Object.fromEntries(
        Object.entries(options).map(([k, o]) => [k, { ...o, value: accentAst(o.value) }]),
      );
    if (Array.isArray(node['children'])) node['children'] = accentAst(node['children'] as Ast);
    return node as unknown as Ast[number];
  });
}

/**
 * An English ICU message (text, or already parsed: the web app's build precompiles the app's
 * own words) in the pseudo-locale, ready for IntlMessageFormat.
 */
export function pseudoAst(message: string | Ast): Ast {
  const literal = (value: string) => ({ type: 0, value }) as unknown as Ast[number];
  const ast =
    typeof message !== 'string'
      ? message
      : isLiteral(message)
        ? [literal(message)]
        : new IntlMessageFormat(message, 'en').getAst();
  return [literal(PSEUDO_OPEN), ...accentAst(ast), literal(PSEUDO_CLOSE)];
}
