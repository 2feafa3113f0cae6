// Mutant: records a subset only when it is non-empty, so the empty subset `[]` is missing
// (and an empty input returns `[]` instead of `[[]]`).
export function subsets(nums: readonly number[]): number[][] {
  const result: number[][] = [];
  const current: number[] = [];
  const walk = (i: number): void => {
    if (i === nums.length) {
      if (current.length > 0) result.push([...current]);
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
