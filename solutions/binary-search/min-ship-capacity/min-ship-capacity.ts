/**
 * Reference: binary search on the answer.
 *
 * For a capacity c >= max(weights), greedy loading (take the next package while it fits) uses
 * the fewest days possible at c, and that count never increases as c grows. So "ships within
 * `days`" is false, then true, over [max, sum]: sum always works (one day). The search keeps the
 * answer in [lo, hi] and halves the range with one O(n) simulation per step.
 *
 * Complexity: O(n log(sum)) time, O(1) extra memory. Max and sum come from a loop, not
 * `Math.max(...weights)`, which can overflow the call stack on long arrays.
 */
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}.`);
  let lo = 0;
  let hi = 0;
  for (const w of weights) {
    if (w > lo) lo = w;
    hi += w;
  }
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (fitsInDays(weights, mid, days)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether greedy loading at `capacity` (>= every weight) needs at most `days` days. */
function fitsInDays(weights: readonly number[], capacity: number, days: number): boolean {
  let used = 1;
  let load = 0;
  for (const w of weights) {
    if (load + w > capacity) {
      if (++used > days) return false;
      load = 0;
    }
    load += w;
  }
  return true;
}
