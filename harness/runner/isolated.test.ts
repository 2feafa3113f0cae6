/**
 * A stopped test process is data in the report: the kata it stalled on says so in `stopped` (and
 * in words in `loadErrors`), and a kata that finished before the stop keeps its own report.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, solutionFiles } from '../base/paths.ts';
import { runKataTests } from './isolated.ts';

describe('runKataTests', { timeout: 180_000 }, () => {
  it('marks the kata whose test stalled as stopped and keeps the report of the one that finished', async () => {
    const files = {
      'hashmap/two-sum': path.join(ROOT, 'harness/fixtures/hostile/endless-loop.ts'),
      'hashmap/dedupe': solutionFiles('hashmap/dedupe').reference,
    };
    const [looping, finished] = await runKataTests(Object.keys(files), { kind: 'files', label: 'one loops', files }, { seed: 1 }, { stallMs: 8_000 });
    expect(looping!.status).toBe('failing');
    expect(looping!.stopped).toEqual({ kind: 'stalled', phase: 'running', afterMs: 8_000 });
    expect(looping!.loadErrors).toEqual(['a test did not finish within 8 s: an endless loop, or a solution far too slow for the test inputs']);
    expect(finished!.status).toBe('passing');
    expect(finished!.stopped).toBeUndefined();
  });
});
