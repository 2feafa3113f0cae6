/**
 * Brute force: k passes, each scanning every value not yet taken for the largest. Correct and
 * easy to state, but O(n·k) time: with k = n/4 that is quadratic.
 */
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const taken = new Array<boolean>(nums.length).fill(false);
  const result: number[] = [];
  const passes = Math.min(k, nums.length);
  for (let pass = 0; pass < passes; pass++) {
    let best = -1;
    for (let i = 0; i < nums.length; i++) {
      if (!taken[i] && (best === -1 || nums[i]! > nums[best]!)) best = i;
    }
    taken[best] = true;
    result.push(nums[best]!);
  }
  return result;
}
