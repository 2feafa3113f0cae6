/**
 * `kata leaderboard`: ranks players per pattern and overall by katas solved, then katas meeting
 * their target complexity, then speed relative to the reference (geometric mean of the time
 * ratios, lower is faster) as a tie-break. Results are what `kata ci` computed from code.
 */
import { mergeShards } from './merge.ts';
import { countOutcomes, isSolved } from '../outcome/outcome.ts';
import type { Results } from './results.ts';

export interface Score {
  solved: number;
  met: number;
  /** Geometric mean of player/reference time ratios over katas measured; null when none was. */
  speed: number | null;
  total: number;
}

export interface Standing {
  rank: number;
  player: string;
  overall: Score;
  patterns: Record<string, Score & { rank: number }>;
}

export interface Leaderboard {
  patterns: string[];
  standings: Standing[];
  /** Notes about inputs combined or set aside (e.g. older results of the same player). */
  notes: string[];
}

function score(katas: Results['katas']): Score {
  const ratios = katas.filter((k) => isSolved(k) && k.complexity?.ratio).map((k) => k.complexity!.ratio!);
  return {
    ...countOutcomes(katas),
    speed: ratios.length ? Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length) : null,
  };
}

/** Solved first, then target met, then speed (a player with no measured speed ranks after one with). */
export function compareScores(a: Score, b: Score): number {
  if (b.solved !== a.solved) return b.solved - a.solved;
  if (b.met !== a.met) return b.met - a.met;
  if (a.speed === b.speed) return 0;
  if (a.speed === null) return 1;
  if (b.speed === null) return -1;
  return a.speed - b.speed;
}

function rankAll<T>(items: T[], scoreOf: (item: T) => Score): Map<T, number> {
  const sorted = [...items].sort((a, b) => compareScores(scoreOf(a), scoreOf(b)));
  const ranks = new Map<T, number>();
  sorted.forEach((item, i) => {
    const previous = sorted[i - 1];
    ranks.set(item, previous !== undefined && compareScores(scoreOf(previous), scoreOf(item)) === 0 ? ranks.get(previous)! : i + 1);
  });
  return ranks;
}

export function buildLeaderboard(inputs: readonly Results[]): Leaderboard {
  const notes: string[] = [];
  const byPlayer = new Map<string, Results[]>();
  for (const r of inputs) byPlayer.set(r.player, [...(byPlayer.get(r.player) ?? []), r]);
  const players: Results[] = [];
  for (const [player, results] of byPlayer) {
    if (results.length > 1 && results.every((r) => r.shard !== null)) {
      players.push(mergeShards(results));
      notes.push(`${player}: ${results.length} shards merged.`);
    } else if (results.length > 1) {
      const newest = [...results].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
      players.push(newest);
      notes.push(`${player}: ${results.length} results files; the newest (${newest.createdAt}) counts.`);
    } else players.push(results[0]!);
  }
  const patterns = [...new Set(players.flatMap((p) => p.katas.map((k) => k.pattern)))];
  const overall = new Map(players.map((p) => [p, score(p.katas)]));
  const overallRank = rankAll(players, (p) => overall.get(p)!);
  const perPattern = new Map(patterns.map((pattern) => {
    const scores = new Map(players.map((p) => [p, score(p.katas.filter((k) => k.pattern === pattern))]));
    return [pattern, { scores, ranks: rankAll(players, (p) => scores.get(p)!) }] as const;
  }));
  const standings = players
    .map((p): Standing => ({
      rank: overallRank.get(p)!,
      player: p.player,
      overall: overall.get(p)!,
      patterns: Object.fromEntries(patterns.map((pattern) => {
        const { scores, ranks } = perPattern.get(pattern)!;
        return [pattern, { ...scores.get(p)!, rank: ranks.get(p)! }];
      })),
    }))
    .sort((a, b) => a.rank - b.rank || a.player.localeCompare(b.player));
  return { patterns, standings, notes };
}
