// The host builds what a seat sees from core and src/common only: ESLint refuses an import of the
// app's state or screens from the host or from src/common (see ARCHITECTURE.md, "Layering").
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The import-rule messages ESLint gives `code` as if it were the file at `filePath`. */
async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the host and the shared views stay out of the app', () => {
  it('refuses the store or the screens from the exercise host', async () => {
    const store = await refusals(
      'src/server/probe.ts',
      "import type { MeshView } from '../store/views.ts';\nexport type View = MeshView;\n",
    );
    expect(store.join('\n')).toMatch(/must not import the app's state/);
    const ui = await refusals(
      'src/server/probe.ts',
      "import { ExerciseConnection } from '../ui/exercise/connection.ts';\nexport const C = ExerciseConnection;\n",
    );
    expect(ui).toHaveLength(1);
  }, 60_000);

  it('refuses the store from src/common, and src/common from core', async () => {
    expect(
      await refusals(
        'src/common/probe.ts',
        "import { appText } from '../store/logText';\nexport const t = appText;\n",
      ),
    ).toHaveLength(1);
    expect(
      await refusals(
        'src/core/probe.ts',
        "import { buildMeshView } from '../common/mesh-view.ts';\nexport const b = buildMeshView;\n",
      ),
    ).toHaveLength(1);
  }, 60_000);

  it('lets the host import the shared views and core through its index', async () => {
    expect(
      await refusals(
        'src/server/probe.ts',
        "import { buildMeshView } from '../common/mesh-view.ts';\nimport { Simulation } from '../core/index.ts';\nexport const b = [buildMeshView, Simulation];\n",
      ),
    ).toEqual([]);
    // …but still not core's insides.
    expect(
      await refusals(
        'src/server/probe.ts',
        "import { Simulation } from '../core/engine/engine.ts';\nexport const S = Simulation;\n",
      ),
    ).toHaveLength(1);
  }, 60_000);
});
