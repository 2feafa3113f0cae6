import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../check/check.ts';
import type { ProgressRow } from '../progress.ts';
import { eventsMissed, isSolved, MISSED_EVENTS_MS, nextUnsolved } from './session.ts';

const row = (id: string, status: ProgressRow['status']): ProgressRow => ({
  id, pattern: id.split('/')[0]!, slug: id.split('/')[1]!, order: 0, title: id, difficulty: 'easy', target: 'O(n)', status, hintsShown: 0, targetMet: null,
});

describe('watch session rules', () => {
  const rows = [row('a/one', 'passing'), row('a/two', 'failing'), row('b/three', 'not-started'), row('b/four', 'passing')];
  it('moves to the next unsolved kata in curriculum order, wrapping around', () => {
    expect(nextUnsolved(rows, null)?.id).toBe('a/two');
    expect(nextUnsolved(rows, 'a/two')?.id).toBe('b/three');
    expect(nextUnsolved(rows, 'b/three')?.id).toBe('a/two');
    expect(nextUnsolved(rows.map((r) => ({ ...r, status: 'passing' as const })), 'a/one')).toBeNull();
  });
  it('counts a kata solved when its tests pass and its growth is not a regression', () => {
    const base = { report: { status: 'passing' }, replays: [], regression: null } as unknown as CheckResult;
    expect(isSolved({ ...base, complexity: null })).toBe(true);
    expect(isSolved({ ...base, complexity: { verdict: { kind: 'inconclusive' } } } as unknown as CheckResult)).toBe(true);
    expect(isSolved({ ...base, complexity: { verdict: { kind: 'regression' } } } as unknown as CheckResult)).toBe(false);
    expect(isSolved({ ...base, complexity: { id: 'x', side: 'learner', error: 'threw' } } as unknown as CheckResult)).toBe(false);
    expect(isSolved({ ...base, report: { status: 'failing' }, complexity: null } as unknown as CheckResult)).toBe(false);
  });
  it('suggests --manual only when the file changed on disk and no event came for a while', () => {
    expect(eventsMissed(2, 1, 0, MISSED_EVENTS_MS + 1)).toBe(true);
    expect(eventsMissed(2, 1, 1000, 1000 + MISSED_EVENTS_MS - 1)).toBe(false);
    expect(eventsMissed(1, 1, 0, 1e9)).toBe(false);
  });
});
