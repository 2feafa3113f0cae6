/**
 * slow: builds the suffix sums by walking from the right and `unshift`ing each new sum to the front of an array, then scans left to right with a running left sum.
 * time: O(n) additions but O(n²) element moves: every `unshift` shifts the whole array built so far (V8 has no spare room at the front). The scan itself is O(n).
 * exposed by: any long input (the bench's already shows it), whatever its values.
 *
 * Building the right-hand sums "in index order" by prepending is natural when walking backwards,
 * and the algorithm is the right one. The array operation is not: a JavaScript array is a
 * contiguous vector, so inserting at the front is a memmove of everything already there.
 */
export function pivotIndex(nums: readonly number[]): number {
  const suffix: number[] = [0]; // suffix[i] will be the sum of nums[i..]; the trailing 0 is the empty sum
  let running = 0;
  for (let i = nums.length - 1; i >= 0; i--) {
    running += nums[i]!;
    suffix.unshift(running); // O(length) every time
  }
  let left = 0;
  for (let i = 0; i < nums.length; i++) {
    if (left === suffix[i + 1]) return i;
    left += nums[i]!;
  }
  return -1;
}
