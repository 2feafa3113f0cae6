/**
 * Reference: patience sorting with binary search.
 *
 * Invariant: after reading a prefix of `nums`, `tails[k]` is the smallest value that can end a
 * strictly increasing subsequence of length k + 1 within that prefix. `tails` is strictly
 * increasing, so for each new value x the first index with `tails[i] >= x` (a lower bound) is
 * found by binary search: x extends the subsequence of length i (every tail before it is < x) and
 * becomes the new, smaller tail for length i + 1. Using `>=` rather than `>` is what makes the
 * subsequence strictly increasing: an equal value replaces a tail instead of extending past it.
 * The answer is the number of tails.
 *
 * Complexity: O(n log n) time (one binary search per value), O(n) extra memory.
 */
export function lisLength(nums: readonly number[]): number {
  const tails: number[] = [];
  for (const x of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
