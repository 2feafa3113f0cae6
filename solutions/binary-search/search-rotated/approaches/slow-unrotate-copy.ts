/**
 * slow: finds the rotation point with a binary search, then builds the un-rotated array with two slices and a spread and binary-searches that copy, mapping the index back.
 * time: O(n) per lookup (the copy), O(log n) comparisons: O(n) for the bench's batch of 64 lookups.
 * exposed by: any lookup on a large array (the bench's already shows it).
 *
 * Every step is logarithmic except the one that "just" re-assembles the array so that the
 * textbook binary search can run on it unchanged. The copy is a handful of fast memcpy calls,
 * which keeps its constant small, but it reads all n values per lookup.
 */
export function searchRotated(nums: readonly number[], target: number): number {
  const n = nums.length;
  if (n === 0) return -1;
  // Index of the smallest value: the first index whose value is below nums[n - 1]'s "block", found by bisection.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid]! > nums[hi]!) lo = mid + 1;
    else hi = mid;
  }
  const shift = lo;
  const sorted = [...nums.slice(shift), ...nums.slice(0, shift)]; // O(n)
  let a = 0;
  let b = n - 1;
  while (a <= b) {
    const mid = a + ((b - a) >> 1);
    const value = sorted[mid]!;
    if (value === target) return (mid + shift) % n;
    if (value < target) a = mid + 1;
    else b = mid - 1;
  }
  return -1;
}
