import { describe, expect, it } from 'vitest';
import { describeRegression, regressionOverTime } from './complexity.ts';
import type { HistoryEntry } from '../state/store.ts';

const met: HistoryEntry = {
  at: '2026-11-02T09:00:00.000Z', status: 'passing', passed: 9, failed: 0,
  complexity: { verdict: 'ok', grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 65536, text: 'meets the target' },
};
const worse: HistoryEntry = {
  at: '2026-11-20T09:00:00.000Z', status: 'passing', passed: 9, failed: 0,
  complexity: { verdict: 'regression', grows: 'O(n²)', target: 'O(n)', ratio: 300, maxN: 65536, text: 'grows like O(n²)' },
};
const unsure: HistoryEntry = { ...worse, complexity: { ...worse.complexity!, verdict: 'inconclusive' } };

describe('regressionOverTime', () => {
  it('says when a kata that met its target no longer does', () => {
    const r = regressionOverTime([met, worse]);
    expect(r && describeRegression(r)).toBe('regressed: met O(n) on 2026-11-02, now grows like O(n²)');
  });
  it('is silent when the target was never met', () => {
    expect(regressionOverTime([worse])).toBeNull();
  });
  it('is silent when the latest verdict meets the target again, or is only inconclusive', () => {
    expect(regressionOverTime([met, worse, met])).toBeNull();
    expect(regressionOverTime([met, unsure])).toBeNull();
  });
});
