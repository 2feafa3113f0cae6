/**
 * Spaced review of solved katas: each one a FSRS card (ts-fsrs), graded by what was measured, never
 * by the learner's own say. A card is made when a kata first passes (its grade from the history up
 * to that pass) and advanced when a review attempt (a re-solve from a fresh stub, learner/review.ts)
 * passes. Everything here is pure: the clock (`now`) is always passed in.
 *
 * The grade of an attempt (`rateAttempt`), first rule that applies:
 * - again: the reference solution was shown during the attempt, before it passed;
 * - hard: it passed, but not on the first try (a check whose tests failed came first), or with a
 *   hint shown during the attempt, or with a failing time verdict (a regression, or an error on
 *   large inputs);
 * - easy: first try, no hint, and passed within the fast time for the kata's difficulty
 *   (FAST_MINUTES), counted from the attempt's start;
 * - good: the rest (first try, no hint, time verdict ok, inconclusive or not measured).
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { z } from 'zod';
import type { Difficulty } from '../kit/index.ts';
import { complexityMark, type CheckRecord, type ComplexityRecord, type TestStatus } from '../outcome/outcome.ts';

/** A moment as the state file keeps it: an ISO 8601 date and time (a card due "soon" is refused, not read as never due). */
export const isoTimeSchema = z.iso.datetime({ offset: true });

/** A FSRS card as the state file keeps it: ts-fsrs's Card with its dates as ISO strings. */
export const reviewCardSchema = z.object({
  due: isoTimeSchema,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().int().min(0).max(3),
  last_review: isoTimeSchema.optional(),
});
export type ReviewCard = z.infer<typeof reviewCardSchema>;

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof RATINGS)[number];

/** What was measured of one attempt: what the grade is computed from. */
export const measuredSchema = z.object({
  /** Checks whose tests failed before the pass (an untouched stub, "not started", is not a try). */
  failedChecks: z.number().int().nonnegative(),
  /** Hints shown during the attempt. */
  hints: z.number().int().nonnegative(),
  /** The reference solution was shown during the attempt, before it passed. */
  solutionSeen: z.boolean(),
  /** From the attempt's start to the pass; null when the start is not known. */
  minutes: z.number().nonnegative().nullable(),
  /** The time verdict of the passing check; null when the time stage did not run. */
  verdict: z.enum(['ok', 'regression', 'inconclusive', 'error']).nullable(),
});
export type Measured = z.infer<typeof measuredSchema>;

/** One graded attempt: when, how it went, the grade and the due date it gave. */
export const reviewLogEntrySchema = z.object({
  at: isoTimeSchema,
  /** `first-pass`: the kata passed in the learner's own file for the first time; `review`: a re-solve. */
  kind: z.enum(['first-pass', 'review']),
  rating: z.enum(RATINGS),
  /** The rule that gave the grade, in words. */
  why: z.string(),
  measured: measuredSchema,
  /** The next due date this grade gave. */
  due: isoTimeSchema,
});
export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>;

/** A re-solve in progress: started by `kata review`, checked by `kata review <kata>`. */
export const reviewAttemptSchema = z.object({
  startedAt: isoTimeSchema,
  /** The scratch file the re-solve is written in. */
  file: z.string(),
  failedChecks: z.number().int().nonnegative(),
  hints: z.number().int().nonnegative(),
  solutionSeen: z.boolean(),
});
export type ReviewAttempt = z.infer<typeof reviewAttemptSchema>;

