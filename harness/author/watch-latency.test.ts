/**
 * The watch-mode latency benchmark (npm run bench:watch): its summary arithmetic, and one short
 * real run. No time limit is asserted here: speed is reported by the benchmark, not judged by a test.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnerFile, solutionFiles, workspacePaths } from '../base/paths.ts';
import { copyWorkspace } from './workspace-copy.ts';
import { measureWatchLatency, summarise } from './watch-latency.ts';

describe('summarise', () => {
  it('reports the median, the 90th percentile (nearest rank) and the maximum', () => {
    expect(summarise([300, 100, 200])).toEqual({ saves: 3, median: 200, p90: 300, max: 300 });
    const tenToHundred = Array.from({ length: 10 }, (_, i) => (10 - i) * 10);
    expect(summarise(tenToHundred)).toEqual({ saves: 10, median: 50, p90: 90, max: 100 });
  });
  it('has no figures for no saves', () => {
    expect(summarise([])).toEqual({ saves: 0, median: Number.NaN, p90: Number.NaN, max: Number.NaN });
  });
});

/** The saves expected first: the kata's mutant files, read from its folder here, in name order. */
const firstMutants = (id: string, n: number) =>
  readdirSync(path.join(path.dirname(solutionFiles(id).reference), 'mutants')).filter((f) => f.endsWith('.ts')).sort().slice(0, n).map((f) => `mutant:${path.basename(f, '.ts')}`);

describe('measureWatchLatency', () => {
  it('times saves of the kata’s mutants and stub through a real kata watch, each to its results line', async () => {
    const seen: string[] = [];
    const { trials, summary } = await measureWatchLatency({ ids: ['hashmap/two-sum'], saves: 3, onTrial: (t) => seen.push(t.saved) });
    expect(trials.map((t) => t.saved)).toEqual(seen);
    expect(seen).toHaveLength(3);
    expect(seen).toEqual(firstMutants('hashmap/two-sum', 3));
    for (const t of trials) {
      expect(t.id).toBe('hashmap/two-sum');
      expect(t.reportedMs, 'watch mode’s own count starts at the file event, after the write').toBeLessThanOrEqual(t.ms);
    }
    expect(summary.saves).toBe(3);
  }, 120_000);

  it('starts from the shipped stub when the learner has already solved the kata (else watch mode would move on)', async () => {
    const solved = copyWorkspace();
    try {
      const theirs = learnerFile('hashmap/two-sum', workspacePaths(solved).work);
      mkdirSync(path.dirname(theirs), { recursive: true });
      copyFileSync(solutionFiles('hashmap/two-sum').reference, theirs);
      const { trials } = await measureWatchLatency({ ids: ['hashmap/two-sum'], saves: 1, source: solved, timeoutMs: 30_000 });
      expect(trials.map((t) => t.saved)).toEqual(firstMutants('hashmap/two-sum', 1));
    } finally {
      rmSync(solved, { recursive: true, force: true });
    }
  }, 120_000);
});
