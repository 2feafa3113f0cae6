/**
 * optimal: two precomputed arrays, prefix sums from the left and suffix sums from the right, then one scan comparing prefix[i] with suffix[i + 1].
 * time: O(n) (three linear passes), O(n) extra memory.
 * space-heavy: two Float64Arrays of sums, O(n) memory, where the total and one running sum are enough (target O(1)).
 *
 * The reference needs only the total and one running sum; this spends O(n) memory to make both
 * sides explicit. Every index's left and right sums are read from tables, so the pivot test is a
 * literal transcription of the definition, and the tables would also answer "all pivots" or
 * "the pivot nearest to x" without recomputation.
 */
export function pivotIndex(nums: readonly number[]): number {
  const n = nums.length;
  const prefix = new Float64Array(n + 1); // prefix[i] = nums[0] + … + nums[i-1]
  const suffix = new Float64Array(n + 1); // suffix[i] = nums[i] + … + nums[n-1]
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + nums[i]!;
  for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + nums[i]!;
  for (let i = 0; i < n; i++) if (prefix[i] === suffix[i + 1]) return i;
  return -1;
}
