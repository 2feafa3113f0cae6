/**
 * Reference: count prefix sums in a Map as they go by.
 *
 * Let P(i) be the sum of the first i values (P(0) = 0). The subarray nums[i..j] sums to k exactly
 * when P(j + 1) - P(i) = k, i.e. when an earlier prefix sum equals P(j + 1) - k. Invariant: before
 * nums[j] is added, `seen` counts how often each value occurred among P(0), …, P(j). So adding
 * `seen.get(P(j + 1) - k)` counts every subarray ending at j exactly once; P(j + 1) is recorded
 * only afterwards, so the empty subarray is never counted.
 *
 * Complexity: O(n) time (one Map lookup and update per value, O(1) expected), O(n) extra memory.
 */
export function subarraySumCount(nums: readonly number[], k: number): number {
  const seen = new Map<number, number>([[0, 1]]);
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    count += seen.get(prefix - k) ?? 0;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
