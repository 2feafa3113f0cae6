/**
 * `kata interview`: a kata under interview conditions. Returns data; the CLI words it.
 *
 * **The draw.** A round draws a kata the learner has not solved: its own file never passed, and no
 * interview round on it passed. The draw is weighted toward the learner's weakest patterns, seeded
 * (the seed is printed, so a draw can be repeated): first a pattern, with probability proportional
 * to its weakness, then one of its undrawn-yet-unsolved katas, uniformly. A pattern's **weakness**
 * is the share of its katas that do not meet their target (learner/progress.ts's `meetsTarget`),
 * plus the share of its finished interview rounds that went wrong (did not pass, or passed with a
 * claim the measurement contradicts; 0 before any round): from just above 0 (every kata but one
 * meets its target, every round went well) to 2 (none meets it, every round went wrong). A pattern
 * with nothing left to draw is skipped; `--pattern` draws from one pattern.
 *
 * **The round.** Its scratch folder, `work/.interview/round-<n>/`, names neither the kata nor its
 * pattern; it holds the stub (`solution.ts`, its header pointing at the task instead of the kata's
 * commands) and the task (`TASK.md`: the README's title, statement, examples and constraints; not its
 * target complexity, production notes or commands). Pattern, difficulty, hints and interview notes
 * stay hidden until the debrief. Before the first check the learner states an approach in one line
 * and claims a time complexity from one fixed list (`CLAIMS`: the engine's labels of the complexity
 * classes). A check runs the kata's tests and then its complexity stage on the scratch file (an
 * `--impl` file: sandboxed, behind the bridge). The round ends at the first check whose tests pass,
 * when its time is up (a check after the deadline ends it whatever it finds), or when given up:
 * - passed: correct within the time, and the time verdict does not fail;
 * - too-slow: correct within the time, but the time verdict fails (a regression, or an error on large inputs);
 * - time-up, gave-up.
 *
 * **The claim** is checked against the time verdict: an ok verdict means the solution grows like the
 * reference, i.e. in the target's bucket; a regression means it grows in the bucket its own slope
 * reads. Timing tells buckets apart, not O(n) from O(n log n) nor O(1) from O(log n), so a claim is
 * judged by its bucket. An inconclusive verdict, or none (no bench, tests failing), leaves it open.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../base/errors.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { interviewFiles, kataFiles, shownPath } from '../base/paths.ts';
import { loadMeta } from '../catalogue/katas.ts';
import { runChecks } from '../check/pipeline.ts';
import type { CheckPlan, KataOutcome } from '../check/stage.ts';
import { complexityRecord } from '../check/stages/complexity.ts';
import { bucketOfClass, isFailure, labelOfClass, type Bucket, type ComplexityResult } from '../engine/index.ts';
import { COMPLEXITY_CLASSES, type ComplexityClass, type KataMeta } from '../kit/index.ts';
import { complexityMark, isSolved, type ComplexityRecord } from '../outcome/outcome.ts';
import type { KataTestReport } from '../runner/run-tests.ts';
import {
  addRound,
  isTimeUp,
  nextRoundNumber,
  roundDeadline,
  roundInProgress,
  type ClaimCheck,
  type InterviewRound,
  type RoundOutcome,
} from '../state/interview.ts';
import { kataState, loadState, stateFile, updateState } from '../state/store.ts';
import { listProgress, meetsTarget, targetText, type ProgressRow } from './progress.ts';
import { currentStub, HERE, type WorkPlaces } from './work.ts';

/** A round's time limit unless `--minutes` says otherwise: the length of a typical coding interview's problem. */
export const INTERVIEW_MINUTES = 45;

/** The claims a learner chooses from: every complexity class, as the engine labels it. */
export const CLAIMS: readonly { readonly class: ComplexityClass; readonly label: string }[] = COMPLEXITY_CLASSES.map((c) => ({ class: c, label: labelOfClass(c) }));

const squash = (text: string) =>
  text.toLowerCase().replace(/²/g, '2').replace(/³/g, '3').replace(/\^/g, '').replace(/[\s·*]/g, '').replace(/^o\((.*)\)$/, '$1');

/** A claim as typed: its number in CLAIMS (from 1), its label (`O(n log n)`, `O(n²)`), or the class (`n^2`); case and spaces do not matter. */
export function parseClaim(typed: string): ComplexityClass | null {
  const text = typed.trim();
  if (/^\d+$/.test(text)) return CLAIMS[Number(text) - 1]?.class ?? null;
  const want = squash(text);
  if (want === '') return null;
  if (['exp', '2n', 'n!'].includes(want)) return 'exponential';
  return CLAIMS.find((c) => squash(c.label) === want || squash(c.class) === want)?.class ?? null;
}

