// Mutant: the inner loop stops one short, so a pair that ends at the last index is never found.
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length - 1; j++) {
      if (nums[i]! + nums[j]! === target) return [i, j];
    }
  }
  return null;
}
