import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  // Relative asset URLs so a build works from any sub-path or straight from disk.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022' },
  worker: { format: 'es' },
  preview: {
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    },
  },
});
