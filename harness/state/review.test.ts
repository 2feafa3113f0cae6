/**
 * The review schedule: the grading rule on hand-worked cases, what a first solve measured from its
 * history, and FSRS scheduling on a fixed clock (a pass without hints is due later than one with).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckRecord, ComplexityRecord } from '../outcome/outcome.ts';
import {
  advanceCard,
  cardOf,
  FAST_MINUTES,
  firstPassMeasured,
  noteHint,
  noteSolution,
  openAttempt,
  rateAttempt,
  recordAttempt,
  retentionOf,
  retrievability,
  scheduled,
  scheduleFirstPass,
  type Measured,
  type ReviewedKata,
} from './review.ts';
import { loadState, migrateRenamed, stateSchema, type KataState, type State } from './store.ts';

const T0 = '2026-12-01T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

const time = (verdict: ComplexityRecord['verdict']): ComplexityRecord => ({ verdict, grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 4096, text: verdict });
const check = (minutes: number, status: CheckRecord['status'], verdict?: ComplexityRecord['verdict']): CheckRecord => ({
  at: at(minutes), status, passed: status === 'passing' ? 9 : 0, failed: status === 'failing' ? 2 : 0, ...(verdict ? { complexity: time(verdict) } : {}),
});
const kata = (history: CheckRecord[], hintsShown = 0): KataState => ({ status: history.at(-1)?.status ?? 'not-started', hintsShown, history });

const clean: Measured = { failedChecks: 0, hints: 0, solutionSeen: false, minutes: 30, verdict: 'ok' };

describe('the grade of an attempt (rateAttempt), worked by hand', () => {
  it.each([
    // [case, measured, difficulty, grade]
    ['the solution was seen, even on a first try without hints', { ...clean, solutionSeen: true, minutes: 2 }, 'easy', 'again'],
    ['the solution was seen after failing checks and hints', { ...clean, solutionSeen: true, failedChecks: 3, hints: 2 }, 'medium', 'again'],
    ['one failing check before the pass', { ...clean, failedChecks: 1, minutes: 2 }, 'easy', 'hard'],
    ['one hint, first try, fast', { ...clean, hints: 1, minutes: 2 }, 'easy', 'hard'],
    ['a complexity regression on the passing check', { ...clean, verdict: 'regression', minutes: 2 }, 'easy', 'hard'],
    ['an error on large inputs on the passing check', { ...clean, verdict: 'error', minutes: 2 }, 'easy', 'hard'],
    ['first try, no hints, ok, 30 min on an easy kata (fast: 10)', clean, 'easy', 'good'],
    ['first try, no hints, ok, 30 min on a hard kata (fast: 30)', clean, 'hard', 'easy'],
    ['first try, no hints, ok, exactly 10 min on an easy kata', { ...clean, minutes: 10 }, 'easy', 'easy'],
    ['first try, no hints, ok, 10.5 min on an easy kata', { ...clean, minutes: 10.5 }, 'easy', 'good'],
    ['first try, no hints, ok, 20 min on a medium kata', { ...clean, minutes: 20 }, 'medium', 'easy'],
    ['first try, no hints, time not known', { ...clean, minutes: null }, 'easy', 'good'],
    ['first try, no hints, fast, inconclusive time verdict (never held against you)', { ...clean, verdict: 'inconclusive', minutes: 1 }, 'easy', 'easy'],
    ['first try, no hints, fast, time stage not run', { ...clean, verdict: null, minutes: 1 }, 'easy', 'easy'],
  ] as const)('%s', (_case, measured, difficulty, grade) => {
    expect(rateAttempt(measured, difficulty).rating).toBe(grade);
  });

  it('says why, in words', () => {
    expect(rateAttempt({ ...clean, failedChecks: 2, hints: 1 }, 'easy').why).toBe('passed with 2 failing checks before the pass, 1 hint');
    expect(rateAttempt({ ...clean, minutes: 4 }, 'easy').why).toBe('first try, no hints, 4 min to pass (fast for easy: within 10 min)');
    expect(rateAttempt({ ...clean, minutes: null }, 'easy').why).toBe('first try, no hints, time to pass not known');
    expect(FAST_MINUTES).toEqual({ easy: 10, medium: 20, hard: 30 });
  });
});

describe('what a first solve measured (firstPassMeasured)', () => {
  it('counts failing checks before the first pass, and times it from the last check of the untouched stub', () => {
    const k = kata([check(-600, 'not-started'), check(0, 'not-started'), check(5, 'failing'), check(12, 'failing'), check(20, 'passing', 'ok'), check(30, 'failing')], 1);
    expect(firstPassMeasured(k)).toEqual({ at: at(20), measured: { failedChecks: 2, hints: 1, solutionSeen: false, minutes: 20, verdict: 'ok' } });
  });
  it('times it from the first failing check when the stub was never checked', () => {
    expect(firstPassMeasured(kata([check(3, 'failing'), check(10, 'passing')]))?.measured).toMatchObject({ failedChecks: 1, minutes: 7, verdict: null });
  });
  it('does not know the time when the first check passed', () => {
    expect(firstPassMeasured(kata([check(0, 'passing', 'regression')]))?.measured).toEqual({ failedChecks: 0, hints: 0, solutionSeen: false, minutes: null, verdict: 'regression' });
  });
  it('counts the solution as seen only when it was shown before the pass', () => {
    const before = kata([check(0, 'not-started'), check(9, 'passing')]);
    noteSolution(before, new Date(at(8)));
    expect(firstPassMeasured(before)?.measured.solutionSeen).toBe(true);
    const after = kata([check(0, 'not-started'), check(9, 'passing')]);
    noteSolution(after, new Date(at(10)));
    expect(firstPassMeasured(after)?.measured.solutionSeen).toBe(false);
  });
  it('is null for a kata that never passed', () => {
    expect(firstPassMeasured(kata([check(0, 'not-started'), check(5, 'failing')]))).toBeNull();
  });
});

describe('scheduling on a fixed clock', () => {
  it('a first pass without hints is due later than the same pass with a hint (good: 3 days, hard: 2 days)', () => {
    const history = () => [check(0, 'passing', 'ok')];
    const plain = kata(history(), 0);
    const hinted = kata(history(), 1);
    const a = scheduleFirstPass(plain, 'easy')!;
    const b = scheduleFirstPass(hinted, 'easy')!;
    expect([a.rating, b.rating]).toEqual(['good', 'hard']);
    expect(Date.parse(plain.review!.card!.due)).toBeGreaterThan(Date.parse(hinted.review!.card!.due));
    // FSRS-6 default weights, long-term scheduling, no fuzz: a new card's first interval.
    expect(days(at(0), plain.review!.card!.due)).toBe(3);
    expect(days(at(0), hinted.review!.card!.due)).toBe(2);
  });

  it('orders the four grades: again < hard < good < easy, from a new card and from a reviewed one', () => {
    const now = new Date(T0);
    const fresh = (['again', 'hard', 'good', 'easy'] as const).map((r) => Date.parse(advanceCard(undefined, r, now).due));
    expect([...fresh].sort((x, y) => x - y)).toEqual(fresh);
    expect(new Set(fresh).size).toBe(4);
    const card = advanceCard(undefined, 'good', now);
    const later = new Date(card.due);
    const next = (['again', 'hard', 'good', 'easy'] as const).map((r) => Date.parse(advanceCard(card, r, later).due));
    expect([...next].sort((x, y) => x - y)).toEqual(next);
    expect(next[2]! - later.getTime(), 'a second good review waits longer than the first').toBeGreaterThan(Date.parse(card.due) - now.getTime());
  });

  it('makes a card once, on the first pass, and leaves it to reviews after that', () => {
    const k = kata([check(0, 'not-started'), check(4, 'passing', 'ok')]);
    expect(scheduleFirstPass(k, 'easy')?.rating).toBe('easy');
    const card = k.review!.card;
    k.history.push(check(60, 'passing', 'ok'));
    expect(scheduleFirstPass(k, 'easy')).toBeNull();
    expect(k.review!.card).toBe(card);
    expect(scheduleFirstPass(kata([check(0, 'failing')]), 'easy')).toBeNull();
  });

  it('recall (retrievability) is 1 right after a review, about 0.9 on the due date, and lower after', () => {
    const card = advanceCard(undefined, 'good', new Date(T0));
    expect(retrievability(card, new Date(T0))).toBeCloseTo(1, 5);
    expect(retrievability(card, new Date(card.due))).toBeGreaterThan(0.86);
    expect(retrievability(card, new Date(card.due))).toBeLessThan(0.92);
    expect(retrievability(card, new Date(Date.parse(card.due) + 10 * DAY))).toBeLessThan(retrievability(card, new Date(card.due)));
  });
});

describe('a review attempt', () => {
  /** A kata that first passed at T0 without hints (good, due in 3 days), reviewed 3 days later. */
  function solved(): ReviewedKata {
    const k = kata([check(0, 'passing', 'ok')]);
    scheduleFirstPass(k, 'medium');
    return k;
  }
  const start = new Date(Date.parse(T0) + 3 * DAY);
  const plus = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

  it('a pass without hints is due later than a pass with a hint, on the same clock', () => {
    const plain = solved();
    const hinted = solved();
    openAttempt(plain, '/scratch/a.ts', start);
    openAttempt(hinted, '/scratch/b.ts', start);
    noteHint(hinted);
    const a = recordAttempt(plain, { status: 'passing', complexity: { verdict: 'ok' } }, 'medium', plus(25));
    const b = recordAttempt(hinted, { status: 'passing', complexity: { verdict: 'ok' } }, 'medium', plus(25));
    if (a.kind !== 'graded' || b.kind !== 'graded') throw new Error('not graded');
    expect([a.entry.rating, b.entry.rating]).toEqual(['good', 'hard']);
    expect(a.entry.measured).toEqual({ failedChecks: 0, hints: 0, solutionSeen: false, minutes: 25, verdict: 'ok' });
    expect(Date.parse(a.entry.due)).toBeGreaterThan(Date.parse(b.entry.due));
    expect(a.previousDue).toBe(at(3 * 24 * 60));
    expect(plain.review!.card!.due).toBe(a.entry.due);
    expect(plain.review!.attempt, 'closed').toBeUndefined();
    expect(plain.review!.log!.map((e) => e.kind)).toEqual(['first-pass', 'review']);
  });

  it('counts failing checks as tries, ignores an untouched stub, and grades on the pass', () => {
    const k = solved();
    openAttempt(k, '/scratch/a.ts', start);
    expect(recordAttempt(k, { status: 'not-started', complexity: null }, 'medium', plus(1))).toEqual({ kind: 'not-started' });
    expect(recordAttempt(k, { status: 'failing', complexity: null }, 'medium', plus(5))).toEqual({ kind: 'failing', failedChecks: 1 });
    const graded = recordAttempt(k, { status: 'passing', complexity: { verdict: 'ok' } }, 'medium', plus(8));
    expect(graded.kind === 'graded' && graded.entry.rating).toBe('hard');
  });

  it('is graded again when the reference was shown during it, and fast when nothing marks it down', () => {
    const seen = solved();
    openAttempt(seen, '/scratch/a.ts', start);
    noteSolution(seen, plus(2));
    const again = recordAttempt(seen, { status: 'passing', complexity: { verdict: 'ok' } }, 'medium', plus(3));
    expect(again.kind === 'graded' && again.entry.rating).toBe('again');
    expect(seen.review!.card!.lapses).toBe(1);
    const quick = solved();
    openAttempt(quick, '/scratch/a.ts', start);
    const easy = recordAttempt(quick, { status: 'passing', complexity: { verdict: 'ok' } }, 'medium', plus(3));
    expect(easy.kind === 'graded' && easy.entry.rating).toBe('easy');
  });

  it('keeps an attempt in progress when opened again', () => {
    const k = solved();
    const first = openAttempt(k, '/scratch/a.ts', start);
    noteHint(k);
    expect(openAttempt(k, '/scratch/a.ts', plus(30))).toBe(first);
    expect(first).toMatchObject({ startedAt: start.toISOString(), hints: 1 });
  });
});

