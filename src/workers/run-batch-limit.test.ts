// A run that reached a size limit in a worker: the reply carries the limit typed, so the side
// that prints it says it in its own language.
import { describe, expect, it, vi } from 'vitest';
import { RunLimitError } from '../core/runs';
import { handleBatch } from './run-batch';

vi.mock('../core/runs', async (original) => ({
  ...(await original<typeof import('../core/runs')>()),
  runBatch: () => {
    throw new RunLimitError('log', 728, 5000);
  },
}));

describe('a batch that reaches a run limit', () => {
  it('replies with the limit, typed, beside the sentence', () => {
    const reply = handleBatch([], { id: 7, specs: [] });
    expect(reply).toEqual({
      id: 7,
      ok: false,
      error: new RunLimitError('log', 728, 5000).message,
      limit: { limit: 'log', time: 728, size: 5000 },
    });
  });
});
