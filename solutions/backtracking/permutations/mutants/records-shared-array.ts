// Mutant: pushes the working array instead of a copy, so every entry of the result is the same
// array object, empty once the search has unwound.
export function permutations(nums: readonly number[]): number[][] {
  const result: number[][] = [];
  const current: number[] = [];
  const used = new Array<boolean>(nums.length).fill(false);
  const extend = (): void => {
    if (current.length === nums.length) {
      result.push(current);
      return;
    }
    for (let i = 0; i < nums.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      current.push(nums[i]!);
      extend();
      current.pop();
      used[i] = false;
    }
  };
  extend();
  return result;
}
