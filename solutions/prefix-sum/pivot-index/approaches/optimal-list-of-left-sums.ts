/**
 * optimal: records the sum to the left of every index in a list (its last entry is the total), then finds the first index whose left sum equals total − left − nums[i].
 * time: O(n) (two linear passes).
 * space-heavy: keeps n + 1 left sums, O(n) memory, where the total and one running sum are enough (target O(1)).
 *
 * leftOf[i] = nums[0] + … + nums[i − 1]; the right side of i sums to leftOf[n] − leftOf[i] − nums[i].
 */
export function pivotIndex(nums: readonly number[]): number {
  const leftOf: number[] = [0];
  for (const value of nums) leftOf.push(leftOf[leftOf.length - 1]! + value);
  const total = leftOf[nums.length]!;
  for (let i = 0; i < nums.length; i++) {
    if (leftOf[i] === total - leftOf[i]! - nums[i]!) return i;
  }
  return -1;
}
