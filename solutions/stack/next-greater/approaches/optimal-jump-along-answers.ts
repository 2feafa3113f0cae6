/**
 * optimal: right to left, follow the chain of already computed next-greater indices instead of keeping a stack.
 * Time: O(n) amortised, n = nums.length; O(n) memory for the index chain.
 *
 * `next[j]` is the index of the first value greater than nums[j] (or -1). To answer i, start at
 * j = i + 1: if nums[j] is not greater than nums[i], then nothing between j and next[j] is either
 * (they are all <= nums[j]), so jump straight to next[j]. Each jump passes over an index that can
 * never be landed on again from further left (it is hidden behind a value at least as large), so
 * the jumps over the whole pass total O(n): this is the monotonic stack, threaded through `next`.
 */
export function nextGreater(nums: readonly number[]): number[] {
  const n = nums.length;
  const next = new Int32Array(n).fill(-1);
  const result = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    const value = nums[i]!;
    let j = i + 1 < n ? i + 1 : -1;
    while (j !== -1 && nums[j]! <= value) j = next[j]!;
    next[i] = j;
    result[i] = j === -1 ? -1 : nums[j]!;
  }
  return result;
}
