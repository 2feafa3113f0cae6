// Mutant: keeps the prefix sums in an Int32Array, so a running total of 2^31 or more wraps
// around: `[2147483648]` with k = 1 gives -2147483648.
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  const prefix = new Int32Array(nums.length + 1);
  for (let i = 0; i < nums.length; i++) prefix[i + 1] = prefix[i]! + nums[i]!;
  let best = Number.NEGATIVE_INFINITY;
  for (let start = 0; start + k <= nums.length; start++) {
    best = Math.max(best, prefix[start + k]! - prefix[start]!);
  }
  return best;
}
