// Mutant: never validates k. k = 0 or a k longer than nums returns [] (or garbage) instead of
// throwing, and a fractional k is quietly used as a window length.
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  const deque: number[] = [];
  let head = 0;
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]!]! <= nums[i]!) deque.pop();
    deque.push(i);
    if (deque[head]! <= i - k) head++;
    if (i >= k - 1) result.push(nums[deque[head]!]!);
  }
  return result;
}
