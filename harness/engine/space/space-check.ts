/**
 * The space verdict's own check (`kata dev space-check`): for every kata with a space target, the
 * reference must not be flagged on space and every approach declared `space-heavy` must be.
 * Returns data; the command prints.
 */
import { spaceHeavyApproaches } from './approaches.ts';
import { runSpace, type SpaceJob } from './run.ts';
import { isSpaceFailure, loadSpaceTarget, type SpaceResult } from './space-growth.ts';

export interface SpaceCheckEntry {
  id: string;
  /** `reference`, or the space-heavy approach's file name. */
  subject: string;
  expected: 'ok' | 'regression';
  result: SpaceResult;
  ok: boolean;
}

/** Katas among `ids` whose metadata states a space target. */
export async function katasWithSpaceTarget(ids: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) if (await loadSpaceTarget(id).catch(() => null)) out.push(id);
  return out;
}

export async function spaceCheck(ids: readonly string[], options: { seed?: number; onEntry?: (e: SpaceCheckEntry) => void } = {}): Promise<SpaceCheckEntry[]> {
  const entries: SpaceCheckEntry[] = [];
  for (const id of ids) {
    const target = await loadSpaceTarget(id);
    const jobs: { job: SpaceJob; subject: string; expected: 'ok' | 'regression' }[] = [
      { job: { id, impl: { kind: 'reference' }, target }, subject: 'reference', expected: 'ok' },
      ...spaceHeavyApproaches(id).map((a) => ({ job: { id, impl: { kind: 'file' as const, file: a.file }, target }, subject: a.name, expected: 'regression' as const })),
    ];
    for (const { job, subject, expected } of jobs) {
      const [result] = await runSpace([job], { ...(options.seed !== undefined ? { seed: options.seed } : {}) });
      // The reference must not be flagged (inconclusive is allowed: it never fails); a space-heavy approach must be.
      const ok = !isSpaceFailure(result!) && (expected === 'ok' ? result!.verdict.kind !== 'regression' : result!.verdict.kind === 'regression');
      const entry = { id, subject, expected, result: result!, ok };
      entries.push(entry);
      options.onEntry?.(entry);
    }
  }
  return entries;
}
