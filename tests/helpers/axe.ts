// axe-core in a real page: the serious and critical accessibility findings, for browser tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's serious and critical findings on the page as it is. */
export async function seriousViolations(page: Page) {
  const require = createRequire(import.meta.url);
  // Evaluated through the browser's protocol rather than added as a <script>: the built app's
  // Content-Security-Policy (`script-src 'self'`) blocks an inline script tag, and the page under
  // test keeps its policy as users get it.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    // Runs in the page (no DOM lib in the Node tsconfig, hence the structural types).
    interface Axe {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{
        violations: Array<{
          id: string;
          impact: string | null;
          help: string;
          nodes: Array<{ target: unknown }>;
        }>;
      }>;
    }
    const page = globalThis as unknown as { axe: Axe; document: unknown };
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
