// The app's initial JavaScript: a production build into a temporary folder, then the gzipped
// size of the entry script index.html loads plus every chunk it preloads (modulepreload).
// Lazy chunks (the comparison view, workers) are listed apart: they load on demand.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BundleSize {
  readonly initial: Array<{ file: string; bytes: number; gzip: number }>;
  readonly initialGzip: number;
  readonly lazyGzip: number;
  readonly lazyFiles: number;
}

export async function measureBundle(): Promise<BundleSize> {
  const out = mkdtempSync(join(tmpdir(), 'peacemesh-bundle-'));
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
    });
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const refs = new Set<string>();
    for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) refs.add(m[1]!);
    for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
      refs.add(m[1]!);
    const size = (rel: string) => {
      const bytes = readFileSync(join(out, rel.replace(/^\.?\//, '')));
      return {
        file: rel.replace(/^\.?\//, ''),
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    };
    const initial = [...refs].map(size);
    const all = listJs(out).map((f) => f.slice(out.length + 1));
    const lazy = all.filter((f) => !initial.some((i) => i.file === f)).map((f) => size(f));
    return {
      initial,
      initialGzip: initial.reduce((n, f) => n + f.gzip, 0),
      lazyGzip: lazy.reduce((n, f) => n + f.gzip, 0),
      lazyFiles: lazy.length,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function listJs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJs(path);
    return name.endsWith('.js') ? [path] : [];
  });
}
