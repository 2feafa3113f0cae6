/**
 * `kata leaderboard`: ranks players per pattern and overall by katas solved, then katas meeting
 * their target complexity, then speed relative to the reference (geometric mean of the time
 * ratios, lower is faster) as a tie-break. Results are what `kata ci` computed from code.
 */
import { UserError } from '../base/errors.ts';
import { mergeShards } from './merge.ts';
import { countOutcomes, isSolved } from '../outcome/outcome.ts';
import type { Results } from './results.ts';

/** Speed is shown, and ranks, only when at least this many katas back it (one kata's ratio is noise, not a speed). */
export const MIN_SPEED_KATAS = 3;

export interface Score {
  solved: number;
  met: number;
  /** Katas the score counts. */
  total: number;
  /** Of those, katas with a time target (a bench): the denominator of `met`. */
  metTotal: number;
  /**
   * Geometric mean of player/reference time ratios over the solved katas measured (`measured` of
   * them); null when fewer than MIN_SPEED_KATAS back it.
   */
  speed: number | null;
  measured: number;
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

function score(katas: Results['katas'], benched: ReadonlySet<string> | null): Score {
  const ratios = katas.filter((k) => isSolved(k) && k.complexity?.ratio).map((k) => k.complexity!.ratio!);
  return {
    ...countOutcomes(katas),
    metTotal: benched ? katas.filter((k) => benched.has(k.id)).length : katas.length,
    speed: ratios.length >= MIN_SPEED_KATAS ? Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length) : null,
    measured: ratios.length,
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

/** A results file as read, with its name (every decision about a file names it). */
export interface NamedResults {
  file: string;
  results: Results;
}

/**
 * One Results per player: a single file as it is, or the shards of one run merged. Two files of a
 * player that are not the shards of one run are refused, naming both: "the newest wins" would let
 * anyone replace a player by uploading a later file under their name.
 */
export function onePerPlayer(inputs: readonly NamedResults[]): { players: Results[]; notes: string[] } {
  const notes: string[] = [];
  const byPlayer = new Map<string, NamedResults[]>();
  for (const r of inputs) byPlayer.set(r.results.player, [...(byPlayer.get(r.results.player) ?? []), r]);
  const players: Results[] = [];
  for (const [player, files] of byPlayer) {
    if (files.length === 1) { players.push(files[0]!.results); continue; }
    const names = files.map((f) => f.file).join(', ');
    if (!files.every((f) => f.results.shard !== null)) throw new UserError(`Player \`${player}\` has ${files.length} results files that are not the shards of one run: ${names}. Give one file per player (or all shards of one run).`, 1);
    try {
      players.push(mergeShards(files.map((f) => f.results)));
    } catch (error) {
      throw new UserError(`Player \`${player}\`: ${(error as Error).message} (files ${names})`, 1);
    }
    notes.push(`${player}: ${files.length} shards merged.`);
  }
  return { players, notes };
}

/**
 * `benched`: the ids of the catalogue's katas that have a time target (a bench), for the
 * denominators of "target met"; without it every kata counts as having one.
 */
export function buildLeaderboard(inputs: readonly (Results | NamedResults)[], benched: ReadonlySet<string> | null = null): Leaderboard {
  const named = inputs.map((r, i): NamedResults => ('results' in r ? r : { file: `results #${i + 1}`, results: r }));
  const { players, notes } = onePerPlayer(named);
  const patterns = [...new Set(players.flatMap((p) => p.katas.map((k) => k.pattern)))];
  const overall = new Map(players.map((p) => [p, score(p.katas, benched)]));
  const overallRank = rankAll(players, (p) => overall.get(p)!);
  const perPattern = new Map(patterns.map((pattern) => {
    const scores = new Map(players.map((p) => [p, score(p.katas.filter((k) => k.pattern === pattern), benched)]));
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
