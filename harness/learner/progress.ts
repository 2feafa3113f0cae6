/** What `kata list` and `npm start` show: every kata with its status, as data. */
import type { KataMeta } from '../kit/index.ts';
import { listKatas, loadAllMeta, type KataRef } from '../catalogue/katas.ts';
import { loadState, type State } from '../state/store.ts';
import { describeRegression, regressionOverTime } from '../check/complexity.ts';

export interface ProgressRow extends KataRef {
  title: string | null;
  difficulty: string | null;
  /** "O(n)", or the kata's own wording of its target. */
  target: string | null;
  status: 'not-started' | 'failing' | 'passing';
  hintsShown: number;
  /** The latest complexity verdict: met (ok), not met (regression/error), or not known yet. */
  targetMet: boolean | null;
  /** "regressed: met O(n) on 2026-11-02, now grows like O(n²)" when it applies. */
  regression?: string;
  /** Set when the kata's metadata cannot be loaded. */
  problem?: string;
}

export function targetText(meta: KataMeta): string {
  if (meta.target.text) return meta.target.text;
  return meta.target.class === null ? '-' : `O(${meta.target.class.replace('^2', '²').replace('^3', '³')})`;
}

export async function listProgress(pattern?: string, state: State = loadState().state): Promise<ProgressRow[]> {
  const katas = listKatas().filter((k) => !pattern || k.pattern === pattern);
  const metas = await loadAllMeta(katas);
  return katas.map((k) => {
    const meta = metas.get(k.id);
    const kataState = state.katas[k.id];
    const latest = [...(kataState?.history ?? [])].reverse().find((e) => e.complexity)?.complexity;
    const regression = kataState ? regressionOverTime(kataState.history) : null;
    const base = {
      ...k,
      status: kataState?.status ?? 'not-started',
      hintsShown: kataState?.hintsShown ?? 0,
      targetMet: latest && latest.verdict !== 'inconclusive' ? latest.verdict === 'ok' : null,
      ...(regression ? { regression: describeRegression(regression) } : {}),
    } as const;
    if (!meta || meta instanceof Error) {
      return { ...base, title: null, difficulty: null, target: null, problem: meta?.message.split('\n')[0] ?? 'no metadata' };
    }
    return { ...base, title: meta.title, difficulty: meta.difficulty, target: targetText(meta) };
  });
}

/** The first kata, in curriculum order, that is not passing yet; undefined when all pass. */
export function firstUnsolved(rows: readonly ProgressRow[]): ProgressRow | undefined {
  return rows.find((r) => r.status !== 'passing' && !r.problem);
}
