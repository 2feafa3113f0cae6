/**
 * `kata interview`'s rounds as the state file keeps them: a top-level `interviews` list, oldest
 * first, one entry per round (the one in progress has no `end`). Optional in the file: state files
 * written before interview mode load without it. Pure: the clock is always passed in. Drawing a
 * kata, the task text and the debrief are in learner/interview.ts.
 */
import { z } from 'zod';
import { COMPLEXITY_CLASSES } from '../kit/index.ts';
import { complexityRecordSchema, statusSchema } from '../outcome/outcome.ts';

/** How a round ended: passed (correct in time, time verdict not failing), too slow (correct, but a failing time verdict), time up, given up. */
export const ROUND_OUTCOMES = ['passed', 'too-slow', 'time-up', 'gave-up'] as const;
export type RoundOutcome = (typeof ROUND_OUTCOMES)[number];

/** The claimed complexity against what was measured: matches, does not, or could not be told (not measured, inconclusive). */
export const claimCheckSchema = z.object({
  matches: z.boolean().nullable(),
  /** What the measurement says the solution grows like, in words ("O(n²)", "like the reference, O(n)"); null when not measured. */
  measured: z.string().nullable(),
  /** Why, in one sentence. */
  why: z.string(),
});
export type ClaimCheck = z.infer<typeof claimCheckSchema>;

export const roundEndSchema = z.object({
  at: z.string(),
  outcome: z.enum(ROUND_OUTCOMES),
  /** The tests of the last check (null when the round ended before any check ran). */
  tests: z.object({ status: statusSchema, passed: z.number().int().nonnegative(), failed: z.number().int().nonnegative() }).nullable(),
  complexity: complexityRecordSchema.nullable(),
  claim: claimCheckSchema,
});
export type RoundEnd = z.infer<typeof roundEndSchema>;

export const interviewRoundSchema = z.object({
  /** 1, 2, …: also its scratch folder, work/.interview/round-<n>/. */
  round: z.number().int().positive(),
  id: z.string(),
  pattern: z.string(),
  /** The seed of the draw; null when the kata was named (`--kata`). */
  seed: z.number().int().nullable(),
  file: z.string(),
  startedAt: z.string(),
  /** The time limit. */
  minutes: z.number().positive(),
  /** The learner's approach in one line, and the complexity they claim; null until they are given. */
  approach: z.string().nullable(),
  claim: z.enum(COMPLEXITY_CLASSES).nullable(),
  /** Checks whose tests failed so far. */
  failedChecks: z.number().int().nonnegative(),
  hints: z.number().int().nonnegative(),
  end: roundEndSchema.optional(),
});
export type InterviewRound = z.infer<typeof interviewRoundSchema>;

/** How many rounds the state keeps (the oldest go first). */
export const INTERVIEW_LIMIT = 500;

/** The round in progress: the latest one, when it has not ended. */
export function roundInProgress(rounds: readonly InterviewRound[] | undefined): InterviewRound | null {
  const last = rounds?.at(-1);
  return last && !last.end ? last : null;
}

/** The number the next round gets. */
export function nextRoundNumber(rounds: readonly InterviewRound[] | undefined): number {
  return Math.max(0, ...(rounds ?? []).map((r) => r.round)) + 1;
}

/** When the round's time is up. */
export function roundDeadline(round: Pick<InterviewRound, 'startedAt' | 'minutes'>): Date {
  return new Date(Date.parse(round.startedAt) + round.minutes * 60_000);
}

export function isTimeUp(round: Pick<InterviewRound, 'startedAt' | 'minutes'>, now: Date): boolean {
  return now.getTime() >= roundDeadline(round).getTime();
}

/** Adds a round, keeping the newest INTERVIEW_LIMIT. */
export function addRound(rounds: InterviewRound[], round: InterviewRound): InterviewRound[] {
  rounds.push(round);
  if (rounds.length > INTERVIEW_LIMIT) rounds.splice(0, rounds.length - INTERVIEW_LIMIT);
  return rounds;
}
