// Mutant: measures the longest increasing run of adjacent elements, confusing subsequence with substring.
export function lisLength(nums: readonly number[]): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < nums.length; i++) {
    run = i > 0 && nums[i]! > nums[i - 1]! ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
