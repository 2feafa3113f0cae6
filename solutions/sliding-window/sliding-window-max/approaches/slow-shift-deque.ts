/**
 * slow: the monotonic deque of indices, written with a plain array and shift() to drop the front.
 * Time: O(n) while the deque stays short or V8 can trim the array's front in place; when the deque holds more than about 10 000 indices (Node 20, V8 11.3) each shift() moves them all, so O(n·k) in the worst case; n = nums.length.
 * exposed by: strictly decreasing values with a large k (e.g. nums[i] = n − i, k = n/2, n ≥ 32 768): the deque keeps all k indices and shifts one every step; on random values it holds O(log k) indices and shift() is cheap.
 */
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  const deque: number[] = []; // indices, their values decreasing from front to back
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > 0 && nums[deque[deque.length - 1]!]! <= nums[i]!) deque.pop();
    deque.push(i);
    if (deque[0]! <= i - k) deque.shift(); // a queue where a head index belongs
    if (i >= k - 1) result.push(nums[deque[0]!]!);
  }
  return result;
}
