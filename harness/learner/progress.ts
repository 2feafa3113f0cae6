/**
 * What `kata list` and `npm start` show: every kata with its status, as data; and the one rule of
 * when a pattern is mastered (`isMastered`), which `kata list` and `kata report` both show.
 */
import type { KataMeta } from '../kit/index.ts';
import { difficultyOfMeta, listKatas, loadAllMeta, type KataRef } from '../catalogue/katas.ts';
import { loadState, type State } from '../state/store.ts';
import { currentRecord, describeRegression, isDone, isSolved, isTargetMet, regressionOverTime, type ComplexityRecord, type TestStatus } from '../outcome/outcome.ts';
import { scheduled, type ScheduledKata } from '../state/review.ts';

export interface ProgressRow extends KataRef {
  title: string | null;
  difficulty: string | null;
  /** "O(n)", or the kata's own wording of its target. */
  target: string | null;
  /** Set for a kata without a bench (no complexity target to measure): it meets its target once it passes. */
  noBench?: true;
  status: TestStatus;
  /** The latest time verdict the state holds (a check that skipped the time stage keeps the one before). */
  complexity: ComplexityRecord | null;
  hintsShown: number;
  /** "regressed: met O(n) on 2026-11-02, now grows like O(n²)" when it applies. */
  regression?: string;
  /** Its review schedule (`kata review`): due date and FSRS recall now; null until it first passes. */
  review?: ScheduledKata | null;
  /** Set when the kata's metadata cannot be loaded. */
  problem?: string;
}

export function targetText(meta: KataMeta): string {
  if (meta.target.text) return meta.target.text;
  return meta.target.class === null ? '-' : `O(${meta.target.class.replace('^2', '²').replace('^3', '³')})`;
}

export async function listProgress(pattern?: string, state: State = loadState().state, now = new Date()): Promise<ProgressRow[]> {
  const katas = listKatas().filter((k) => !pattern || k.pattern === pattern);
  const metas = await loadAllMeta(katas);
  return katas.map((k) => {
    const meta = metas.get(k.id);
    const kataState = state.katas[k.id];
    const record = currentRecord(kataState);
    const regression = kataState ? regressionOverTime(kataState.history) : null;
    const base = {
      ...k,
      status: record.status,
      complexity: record.complexity,
      hintsShown: kataState?.hintsShown ?? 0,
      review: scheduled(k.id, kataState, difficultyOfMeta(meta), now),
      ...(regression ? { regression: describeRegression(regression) } : {}),
    } as const;
    if (!meta || meta instanceof Error) {
      return { ...base, title: null, difficulty: null, target: null, problem: meta?.message.split('\n')[0] ?? 'no metadata' };
    }
    return { ...base, title: meta.title, difficulty: meta.difficulty, target: targetText(meta), ...(meta.target.class === null ? { noBench: true as const } : {}) };
  });
}

/** The first kata, in curriculum order, that is not done (a stage of its latest check failed, or it never passed). */
export function firstUnsolved(rows: readonly ProgressRow[]): ProgressRow | undefined {
  return rows.find((r) => !isDone(r) && !r.problem);
}

/** A kata meets its target: it passes and its time verdict is ok; a kata without a bench (nothing to time) once it passes. */
export function meetsTarget(row: Pick<ProgressRow, 'status' | 'complexity' | 'noBench'>): boolean {
  return row.noBench ? isSolved(row) : isTargetMet(row);
}

/**
 * Mastered: a pattern (the rows of its katas) whose every kata meets its target (`meetsTarget`) and
 * is not due for review (`kata review`: its due date is still ahead). The one place this rule lives:
 * `kata list` and `kata report` show it, and an overdue review takes it away again until re-solved.
 */
export function isMastered(rows: readonly Pick<ProgressRow, 'status' | 'complexity' | 'noBench' | 'review' | 'problem'>[]): boolean {
  return rows.length > 0 && rows.every((r) => !r.problem && meetsTarget(r) && !r.review?.isDue);
}

/** The patterns of `rows` that are mastered, in curriculum order. */
export function masteredPatterns(rows: readonly ProgressRow[]): string[] {
  const patterns = [...new Set(rows.map((r) => r.pattern))];
  return patterns.filter((p) => isMastered(rows.filter((r) => r.pattern === p)));
}
