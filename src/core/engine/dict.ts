// Tables keyed by scenario text inside the saved state. They must stay plain JSON objects
// (the saved-state format), yet an id such as "constructor" or "__proto__" must be an
// ordinary key: so they have no prototype, and every copy made by JSON.parse or
// structuredClone (which give back ordinary objects) is turned back into one.

/** A JSON object with no prototype: `d["constructor"]` is undefined until it is set. */
export type Dict<T> = Record<string, T>;

export function dict<T>(from?: Readonly<Record<string, T>>): Dict<T> {
  const table = Object.create(null) as Dict<T>;
  // Own keys only, "__proto__" included: with no prototype it is written as a plain key.
  if (from) for (const key of Object.keys(from)) table[key] = from[key] as T;
  return table;
}

/** The value under `key` only if the table itself holds it (never an Object.prototype member). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