/** A kata's review part of the state file (optional: files written before it load without one). */
export const reviewStateSchema = z.object({
  card: reviewCardSchema.optional(),
  log: z.array(reviewLogEntrySchema).optional(),
  attempt: reviewAttemptSchema.optional(),
  /** When `kata solution` last showed the reference: a first solve that saw it before passing is graded again. */
  solutionShownAt: isoTimeSchema.optional(),
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

/** How many graded attempts per kata are kept. */
export const REVIEW_LOG_LIMIT = 50;

/** A pass within this many minutes of the attempt's start is fast (easy, when nothing else marks it down). */
export const FAST_MINUTES: Readonly<Record<Difficulty, number>> = { easy: 10, medium: 20, hard: 30 };

/**
 * The scheduler: FSRS-6 with its default weights and desired retention 0.9, long-term scheduling
 * only (a kata is re-solved days later, not in minutes: no learning steps), no fuzz (a due date
 * depends on the grade and the clock alone).
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

const GRADE: Readonly<Record<ReviewRating, Grade>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** The grade of one attempt, and the rule that gave it (see the module comment). */
export function rateAttempt(m: Measured, difficulty: Difficulty): { rating: ReviewRating; why: string } {
  if (m.solutionSeen) return { rating: 'again', why: 'the solution was shown before it passed' };
  const down: string[] = [];
  if (m.failedChecks > 0) down.push(`${m.failedChecks} failing check${m.failedChecks === 1 ? '' : 's'} before the pass`);
  if (m.hints > 0) down.push(`${m.hints} hint${m.hints === 1 ? '' : 's'}`);
  if (complexityMark(m.verdict ? { verdict: m.verdict } : null) === 'fail') down.push(m.verdict === 'error' ? 'it fails on large inputs' : 'its complexity regressed');
  if (down.length > 0) return { rating: 'hard', why: `passed with ${down.join(', ')}` };
  const fast = FAST_MINUTES[difficulty];
  const time = m.minutes === null ? 'time to pass not known' : `${formatMinutes(m.minutes)} to pass`;
  if (m.minutes !== null && m.minutes <= fast) return { rating: 'easy', why: `first try, no hints, ${time} (fast for ${difficulty}: within ${fast} min)` };
  return { rating: 'good', why: `first try, no hints, ${time}${m.minutes === null ? '' : ` (fast for ${difficulty}: within ${fast} min)`}` };
}

function formatMinutes(minutes: number): string {
  return minutes < 1 ? 'under a minute' : `${Math.round(minutes)} min`;
}

export function toCard(card: ReviewCard): Card {
  return {
    ...card,
    due: new Date(card.due),
    state: card.state,
    ...(card.last_review ? { last_review: new Date(card.last_review) } : {}),
  } as Card;
}

export function fromCard(card: Card): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

/** The card after a graded attempt at `at` (a new card when there was none). */
export function advanceCard(card: ReviewCard | undefined, rating: ReviewRating, at: Date): ReviewCard {
  const from = card ? toCard(card) : createEmptyCard(at);
  return fromCard(scheduler.next(from, at, GRADE[rating]).card);
}

/** The probability of recalling the kata at `now` (FSRS retrievability), 0 to 1. */
export function retrievability(card: ReviewCard, now: Date): number {
  return scheduler.get_retrievability(toCard(card), now, false);
}

/** The least of a kata's state this module reads and writes (store.ts's KataState has it). */
export interface ReviewedKata {
  status: TestStatus;
  hintsShown: number;
  history: readonly CheckRecord[];
  review?: ReviewState | undefined;
}

/**
 * What the first solve measured, from the history up to the first passing check: the failing checks
 * before it; the hints shown (all shown so far: when each was shown is not kept); the solution,
 * when `kata solution` showed it before that pass; the time from the last check of the untouched stub
 * before it (else the first failing check) to the pass, unknown when the pass was the first check.
 * Null when the kata never passed (as far as the history goes).
 */
export function firstPassMeasured(kata: ReviewedKata): { at: string; measured: Measured } | null {
  const index = kata.history.findIndex((r) => r.status === 'passing');
  if (index < 0) return null;
  const pass = kata.history[index]!;
  const before = kata.history.slice(0, index);
  const start = before.findLast((r) => r.status === 'not-started') ?? before.find((r) => r.status === 'failing');
  const shown = kata.review?.solutionShownAt;
  return {
    at: pass.at,
    measured: {
      failedChecks: before.filter((r) => r.status === 'failing').length,
      hints: kata.hintsShown,
      solutionSeen: shown !== undefined && Date.parse(shown) <= Date.parse(pass.at),
      minutes: start ? Math.max(0, (Date.parse(pass.at) - Date.parse(start.at)) / 60_000) : null,
      verdict: pass.complexity?.verdict ?? null,
    },
  };
}

function logEntry(kind: ReviewLogEntry['kind'], at: string, measured: Measured, difficulty: Difficulty, card: ReviewCard | undefined): { card: ReviewCard; entry: ReviewLogEntry } {
  const { rating, why } = rateAttempt(measured, difficulty);
  const next = advanceCard(card, rating, new Date(at));
  return { card: next, entry: { at, kind, rating, why, measured, due: next.due } };
}

/**
 * The kata's card: the one kept, or, for a kata that passed before it had one (a state file of an
 * earlier release), the one its first pass gives. Null when it never passed.
 */
export function cardOf(kata: ReviewedKata, difficulty: Difficulty): { card: ReviewCard; entry?: ReviewLogEntry } | null {
  if (kata.review?.card) return { card: kata.review.card };
  const first = firstPassMeasured(kata);
  return first ? logEntry('first-pass', first.at, first.measured, difficulty, undefined) : null;
}

function keep(kata: ReviewedKata, card: ReviewCard, entry: ReviewLogEntry | undefined): ReviewState {
  const review = (kata.review ??= {});
  review.card = card;
  if (entry) review.log = [...(review.log ?? []), entry].slice(-REVIEW_LOG_LIMIT);
  return review;
}

/**
 * After a check of the learner's own file is recorded: a kata that passes and has no card gets one,
 * graded from its first pass. Returns the new log entry, or null when nothing changed.
 */
export function scheduleFirstPass(kata: ReviewedKata, difficulty: Difficulty): ReviewLogEntry | null {
  if (kata.review?.card || kata.status !== 'passing') return null;
  const made = cardOf(kata, difficulty);
  if (!made) return null;
  keep(kata, made.card, made.entry);
  return made.entry ?? null;
}

/** A hint was shown: it counts against a review attempt in progress. */
export function noteHint(kata: ReviewedKata): void {
  if (kata.review?.attempt) kata.review.attempt.hints++;
}

/** The reference was shown at `at`: a first solve before its pass, or a review attempt in progress, is graded again. */
export function noteSolution(kata: ReviewedKata, at: Date): void {
  const review = (kata.review ??= {});
  review.solutionShownAt = at.toISOString();
  if (review.attempt) review.attempt.solutionSeen = true;
}

/** Opens a review attempt at `now` in `file` (one in progress is kept as it is). */
export function openAttempt(kata: ReviewedKata, file: string, now: Date): ReviewAttempt {
  const review = (kata.review ??= {});
  review.attempt ??= { startedAt: now.toISOString(), file, failedChecks: 0, hints: 0, solutionSeen: false };
  return review.attempt;
}

export type AttemptResult =
  | { kind: 'graded'; entry: ReviewLogEntry; previousDue: string | null }
  | { kind: 'failing'; failedChecks: number }
  | { kind: 'not-started' };

/**
 * A check of the attempt's scratch file at `now`: a pass grades the attempt, advances the card and
 * closes the attempt; a failure counts as a try; an untouched stub changes nothing.
 */
export function recordAttempt(
  kata: ReviewedKata,
  check: { status: TestStatus; complexity: Pick<ComplexityRecord, 'verdict'> | null },
  difficulty: Difficulty,
  now: Date,
): AttemptResult {
  const attempt = kata.review?.attempt;
  if (!attempt) throw new Error('no review attempt in progress');
  if (check.status === 'not-started') return { kind: 'not-started' };
  if (check.status === 'failing') {
    attempt.failedChecks++;
    return { kind: 'failing', failedChecks: attempt.failedChecks };
  }
  const measured: Measured = {
    failedChecks: attempt.failedChecks,
    hints: attempt.hints,
    solutionSeen: attempt.solutionSeen,
    minutes: Math.max(0, (now.getTime() - Date.parse(attempt.startedAt)) / 60_000),
    verdict: check.complexity?.verdict ?? null,
  };
  const before = cardOf(kata, difficulty);
  const { card, entry } = logEntry('review', now.toISOString(), measured, difficulty, before?.card);
  const review = keep(kata, card, undefined);
  review.log = [...(review.log ?? []), ...(before?.entry ? [before.entry] : []), entry].slice(-REVIEW_LOG_LIMIT);
  delete review.attempt;
  return { kind: 'graded', entry, previousDue: before?.card.due ?? null };
}

/** One scheduled kata as the review list shows it. */
export interface ScheduledKata {
  id: string;
  due: string;
  /** Due at or before `now`. */
  isDue: boolean;
  retrievability: number;
  reps: number;
  lapses: number;
  /** The grade of the latest graded attempt, when the log has one. */
  lastRating: ReviewRating | null;
  /** A review attempt in progress. */
  attempt: { file: string; startedAt: string } | null;
}

/** The scheduled kata of `id`, or null when it never passed. */
export function scheduled(id: string, kata: ReviewedKata | undefined, difficulty: Difficulty, now: Date): ScheduledKata | null {
  if (!kata) return null;
  const made = cardOf(kata, difficulty);
  if (!made) return null;
  const due = Date.parse(made.card.due);
  const last = kata.review?.log?.at(-1) ?? made.entry;
  const attempt = kata.review?.attempt;
  return {
    id,
    due: made.card.due,
    isDue: due <= now.getTime(),
    retrievability: retrievability(made.card, now),
    reps: made.card.reps,
    lapses: made.card.lapses,
    lastRating: last?.rating ?? null,
    attempt: attempt ? { file: attempt.file, startedAt: attempt.startedAt } : null,
  };
}

/** Earliest due first (ties keep the order given: the curriculum's). */
export function byDue(katas: readonly ScheduledKata[]): ScheduledKata[] {
  return katas.map((k, i) => ({ k, i })).sort((a, b) => Date.parse(a.k.due) - Date.parse(b.k.due) || a.i - b.i).map(({ k }) => k);
}

/** Retention of a group of katas: how many are scheduled and due, and their mean retrievability (null when none is scheduled). */
export interface Retention {
  scheduled: number;
  due: number;
  retention: number | null;
}

export function retentionOf(katas: readonly (ScheduledKata | null)[]): Retention {
  const cards = katas.filter((k): k is ScheduledKata => k !== null);
  return {
    scheduled: cards.length,
    due: cards.filter((k) => k.isDue).length,
    retention: cards.length === 0 ? null : cards.reduce((sum, k) => sum + k.retrievability, 0) / cards.length,
  };
}