describe('the schedule of katas that passed before there were cards', () => {
  it('is made from the history on the fly, the same card the record stage would keep', () => {
    const k = kata([check(0, 'not-started'), check(30, 'passing', 'ok')]);
    const derived = cardOf(k, 'easy')!;
    expect(derived.entry?.rating).toBe('good');
    // Hand-worked: one review, graded at the pass (minute 30), due after it, no longer a new card.
    expect(derived.card).toMatchObject({ reps: 1, lapses: 0, last_review: at(30) });
    expect(derived.card.state).not.toBe(0);
    expect(Date.parse(derived.card.due)).toBeGreaterThan(Date.parse(at(30)));
    expect(derived.entry).toMatchObject({ at: at(30), kind: 'first-pass', due: derived.card.due });
    scheduleFirstPass(k, 'easy');
    expect(k.review!.card).toEqual(derived.card);
  });
  it('lists due and recall per kata, and the mean recall of a group', () => {
    const k = kata([check(0, 'passing', 'ok')]);
    const now = new Date(Date.parse(T0) + 4 * DAY);
    const s = scheduled('hashmap/two-sum', k, 'easy', now)!;
    expect(s).toMatchObject({ id: 'hashmap/two-sum', isDue: true, reps: 1, lapses: 0, lastRating: 'good', attempt: null });
    expect(scheduled('hashmap/x', kata([check(0, 'failing')]), 'easy', now)).toBeNull();
    expect(retentionOf([s, null, { ...s, retrievability: 0.5, isDue: false }])).toEqual({ scheduled: 2, due: 1, retention: (s.retrievability + 0.5) / 2 });
    expect(retentionOf([null])).toEqual({ scheduled: 0, due: 0, retention: null });
  });
});

