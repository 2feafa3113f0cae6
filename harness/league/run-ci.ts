/**
 * `kata ci`: every kata's tests and complexity check for one implementation directory and one
 * player, as a Results value. Each kata's tests run in their own Vitest worker with a heap limit,
 * under a watchdog (runner/isolated.ts); measurements run in killable child processes
 * (engine/run.ts). One player's endless loop or crash costs that kata, not the run.
 */
import { existsSync } from 'node:fs';
import { listKatas, loadMeta } from '../catalogue/katas.ts';
import { complexityRecord } from '../check/complexity.ts';
import { runComplexity } from '../engine/run.ts';
import type { ComplexityClass } from '../kit/index.ts';
import { describeImpl, implFile, type ImplTarget } from '../impl/impl.ts';
import { runKataTests } from '../runner/isolated.ts';
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

export async function runCi(options: CiOptions): Promise<Results> {
  const { impl, seed, timeLimitMs = 60_000 } = options;
  const katas = inShard(listKatas().filter((k) => !options.patterns || options.patterns.includes(k.pattern)), options.shard);
  const present = katas.filter((k) => existsSync(implFile(impl, k.id)));
  options.onProgress?.(`tests: ${present.length} katas against ${describeImpl(impl)}`);
  const reports = new Map((await runKataTests(present.map((k) => k.id), impl, { seed }, { stallMs: timeLimitMs, onReport: (r) => options.onProgress?.(`  tested ${r.id}: ${r.status}`) })).map((r) => [r.id, r]));

  const jobs: { id: string; impl: ImplTarget; target: ComplexityClass }[] = [];
  for (const k of present) {
    if (reports.get(k.id)?.status !== 'passing') continue;
    const target = (await loadMeta(k.id)).target.class;
    if (target !== null) jobs.push({ id: k.id, impl, target });
  }
  options.onProgress?.(`complexity: ${jobs.length} passing katas with a bench`);
  const complexity = new Map(
    (await runComplexity(jobs, { seed, jobTimeoutMs: Math.max(2 * timeLimitMs, 60_000), onResult: (job) => options.onProgress?.(`  measured ${job.id}`) })).map((r, i) => [jobs[i]!.id, r]),
  );

  const results: KataResult[] = katas.map((k) => {
    const report = reports.get(k.id);
    const measured = complexity.get(k.id);
    return {
      id: k.id,
      pattern: k.pattern,
      status: report?.status ?? 'not-started',
      passed: report?.passed ?? 0,
      failed: report?.failed ?? 0,
      failures: report ? failureLines(report) : [],
      complexity: measured ? complexityRecord(measured) : null,
    };
  });
  return {
    schema: 'kata-results',
    version: RESULTS_VERSION,
    player: options.player,
    impl: describeImpl(impl),
    shard: options.shard,
    seed,
    createdAt: new Date().toISOString(),
    katas: results,
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
    if (was.status === 'passing' && now.status !== 'passing') {
      out.push({ id: now.id, was: 'passing', now: now.status });
    } else if (was.complexity?.verdict === 'ok' && now.status === 'passing' && (now.complexity?.verdict === 'regression' || now.complexity?.verdict === 'error')) {
      out.push({ id: now.id, was: `met ${was.complexity.target}`, now: now.complexity.text });
    }
  }
  return out;
}
