// Mutant: keeps values (not indices) in the deque, pops equal values from the back, and expires
// the front by comparing it with the value leaving the window. With duplicates the surviving copy
// is removed when its twin leaves (`[2, 2, 1]` with k = 2 gives `[2, 1]`).
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  const deque: number[] = [];
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    if (i >= k && deque[0] === nums[i - k]) deque.shift();
    while (deque.length > 0 && deque[deque.length - 1]! <= nums[i]!) deque.pop();
    deque.push(nums[i]!);
    if (i >= k - 1) result.push(deque[0]!);
  }
  return result;
}
