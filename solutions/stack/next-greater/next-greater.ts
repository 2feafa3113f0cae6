/**
 * Reference: one left-to-right pass with a monotonic stack of indices still waiting for an answer.
 *
 * Invariant: before index j, `waiting` holds, bottom to top, every index i < j that has no
 * greater value in nums[i+1..j-1], and their values never increase from bottom to top (an
 * index above a smaller-valued one would have answered it). So nums[j] answers exactly the
 * waiting indices with smaller values, and those sit on top: pop them, fill their answers,
 * push j. Indices never popped keep -1.
 *
 * Complexity: O(n) time, since each index is pushed once and popped at most once; O(n) extra
 * memory for the stack in the worst case (a descending array).
 */
export function nextGreater(nums: readonly number[]): number[] {
  const result = new Array<number>(nums.length).fill(-1);
  const waiting: number[] = [];
  for (let j = 0; j < nums.length; j++) {
    const value = nums[j]!;
    while (waiting.length > 0 && nums[waiting[waiting.length - 1]!]! < value) {
      result[waiting.pop()!] = value;
    }
    waiting.push(j);
  }
  return result;
}
