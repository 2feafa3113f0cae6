// Mutant: checks `1 <= k <= nums.length` but not that k is an integer, so k = 1.5 is accepted
// and read as a window of 2 (`nums[i - 1.5]` is undefined: the sum becomes NaN).
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!(k >= 1 && k <= nums.length)) throw new RangeError(`bad k: ${k}`);
  let sum = 0;
  for (let i = 0; i < k; i++) sum += nums[i]!;
  let best = sum;
  for (let i = k; i < nums.length; i++) {
    sum += nums[i]! - nums[i - k]!;
    best = Math.max(best, sum);
  }
  return best;
}
