/**
 * `kata hack <kata>`, "test your tests": the learner writes tests of their own for a kata they have
 * solved, in `work/<pattern>/<slug>/<slug>.hack.test.ts` beside their solution (importing it as
 * `./<slug>.ts`, with the same `#kit/testing` helpers as the kata's tests). Their file runs against
 * the reference, where every test must pass (one that fails rejects a correct solution: it is
 * wrong, whatever it catches), and against each of the kata's mutants. A mutant is killed when a
 * test that passes on the reference fails on it (or the file does not load with it, or never
 * finishes); the others survive, and are named by their file names only. The best score of a run
 * whose tests all pass on the reference is kept in the state file.
 *
 * The first run writes the file from the README's examples (hack-scaffold.ts) and grades it at once.
 * Returns data; the command prints it.
 */
import { existsSync } from 'node:fs';
import { hackTestFile, solutionFiles } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';
import { mutantFiles, mutantName } from '../catalogue/mutants.ts';
import { parseProblem } from '../impl/parse.ts';
import { runTestFileAgainst } from '../runner/isolated.ts';
import type { TestTarget } from '../runner/against-targets.ts';
import type { KataTestReport, RunOptions } from '../runner/run-tests.ts';
import { kataState, loadState, updateState, type HackBest } from '../state/store.ts';
import { scaffoldHackTests } from './hack-scaffold.ts';
import { openWork } from './work.ts';

/** A test of the learner's that fails on the reference: what it said, and its counterexample for a property. */
export interface RejectedCase {
  /** The test's full title (describe > it); `(loading the file)` when the file did not load, `(running the file)` when its run was stopped. */
  test: string;
  message: string;
  counterexample?: string;
}

export interface MutantVerdict {
  /** The mutant's file name without `.ts`, e.g. `off-by-one-inner-loop`. */
  name: string;
  killed: boolean;
  /** What killed it, read after "killed by": the first test that failed on it, or how its run ended. */
  by?: string;
}

export interface HackResult {
  id: string;
  testFile: string;
  seed: number;
  /** Set when this run wrote the test file: how many README examples became tests, and which were left out. */
  scaffolded: { cases: number; leftOut: string[] } | null;
  /** The learner's tests on the reference. */
  tests: { passed: number; failed: number };
  /** Tests that reject the reference, a correct solution: each is wrong, and kills nothing. */
  rejectsCorrect: RejectedCase[];
  mutants: MutantVerdict[];
  killed: number;
  total: number;
  /** The mutants no test caught, by file name. */
  survivors: string[];
  /** The best score after this run (this one counts only when no test rejects the reference). */
  best: HackBest | null;
  /** This run set a new best. */
  newBest: boolean;
  /** A warning from reading the state file, if any. */
  stateWarning?: string;
}

export interface HackOptions {
  seed: number;
  /** Called before the tests run again, without the README examples left out of a fresh file (for a progress line). */
  onRun?: (what: 'again') => void;
}

/** Has the learner solved kata `id` (their last check passed)? */
export function hasSolved(id: string): boolean {
  return loadState().state.katas[id]?.status === 'passing';
}

/** A score is better than another when it kills a larger share of the mutants; at the same share, more of them. */
function isBetter(score: { killed: number; total: number }, than: { killed: number; total: number } | undefined): boolean {
  if (!than) return true;
  const share = (s: { killed: number; total: number }) => (s.total === 0 ? 0 : s.killed / s.total);
  return share(score) > share(than) || (share(score) === share(than) && score.killed > than.killed);
}

const REFERENCE = 'reference';
const LOADING = '(loading the file)';
const RUNNING = '(running the file)';

function targetsOf(id: string): TestTarget[] {
  return [
    { key: REFERENCE, impl: { kind: 'reference' } },
    ...mutantFiles(id).map((file): TestTarget => ({
      key: `mutant:${mutantName(file)}`,
      impl: { kind: 'files', label: `mutant ${mutantName(file)}`, files: { [id]: file } },
    })),
  ];
}

