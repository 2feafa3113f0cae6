// Mutant: answers with the largest value to the right (a suffix maximum) instead of the first
// greater one: [13, 7, 6, 12] is right, but [1, 3, 2, 4] gives [4, 4, 4, -1].
export function nextGreater(nums: readonly number[]): number[] {
  const result = new Array<number>(nums.length).fill(-1);
  let best = -1;
  for (let i = nums.length - 1; i >= 0; i--) {
    result[i] = best > nums[i]! ? best : -1;
    best = Math.max(best, nums[i]!);
  }
  return result;
}
