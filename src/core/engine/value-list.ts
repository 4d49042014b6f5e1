// An empty array V8 stores as "any value" from the start. An empty array made by a literal,
// `map`, `filter` or a spread is a small-integer array — another hidden class than the same
// list once it holds strings or objects — so optimised code that had met only one of the two
// was thrown away at the first of the other (in each comparison worker thread, as a later
// structure's runs reach a case the first ones never did). Lists a hot function receives from
// several places are made here, then pushed to.
export function valueList<T>(): T[] {
  const list: T[] = [undefined as T];
  list.pop();
  return list;
}
