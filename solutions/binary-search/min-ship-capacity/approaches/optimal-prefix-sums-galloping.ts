/**
 * optimal: binary search on the capacity, but each feasibility check jumps day by day over a prefix-sum array, finding where each day ends by galloping (steps 1, 2, 4, … then bisection) instead of walking package by package.
 * time: O(n) for the prefix sums, plus O(log(sum)) checks of O(Σ log Lᵢ) = O(min(n, days·log n)) each: O(n log(sum)) in the worst case; with the bench's days = 1, O(n + log(sum)·log n).
 *
 * The reference simulates every package in each of its O(log sum) checks. Here the day loads come
 * from prefix sums (load of packages a..b-1 is P[b] - P[a]), so a check only needs to find where
 * each day ends: the last b with P[b] - P[a] <= capacity. Galloping from a finds it in O(log L) for
 * a day of L packages, so a check with few days costs almost nothing. The search range is also
 * tighter: no capacity below max(heaviest, ⌈total / days⌉) can work.
 */
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}.`);
  const n = weights.length;
  const prefix = new Float64Array(n + 1);
  let heaviest = 0;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i]! + weights[i]!;
    if (weights[i]! > heaviest) heaviest = weights[i]!;
  }
  const total = prefix[n]!;
  let lo = Math.max(heaviest, Math.ceil(total / days));
  let hi = total;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (fits(prefix, mid, days)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether greedy loading at `capacity` (>= every weight) ships all packages within `days` days. */
function fits(prefix: Float64Array, capacity: number, days: number): boolean {
  const n = prefix.length - 1;
  let start = 0;
  for (let used = 0; start < n; used++) {
    if (used === days) return false;
    const limit = prefix[start]! + capacity;
    // Gallop: the day can end at start + good (known to fit); start + bad does not fit or is past n.
    let good = 1;
    let bad = 2;
    while (start + bad <= n && prefix[start + bad]! <= limit) {
      good = bad;
      bad *= 2;
    }
    if (start + bad > n) bad = n - start + 1;
    while (bad - good > 1) {
      const mid = (good + bad) >>> 1;
      if (prefix[start + mid]! <= limit) good = mid;
      else bad = mid;
    }
    start += good;
  }
  return true;
}
