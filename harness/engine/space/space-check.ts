/**
 * The space verdict's own check, one source for "what a space entry must be", used by
 * `kata dev space-check`, `kata dev selfcheck` (after its time entries) and
 * `bench:harness --space`: for every kata with a space target, the reference (measured against
 * itself) must not be flagged on space (inconclusive passes: space is advice) and every approach
 * declared `space-heavy` must be (inconclusive fails). A misjudged entry is re-measured once with
 * another seed before it is reported. Returns data; the commands print.
 */
import { spaceHeavyApproaches } from './approaches.ts';
import { runSpace, type SpaceJob } from './run.ts';
import { isSpaceFailure, loadSpaceTarget, type SpaceResult } from './space-growth.ts';
import type { SpaceVerdictKind } from './verdict.ts';

/** The reference, measured against itself, or an approach declared `space-heavy` in its header. */
export type SpaceRole = 'reference' | 'space-heavy';

export interface SpaceCheckJob {
  id: string;
  role: SpaceRole;
  /** `reference`, or the space-heavy approach's file name. */
  subject: string;
  job: SpaceJob;
}

export interface SpaceCheckEntry {
  id: string;
  role: SpaceRole;
  subject: string;
  result: SpaceResult;
  ok: boolean;
  /** What was expected and what was seen, when not ok. */
  problem?: string;
  /** 2 when the first measurement was misjudged and this is the re-measurement. */
  attempts: number;
  /** Wall seconds for the verdict, starting the measuring process included. */
  seconds: number;
}

/** Whether a verdict (or `error`: the measurement failed) is what this role must get. */
export function spaceVerdictRight(role: SpaceRole, verdict: SpaceVerdictKind | 'error'): boolean {
  if (verdict === 'error') return false;
  return role === 'reference' ? verdict !== 'regression' : verdict === 'regression';
}

/** Null when the result is what the role must get, else what was expected and seen. */
export function judgeSpaceEntry(role: SpaceRole, result: SpaceResult): string | null {
  if (isSpaceFailure(result)) return `space not measured (${result.side} error): ${result.error}`;
  const v = result.verdict;
  // Like the time self-check's "the reference lands in its target bucket": a reference that reads
  // above the kata's space target is a content bug, whatever it is judged against itself.
  if (role === 'reference' && v.referenceMeetsTarget === false) return `the reference reads ${v.reference.label} extra, above the kata's space target: ${v.text}`;
  if (spaceVerdictRight(role, v.kind)) return null;
  return role === 'reference'
    ? `the reference measured against itself was flagged on space: ${v.text}`
    : `a space-heavy approach was not flagged on space (${v.kind}): ${v.text}`;
}

/** Katas among `ids` whose metadata states a space target. */
export async function katasWithSpaceTarget(ids: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) if (await loadSpaceTarget(id).catch(() => null)) out.push(id);
  return out;
}

/** Per kata: the reference, then its space-heavy approaches. */
export async function spaceCheckJobs(ids: readonly string[], roles: readonly SpaceRole[] = ['reference', 'space-heavy']): Promise<SpaceCheckJob[]> {
  const jobs: SpaceCheckJob[] = [];
  for (const id of ids) {
    const target = await loadSpaceTarget(id);
    if (roles.includes('reference')) jobs.push({ id, role: 'reference', subject: 'reference', job: { id, impl: { kind: 'reference' }, target } });
    if (roles.includes('space-heavy')) {
      for (const a of spaceHeavyApproaches(id)) jobs.push({ id, role: 'space-heavy', subject: a.name, job: { id, impl: { kind: 'file', file: a.file }, target } });
    }
  }
  return jobs;
}

/** One space verdict in its own supervised process, timed as a check pays it. */
export async function measureSpaceJob(job: SpaceJob, seed: number | undefined): Promise<{ result: SpaceResult; seconds: number }> {
  const began = performance.now();
  const [result] = await runSpace([job], seed !== undefined ? { seed } : {});
  return { result: result!, seconds: (performance.now() - began) / 1000 };
}

/** The seed of attempt `attempt` (1-based): the first uses the seed given, so `--seed` reproduces it. */
export const attemptSeed = (seed: number, attempt: number): number => seed + (attempt - 1) * 104_729;

export async function spaceCheck(
  ids: readonly string[],
  options: { seed?: number; attempts?: number; onEntry?: (e: SpaceCheckEntry) => void } = {},
): Promise<SpaceCheckEntry[]> {
  const { seed = 1, attempts = 2 } = options;
  const entries: SpaceCheckEntry[] = [];
  for (const { id, role, subject, job } of await spaceCheckJobs(ids)) {
    for (let attempt = 1; ; attempt++) {
      const { result, seconds } = await measureSpaceJob(job, attemptSeed(seed, attempt));
      const problem = judgeSpaceEntry(role, result);
      if (problem && attempt < attempts) continue;
      const entry: SpaceCheckEntry = { id, role, subject, result, ok: problem === null, attempts: attempt, seconds, ...(problem ? { problem } : {}) };
      entries.push(entry);
      options.onEntry?.(entry);
      break;
    }
  }
  return entries;
}
