// Mutant: the bitmask loop stops at 2ⁿ - 1 exclusive, so the full set (all bits on) is missing.
export function subsets(nums: readonly number[]): number[][] {
  const result: number[][] = [];
  const total = 2 ** nums.length;
  for (let mask = 0; mask < total - 1; mask++) {
    const subset: number[] = [];
    for (let i = 0; i < nums.length; i++) if (mask & (1 << i)) subset.push(nums[i]!);
    result.push(subset);
  }
  if (nums.length === 0) result.push([]);
  return result;
}
