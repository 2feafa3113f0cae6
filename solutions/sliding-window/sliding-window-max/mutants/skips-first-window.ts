// Mutant: starts reporting at `i >= k` instead of `i >= k - 1`, so the first window is lost and
// the result is one value short (k = nums.length gives []).
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  const deque: number[] = [];
  let head = 0;
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]!]! <= nums[i]!) deque.pop();
    deque.push(i);
    if (deque[head]! <= i - k) head++;
    if (i >= k) result.push(nums[deque[head]!]!);
  }
  return result;
}
