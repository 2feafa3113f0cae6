// Mutant: expires the front only when it is `< i - k`, one step late, so each "window" really
// spans k + 1 elements (`[9, 8, 7, 6]` with k = 2 gives `[9, 9, 8]`).
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  const deque: number[] = [];
  let head = 0;
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]!]! <= nums[i]!) deque.pop();
    deque.push(i);
    if (deque[head]! < i - k) head++;
    if (i >= k - 1) result.push(nums[deque[head]!]!);
  }
  return result;
}
