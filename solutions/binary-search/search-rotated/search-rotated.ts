/**
 * Reference: binary search that decides, at every step, which half is plainly ascending.
 *
 * Invariant: if `target` is present, its index lies in [lo, hi]. Splitting a rotated ascending
 * range at mid, at least one of [lo, mid] and [mid, hi] contains no "drop", and since the values
 * are distinct, `nums[lo] <= nums[mid]` holds exactly when [lo, mid] is the ascending one (with
 * `<=` covering lo === mid). In an ascending half, membership is a range check on its two ends;
 * the search continues in the half that can hold the target, so the range halves every step.
 *
 * Complexity: O(log n) comparisons, O(1) extra memory.
 */
export function searchRotated(nums: readonly number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const value = nums[mid]!;
    if (value === target) return mid;
    if (nums[lo]! <= value) {
      // [lo, mid] is ascending.
      if (nums[lo]! <= target && target < value) hi = mid - 1;
      else lo = mid + 1;
    } else {
      // [mid, hi] is ascending.
      if (value < target && target <= nums[hi]!) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}
