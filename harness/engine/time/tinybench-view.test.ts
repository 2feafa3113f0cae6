import { describe, expect, it } from 'vitest';
import { tinybenchView } from './tinybench-view.ts';

describe('kata bench --tinybench', () => {
  it('times yours and the reference at one size and reports tinybench statistics for both', async () => {
    const rows = await tinybenchView('hashmap/two-sum', { kind: 'reference' }, 256, 1, 60);
    expect(rows.map((r) => r.name)).toEqual(['yours', 'reference']);
    for (const r of rows) {
      expect(r.samples, `${r.name} samples`).toBeGreaterThan(0);
      expect(r.opsPerSecond, `${r.name} ops/s`).toBeGreaterThan(0);
      expect(r.p99Ms).toBeGreaterThanOrEqual(0);
    }
  });
  it('reports a solution that throws as an error naming n', async () => {
    const file = new URL('../../fixtures/hostile/throws-non-error.ts', import.meta.url).pathname;
    await expect(tinybenchView('hashmap/two-sum', { kind: 'file', file }, 64, 1, 30)).rejects.toThrow(/could not time `yours` at n = 64/);
  });
});
