/**
 * The complexity self-check run by `npm test`: for every kata with a bench, the reference lands
 * in its target bucket (measured against itself, it is never flagged) and the brute force is
 * flagged (for exponential katas: its ratio to the reference keeps growing). A miss is a content
 * or harness bug; it is re-measured once with other inputs before it is reported.
 */
import { existsSync } from 'node:fs';
import type { ComplexityClass } from '../kit/index.ts';
import { listKatas, loadMeta } from '../catalogue/katas.ts';
import { solutionFiles } from '../base/paths.ts';
import { isFailure } from '../engine/time/time-growth.ts';
import { runComplexity, type ComplexityJob, type ComplexityResult, type RunComplexityOptions } from '../engine/run.ts';

export interface SelfCheckEntry {
  id: string;
  role: 'reference' | 'brute';
  ok: boolean;
  /** What was expected and what was seen, when not ok. */
  problem?: string;
  result: ComplexityResult;
  attempts: number;
}

function judgeEntry(role: 'reference' | 'brute', result: ComplexityResult): string | null {
  if (isFailure(result)) return `${result.side} error: ${result.error}`;
  const v = result.verdict;
  if (role === 'reference') {
    if (v.kind === 'regression') return `the reference measured against itself was flagged: ${v.text}`;
    if (v.referenceMeetsTarget !== true) return `the reference grows like ${v.reference.label} (bucket ${v.reference.bucket}), not in the bucket of its target ${result.target}`;
    return null;
  }
  return v.kind === 'regression' ? null : `the brute force was not flagged (${v.kind}): ${v.text}`;
}

async function runInParallel(jobs: ComplexityJob[], concurrency: number, options: RunComplexityOptions): Promise<ComplexityResult[]> {
  const lanes = Array.from({ length: concurrency }, (_, lane) => jobs.map((job, i) => ({ job, i })).filter(({ i }) => i % concurrency === lane));
  const results: ComplexityResult[] = new Array(jobs.length);
  await Promise.all(
    lanes.map(async (lane) => {
      const out = await runComplexity(lane.map((l) => l.job), options);
      lane.forEach((l, k) => { results[l.i] = out[k]!; });
    }),
  );
  return results;
}

export async function selfCheck(
  ids: readonly string[] | undefined,
  { seed, concurrency = 2, onEntry }: { seed: number; concurrency?: number; onEntry?: (entry: SelfCheckEntry) => void },
): Promise<SelfCheckEntry[]> {
  const katas = listKatas().filter((k) => !ids || ids.includes(k.id));
  const jobs: (ComplexityJob & { role: 'reference' | 'brute' })[] = [];
  for (const k of katas) {
    const meta = await loadMeta(k.id);
    const target = meta.target.class as ComplexityClass | null;
    if (target === null) continue;
    jobs.push({ id: k.id, impl: { kind: 'reference' }, target, role: 'reference' });
    if (existsSync(solutionFiles(k.id).brute)) jobs.push({ id: k.id, impl: { kind: 'brute' }, target, role: 'brute' });
  }
  const entries: SelfCheckEntry[] = [];
  let pending = jobs.map((job) => ({ job, attempts: 0 }));
  for (let attempt = 1; attempt <= 2 && pending.length > 0; attempt++) {
    const results = await runInParallel(pending.map((p) => p.job), concurrency, { seed: seed + attempt * 104_729, jobTimeoutMs: 120_000 });
    const retry: typeof pending = [];
    pending.forEach(({ job }, i) => {
      const result = results[i]!;
      const problem = judgeEntry(job.role, result);
      if (problem && attempt < 2) { retry.push({ job, attempts: attempt }); return; }
      const entry: SelfCheckEntry = { id: job.id, role: job.role, ok: problem === null, result, attempts: attempt, ...(problem ? { problem } : {}) };
      entries.push(entry);
      onEntry?.(entry);
    });
    pending = retry;
  }
  const order = new Map(katas.map((k, i) => [k.id, i]));
  return entries.sort((a, b) => order.get(a.id)! - order.get(b.id)! || a.role.localeCompare(b.role));
}
