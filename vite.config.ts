import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { precompiledModule } from './src/i18n/precompile.ts';

/**
 * Content-Security-Policy of the built app: a second line of defence behind React's escaping,
 * since scenario files and run files come from anyone. Scripts and workers only from the app
 * itself; inline styles stay allowed because Observable Plot writes a <style> into each chart.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * In the build's index.html as a <meta> (any static host serves it), and as a header from
 * `vite preview` with frame-ancestors, which only a header can carry. Not in the dev server:
 * its hot reload runs inline scripts.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'peacemesh-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The app's own words precompiled: in the build, src/i18n/app-en.ts and app-fr.ts (all the
 * first screen needs of the catalogs) become their messages already parsed to
 * IntlMessageFormat's AST (src/i18n/precompile.ts, which the CLI's bundle uses too), and
 * intl-messageformat gets the ICU parser's `no-parser` entry (FormatJS's documented way to ship
 * pre-parsed messages). So the parser (≈ 7.6 KB gzipped) leaves the first screen: the rest of the
 * catalogs, still text, come with the engine, and the parser with them (`loadRestOfCatalogs`
 * in src/i18n/catalogs.ts). The dev server and tests use the sources as they are.
 */
function precompiledAppWords(): Plugin {
  return {
    name: 'peacemesh-precompiled-app-words',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (
        source !== '@formatjs/icu-messageformat-parser' ||
        !importer?.includes('/node_modules/intl-messageformat/')
      )
        return null;
      return this.resolve('@formatjs/icu-messageformat-parser/no-parser.js', importer, {
        ...options,
        skipSelf: true,
      });
    },
    async load(id) {
      const m = /\/src\/i18n\/app-(en|fr)\.ts$/.exec(id);
      if (!m) return null;
      const { module } = await runnerImport<Record<string, Record<string, string>>>(id, {
        configFile: false,
        logLevel: 'silent',
      });
      return precompiledModule(module, m[1]!);
    },
  };
}

export default defineConfig({
  // Relative asset URLs so a build works from any sub-path or straight from disk.
  base: './',
  plugins: [react(), contentSecurityPolicy(), precompiledAppWords()],
  build: { target: 'es2022' },
  worker: { format: 'es' },
  preview: {
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    },
  },
});
