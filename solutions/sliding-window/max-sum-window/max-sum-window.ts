/**
 * Reference: a running window sum.
 *
 * Invariant: after processing index i (i >= k - 1), `sum` is nums[i-k+1] + … + nums[i], the
 * window ending at i. Stepping right adds the element that enters and subtracts the one that
 * leaves, so each step is O(1). `best` starts at the first window's sum (not 0), so an all-
 * negative input returns a real window sum.
 *
 * Complexity: O(n) time independent of k, O(1) extra memory.
 */
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  let sum = 0;
  for (let i = 0; i < k; i++) sum += nums[i]!;
  let best = sum;
  for (let i = k; i < nums.length; i++) {
    // Add first, then subtract: sum + nums[i] is the sum of nums[i-k..i], a subarray, so every
    // intermediate is a safe integer. (nums[i] - nums[i-k] alone can be past 2^53 and round.)
    sum = sum + nums[i]! - nums[i - k]!;
    if (sum > best) best = sum;
  }
  return best;
}
