/**
 * optimal: two binary searches: the first finds the rotation (the index of the smallest value), the second searches the array as if un-rotated, mapping each logical index i to (i + rotation) mod n.
 * time: O(log n) per lookup (two bisections): O(log n) for the bench's batch of 64 lookups.
 *
 * The reference decides at each step which half is ascending. This separates the two concerns:
 * once the rotation r is known, nums[(i + r) % n] is an ordinary ascending sequence in i, so the
 * plain binary search runs on it unchanged, with no copy. The rotation is found by comparing the
 * middle with the right end: a larger middle value means the drop lies to its right.
 */
export function searchRotated(nums: readonly number[], target: number): number {
  const n = nums.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid]! > nums[hi]!) lo = mid + 1;
    else hi = mid;
  }
  const rotation = lo;
  let a = 0;
  let b = n - 1;
  while (a <= b) {
    const mid = a + ((b - a) >> 1);
    const at = (mid + rotation) % n;
    const value = nums[at]!;
    if (value === target) return at;
    if (value < target) a = mid + 1;
    else b = mid - 1;
  }
  return -1;
}
