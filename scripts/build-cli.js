// `npm run build:cli` (run by `prepare`, so `npm ci` leaves it built): bundles the project's
// own TypeScript for Node into dist-node/ — the CLI, the comparison worker and the library
// entry — so that starting `peacemesh` or a worker thread transpiles nothing.
// Three builds:
//   - the CLI: a few files, with the pure-JavaScript packages every start loads (INLINED)
//     bundled in. Loading ~250 small modules (zod alone is ~95) cost more CPU than the
//     scenario run itself; one bundle, tree-shaken, costs a fraction. Its catalogs are
//     precompiled (`precompiledCatalogs`).
//   - the comparison worker thread: one file holding only what a batch of runs needs (the
//     engine, the machines, the metrics; no scenario loader, schema or zod), since every
//     worker of every comparison loads it.
//   - the library (`import … from 'peacemesh'`): one file per source module, every package
//     left as an import, so another package shares its own copy of xstate, zod and yaml.
// Plain JavaScript so that it runs with no TypeScript loader.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST, OUT_DIR, ROOT } from '../bin/bundle.js';

/**
 * The command line (bin/peacemesh.js imports its `main`) at dist-node/cli/main.js; the
 * modules it loads later go to dist-node/chunks/. Every file sits one folder down in
 * dist-node/, so a path relative to a module (`../../bin/bundle.js`, `../../dist`) means the
 * same from each of them.
 */
const CLI_ENTRY = { 'cli/main': 'src/cli/main.ts' };

/** One comparison worker thread (src/workers/node-pool.ts starts it), in one file. */
const WORKER_ENTRY = { 'workers/node-worker': 'src/workers/node-worker.ts' };

/** The library: `import { loadScenario, Simulation, compare } from 'peacemesh'`. */
const LIBRARY_ENTRY = 'src/core/library.ts';

/**
 * Packages bundled into the CLI: plain JavaScript, loaded by `run`, `validate` and `compare`
 * at every start. The rest (the server, the job queue, the database, the browser driver)
 * stay imports, loaded from node_modules by the commands that need them.
 */
const INLINED = [
  'commander',
  'yaml',
  'zod',
  'xstate',
  'intl-messageformat',
  '@formatjs/',
  'pure-rand',
  'csv-stringify',
  'cli-progress',
];

/**
 * Anything not written as a path is a package (or a Node built-in): leave it to Node.
 * @param {string} id
 */
const isPackage = (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0');

/** @param {string} id */
const isBinHelper = (id) => /(^|\/)bin\/[\w-]+\.js$/.test(id);

/**
 * Left as imports by the library: packages, and the bin/ helpers (plain JavaScript, run as
 * they are; the layout keeps their relative paths valid).
 * @param {string} id
 */
const isExternal = (id) => isPackage(id) || isBinHelper(id);

/**
 * Left as imports by the CLI: Node's built-ins, the packages not in INLINED, the bin/ helpers.
 * @param {string} id
 */
const isCliExternal = (id) =>
  isBinHelper(id) ||
  (isPackage(id) &&
    !INLINED.some((name) =>
      name.endsWith('/') ? id.startsWith(name) : id === name || id.startsWith(`${name}/`),
    ));

/**
 * The CLI's words: its modules import src/i18n/index.ts, which loads every language up front for
 * the server, the report and tests; the CLI's bundle gets src/i18n/cli-words.ts in its place
 * (same exports), which loads English up front and French only when a command asks for it, so
 * an English start reads and compiles one catalog instead of two.
 * @returns {import('rolldown').Plugin}
 */
function cliWords() {
  const index = resolve(ROOT, 'src/i18n/index.ts');
  const replacement = resolve(ROOT, 'src/i18n/cli-words.ts');
  return {
    name: 'peacemesh-cli-words',
    async resolveId(source, importer, options) {
      if (importer === undefined || !/(^|\/)i18n(\/index(\.ts)?)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === index ? replacement : null;
    },
  };
}

/**
 * The CLI's catalogs precompiled: src/i18n/en.ts and fr.ts become their messages already parsed
 * to IntlMessageFormat's AST (src/i18n/precompile.ts, as the web app's build does for its own
 * words), so a start formats each message it uses without parsing it first. The catalog
 * modules are read through Vite's module runner (they are TypeScript); the files they import
 * go into `inputs`, so that editing one makes the bundle stale (bin/bundle.js).
 * @param {Set<string>} inputs absolute paths, filled as the catalogs are read
 * @returns {import('rolldown').Plugin}
 */
function precompiledCatalogs(inputs) {
  const precompile = resolve(ROOT, 'src/i18n/precompile.ts');
  return {
    name: 'peacemesh-precompiled-catalogs',
    async load(id) {
      const m = /\/src\/i18n\/(en|fr)\.ts$/.exec(id);
      if (!m) return null;
      const { runnerImport } = await import('vite');
      const options = {
        configFile: /** @type {const} */ (false),
        logLevel: /** @type {const} */ ('silent'),
      };
      const [catalog, compiler] = await Promise.all([
        runnerImport(id, options),
        runnerImport(precompile, options),
      ]);
      for (const file of [precompile, ...catalog.dependencies, ...compiler.dependencies])
        inputs.add(file);
      return compiler.module.precompiledModule(catalog.module, m[1]);
    },
  };
}

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
  const common = {
    cwd: ROOT,
    platform: /** @type {const} */ ('node'),
    tsconfig: 'tsconfig.node.json',
    logLevel: /** @type {const} */ ('warn'),
  };
  /** @type {Set<string>} */
  const catalogInputs = new Set();
  const builds = await Promise.all([
    rolldown.build({
      ...common,
      input: CLI_ENTRY,
      external: isCliExternal,
      plugins: [cliWords(), precompiledCatalogs(catalogInputs)],
      // The bin/ helpers are imported as written (`../../bin/bundle.js` from src/workers/):
      // every output file sits as deep in dist-node/ as its source in src/, so the same
      // path holds. (Rewritten, the path came out one folder too many.)
      makeAbsoluteExternalsRelative: false,
      output: {
        dir: outDir,
        format: 'esm',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        sourcemap: true,
      },
    }),
    rolldown.build({
      ...common,
      input: WORKER_ENTRY,
      external: isCliExternal,
      // Core's modules only define things when loaded (they start nothing), so
      // one the worker imports nothing from — the scenario loader and its schema, reached
      // through core's index — is left out instead of loaded for nothing.
      treeshake: {
        moduleSideEffects: (/** @type {string} */ id, /** @type {boolean} */ external) =>
          external || !id.startsWith(`${ROOT}src/core/`),
      },
      output: {
        dir: outDir,
        format: 'esm',
        entryFileNames: '[name].js',
        inlineDynamicImports: true,
        sourcemap: true,
      },
    }),
    rolldown.build({
      ...common,
      input: [LIBRARY_ENTRY],
      external: isExternal,
      output: {
        dir: outDir,
        format: 'esm',
        // One file per source module, laid out as in src/ (dist-node/core/library.js).
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        sourcemap: true,
      },
    }),
  ]);
  // What went in, so bin/peacemesh.js can tell when the source has moved on since.
  /** @type {Set<string>} */
  const inputs = new Set();
  const ids = builds.flatMap((result) =>
    result.output.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : [])),
  );
  for (const id of [...ids, ...catalogInputs]) {
    if (isAbsolute(id) && !id.includes('/node_modules/')) inputs.add(relative(ROOT, id));
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
