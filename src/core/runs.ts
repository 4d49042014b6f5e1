// The part of core a comparison worker thread needs: running a batch of a plan's runs, and the
// error a run stops with at a size limit. Importing it loads the engine, the machines and the
// metrics only — not the scenario loader, the planning of sweeps, zod or the YAML library, which
// every worker thread would otherwise evaluate as it starts. Everything here is also exported
// by core's index.
export { runBatch, runOne } from './compare/run';
export { RunLimitError } from './engine/limits';
