/**
 * The complexity self-check run by `npm test`: for every kata with a bench, the reference lands
 * in its target bucket (measured against itself, it is never flagged) and the brute force is
 * flagged (for exponential katas: its ratio to the reference keeps growing). Then, for every kata
 * with a space target, the space entries (engine/space/space-check.ts: the reference not flagged on
 * space, every `space-heavy` approach flagged). A miss is a content or harness bug; it is
 * re-measured once with other inputs before it is reported.
 */
import { existsSync } from 'node:fs';
import { solutionFiles } from '../base/paths.ts';
import { approachesOf, inRounds } from '../catalogue/approaches.ts';
import { listKatas, loadMeta } from '../catalogue/katas.ts';
import { runChecks } from '../check/pipeline.ts';
import { isFailure, type ComplexityResult } from '../engine/index.ts';
import { katasWithSpaceTarget, spaceCheck, type SpaceCheckEntry } from '../engine/space/space-check.ts';
import type { ImplTarget } from '../impl/impl.ts';

/** reference and optimal approaches must not be flagged; the brute force and slow approaches must be. */
export const ROLES = ['reference', 'optimal', 'brute', 'slow'] as const;
export type Role = (typeof ROLES)[number];

export interface SelfCheckJob {
  id: string;
  role: Role;
  /** The approach's file name (`slow-sort-inside-loop`); absent for the reference and the brute force. */
  approach?: string;
  /** A known miss of the engine (its header says why): a slow approach not flagged, or an optimal one flagged, is reported, not failed. */
  knownMiss?: string;
  impl: ImplTarget;
}

export interface SelfCheckEntry extends Omit<SelfCheckJob, 'impl'> {
  ok: boolean;
  /** What was expected and what was seen, when not ok. */
  problem?: string;
  result: ComplexityResult;
  attempts: number;
}

/** Whether a role's solution must be flagged as a regression. */
export function mustBeFlagged(role: Role): boolean {
  return role === 'brute' || role === 'slow';
}

/** The engine judged this solution against its role: flagged where it must not be, or the reverse. */
export function misjudged(role: Role, result: ComplexityResult): boolean {
  return !isFailure(result) && (result.verdict.kind === 'regression') !== mustBeFlagged(role);
}

export function judgeEntry(role: Role, result: ComplexityResult, knownMiss?: string): string | null {
  // A known miss of the engine (a slow approach it does not flag, an optimal one it flags) is
  // reported as such, not failed; a solution that fails to run is never excused.
  if ((role === 'slow' || role === 'optimal') && knownMiss && !isFailure(result)) return null;
  if (isFailure(result)) return `${result.side} error: ${result.error}`;
  const v = result.verdict;
  if (role === 'reference') {
    if (v.kind === 'regression') return `the reference measured against itself was flagged: ${v.text}`;
    if (v.referenceMeetsTarget !== true) return `the reference grows like ${v.reference.label} (bucket ${v.reference.bucket}), not in the bucket of its target ${result.target}`;
    return null;
  }
  if (role === 'optimal') return v.kind === 'regression' ? `an optimal approach was flagged: ${v.text}` : null;
  return v.kind === 'regression' ? null : `the ${role === 'brute' ? 'brute force' : 'slow approach'} was not flagged (${v.kind}): ${v.text}`;
}

/** The katas with a bench (all, or those of the given patterns or ids). */
export async function benchedKatas(patterns?: readonly string[], ids?: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const k of listKatas()) {
    if ((patterns && !patterns.includes(k.pattern)) || (ids && !ids.includes(k.id))) continue;
    if ((await loadMeta(k.id)).target.class !== null) out.push(k.id);
  }
  return out;
}

