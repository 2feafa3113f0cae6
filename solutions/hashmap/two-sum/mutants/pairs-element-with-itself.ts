// Mutant: stores the current value before looking up its complement, so `[5]` with target 10
// pairs index 0 with itself.
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  const seen = new Map<number, number>();
  for (let j = 0; j < nums.length; j++) {
    seen.set(nums[j]!, j);
    const i = seen.get(target - nums[j]!);
    if (i !== undefined) return i <= j ? [i, j] : [j, i];
  }
  return null;
}
