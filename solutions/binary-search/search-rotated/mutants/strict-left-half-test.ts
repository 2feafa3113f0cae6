// Mutant: tests `nums[lo] < nums[mid]` instead of `<=`: when lo === mid the one-element left half
// is taken for unsorted, and the search goes to the wrong side.
export function searchRotated(nums: readonly number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[lo]! < nums[mid]!) {
      if (nums[lo]! <= target && target < nums[mid]!) hi = mid - 1;
      else lo = mid + 1;
    } else {
      if (nums[mid]! < target && target <= nums[hi]!) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}
