import { describe, expect, it } from 'vitest';
import type { ComplexityRecord } from '../../outcome/outcome.ts';
import type { ProgressRow } from '../progress.ts';
import { eventsMissed, MISSED_EVENTS_MS, nextUnsolved } from './session.ts';

const row = (id: string, status: ProgressRow['status'], verdict?: ComplexityRecord['verdict']): ProgressRow => ({
  id, pattern: id.split('/')[0]!, slug: id.split('/')[1]!, order: 0, title: id, difficulty: 'easy', target: 'O(n)', status, hintsShown: 0,
  complexity: verdict ? { verdict, grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 1024, text: verdict } : null,
});

describe('watch session rules', () => {
  const rows = [row('a/one', 'passing'), row('a/two', 'failing'), row('b/three', 'not-started'), row('b/four', 'passing')];
  it('moves to the next unsolved kata in curriculum order, wrapping around', () => {
    expect(nextUnsolved(rows, null)?.id).toBe('a/two');
    expect(nextUnsolved(rows, 'a/two')?.id).toBe('b/three');
    expect(nextUnsolved(rows, 'b/three')?.id).toBe('a/two');
    expect(nextUnsolved(rows.map((r) => ({ ...r, status: 'passing' as const })), 'a/one')).toBeNull();
  });
  it('counts a passing kata whose latest time verdict failed as not done, and an inconclusive one as done', () => {
    const timed = [row('a/one', 'passing', 'regression'), row('a/two', 'passing', 'inconclusive'), row('b/three', 'passing', 'error')];
    expect(nextUnsolved(timed, null)?.id).toBe('a/one');
    expect(nextUnsolved(timed, 'a/one')?.id).toBe('b/three');
  });
  it('suggests --manual only when the file changed on disk and no event came for a while', () => {
    expect(eventsMissed(2, 1, 0, MISSED_EVENTS_MS + 1)).toBe(true);
    expect(eventsMissed(2, 1, 1000, 1000 + MISSED_EVENTS_MS - 1)).toBe(false);
    expect(eventsMissed(1, 1, 0, 1e9)).toBe(false);
  });
});