/** What the reference's run says is wrong with the learner's tests. */
function rejections(reference: KataTestReport, testFile: string): RejectedCase[] {
  const cases: RejectedCase[] = reference.failures.map((f) => ({
    test: f.test,
    message: f.message,
    ...(f.property ? { counterexample: f.property.counterexample } : {}),
  }));
  if (reference.loadErrors.length > 0) {
    const unparsed = parseProblem(testFile);
    const message = unparsed
      ?? (reference.loadErrors.some((e) => /No test (?:suite )?found/i.test(e)) ? 'the file holds no test: write at least one `it(…)`' : reference.loadErrors.join('\n'));
    cases.push({ test: reference.stopped ? RUNNING : LOADING, message });
  }
  return cases;
}

/** Judges one mutant's run against the reference's: killed by a test that passes on the reference and fails on it. */
function verdictOf(name: string, report: KataTestReport, reference: KataTestReport): MutantVerdict {
  const referenceRan = reference.loadErrors.length === 0 && !reference.stopped;
  if (!referenceRan) return { name, killed: false };
  const failedOnReference = new Set(reference.failures.map((f) => f.test));
  const killer = report.failures.find((f) => !failedOnReference.has(f.test));
  if (killer) return { name, killed: true, by: killer.test };
  if (report.stopped) {
    return report.stopped.kind === 'stalled' ? { name, killed: true, by: 'never finishing (an endless loop, or far too slow for your tests)' } : { name, killed: false };
  }
  if (report.loadErrors.length > 0) return { name, killed: true, by: `failing while your file loaded: ${report.loadErrors[0]!.split('\n')[0]}` };
  return { name, killed: false };
}

async function runAll(id: string, testFile: string, options: RunOptions): Promise<Map<string, KataTestReport>> {
  return runTestFileAgainst(id, testFile, targetsOf(id), options);
}

/**
 * Runs the learner's tests of kata `id` against the reference and every mutant, writing the test
 * file from the README's examples first if there is none, and keeps the best score in the state.
 */
export async function hackKata(id: string, options: HackOptions): Promise<HackResult> {
  if (!existsSync(solutionFiles(id).reference)) throw new Error(`kata ${id} has no reference solution`);
  openWork(id); // the test file imports the learner's solution as ./<slug>.ts: make sure it is there
  const testFile = hackTestFile(id);
  let scaffolded: HackResult['scaffolded'] = null;
  if (!existsSync(testFile)) {
    const scaffold = scaffoldHackTests(id);
    writeFileAtomic(testFile, scaffold.source);
    scaffolded = { cases: scaffold.cases.length, leftOut: [] };
  }
  const run: RunOptions = { seed: options.seed };
  let reports = await runAll(id, testFile, run);
  if (scaffolded) {
    // A README answer that is one of several correct ones can differ from the reference's: such
    // examples leave the file (named in a comment), so the file as written passes on the reference.
    const titles = new Set(scaffoldHackTests(id).cases.map((c) => c.title));
    const leftOut = reports.get(REFERENCE)!.failures.map((f) => f.name).filter((name) => titles.has(name));
    if (leftOut.length > 0) {
      const scaffold = scaffoldHackTests(id, new Set(leftOut));
      writeFileAtomic(testFile, scaffold.source);
      scaffolded = { cases: scaffold.cases.length, leftOut };
      options.onRun?.('again');
      reports = await runAll(id, testFile, run);
    }
  }
  const reference = reports.get(REFERENCE)!;
  const rejectsCorrect = rejections(reference, testFile);
  const mutants = targetsOf(id).slice(1).map((t) => verdictOf(t.key.slice('mutant:'.length), reports.get(t.key)!, reference));
  const killed = mutants.filter((m) => m.killed).length;
  const total = mutants.length;
  const score: HackBest = { killed, total, at: new Date().toISOString() };
  let best: HackBest | null = null;
  let newBest = false;
  let stateWarning: string | undefined;
  if (rejectsCorrect.length === 0) {
    const { warning } = await updateState((state) => {
      const entry = kataState(state, id);
      if (isBetter(score, entry.hackBest)) { entry.hackBest = score; newBest = true; }
      best = entry.hackBest ?? null;
    });
    stateWarning = warning;
  } else {
    const loaded = loadState();
    best = loaded.state.katas[id]?.hackBest ?? null;
    stateWarning = loaded.warning;
  }
  return {
    id, testFile, seed: options.seed, scaffolded,
    tests: { passed: reference.passed, failed: reference.failed },
    rejectsCorrect, mutants, killed, total,
    survivors: mutants.filter((m) => !m.killed).map((m) => m.name),
    best, newBest,
    ...(stateWarning ? { stateWarning } : {}),
  };
}
