// `peacemesh compare … --queue redis://…`: the comparison's runs go through the job queue to
// any number of `peacemesh worker` processes instead of this machine's threads; the results
// come back to the same summaries. A progress line on stderr (a terminal only) shows runs
// done, batches running and failed, and workers seen. The run id names the sweep in Redis:
// given again after a stop, the sweep resumes and what was done is gathered, not recomputed.
import { randomBytes } from 'node:crypto';
import { SingleBar } from 'cli-progress';
import type { ComparePlan, RunResult } from '../core';
import { displayUrl, QueueError } from '../jobqueue/url';
import { runPlanOnQueue, type QueueOutcome } from '../jobqueue/coordinator';
import type { PlanSpec } from '../jobqueue/plan-spec';
import type { CompareIo } from './compare';
import { formatEta } from './progress-eta';
import { translator } from '../i18n/translator';

export interface QueueArgs {
  readonly url: string;
  readonly runId?: string | undefined;
}

export interface QueuedOptions {
  readonly signal: AbortSignal;
  readonly onResults?: (results: readonly RunResult[]) => Promise<void>;
  /** False for a sweep too large to hold run by run: summaries only (see the coordinator). */
  readonly keepResults?: boolean;
}

/** The queued runs, or a QueueError's message already printed (then undefined). */
export async function runComparisonOnQueue(
  plan: ComparePlan,
  spec: PlanSpec,
  queue: QueueArgs,
  io: CompareIo,
  options: QueuedOptions,
): Promise<QueueOutcome | undefined> {
  const t = translator(io.locale ?? 'en');
  const runId = queue.runId ?? randomBytes(4).toString('hex');
  if (queue.runId === undefined) {
    io.stderr(`${t('cli.queue.queued', { run: runId, url: displayUrl(queue.url) })}\n`);
  }
  const bar = io.stderrIsTTY
    ? new SingleBar({
        format: t('cli.queue.progress'),
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        formatTime: formatEta,
      })
    : undefined;
  bar?.start(plan.runs.length, 0, { running: 0, failed: 0, workers: 0 });
  const started = performance.now();
  let hinted = false;
  try {
    const outcome = await runPlanOnQueue(plan, {
      url: queue.url,
      runId,
      spec,
      locale: io.locale ?? 'en',
      signal: options.signal,
      ...(options.keepResults !== undefined ? { keepResults: options.keepResults } : {}),
      ...(options.onResults ? { onResults: options.onResults } : {}),
      onProgress: (p) => {
        bar?.update(p.done, { running: p.running, failed: p.failed, workers: p.workers });
        // Nothing happens without a worker: say so once rather than wait in silence.
        if (!hinted && p.workers === 0 && p.done === 0 && performance.now() - started > 10_000) {
          hinted = true;
          io.stderr(`\n${t('cli.queue.no-worker', { url: displayUrl(queue.url) })}\n`);
        }
      },
    });
    bar?.stop();
    if (outcome.resumed) io.stderr(`${t('cli.queue.resumed', { run: runId })}\n`);
    if (outcome.aborted) io.stderr(`${t('cli.queue.kept', { run: runId })}\n`);
    return outcome;
  } catch (error) {
    bar?.stop();
    if (error instanceof QueueError) {
      io.stderr(`${t('cli.error', { message: error.message })}\n`);
      return undefined;
    }
    throw error;
  }
}
