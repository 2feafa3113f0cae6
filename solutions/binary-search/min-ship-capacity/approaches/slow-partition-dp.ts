/**
 * slow: dynamic programming over "split the first i packages into at most d days, minimising the heaviest day", with prefix sums for the day loads (the linear-partition DP).
 * time: O(min(days, n)·n²): O(n) when days = 1 (the bench: one row, the prefix sums), O(n²) already for days = 2 and O(n³) for days ≈ n/2.
 * exposed by: any deadline between 2 and n - 1 days, e.g. days = n/2 with random weights. (days >= n is answered directly.)
 *
 * The least capacity that ships within the deadline is exactly the smallest possible heaviest day
 * over all ways to cut the sequence into at most `days` runs, and that is the classic partition
 * DP. It is correct and general, and it never uses the fact that feasibility is monotone in the
 * capacity, which is what makes binary search on the answer O(n log sum).
 */
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}.`);
  const n = weights.length;
  let heaviest = 0;
  for (const w of weights) if (w > heaviest) heaviest = w;
  if (days >= n) return heaviest;
  const prefix = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + weights[i]!;
  // best[i]: the least heaviest day to ship the first i packages in at most d days; d = 1 first.
  let best = prefix.slice();
  for (let d = 2; d <= days; d++) {
    const next = best.slice(); // using fewer than d days is allowed
    for (let i = 1; i <= n; i++) {
      for (let j = 1; j < i; j++) {
        // First i packages: the first j in d - 1 days, then j..i-1 on the last day.
        const heavier = Math.max(best[j]!, prefix[i]! - prefix[j]!);
        if (heavier < next[i]!) next[i] = heavier;
      }
    }
    best = next;
  }
  return best[n]!;
}
