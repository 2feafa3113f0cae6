/**
 * `kata ci`: every kata's tests and complexity check for one implementation directory and one
 * player, as a Results value. Each kata's tests run in their own Vitest worker with a heap limit,
 * under a watchdog (runner/isolated.ts); measurements run in killable child processes
 * (engine/run.ts). One player's endless loop or crash costs that kata, not the run.
 */
import { existsSync } from 'node:fs';
import { listKatas } from '../catalogue/katas.ts';
import { runChecks } from '../check/pipeline.ts';
import type { KataOutcome } from '../check/stage.ts';
import { complexityRecord } from '../check/stages/complexity.ts';
import { describeImpl, implFile, type ImplTarget } from '../impl/impl.ts';
import { complexityMark, isSolved, isTargetMet } from '../outcome/outcome.ts';
import type { KataTestReport } from '../runner/run-tests.ts';
import { inShard, type Shard } from './shard.ts';
import { RESULTS_VERSION, type KataResult, type Results } from './results.ts';

export interface CiOptions {
  impl: ImplTarget;
  player: string;
  shard: Shard | null;
  patterns?: readonly string[];
  seed: number;
  /** Per kata: tests stall limit and measurement limit, ms. */
  timeLimitMs?: number;
  onProgress?: (message: string) => void;
}

function failureLines(report: KataTestReport): string[] {
  return [...report.loadErrors, ...report.failures.map((f) => `${f.test}: ${f.message.split('\n')[0]}${f.property ? ` (counterexample ${f.property.counterexample})` : ''}`)].slice(0, 5);
}

/** One kata's line in the results file; a kata with no implementation file is not started. */
function kataResult(kata: { id: string; pattern: string }, outcome: KataOutcome | undefined): KataResult {
  const report = outcome?.results.tests?.report;
  const complexity = outcome?.results.complexity;
  return {
    id: kata.id,
    pattern: kata.pattern,
    status: report?.status ?? 'not-started',
    passed: report?.passed ?? 0,
    failed: report?.failed ?? 0,
    failures: report ? failureLines(report) : [],
    complexity: complexity ? complexityRecord(complexity) : null,
  };
}

export async function runCi(options: CiOptions): Promise<Results> {
  const { impl, seed, timeLimitMs = 60_000 } = options;
  const progress = options.onProgress ?? (() => {});
  const katas = inShard(listKatas().filter((k) => !options.patterns || options.patterns.includes(k.pattern)), options.shard);
  const present = katas.filter((k) => existsSync(implFile(impl, k.id))).map((k) => k.id);
  if (present.length === 0) progress(`tests: 0 katas against ${describeImpl(impl)}`);
  const outcomes = new Map((await runChecks(present, impl, {
    seed,
    stages: ['tests', 'complexity'],
    tests: { stallMs: timeLimitMs },
    complexity: { jobTimeoutMs: Math.max(2 * timeLimitMs, 60_000) },
    onStage: (stage, ids) => progress(stage === 'tests' ? `tests: ${ids.length} katas against ${describeImpl(impl)}` : `complexity: ${ids.length} passing katas with a bench`),
    onResult: (stage, o) => progress(stage === 'tests' ? `  tested ${o.id}: ${o.results.tests!.report.status}` : `  measured ${o.id}`),
  })).map((o) => [o.id, o]));
  return {
    schema: 'kata-results',
    version: RESULTS_VERSION,
    player: options.player,
    impl: describeImpl(impl),
    shard: options.shard,
    seed,
    createdAt: new Date().toISOString(),
    katas: katas.map((k) => kataResult(k, outcomes.get(k.id))),
  };
}

export interface BaselineRegression {
  id: string;
  was: string;
  now: string;
}

/** Katas that passed, or met their target, in the baseline and no longer do. Unsolved katas are not failures. */
export function compareWithBaseline(results: Results, baseline: Results): BaselineRegression[] {
  const before = new Map(baseline.katas.map((k) => [k.id, k]));
  const out: BaselineRegression[] = [];
  for (const now of results.katas) {
    const was = before.get(now.id);
    if (!was) continue;
    if (isSolved(was) && !isSolved(now)) {
      out.push({ id: now.id, was: 'passing', now: now.status });
    } else if (isTargetMet(was) && isSolved(now) && complexityMark(now.complexity) === 'fail') {
      out.push({ id: now.id, was: `met ${was.complexity!.target}`, now: now.complexity!.text });
    }
  }
  return out;
}
