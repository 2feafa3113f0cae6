/**
 * Reference: a monotonic deque of indices.
 *
 * Invariant after step i: `deque[head..]` holds, in increasing index order, exactly the indices j
 * in the current window (i - k < j <= i) such that nums[j] is greater than every value after it
 * in the window. Their values therefore decrease from front to back, and the front is the
 * window's maximum. A new value evicts from the back everything it is >= to (those can never be
 * a maximum again: the new value outlives them); the front is evicted when it leaves the window.
 * Indices, not values, are stored, so duplicates expire at the right time.
 *
 * The deque is a plain array with a moving head: `shift()` would be O(n) per call.
 *
 * Complexity: O(n) time (each index is pushed once and popped at most once), O(k) extra memory
 * besides the output.
 */
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  const deque = new Array<number>(nums.length);
  let head = 0;
  let tail = 0; // deque[head..tail) is live
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    while (tail > head && nums[deque[tail - 1]!]! <= nums[i]!) tail--;
    deque[tail++] = i;
    if (deque[head]! <= i - k) head++;
    if (i >= k - 1) result.push(nums[deque[head]!]!);
  }
  return result;
}
