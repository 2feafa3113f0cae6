/**
 * Brute force: scan every window for its maximum. Correct, and the answer to state first, but
 * O(n·k) time: with k = n/2 it does about n²/4 comparisons. (A loop, not
 * `Math.max(...window)`: spreading a large window overflows the call stack.)
 */
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  const result: number[] = [];
  for (let start = 0; start + k <= nums.length; start++) {
    let max = nums[start]!;
    for (let i = start + 1; i < start + k; i++) if (nums[i]! > max) max = nums[i]!;
    result.push(max);
  }
  return result;
}
