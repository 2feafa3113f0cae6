/** "Mastered": the one rule (progress.ts), on hand-made rows and on a state file's katas with their review schedule. */
import { describe, expect, it } from 'vitest';
import { listKatas } from '../catalogue/katas.ts';
import type { CheckRecord } from '../outcome/outcome.ts';
import { emptyState, type State } from '../state/store.ts';
import { isMastered, listProgress, masteredPatterns, type ProgressRow } from './progress.ts';

const row = (over: Partial<ProgressRow> = {}): ProgressRow => ({
  id: 'p/k', pattern: 'p', slug: 'k', order: 0, title: 'K', difficulty: 'easy', target: 'O(n)', status: 'passing', hintsShown: 0,
  complexity: { verdict: 'ok', grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 1024, text: 'ok' },
  review: null,
  ...over,
});
const notDue = { id: 'p/k', due: '2026-12-10T00:00:00.000Z', isDue: false, retrievability: 0.95, reps: 1, lapses: 0, lastRating: 'good' as const, attempt: null };

describe('a mastered pattern', () => {
  it('is one whose every kata meets its target and is not due for review', () => {
    expect(isMastered([row(), row({ review: notDue })])).toBe(true);
    expect(isMastered([row(), row({ review: { ...notDue, isDue: true } })]), 'a review due').toBe(false);
    expect(isMastered([row(), row({ complexity: { verdict: 'inconclusive', grows: null, target: 'O(n)', ratio: null, maxN: null, text: '?' } })]), 'target not shown met').toBe(false);
    expect(isMastered([row(), row({ complexity: null })]), 'never measured').toBe(false);
    expect(isMastered([row(), row({ status: 'failing' })]), 'one failing').toBe(false);
    expect(isMastered([row(), row({ problem: 'broken meta' })]), 'a broken kata').toBe(false);
    expect(isMastered([]), 'no katas').toBe(false);
  });
  it('counts a kata without a bench as meeting its target once it passes', () => {
    expect(isMastered([row(), row({ noBench: true, target: '-', complexity: null })])).toBe(true);
    expect(isMastered([row(), row({ noBench: true, target: '-', complexity: null, status: 'failing' })])).toBe(false);
  });
  it('follows the state: every kata of a pattern passed and met its target, until a review falls due', async () => {
    const stack = listKatas().filter((k) => k.pattern === 'stack');
    const state: State = emptyState();
    const pass = (at: string): CheckRecord => ({ at, status: 'passing', passed: 5, failed: 0, complexity: { verdict: 'ok', grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 1024, text: 'ok' } });
    for (const k of stack) state.katas[k.id] = { status: 'passing', hintsShown: 0, history: [pass('2026-12-01T10:00:00.000Z')] };
    const rows = await listProgress(undefined, state, new Date('2026-12-02T10:00:00.000Z'));
    expect(masteredPatterns(rows)).toEqual(['stack']);
    // First passes without a time known are graded good: due three days later.
    expect(masteredPatterns(await listProgress(undefined, state, new Date('2026-12-20T10:00:00.000Z')))).toEqual([]);
    state.katas[stack[0]!.id]!.history.push({ ...pass('2026-12-01T11:00:00.000Z'), complexity: { verdict: 'regression', grows: 'O(n²)', target: 'O(n)', ratio: 40, maxN: 1024, text: 'slow' } });
    expect(masteredPatterns(await listProgress('stack', state, new Date('2026-12-02T10:00:00.000Z')))).toEqual([]);
  });
});
