/** A job that stops the measuring process is a failure that says how, as data and in words. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../base/paths.ts';
import { runComplexity } from './run.ts';

describe('runComplexity', { timeout: 120_000 }, () => {
  it('gives a stalled job a failure with the stop in it, and measures the next job in a fresh process', async () => {
    const [looping, reference] = await runComplexity(
      [
        { id: 'hashmap/two-sum', impl: { kind: 'file', file: path.join(ROOT, 'harness/fixtures/hostile/endless-loop.ts') }, target: 'n' },
        { id: 'hashmap/two-sum', impl: { kind: 'reference' }, target: 'n' },
      ],
      { jobTimeoutMs: 8_000, seed: 3 },
    );
    expect(looping).toEqual({
      id: 'hashmap/two-sum',
      side: 'learner',
      error: 'the measurement did not finish within 8 s: a call that never returns, or one far over the time budget',
      stopped: { kind: 'stalled', phase: 'running', afterMs: 8_000 },
    });
    expect(reference).toHaveProperty('verdict');
  });
});
