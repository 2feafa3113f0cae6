/**
 * slow: right-to-left monotonic stack of candidate values, kept with its top at index 0 (`unshift` / `shift`).
 * Time: O(n·stack size), O(n²) in the worst case, n = nums.length: every `unshift` moves the
 * whole stack, and so does `shift` on a large array. The stack stays tiny when values fall from
 * left to right (each new value, read from the right, clears it) and grows to n when they rise.
 * exposed by: strictly ascending values (the stack of candidates, read from the right, only
 *   grows); a descending array, the bench's input, keeps it at one element.
 *
 * Walking from the right, the stack holds the values that can still be someone's answer, nearest
 * first; the right algorithm with the wrong end of the array as the top.
 */
export function nextGreater(nums: readonly number[]): number[] {
  const n = nums.length;
  const result = new Array<number>(n);
  const candidates: number[] = []; // candidates[0] is the nearest one to the right
  for (let i = n - 1; i >= 0; i--) {
    const value = nums[i]!;
    // Candidates not greater than `value` are hidden behind it for everything further left.
    while (candidates.length > 0 && candidates[0]! <= value) candidates.shift();
    result[i] = candidates.length > 0 ? candidates[0]! : -1;
    candidates.unshift(value);
  }
  return result;
}
