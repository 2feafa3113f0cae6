/**
 * optimal: a first pass records the LAST index of every value, a second pass looks, for each i, for a complement whose last index is after i.
 * Time: O(n) expected (two passes, one Map operation per element each); n = nums.length.
 *
 * Why it is enough: if some pair (i, j) with i < j exists, the complement of nums[i] occurs at j,
 * so its last index is >= j > i and the second pass stops at that i (or earlier, on another valid
 * pair). Requiring "last index > i" is what stops an element pairing with itself.
 */
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  const lastIndex = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) lastIndex.set(nums[i]!, i);
  for (let i = 0; i < nums.length; i++) {
    const j = lastIndex.get(target - nums[i]!);
    if (j !== undefined && j > i) return [i, j];
  }
  return null;
}
