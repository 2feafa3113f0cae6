/**
 * Brute force: sum every window from scratch. Correct, and the first answer to state, but
 * O(n·k) time: with k = n/2 it does about n²/4 additions.
 */
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  let best = Number.NEGATIVE_INFINITY;
  for (let start = 0; start + k <= nums.length; start++) {
    let sum = 0;
    for (let i = start; i < start + k; i++) sum += nums[i]!;
    if (sum > best) best = sum;
  }
  return best;
}
