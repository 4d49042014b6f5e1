// Set-up file of the `unit` and `browser` projects, whose files share their worker's modules
// (vitest.config.ts, `isolate: false`): runs around each file and fails the file that leaves the
// process changed for the next one — a global added or replaced, an environment variable set or
// changed, fake timers left on. A file that needs any of these restores it in its own hooks, or
// goes to the isolated project (tests/helpers/test-files.ts).
import { afterAll, beforeAll, vi } from 'vitest';

let globals = new Map<string, PropertyDescriptor | undefined>();
let env = new Map<string, string | undefined>();

const snapshotGlobals = () =>
  new Map(
    Object.getOwnPropertyNames(globalThis)
      // vitest's own bookkeeping and libraries' helpers (tslib puts `__awaiter` and the like on
      // the global object when a dependency first loads it)
      .filter((name) => !name.startsWith('__'))
      .map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]),
  );

/** Whether a global is the same: Node defines some lazily, a getter its first use replaces by the value. */
function same(before: PropertyDescriptor | undefined, after: PropertyDescriptor | undefined) {
  if (before?.get !== undefined) return after?.get === undefined || after.get === before.get;
  return after?.get === undefined && Object.is(before?.value, after?.value);
}

beforeAll(() => {
  globals = snapshotGlobals();
  env = new Map(Object.entries(process.env));
});

afterAll(() => {
  const left: string[] = [];
  for (const [name, descriptor] of snapshotGlobals()) {
    if (!globals.has(name)) left.push(`global ${name} added`);
    else if (!same(globals.get(name), descriptor)) left.push(`global ${name} replaced`);
  }
  for (const [name, value] of Object.entries(process.env)) {
    if (!env.has(name)) left.push(`process.env.${name} set`);
    else if (env.get(name) !== value) left.push(`process.env.${name} changed`);
  }
  for (const name of env.keys()) if (!(name in process.env)) left.push(`process.env.${name} unset`);
  if (vi.isFakeTimers()) left.push('fake timers left on');
  if (left.length > 0)
    throw new Error(
      `this file shares its modules with the next (vitest.config.ts, project unit) but left ` +
        `${left.join(', ')}: restore it in the file's hooks, or list the file in ` +
        `tests/helpers/test-files.ts KEEPS_MODULE_STATE`,
    );
});
