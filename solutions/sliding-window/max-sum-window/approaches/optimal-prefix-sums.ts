/**
 * optimal: builds the prefix sums once, then reads each window's sum as the difference of two prefix sums.
 * Time: O(n) (two linear passes, whatever k is); n = nums.length. O(n) extra memory.
 * space-heavy: a Float64Array of n + 1 prefix sums, O(n) memory, where a running sum is enough (target O(1)).
 *
 * prefix[i] is the sum of nums[0..i-1], so the window starting at i sums to prefix[i + k] − prefix[i].
 * (Exact as long as the running totals stay within the safe integers, as with the inputs here.)
 */
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  const prefix = new Float64Array(nums.length + 1);
  for (let i = 0; i < nums.length; i++) prefix[i + 1] = prefix[i]! + nums[i]!;
  let best = Number.NEGATIVE_INFINITY;
  for (let start = 0; start + k <= nums.length; start++) {
    const sum = prefix[start + k]! - prefix[start]!;
    if (sum > best) best = sum;
  }
  return best;
}
