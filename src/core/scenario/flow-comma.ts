// Inside `{ … }` (a YAML flow mapping) a comma ends a value: `{ name: Joint Operations
// Centre, Galasi }` holds a name "Joint Operations Centre" and a key "Galasi" with no value.
// The schema then finds an unknown key; the loader says instead to quote the text.
import { isMap, isPair, isScalar, Scalar, visit, type Document } from 'yaml';
import { shown } from './conditions';
import type { ProblemParams } from './problems';

export interface FlowComma {
  /** Where the key made from the text after the comma starts. */
  readonly offset: number;
  readonly params: ProblemParams['problem.flow-comma'];
}

/** Every key of a flow mapping that is plain text after a comma following a plain value. */
export function flowCommas(doc: Document): FlowComma[] {
  const found: FlowComma[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map) || map.flow !== true) return;
      for (let i = 1; i < map.items.length; i++) {
        const pair = map.items[i];
        const before = map.items[i - 1];
        if (!isPair(pair) || !isPair(before)) continue;
        const key = pair.key;
        const value = before.value;
        const keyless = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
        if (!keyless || !isScalar(key) || key.type !== Scalar.PLAIN) continue;
        if (!isScalar(value) || value.type !== Scalar.PLAIN || !isScalar(before.key)) continue;
        const offset = key.range?.[0];
        if (offset === undefined) continue;
        const text = `${String(value.source ?? value.value)}, ${String(key.source ?? key.value)}`;
        found.push({
          offset,
          params: {
            key: shown(String(key.value)),
            field: shown(String(before.key.value)),
            text: shown(text),
          },
        });
      }
    },
  });
  return found;
}
