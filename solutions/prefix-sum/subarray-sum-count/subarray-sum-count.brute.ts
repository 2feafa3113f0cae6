/**
 * Brute force: fix every start, extend the end one value at a time with a running sum, and count
 * the sums equal to k. Correct (negative values are no problem), but it visits all n(n+1)/2
 * subarrays: O(n²) on every input.
 */
export function subarraySumCount(nums: readonly number[], k: number): number {
  let count = 0;
  for (let start = 0; start < nums.length; start++) {
    let sum = 0;
    for (let end = start; end < nums.length; end++) {
      sum += nums[end]!;
      if (sum === k) count++;
    }
  }
  return count;
}
