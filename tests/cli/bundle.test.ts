// When bin/peacemesh.js may trust the prebuilt bundle: only while every source file that went
// into it is as it was at build time.
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleStatus } from '../../bin/bundle.js';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function checkout(files: Record<string, string>): string {
  root = `${mkdtempSync(join(tmpdir(), 'peacemesh-bundle-'))}/`;
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

function build(files: readonly string[]): void {
  const inputs = Object.fromEntries(files.map((f) => [f, statSync(join(root, f)).mtimeMs]));
  mkdirSync(join(root, 'dist-node'), { recursive: true });
  writeFileSync(join(root, 'dist-node/manifest.json'), JSON.stringify({ inputs }));
}

describe('bundleStatus', () => {
  it('is fresh right after a build', () => {
    checkout({ 'src/a.ts': 'a', 'package.json': '{}' });
    build(['src/a.ts', 'package.json']);
    expect(bundleStatus(root)).toEqual({ fresh: true });
  });

  it('names what is missing or changed', () => {
    checkout({ 'src/a.ts': 'a', 'src/b.ts': 'b' });
    expect(bundleStatus(root)).toEqual({ fresh: false, reason: 'dist-node/ is not built' });
    build(['src/a.ts', 'src/b.ts']);
    const later = new Date(statSync(join(root, 'src/b.ts')).mtimeMs + 5000);
    utimesSync(join(root, 'src/b.ts'), later, later);
    expect(bundleStatus(root)).toEqual({
      fresh: false,
      reason: 'src/b.ts changed since the build',
    });
    rmSync(join(root, 'src/a.ts'));
    expect(bundleStatus(root)).toEqual({
      fresh: false,
      reason: 'src/a.ts is gone since the build',
    });
  });

  it('trusts a copy installed without its source', () => {
    checkout({ 'src/a.ts': 'a' });
    build(['src/a.ts']);
    rmSync(join(root, 'src'), { recursive: true });
    expect(bundleStatus(root)).toEqual({ fresh: true });
  });
});
