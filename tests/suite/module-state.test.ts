// The `unit` and `browser` projects run their files with shared modules (vitest.config.ts,
// `isolate: false`). A file that mocks a module or turns fake timers on there would change the
// modules of the files after it: such a file must be listed as keeping module state (a Node
// file; the browser files have no such list), and the list must not name a file that is gone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BROWSER_TESTS,
  KEEPS_MODULE_STATE,
  MODULE_STATE_CALLS,
  NODE_TESTS,
} from '../helpers/test-files.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Each pattern is a folder followed by "/**/*.test.ts": every such file under the folder.
const files = [...NODE_TESTS, ...BROWSER_TESTS]
  .flatMap((pattern) => {
    const folder = pattern.replace(/\/\*\*\/\*\.test\.ts$/, '');
    return readdirSync(`${ROOT}${folder}`, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `${folder}/${f}`);
  })
  .sort();

describe('test files that share their modules', () => {
  it('finds the Node test files', () => {
    expect([...NODE_TESTS, ...BROWSER_TESTS].every((p) => p.endsWith('/**/*.test.ts'))).toBe(true);
    expect(files).toContain('src/core/engine/engine.test.ts');
    expect(files).toContain('tests/browser/harness.test.ts');
    expect(files).toContain('tests/suite/module-state.test.ts');
  });

  it('lists only files that exist', () => {
    expect(KEEPS_MODULE_STATE.filter((f) => !existsSync(`${ROOT}${f}`))).toEqual([]);
  });

  it('mock no module and leave no fake timer, except the files listed as keeping module state', () => {
    const offending = files
      .filter((f) => !KEEPS_MODULE_STATE.includes(f) && f !== 'tests/suite/module-state.test.ts')
      .flatMap((f) => {
        const text = readFileSync(`${ROOT}${f}`, 'utf8');
        return MODULE_STATE_CALLS.filter((call) => text.includes(call)).map((c) => `${f}: ${c}`);
      });
    expect(offending).toEqual([]);
  });

  it('restore every stubbed global in the same file', () => {
    const unrestored = files.filter((f) => {
      const text = readFileSync(`${ROOT}${f}`, 'utf8');
      return text.includes('vi.stubGlobal(') && !text.includes('vi.unstubAllGlobals()');
    });
    expect(unrestored).toEqual([]);
  });
});
