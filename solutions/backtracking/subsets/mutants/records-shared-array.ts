// Mutant: pushes the working array itself instead of a copy, so every entry of the result is
// the same array object, empty once the search has unwound.
export function subsets(nums: readonly number[]): number[][] {
  const result: number[][] = [];
  const current: number[] = [];
  const walk = (i: number): void => {
    if (i === nums.length) {
      result.push(current);
      return;
    }
    walk(i + 1);
    current.push(nums[i]!);
    walk(i + 1);
    current.pop();
  };
  walk(0);
  return result;
}