/** The claim as a UserError-checked option value (`--claim`). */
export function claimOption(typed: string): ComplexityClass {
  const claim = parseClaim(typed);
  if (!claim) throw new UserError(`\`--claim ${typed}\` is not one of the claims: ${CLAIMS.map((c) => c.label).join(', ')} (or its number, 1 to ${CLAIMS.length}).`);
  return claim;
}

const BUCKETS: readonly Bucket[] = ['sublinear', 'linear', 'quadratic', 'cubic', 'super-polynomial'];
const SAME_BUCKET = 'timing tells O(1) from O(n) from O(n²), not O(n) from O(n log n) nor O(1) from O(log n)';

/** The claim against the time stage's result (or why there is none: `skipped`). See the module comment. */
export function checkClaim(claim: ComplexityClass | null, result: ComplexityResult | undefined, skipped?: string): ClaimCheck {
  if (claim === null) return { matches: null, measured: null, why: 'no claim was made' };
  const said = labelOfClass(claim);
  if (!result) return { matches: null, measured: null, why: `not measured (${skipped ?? 'the time stage did not run'}), so your claim ${said} could not be checked` };
  if (isFailure(result)) {
    const why = result.side === 'learner' ? `the solution failed while measured: ${result.error}` : 'a problem in the kata, not in the solution';
    return { matches: null, measured: null, why: `not measured (${why}), so your claim ${said} could not be checked` };
  }
  const v = result.verdict;
  const claimed = bucketOfClass(claim);
  const target = labelOfClass(v.target);
  if (v.kind === 'ok') {
    const matches = claimed === bucketOfClass(v.target);
    const measured = `like the reference, ${target}`;
    if (!matches) return { matches, measured, why: `your claim ${said} does not match the measurement: it grows like the reference, ${target}` };
    return { matches, measured, why: `your claim ${said} matches the measurement: it grows like the reference, ${target}${claim === v.target ? '' : ` (one bucket: ${SAME_BUCKET})`}` };
  }
  if (v.kind === 'regression') {
    const own = v.learner.bucket;
    if (own && own !== 'gap') {
      const matches = claimed === own;
      return { matches, measured: v.learner.label, why: `your claim ${said} ${matches ? 'matches' : 'does not match'} the measurement: it grows like ${v.learner.label}${v.target === claim ? `, not like the reference's ${target}` : ''}` };
    }
    // Between buckets: slower than the target is all that is known.
    const atOrBelow = BUCKETS.indexOf(claimed) <= BUCKETS.indexOf(bucketOfClass(v.target));
    return {
      matches: atOrBelow ? false : null,
      measured: `slower than ${target} (${v.learner.label})`,
      why: atOrBelow ? `your claim ${said} does not match the measurement: it grows faster than the reference's ${target} (${v.learner.label})` : `it grows faster than the reference's ${target} (${v.learner.label}), between buckets: your claim ${said} could not be told right or wrong`,
    };
  }
  return { matches: null, measured: v.learner.label, why: `the time verdict was inconclusive (${v.text}), so your claim ${said} could not be checked` };
}

// ---- what the learner sees of the kata --------------------------------------------------------

/** README sections a round keeps hidden until the debrief. */
const HIDDEN_SECTIONS = ['Target complexity', 'In production'];

/** The task of a round: the README without its target complexity, production notes and commands (hints and interview notes live in meta.ts, never here). */
export function taskText(readme: string): string {
  const [head, ...sections] = readme.split(/^(?=## )/m);
  const kept = [head!, ...sections.filter((s) => !HIDDEN_SECTIONS.some((h) => s.startsWith(`## ${h}`)))];
  return `${kept.join('').split('\n').filter((line) => !/npx kata/.test(line)).join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The stub of a round: its header points at TASK.md and the round's own commands; no per-operation complexity target. */
export function interviewStub(stub: string): string {
  return stub
    .split('\n')
    .map((line) => (/^\s*\*.*(README\.md|npx kata)/.test(line) ? ' * The task is in TASK.md beside this file. Every save re-runs the tests (or run `npx kata interview --check`).' : line))
    .join('\n')
    .replace(/\s*Target: O\([^)]*\)\.?/g, '');
}

// ---- the draw ---------------------------------------------------------------------------------

export interface PatternWeakness {
  pattern: string;
  katas: number;
  /** Its katas that do not meet their target. */
  notMet: number;
  /** Its finished interview rounds, and how many of them went wrong (not passed, or a claim the measurement contradicts). */
  rounds: number;
  failedRounds: number;
  /** notMet / katas + failedRounds / rounds (0 without rounds): the weight of the draw. */
  weakness: number;
  /** Katas a round may draw: not solved, and no interview round on them passed. */
  drawable: string[];
}

function passedInInterview(id: string, rounds: readonly InterviewRound[]): boolean {
  return rounds.some((r) => r.id === id && r.end?.outcome === 'passed');
}

/** Every pattern's weakness and what it has left to draw, in curriculum order. */
export function patternWeakness(rows: readonly ProgressRow[], rounds: readonly InterviewRound[] = []): PatternWeakness[] {
  return [...new Set(rows.map((r) => r.pattern))].map((pattern) => {
    const group = rows.filter((r) => r.pattern === pattern);
    const finished = rounds.filter((r) => r.pattern === pattern && r.end);
    const failedRounds = finished.filter((r) => r.end!.outcome !== 'passed' || r.end!.claim.matches === false).length;
    const notMet = group.filter((r) => !meetsTarget(r)).length;
    return {
      pattern,
      katas: group.length,
      notMet,
      rounds: finished.length,
      failedRounds,
      weakness: notMet / group.length + (finished.length > 0 ? failedRounds / finished.length : 0),
      drawable: group.filter((r) => !r.problem && !isSolved(r) && !passedInInterview(r.id, rounds)).map((r) => r.id),
    };
  });
}

/**
 * Uniform floats in [0, 1) from a 32-bit seed (mulberry32). Not the kit's bench Rng: seeded with a
 * small integer, its first outputs sit near 1 and move in step with the seed, which a draw of one
 * or two numbers per seed would inherit.
 */
function floats(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The kata a round with this seed draws (see the module comment), or null when nothing is left to draw. Deterministic per seed. */
export function drawKata(rows: readonly ProgressRow[], rounds: readonly InterviewRound[], seed: number, pattern?: string): string | null {
  const pool = patternWeakness(rows, rounds).filter((p) => p.drawable.length > 0 && p.weakness > 0 && (!pattern || p.pattern === pattern));
  if (pool.length === 0) return null;
  const next = floats(seed);
  let point = next() * pool.reduce((sum, p) => sum + p.weakness, 0);
  const chosen = pool.find((p) => (point -= p.weakness) < 0) ?? pool.at(-1)!;
  return chosen.drawable[Math.floor(next() * chosen.drawable.length)]!;
}

// ---- rounds -----------------------------------------------------------------------------------


/** What a started round shows: nothing that names the kata's pattern or difficulty. */
export interface RoundView {
  round: number;
  title: string;
  /** The scratch file to solve in, and the task. */
  file: string;
  task: string;
  taskText: string;
  startedAt: string;
  deadline: string;
  minutes: number;
  /** The seed of the draw; null when the kata was named. */
  seed: number | null;
  approach: string | null;
  claim: string | null;
  hints: number;
  hintsTotal: number;
  failedChecks: number;
}

async function viewOf(round: InterviewRound): Promise<RoundView> {
  const meta = await loadMeta(round.id);
  const task = path.join(path.dirname(round.file), path.basename(interviewFiles(round.round).task));
  return {
    round: round.round,
    title: meta.title,
    file: round.file,
    task,
    taskText: existsSync(task) ? readFileSync(task, 'utf8') : '',
    startedAt: round.startedAt,
    deadline: roundDeadline(round).toISOString(),
    minutes: round.minutes,
    seed: round.seed,
    approach: round.approach,
    claim: round.claim === null ? null : labelOfClass(round.claim),
    hints: round.hints,
    hintsTotal: meta.hints.length,
    failedChecks: round.failedChecks,
  };
}

/** The round in progress, if any, as the learner may see it. */
export async function currentRound(file = stateFile()): Promise<{ round: InterviewRound; view: RoundView } | null> {
  const round = roundInProgress(loadState(file).state.interviews);
  return round ? { round, view: await viewOf(round) } : null;
}

export interface StartOptions {
  /** Practise this kata (an id) instead of drawing one. */
  kata?: string;
  /** Draw from this pattern only. */
  pattern?: string;
  seed: number;
  minutes?: number;
  approach?: string | null;
  claim?: ComplexityClass | null;
  now?: Date;
  places?: WorkPlaces;
}

/**
 * Starts a round at `now`: draws a kata (or takes the one named), writes the stub and the task to
 * the round's scratch folder, and records the round. Refused while another round is in progress,
 * and when there is nothing left to draw.
 */
export async function startRound(options: StartOptions): Promise<RoundView> {
  const { places = HERE, now = new Date(), minutes = INTERVIEW_MINUTES } = options;
  const file = stateFile(places.state);
  const { state } = loadState(file);
  const open = roundInProgress(state.interviews);
  if (open) throw new UserError(`Interview round ${open.round} is in progress: \`npx kata interview\` goes on with it, \`npx kata interview --give-up\` ends it.`);
  let id = options.kata;
  if (!id) {
    const rows = await listProgress(undefined, state, now);
    id = drawKata(rows, state.interviews ?? [], options.seed, options.pattern) ?? undefined;
    if (!id) {
      const where = options.pattern ? `of ${options.pattern} ` : '';
      throw new UserError(`Every kata ${where}is solved (in your work or in a passed interview round): nothing is left to draw. \`npx kata interview --kata <kata>\` practises a named one.`, 1);
    }
  }
  await loadMeta(id); // a kata whose metadata does not load is refused before anything is written
  const stub = currentStub(id, places);
  if (stub === null) throw new UserError(`Cannot find the shipped stub of \`${id}\`: restore katas/${id} with git.`);
  const readme = readFileSync(kataFiles(id, places.katas).readme, 'utf8');
  let round: InterviewRound | null = null;
  await updateState((s) => {
    const running = roundInProgress(s.interviews);
    if (running) throw new UserError(`Interview round ${running.round} is in progress: \`npx kata interview\` goes on with it, \`npx kata interview --give-up\` ends it.`);
    const n = nextRoundNumber(s.interviews);
    const files = interviewFiles(n, places.work);
    mkdirSync(files.dir, { recursive: true });
    writeFileAtomic(files.task, taskText(readme));
    writeFileAtomic(files.solution, interviewStub(stub));
    round = {
      round: n,
      id: id!,
      pattern: id!.split('/')[0]!,
      seed: options.kata ? null : options.seed,
      file: files.solution,
      startedAt: now.toISOString(),
      minutes,
      approach: options.approach?.trim() || null,
      claim: options.claim ?? null,
      failedChecks: 0,
      hints: 0,
    };
    addRound((s.interviews ??= []), round);
  }, file);
  return viewOf(round!);
}

/** Records the approach and the claim of the round in progress; refused once made (a check may have been seen since). */
export async function makeClaim(approach: string, claim: ComplexityClass, file = stateFile()): Promise<RoundView> {
  const line = approach.replace(/\s+/g, ' ').trim();
  if (!line) throw new UserError('Say your approach in one line (`--approach "…"`).');
  let round: InterviewRound | null = null;
  await updateState((s) => {
    const open = roundInProgress(s.interviews);
    if (!open) throw new UserError('No interview round is in progress: `npx kata interview` starts one.');
    if (open.claim !== null) throw new UserError(`Round ${open.round}'s approach and claim are made (${labelOfClass(open.claim)}): they stay as they are.`);
    open.approach = line;
    open.claim = claim;
    round = open;
  }, file);
  return viewOf(round!);
}

/** Shows the next hint of the round in progress: counted in the round's debrief (and in the kata's hints shown). */
export async function roundHint(file = stateFile()): Promise<{ shown: number; total: number; text: string }> {
  const open = roundInProgress(loadState(file).state.interviews);
  if (!open) throw new UserError('No interview round is in progress: `npx kata interview` starts one.');
  const meta = await loadMeta(open.id);
  let shown = 0;
  await updateState((s) => {
    const round = roundInProgress(s.interviews);
    if (!round || round.round !== open.round) throw new UserError('The round ended meanwhile; nothing shown.');
    round.hints = Math.min(round.hints + 1, meta.hints.length);
    shown = round.hints;
    const kata = kataState(s, round.id);
    kata.hintsShown = Math.max(kata.hintsShown, shown);
  }, file);
  return { shown, total: meta.hints.length, text: meta.hints[shown - 1] ?? '' };
}

/** Everything the debrief says: the round, and now the kata it was. */
export interface Debrief {
  round: number;
  id: string;
  pattern: string;
  title: string;
  difficulty: string;
  target: string;
  seed: number | null;
  outcome: RoundOutcome;
  /** The tests passed at the last check. */
  correct: boolean;
  tests: { status: string; passed: number; failed: number } | null;
  complexity: ComplexityRecord | null;
  approach: string | null;
  claim: string | null;
  claimCheck: ClaimCheck;
  startedAt: string;
  endedAt: string;
  /** From the round's start to its end. */
  seconds: number;
  minutes: number;
  hints: number;
  hintsTotal: number;
  failedChecks: number;
  notes: KataMeta['notes'];
}

export async function debriefOf(round: InterviewRound): Promise<Debrief> {
  const end = round.end;
  if (!end) throw new Error(`round ${round.round} has not ended`);
  const meta = await loadMeta(round.id);
  return {
    round: round.round,
    id: round.id,
    pattern: round.pattern,
    title: meta.title,
    difficulty: meta.difficulty,
    target: targetText(meta),
    seed: round.seed,
    outcome: end.outcome,
    correct: end.tests?.status === 'passing',
    tests: end.tests,
    complexity: end.complexity,
    approach: round.approach,
    claim: round.claim === null ? null : labelOfClass(round.claim),
    claimCheck: end.claim,
    startedAt: round.startedAt,
    endedAt: end.at,
    seconds: Math.max(0, Math.round((Date.parse(end.at) - Date.parse(round.startedAt)) / 1000)),
    minutes: round.minutes,
    hints: round.hints,
    hintsTotal: meta.hints.length,
    failedChecks: round.failedChecks,
    notes: meta.notes,
  };
}

export interface CheckedRound {
  view: RoundView;
  outcome: KataOutcome;
  /** Set when this check ended the round. */
  debrief: Debrief | null;
  timeUp: boolean;
}

export interface CheckRoundOptions {
  seed?: number;
  now?: () => Date;
  onStage?: CheckPlan['onStage'];
  onResult?: CheckPlan['onResult'];
  /** Runs the tests another way (the interactive round's warm process). */
  runOne?: (id: string, seed: number) => Promise<KataTestReport>;
  file?: string;
}

/**
 * Checks the round in progress: the kata's tests, then its complexity stage, on the scratch file.
 * Tests that pass end the round (passed, or too slow); a check after the deadline ends it (time up)
 * whatever it finds; a failing check before it counts and the round goes on.
 */
export async function checkRound(options: CheckRoundOptions = {}): Promise<CheckedRound> {
  const { now = () => new Date(), file = stateFile() } = options;
  const open = roundInProgress(loadState(file).state.interviews);
  if (!open) throw new UserError('No interview round is in progress: `npx kata interview` starts one.');
  if (open.claim === null) throw new UserError(`Round ${open.round}: say your approach and claim a complexity before the first check: \`npx kata interview --approach "…" --claim "O(…)"\`.`);
  if (!existsSync(open.file)) throw new UserError(`The round's file ${shownPath(open.file)} is gone: \`npx kata interview --give-up\` ends the round.`);
  const [outcome] = await runChecks([open.id], { kind: 'file', file: open.file }, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    stages: ['tests', 'complexity'],
    ...(options.runOne ? { tests: { runOne: (id: string, _impl: unknown, seed: number) => options.runOne!(id, seed) } } : {}),
    ...(options.onStage ? { onStage: options.onStage } : {}),
    ...(options.onResult ? { onResult: options.onResult } : {}),
  });
  const report = outcome!.results.tests!.report;
  const result = outcome!.results.complexity;
  const at = now();
  const timeUp = isTimeUp(open, at);
  let ended: InterviewRound | null = null;
  let current: InterviewRound = open;
  await updateState((s) => {
    const round = roundInProgress(s.interviews);
    if (!round || round.round !== open.round) throw new UserError(`Interview round ${open.round} ended while it was checked; nothing recorded.`);
    current = round;
    const passing = report.status === 'passing';
    if (!passing && !timeUp) {
      if (report.status === 'failing') round.failedChecks++;
      return;
    }
    const complexity = result ? complexityRecord(result) : null;
    const slow = complexityMark(complexity) === 'fail';
    round.end = {
      at: at.toISOString(),
      outcome: timeUp ? 'time-up' : slow ? 'too-slow' : 'passed',
      tests: { status: report.status, passed: report.passed, failed: report.failed },
      complexity,
      claim: checkClaim(round.claim, result, outcome!.skipped.complexity),
    };
    ended = round;
  }, file);
  return { view: await viewOf(current), outcome: outcome!, debrief: ended ? await debriefOf(ended) : null, timeUp };
}

/** Ends the round in progress without a check: given up (or its time up, when nothing was saved to check). */
export async function endRound(outcome: 'gave-up' | 'time-up', now = new Date(), file = stateFile()): Promise<Debrief> {
  let ended: InterviewRound | null = null;
  await updateState((s) => {
    const round = roundInProgress(s.interviews);
    if (!round) throw new UserError('No interview round is in progress: `npx kata interview` starts one.');
    round.end = { at: now.toISOString(), outcome, tests: null, complexity: null, claim: checkClaim(round.claim, undefined, outcome === 'gave-up' ? 'the round was given up' : 'the time was up before a check') };
    ended = round;
  }, file);
  return debriefOf(ended!);
}
