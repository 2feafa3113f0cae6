/**
 * optimal: cuts the array into blocks of k, precomputes the running maximum from each block's start and from each block's end, and answers every window from two of them.
 * Time: O(n) (three linear passes, whatever k is); n = nums.length. O(n) extra memory.
 *
 * A window [s, s + k − 1] spans at most two blocks: it is the tail of the block holding s and the
 * head of the block holding s + k − 1 (or exactly one whole block). So its maximum is
 * max(fromRight[s], fromLeft[s + k − 1]), where fromLeft runs forward inside each block and
 * fromRight runs backward inside each block.
 */
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  const n = nums.length;
  const fromLeft = new Float64Array(n);
  const fromRight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    fromLeft[i] = i % k === 0 ? nums[i]! : Math.max(fromLeft[i - 1]!, nums[i]!);
  }
  for (let i = n - 1; i >= 0; i--) {
    fromRight[i] = i === n - 1 || (i + 1) % k === 0 ? nums[i]! : Math.max(fromRight[i + 1]!, nums[i]!);
  }
  const result = new Array<number>(n - k + 1);
  for (let s = 0; s + k <= n; s++) result[s] = Math.max(fromRight[s]!, fromLeft[s + k - 1]!);
  return result;
}
