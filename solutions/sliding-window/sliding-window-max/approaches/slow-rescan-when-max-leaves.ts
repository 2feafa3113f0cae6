/**
 * slow: remembers where the current maximum is; a new value at least as large takes its place, and only when the maximum slides out is the whole window rescanned.
 * Time: O(n) expected on random values (the maximum of a window sits at a random place, so rescans are rare), O(n·k) when the maximum leaves at every step; n = nums.length.
 * exposed by: strictly decreasing values (e.g. nums[i] = n − i) with a large k: every step rescans k elements; the bench's random values hide it.
 */
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  const result: number[] = [];
  let maxAt = -1;
  for (let end = 0; end < nums.length; end++) {
    const start = Math.max(0, end - k + 1);
    if (maxAt < start) {
      // The maximum has left (or there is none yet): rescan everything still in the window.
      maxAt = start;
      for (let i = start + 1; i <= end; i++) if (nums[i]! >= nums[maxAt]!) maxAt = i;
    } else if (nums[end]! >= nums[maxAt]!) {
      maxAt = end; // ">=": the later copy of an equal maximum stays in the window longer
    }
    if (end >= k - 1) result.push(nums[maxAt]!);
  }
  return result;
}
