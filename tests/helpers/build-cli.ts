// Vitest global set-up for the Node tests: the CLI-as-a-process tests run the prebuilt bundle
// (bin/peacemesh.js → dist-node/), and the library test imports it. `npm ci` builds it; this
// rebuilds it (well under a second) when the source has changed since, so `npm test` always
// tests the code as it is.
import { bundleStatus } from '../../bin/bundle.js';
import { buildCli } from '../../scripts/build-cli.js';

export async function setup(): Promise<void> {
  if (bundleStatus().fresh) return;
  if (!(await buildCli())) throw new Error('the CLI bundle cannot be built: run `npm ci`');
}
