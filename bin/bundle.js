// Where the prebuilt Node bundle lives (scripts/build-cli.js writes it) and whether it still
// matches the source: the manifest lists every source file that went in with its mtime, so a
// developer who edits the engine and runs `npx peacemesh` gets their edit, not an old build.
// Stats ~50 files: about a millisecond.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository (or installed package) root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = 'dist-node/';
export const MANIFEST = `${OUT_DIR}manifest.json`;

/**
 * `{ fresh: true }` when dist-node/ was built from the source as it is now; otherwise why not,
 * in words for a developer.
 * @param {string} [root] the folder holding dist-node/ and src/, with a trailing slash
 * @returns {{ fresh: true } | { fresh: false, reason: string }}
 */
export function bundleStatus(root = ROOT) {
  /** @type {{ inputs: Record<string, number> }} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${root}${MANIFEST}`, 'utf8'));
  } catch {
    return { fresh: false, reason: 'dist-node/ is not built' };
  }
  // An installed copy may ship the bundle without its source: nothing can be newer then.
  if (!existsSync(`${root}src`)) return { fresh: true };
  for (const [file, mtime] of Object.entries(manifest.inputs)) {
    let now;
    try {
      now = statSync(`${root}${file}`).mtimeMs;
    } catch {
      return { fresh: false, reason: `${file} is gone since the build` };
    }
    if (now !== mtime) return { fresh: false, reason: `${file} changed since the build` };
  }
  return { fresh: true };
}
