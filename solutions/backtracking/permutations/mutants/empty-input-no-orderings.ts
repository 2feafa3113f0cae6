// Mutant: treats an empty list as having no orderings and returns `[]` instead of `[[]]`.
export function permutations(nums: readonly number[]): number[][] {
  if (nums.length === 0) return [];
  const result: number[][] = [];
  const current: number[] = [];
  const used = new Array<boolean>(nums.length).fill(false);
  const extend = (): void => {
    if (current.length === nums.length) {
      result.push([...current]);
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
