// Mutant: uses a two-pointer sliding window, which is only correct when every value is non-negative.
export function subarraySumCount(nums: readonly number[], k: number): number {
  let count = 0;
  let left = 0;
  let sum = 0;
  for (let right = 0; right < nums.length; right++) {
    sum += nums[right]!;
    while (sum > k && left < right) sum -= nums[left++]!;
    if (sum === k) count++;
  }
  return count;
}