/** Everything the engine is judged on for these katas: reference, brute force, every approach. */
export function selfCheckJobs(ids: readonly string[], roles: readonly Role[] = ['reference', 'brute', 'optimal', 'slow']): SelfCheckJob[] {
  const jobs: SelfCheckJob[] = [];
  for (const id of ids) {
    if (roles.includes('reference')) jobs.push({ id, role: 'reference', impl: { kind: 'reference' } });
    if (roles.includes('brute') && existsSync(solutionFiles(id).brute)) jobs.push({ id, role: 'brute', impl: { kind: 'brute' } });
    for (const a of approachesOf(id)) {
      if (roles.includes(a.kind)) jobs.push({ id, role: a.kind, approach: a.name, ...(a.knownMiss ? { knownMiss: a.knownMiss } : {}), impl: { kind: 'file', file: a.file } });
    }
  }
  return jobs;
}

/**
 * Jobs grouped so each batch is one implementation target over many katas: the reference, the
 * brute force, and round r of each approach kind (the r-th approach of every kata that has one).
 */
function batches(jobs: readonly SelfCheckJob[]): { role: Role; impl: ImplTarget; jobs: SelfCheckJob[] }[] {
  const out: { role: Role; impl: ImplTarget; jobs: SelfCheckJob[] }[] = [];
  for (const role of ['reference', 'brute'] as const) {
    const mine = jobs.filter((j) => j.role === role);
    if (mine.length) out.push({ role, impl: { kind: role }, jobs: mine });
  }
  for (const role of ['optimal', 'slow'] as const) {
    for (const [r, round] of inRounds(jobs.filter((j) => j.role === role)).entries()) {
      const files = Object.fromEntries(round.map((j) => [j.id, (j.impl as { file: string }).file]));
      out.push({ role, impl: { kind: 'files', label: `${role} approaches, round ${r + 1}`, files }, jobs: round });
    }
  }
  return out;
}

export async function selfCheck(
  ids: readonly string[] | undefined,
  { seed, concurrency = 2, roles, onEntry }: { seed: number; concurrency?: number; roles?: readonly Role[]; onEntry?: (entry: SelfCheckEntry) => void },
): Promise<SelfCheckEntry[]> {
  const katas = await benchedKatas(undefined, ids);
  const entries: SelfCheckEntry[] = [];
  let pending = selfCheckJobs(katas, roles);
  for (let attempt = 1; attempt <= 2 && pending.length > 0; attempt++) {
    const retry: SelfCheckJob[] = [];
    for (const batch of batches(pending)) {
      const jobOf = new Map(batch.jobs.map((j) => [j.id, j]));
      await runChecks([...jobOf.keys()], batch.impl, {
        seed: seed + attempt * 104_729,
        stages: ['complexity'],
        // Approaches are measured as they were before split.ts (fresh inputs, one job per process,
        // beside the reference): measured split, a round took about twice as long (seed 777: 378 of
        // 380 judged right, two group-anagrams slow approaches inconclusive). README, "What a player cannot do".
        complexity: { jobTimeoutMs: 120_000, concurrency, split: false },
        onResult: (_stage, outcome) => {
          const job = jobOf.get(outcome.id)!;
          const result = outcome.results.complexity!;
          const problem = judgeEntry(job.role, result, job.knownMiss);
          if (problem && attempt < 2) { retry.push(job); return; }
          const { impl: _impl, ...rest } = job;
          const entry: SelfCheckEntry = { ...rest, ok: problem === null, result, attempts: attempt, ...(problem ? { problem } : {}) };
          entries.push(entry);
          onEntry?.(entry);
        },
      });
    }
    pending = retry;
  }
  const order = new Map(katas.map((id, i) => [id, i]));
  const roleOrder: Role[] = ['reference', 'optimal', 'brute', 'slow'];
  return entries.sort((a, b) => order.get(a.id)! - order.get(b.id)! || roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || (a.approach ?? '').localeCompare(b.approach ?? ''));
}

/** The space entries of the katas with a space target (all katas, or those of `ids`), after the time entries. */
export async function selfCheckSpace(
  ids: readonly string[] | undefined,
  { seed, onEntry }: { seed: number; onEntry?: (entry: SpaceCheckEntry) => void },
): Promise<SpaceCheckEntry[]> {
  const katas = await katasWithSpaceTarget(listKatas().map((k) => k.id).filter((id) => !ids || ids.includes(id)));
  return spaceCheck(katas, { seed, attempts: 2, ...(onEntry ? { onEntry } : {}) });
}
