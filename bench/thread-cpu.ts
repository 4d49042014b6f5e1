// CPU time of this process's main thread alone, where Linux gives it (`schedstat` of the
// thread whose id is the process's): `process.cpuUsage()` also counts V8's collector and
// compiler threads, which on two cores run beside the engine and blur what the engine's own
// thread did. Undefined elsewhere (the benchmarks then report process CPU only).
import { readFileSync } from 'node:fs';

const path = `/proc/self/task/${process.pid}/schedstat`;

/** Milliseconds the main thread has spent on a CPU so far, or undefined where not known. */
export function mainThreadCpuMs(): number | undefined {
  try {
    // The first field: nanoseconds on a CPU (the kernel's own accounting, not sampled ticks).
    const ns = Number(readFileSync(path, 'utf8').split(' ', 1)[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}
