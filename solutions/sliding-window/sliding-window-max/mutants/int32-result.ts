// Mutant: collects the maxima in a preallocated Int32Array, which truncates fractions and wraps
// values of 2^31 or more: `[0.5]` with k = 1 gives `[0]`, `[2147483648]` gives `[-2147483648]`.
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  const result = new Int32Array(nums.length - k + 1);
  const deque: number[] = [];
  let head = 0;
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]!]! <= nums[i]!) deque.pop();
    deque.push(i);
    if (deque[head]! <= i - k) head++;
    if (i >= k - 1) result[i - k + 1] = nums[deque[head]!]!;
  }
  return Array.from(result);
}
