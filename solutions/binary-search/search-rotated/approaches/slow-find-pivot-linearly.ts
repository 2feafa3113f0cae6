/**
 * slow: finds the rotation point with a linear scan for the one "drop" (nums[i] > nums[i + 1]), then runs an ordinary binary search on the ascending part that can hold the target.
 * time: O(p) per lookup to find the drop at index p, plus O(log n): O(n) per lookup for a rotation point in the middle or late, so O(n) for the bench's batch of 64 lookups (random rotation).
 * exposed by: rotations that put the drop late (shift near n, i.e. the drop close to the end); only a drop in the first few positions hides it.
 *
 * Splitting the problem in two ("un-rotate, then binary search") is the right plan; the first
 * half of it is done the obvious way, by walking until the order breaks. The search that follows
 * is logarithmic, so it is easy to believe the whole thing is.
 */
export function searchRotated(nums: readonly number[], target: number): number {
  const n = nums.length;
  if (n === 0) return -1;
  let drop = 0; // index of the smallest value: 0 when not rotated
  for (let i = 0; i + 1 < n; i++) {
    if (nums[i]! > nums[i + 1]!) {
      drop = i + 1;
      break;
    }
  }
  // [drop, n) and [0, drop) are both ascending; every value of the first is below every value of the second.
  const inRight = target >= nums[drop]! && target <= nums[n - 1]!;
  let lo = inRight ? drop : 0;
  let hi = inRight ? n - 1 : drop - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const value = nums[mid]!;
    if (value === target) return mid;
    if (value < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
