/**
 * slow: a linear scan that walks inward from both ends at once; each walk gives up as soon as the ascending run it is in has passed the target's value (the left walk on a larger value, the right walk on a smaller one).
 * time: O(n) per lookup: a target in the first run's range is found (or ruled out) after reading the first run up to its place, one in the second run's range after reading the second run down from the end; the bench's random absent targets cost about n/4 reads each, so O(n) for its batch of 64.
 * exposed by: targets near the rotation point's values, i.e. just below the largest value or just above the smallest (absent or present), where one of the walks reads a whole run.
 *
 * A "smart" linear search that uses the order a little: from the left, the values rise until the
 * drop, so a value above the target ends the left walk (unless the drop is next); from the right,
 * they fall toward the drop, so a value below the target ends the right walk. The stopping rules
 * help when the target sits near an end, and the search is still linear.
 */
export function searchRotated(nums: readonly number[], target: number): number {
  let i = 0;
  let j = nums.length - 1;
  let leftOpen = true; // the left walk may still meet the target
  let rightOpen = true;
  while (i <= j && (leftOpen || rightOpen)) {
    if (leftOpen) {
      if (nums[i] === target) return i;
      // Still inside the first ascending run and already above the target: it is not in this run's rest.
      if (nums[i]! > target && (i === 0 || nums[i - 1]! < nums[i]!)) leftOpen = i + 1 <= j && nums[i + 1]! < nums[i]!;
      i++;
    }
    if (rightOpen && i <= j + 1) {
      if (nums[j] === target) return j;
      if (nums[j]! < target && (j === nums.length - 1 || nums[j]! < nums[j + 1]!)) rightOpen = j - 1 >= i && nums[j - 1]! > nums[j]!;
      j--;
    }
  }
  return -1;
}
