/**
 * optimal: slides the window once, writing every window's sum into a list, then takes the largest entry of the list.
 * Time: O(n) (two linear passes); n = nums.length.
 * space-heavy: keeps all n − k + 1 window sums, O(n) memory, where the running sum and the best so far are enough (target O(1)).
 *
 * sums[s] is the sum of nums[s..s+k-1]; each is the previous one plus the element entering and
 * minus the element leaving (added first, so every intermediate is a sum of elements).
 */
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  let first = 0;
  for (let i = 0; i < k; i++) first += nums[i]!;
  const sums: number[] = [first];
  for (let end = k; end < nums.length; end++) sums.push(sums[sums.length - 1]! + nums[end]! - nums[end - k]!);
  let largest = sums[0]!;
  for (const s of sums) if (s > largest) largest = s;
  return largest;
}
