/**
 * Reference: one pass with a Map from value to the index where it was first seen.
 *
 * Invariant: before looking at index j, `seen` holds every value of nums[0..j-1]. The only
 * partner for nums[j] is `target - nums[j]`; if it is in `seen`, its index is < j. Looking it up
 * before storing nums[j] means an element never pairs with itself.
 *
 * Complexity: O(n) time (one Map lookup and at most one insert per element, O(1) expected each),
 * O(n) extra memory.
 */
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  const seen = new Map<number, number>();
  for (let j = 0; j < nums.length; j++) {
    const value = nums[j]!;
    const i = seen.get(target - value);
    if (i !== undefined) return [i, j];
    if (!seen.has(value)) seen.set(value, j);
  }
  return null;
}
