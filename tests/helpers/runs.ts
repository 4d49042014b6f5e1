// Run files as the app exports them (format "peacemesh-run"), built from a bundled scenario
// with the decisions and evaluation a test wants, for the report command and its tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario, type EvaluationRecord, type RunInputs } from '../../src/core/index';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const BUNDLED = [
  'carana-three-bad-days',
  'convoy-escort-dilemma',
  'district-transition',
  'town-handover',
] as const;

export function runFile(
  name: string,
  options: {
    structure?: string;
    seed?: number;
    inputs?: Partial<RunInputs>;
    evaluation?: EvaluationRecord;
    step?: number;
  } = {},
): string {
  const fileName = `${name}.yaml`;
  const text = readFileSync(`${ROOT}/scenarios/${fileName}`, 'utf8');
  const loaded = loadScenario(text, fileName);
  if (!loaded.ok) throw new Error(`${fileName} does not load`);
  const scenario = loaded.scenario;
  const structure = options.structure ?? scenario.defaultStructure ?? scenario.structures[0]!.id;
  // A finished run in the app has an answer for every decision point: the default unless given.
  const decisions = Object.fromEntries(scenario.decisions.map((d) => [d.id, d.default]));
  return JSON.stringify({
    format: 'peacemesh-run',
    version: 1,
    savedAt: '2026-11-27T09:00:00.000Z',
    scenario: { fileName, text, bundled: true },
    structure,
    seed: options.seed ?? 1,
    speed: 30,
    branches: [
      {
        id: 'A',
        label: 'A',
        origin: null,
        inputs: {
          injects: [],
          ...options.inputs,
          decisions: { ...decisions, ...options.inputs?.decisions },
        },
        step: options.step ?? Number.MAX_SAFE_INTEGER,
        time: 0,
      },
    ],
    branch: 'A',
    selected: null,
    ...(options.evaluation ? { evaluation: options.evaluation } : {}),
  });
}
