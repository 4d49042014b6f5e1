// A catalog message with no argument, select, tag or quote formats to itself: translate()
// returns it as it is, the pseudo-locale treats it as one literal, and the app's build keeps it
// a string instead of precompiling it to IntlMessageFormat's AST.
const LITERAL = /^[^{}'<]*$/;

export function isLiteral(message: string): boolean {
  return LITERAL.test(message);
}