describe('the review part of the state file', () => {
  function stateWith(review: unknown): string {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-review-')), 'state.json');
    const k = kata([check(0, 'passing', 'ok')]);
    writeFileSync(file, JSON.stringify({ version: 1, katas: { 'hashmap/two-sum': { ...k, review } } }));
    return file;
  }

  it('round-trips: a card, its log and an attempt in progress load as written', () => {
    const k = kata([check(0, 'passing', 'ok')]);
    scheduleFirstPass(k, 'easy');
    openAttempt(k, '/scratch/a.ts', new Date(T0));
    const file = stateWith(k.review);
    const loaded = loadState(file, {});
    expect(loaded.warning).toBeUndefined();
    expect(loaded.state.katas['hashmap/two-sum']!.review).toEqual(JSON.parse(readFileSync(file, 'utf8')).katas['hashmap/two-sum'].review);
    expect(stateSchema.safeParse(loaded.state).success).toBe(true);
  });

  it('leaves out an unreadable review part with a warning, keeping the rest of the kata', () => {
    const loaded = loadState(stateWith({ card: { due: 'soon' } }), {});
    expect(loaded.warning).toMatch(/hashmap\/two-sum: its review schedule \(left out/);
    expect(loaded.state.katas['hashmap/two-sum']).toMatchObject({ status: 'passing', history: [expect.anything()] });
    expect(loaded.state.katas['hashmap/two-sum']!.review).toBeUndefined();
  });

  it('refuses a card whose dates are not dates (it would never fall due), with the same warning', () => {
    const k = kata([check(0, 'passing', 'ok')]);
    scheduleFirstPass(k, 'easy');
    const loaded = loadState(stateWith({ ...k.review, card: { ...k.review!.card!, due: 'soon' } }), {});
    expect(loaded.warning).toMatch(/hashmap\/two-sum: its review schedule \(left out/);
    expect(loaded.state.katas['hashmap/two-sum']!.review).toBeUndefined();
  });

  it('moves with a renamed kata', () => {
    const k = kata([check(0, 'passing', 'ok')]);
    scheduleFirstPass(k, 'easy');
    const state: State = { version: 1, katas: { 'hashmap/old': k, 'hashmap/new': kata([check(5, 'failing')]) } };
    migrateRenamed(state, { 'hashmap/old': 'hashmap/new' });
    expect(state.katas['hashmap/new']!.review).toEqual(k.review);
  });
});
