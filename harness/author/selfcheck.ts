/**
 * The complexity self-check run by `npm test`: for every kata with a bench, the reference lands
 * in its target bucket (measured against itself, it is never flagged) and the brute force is
 * flagged (for exponential katas: its ratio to the reference keeps growing). A miss is a content
 * or harness bug; it is re-measured once with other inputs before it is reported.
 */
import { existsSync } from 'node:fs';
import { listKatas, loadMeta } from '../catalogue/katas.ts';
import { solutionFiles } from '../base/paths.ts';
import { runChecks } from '../check/pipeline.ts';
import { isFailure, type ComplexityResult } from '../engine/index.ts';

export type Role = 'reference' | 'brute';

export interface SelfCheckEntry {
  id: string;
  role: Role;
  ok: boolean;
  /** What was expected and what was seen, when not ok. */
  problem?: string;
  result: ComplexityResult;
  attempts: number;
}

function judgeEntry(role: Role, result: ComplexityResult): string | null {
  if (isFailure(result)) return `${result.side} error: ${result.error}`;
  const v = result.verdict;
  if (role === 'reference') {
    if (v.kind === 'regression') return `the reference measured against itself was flagged: ${v.text}`;
    if (v.referenceMeetsTarget !== true) return `the reference grows like ${v.reference.label} (bucket ${v.reference.bucket}), not in the bucket of its target ${result.target}`;
    return null;
  }
  return v.kind === 'regression' ? null : `the brute force was not flagged (${v.kind}): ${v.text}`;
}

/** The katas with a bench, and which roles each can be judged in (a brute force only where one ships). */
export async function benchedKatas(patterns?: readonly string[], ids?: readonly string[]): Promise<{ id: string; roles: Role[] }[]> {
  const out: { id: string; roles: Role[] }[] = [];
  for (const k of listKatas()) {
    if ((patterns && !patterns.includes(k.pattern)) || (ids && !ids.includes(k.id))) continue;
    if ((await loadMeta(k.id)).target.class === null) continue;
    out.push({ id: k.id, roles: existsSync(solutionFiles(k.id).brute) ? ['reference', 'brute'] : ['reference'] });
  }
  return out;
}

export async function selfCheck(
  ids: readonly string[] | undefined,
  { seed, concurrency = 2, onEntry }: { seed: number; concurrency?: number; onEntry?: (entry: SelfCheckEntry) => void },
): Promise<SelfCheckEntry[]> {
  const katas = await benchedKatas(undefined, ids);
  const entries: SelfCheckEntry[] = [];
  let pending = katas.flatMap((k) => k.roles.map((role) => ({ id: k.id, role })));
  for (let attempt = 1; attempt <= 2 && pending.length > 0; attempt++) {
    const retry: typeof pending = [];
    for (const role of ['reference', 'brute'] as const) {
      const ids = pending.filter((p) => p.role === role).map((p) => p.id);
      if (ids.length === 0) continue;
      await runChecks(ids, { kind: role }, {
        seed: seed + attempt * 104_729,
        stages: ['complexity'],
        complexity: { jobTimeoutMs: 120_000, concurrency },
        onResult: (_stage, outcome) => {
          const result = outcome.results.complexity!;
          const problem = judgeEntry(role, result);
          if (problem && attempt < 2) { retry.push({ id: outcome.id, role }); return; }
          const entry: SelfCheckEntry = { id: outcome.id, role, ok: problem === null, result, attempts: attempt, ...(problem ? { problem } : {}) };
          entries.push(entry);
          onEntry?.(entry);
        },
      });
    }
    pending = retry;
  }
  const order = new Map(katas.map((k, i) => [k.id, i]));
  return entries.sort((a, b) => order.get(a.id)! - order.get(b.id)! || a.role.localeCompare(b.role));
}
