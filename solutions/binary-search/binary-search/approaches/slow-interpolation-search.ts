/**
 * slow: interpolation search: guesses the target's position from its value, assuming values are spread evenly between the two ends of the range.
 * time: O(log log n) probes per lookup on evenly spread values (the bench's arrays step by 2, 4 or 6); O(n) probes per lookup on skewed values, so O(n) for the bench's batch of 64 in the worst case.
 * exposed by: skewed values, e.g. sorted = [0, 1, 2, …, n - 2, 10^15] (one huge last value) with targets between n and 10^15 or absent small values near the end; or exponentially growing values (sorted[i] = 2^(i/8)).
 *
 * Faster than binary search when the data are uniform, which is why people reach for it on
 * "sorted ids" or "timestamps". Its guess is only as good as the spread: one outlier at the end
 * makes every guess land at the low end of the range, so each probe removes a single element.
 */
export function binarySearch(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const low = sorted[lo]!;
    const high = sorted[hi]!;
    if (target < low || target > high) return -1;
    if (low === high) return low === target ? lo : -1;
    // Linear guess between the two ends; clamped into [lo, hi] against rounding, and the plain
    // midpoint if the arithmetic overflows (values near ±Number.MAX_VALUE).
    const guess = lo + Math.floor(((target - low) / (high - low)) * (hi - lo));
    const at = Number.isFinite(guess) ? Math.min(hi, Math.max(lo, guess)) : lo + ((hi - lo) >> 1);
    const value = sorted[at]!;
    if (value === target) return at;
    if (value < target) lo = at + 1;
    else hi = at - 1;
  }
  return -1;
}
