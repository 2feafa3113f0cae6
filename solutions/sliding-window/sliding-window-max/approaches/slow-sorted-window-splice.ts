/**
 * slow: keeps the window's values in a sorted array (binary search to find the place, splice to insert the entering value and remove the leaving one); the maximum is the last element.
 * Time: O(n log k) comparisons but O(n·k) element moves, since every splice shifts part of a k-long array: O(n²) with k = n/2, with a tiny (memmove) constant; n = nums.length.
 * exposed by: a large k, as in the bench (k = n/2); the constant is small enough that only large n shows it.
 */
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  const sorted: number[] = [];
  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    sorted.splice(lowerBound(nums[i]!), 0, nums[i]!);
    if (i >= k) sorted.splice(lowerBound(nums[i - k]!), 1); // any copy of an equal value will do
    if (i >= k - 1) result.push(sorted[sorted.length - 1]!);
  }
  return result;
}
