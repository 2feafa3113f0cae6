/**
 * `kata review`: re-solving solved katas on a spaced schedule (the cards and the grading rule are in
 * state/review.ts). A review attempt re-solves the kata from a fresh stub in a scratch file,
 * `work/.review/<pattern>/<slug>/<slug>.ts`: the learner's own file in work/ is never read or
 * written by it. The attempt's checks run the kata's tests and its complexity stage on the scratch
 * file (an `--impl` file, behind the bridge); the first pass grades the attempt and advances the card.
 * Returns data; the CLI words it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../base/errors.ts';
import { reviewFile, shownPath } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { difficultyOf, listKatas, type KataRef } from '../catalogue/katas.ts';
import { runChecks } from '../check/pipeline.ts';
import type { CheckPlan, KataOutcome } from '../check/stage.ts';
import { complexityRecord } from '../check/stages/complexity.ts';
import {
  byDue,
  cardOf,
  noteSolution,
  openAttempt,
  recordAttempt,
  retentionOf,
  scheduled,
  scheduleFirstPass,
  type AttemptResult,
  type Retention,
  type ReviewAttempt,
  type ScheduledKata,
} from '../state/review.ts';
import { kataState, loadState, stateFile, updateState, type State } from '../state/store.ts';
import { backUp, currentStub, type WorkPlaces } from './work.ts';

export interface ReviewPlan {
  now: string;
  /** Every kata that has passed, earliest due first. */
  katas: (ScheduledKata & { pattern: string })[];
  /** Per pattern (curriculum order), of the katas that have passed. */
  patterns: ({ pattern: string } & Retention)[];
}

/** What is due and when, at `now`. */
export async function reviewPlan(state: State = loadState().state, now = new Date(), katas: readonly KataRef[] = listKatas()): Promise<ReviewPlan> {
  const levels = await Promise.all(katas.map((k) => difficultyOf(k.id)));
  const rows = katas.map((k, i) => {
    const s = scheduled(k.id, state.katas[k.id], levels[i]!, now);
    return s ? { ...s, pattern: k.pattern } : null;
  });
  const patterns = [...new Set(katas.map((k) => k.pattern))]
    .map((pattern) => ({ pattern, ...retentionOf(rows.filter((r) => r?.pattern === pattern)) }))
    .filter((p) => p.scheduled > 0);
  return { now: now.toISOString(), katas: byDue(rows.filter((r) => r !== null)) as ReviewPlan['katas'], patterns };
}

/** The kata to review next: one whose attempt is in progress, else the most overdue; null when nothing is due. */
export function nextReview(plan: ReviewPlan): ReviewPlan['katas'][number] | null {
  return plan.katas.find((k) => k.attempt) ?? plan.katas.find((k) => k.isDue) ?? null;
}

export interface StartedReview {
  file: string;
  attempt: ReviewAttempt;
  /** False when an attempt was already in progress: its file is left as it is. */
  started: boolean;
  /** Where the previous review's scratch file was kept before the fresh stub replaced it. */
  backup: string | null;
}

/** The review attempt in progress for `id`, if any. */
export function attemptOf(id: string, state: State = loadState().state): ReviewAttempt | null {
  return state.katas[id]?.review?.attempt ?? null;
}

/**
 * Starts a review of `id` at `now`: its scratch file takes a fresh stub (the previous review's
 * version is backed up first) and the attempt is opened. An attempt already in progress is kept,
 * its file as it is (made again from the stub only when it was deleted). Refused for a kata that never passed.
 */
export async function startReview(id: string, now = new Date(), places?: WorkPlaces): Promise<StartedReview> {
  const difficulty = await difficultyOf(id);
  const file = reviewFile(id, places?.work);
  let result: StartedReview | null = null;
  await updateState((state) => {
    const kata = kataState(state, id);
    if (!cardOf(kata, difficulty)) {
      throw new UserError(`\`${id}\` has not passed yet, so it has no review schedule: solve it first (\`npx kata check ${id.split('/')[1]}\`).`);
    }
    scheduleFirstPass(kata, difficulty);
    const open = kata.review?.attempt;
    const stub = currentStub(id, places);
    if (stub === null) throw new UserError(`Cannot find the shipped stub of \`${id}\`: restore katas/${id} with git.`);
    // The scratch file's place follows the workspace (the state may have been written where it used to be).
    if (open) open.file = file;
    if (open && existsSync(file)) {
      result = { file, attempt: open, started: false, backup: null };
      return;
    }
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    const backup = current !== null && current !== stub ? backUp(id, file, places, now) : null;
    writeFileAtomic(file, stub);
    const attempt = open ?? openAttempt(kata, file, now);
    result = { file, attempt, started: !open, backup };
  }, stateFile(places?.state));
  return result!;
}

export interface CheckedReview {
  file: string;
  outcome: KataOutcome;
  result: AttemptResult;
}

/**
 * Checks the scratch file of the review of `id` in progress: the kata's tests, then its complexity
 * stage; the result is recorded against the attempt at the clock's time when the check is done.
 */
export async function checkReview(
  id: string,
  options: { seed?: number; now?: () => Date; onStage?: CheckPlan['onStage']; places?: WorkPlaces } = {},
): Promise<CheckedReview> {
  const { now = () => new Date(), places } = options;
  const attempt = attemptOf(id, loadState(stateFile(places?.state)).state);
  if (!attempt) throw new UserError(`No review of \`${id}\` is in progress: \`npx kata review ${id.split('/')[1]}\` starts one.`);
  const file = reviewFile(id, places?.work);
  if (!existsSync(file)) throw new UserError(`The review's scratch file ${shownPath(file)} is gone: \`npx kata review ${id.split('/')[1]}\` makes it again from the stub.`);
  const difficulty = await difficultyOf(id);
  const [outcome] = await runChecks([id], { kind: 'file', file }, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    stages: ['tests', 'complexity'],
    ...(options.onStage ? { onStage: options.onStage } : {}),
  });
  const report = outcome!.results.tests!.report;
  const complexity = outcome!.results.complexity ? complexityRecord(outcome!.results.complexity) : null;
  let result: AttemptResult | null = null;
  await updateState((state) => {
    const kata = kataState(state, id);
    if (!kata.review?.attempt) throw new UserError(`The review of \`${id}\` was closed while it was checked; nothing recorded.`);
    result = recordAttempt(kata, { status: report.status, complexity }, difficulty, now());
  }, stateFile(places?.state));
  return { file, outcome: outcome!, result: result! };
}

/** `kata solution` showed the reference of `id` at `now`: a review in progress (or a first solve not yet passed) is graded again. */
export async function noteSolutionShown(id: string, now = new Date(), file = stateFile()): Promise<{ warning?: string; duringReview: boolean }> {
  let duringReview = false;
  const { warning } = await updateState((state) => {
    const kata = kataState(state, id);
    noteSolution(kata, now);
    duringReview = kata.review?.attempt !== undefined;
  }, file);
  return { ...(warning ? { warning } : {}), duringReview };
}
