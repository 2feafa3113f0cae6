// Mutant: returns the pair as [later, earlier], breaking `i < j`.
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  const seen = new Map<number, number>();
  for (let j = 0; j < nums.length; j++) {
    const i = seen.get(target - nums[j]!);
    if (i !== undefined) return [j, i];
    seen.set(nums[j]!, j);
  }
  return null;
}
