// `npm run build:cli` (run by `prepare`, so `npm ci` leaves it built): bundles the project's
// own TypeScript for Node into dist-node/ — the CLI, the comparison worker and the library
// entry — so that starting `peacemesh` or a worker thread transpiles nothing. Every npm
// package stays an external import, resolved from node_modules at run time as usual.
// Plain JavaScript so that it runs with no TypeScript loader.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST, OUT_DIR, ROOT } from '../bin/bundle.js';

/** Entry modules; each lands at its own path (src/cli/main.ts → dist-node/cli/main.js). */
const ENTRIES = [
  // The command line (bin/peacemesh.js imports its `main`).
  'src/cli/main.ts',
  // One comparison worker thread (src/workers/node-pool.ts starts it).
  'src/workers/node-worker.ts',
  // The library: `import { loadScenario, Simulation, compare } from 'peacemesh'`.
  'src/core/library.ts',
];

/**
 * Anything not written as a path is a package (or a Node built-in): leave it to Node.
 * @param {string} id
 */
const isPackage = (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0');

/**
 * Left as imports: packages, and the bin/ helpers (plain JavaScript, run as they are; the
 * layout below keeps their relative paths valid).
 * @param {string} id
 */
const isExternal = (id) => isPackage(id) || /(^|\/)bin\/[\w-]+\.js$/.test(id);

/** Builds dist-node/; false (with a note on stderr) when the bundler is not installed. */
export async function buildCli() {
  let rolldown;
  try {
    rolldown = await import('rolldown');
  } catch {
    process.stderr.write(
      'build:cli: rolldown is not installed (installed without dev dependencies?); ' +
        'peacemesh will run from source through tsx instead.\n',
    );
    return false;
  }
  const started = performance.now();
  const outDir = `${ROOT}${OUT_DIR}`;
  // Old chunks go (their names carry a hash); the declarations stay for tsc's incremental build.
  for (const name of existsSync(outDir) ? readdirSync(outDir) : []) {
    if (name !== 'types') rmSync(`${outDir}${name}`, { recursive: true, force: true });
  }
  const result = await rolldown.build({
    cwd: ROOT,
    input: ENTRIES,
    platform: 'node',
    external: isExternal,
    tsconfig: 'tsconfig.node.json',
    logLevel: 'warn',
    output: {
      dir: outDir,
      format: 'esm',
      // One file per source module, laid out as in src/: a path relative to import.meta.url
      // (the worker beside its pool, ../../package.json) means the same from both.
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  });
  // What went in, so bin/peacemesh.js can tell when the source has moved on since.
  /** @type {Set<string>} */
  const inputs = new Set();
  for (const file of result.output) {
    if (file.type !== 'chunk') continue;
    for (const id of file.moduleIds) {
      if (isAbsolute(id) && !id.includes('/node_modules/')) inputs.add(relative(ROOT, id));
    }
  }
  const sorted = [...inputs].sort();
  const mtimes = Object.fromEntries(sorted.map((f) => [f, statSync(`${ROOT}${f}`).mtimeMs]));
  writeFileSync(`${ROOT}${MANIFEST}`, `${JSON.stringify({ inputs: mtimes }, null, 1)}\n`);
  buildTypes();
  const ms = Math.round(performance.now() - started);
  process.stderr.write(`build:cli: dist-node/ from ${sorted.length} source files in ${ms} ms\n`);
  return true;
}

/**
 * The library's type declarations (dist-node/types, see tsconfig.lib.json), with every
 * relative import given the `.js` file it names, as Node's own resolution (and TypeScript's
 * `nodenext`) requires of an installed package.
 */
function buildTypes() {
  const types = `${ROOT}${OUT_DIR}types/`;
  const buildInfo = `${ROOT}node_modules/.tmp/tsconfig.lib.tsbuildinfo`;
  // tsc's incremental build does not notice deleted output: start over when it is gone.
  if (!existsSync(types)) rmSync(buildInfo, { force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json'], { cwd: ROOT, stdio: 'inherit' });
  for (const file of listDeclarations(types)) {
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(
      /(from\s+|import\()(['"])(\.{1,2}\/[^'"]*?)\2/g,
      (whole, lead, quote, spec) => {
        if (/\.(js|json)$/.test(spec)) return whole;
        const base = resolve(dirname(file), spec);
        const target = existsSync(`${base}.d.ts`) ? `${spec}.js` : `${spec}/index.js`;
        return `${lead}${quote}${target}${quote}`;
      },
    );
    if (fixed !== text) writeFileSync(file, fixed);
  }
}

/** @param {string} dir @returns {string[]} */
function listDeclarations(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory()) return listDeclarations(`${path}/`);
    return entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
