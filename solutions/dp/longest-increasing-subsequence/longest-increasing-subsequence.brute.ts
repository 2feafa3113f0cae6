/**
 * Brute force: the classic O(n²) DP. `ending[i]` is the length of the longest strictly increasing
 * subsequence that ends at index i: one more than the best `ending[j]` over the earlier j with a
 * smaller value. Correct and the usual first answer, but every index scans all earlier ones.
 */
export function lisLength(nums: readonly number[]): number {
  const ending = new Array<number>(nums.length).fill(1);
  let best = 0;
  for (let i = 0; i < nums.length; i++) {
    for (let j = 0; j < i; j++) {
      if (nums[j]! < nums[i]! && ending[j]! + 1 > ending[i]!) ending[i] = ending[j]! + 1;
    }
    if (ending[i]! > best) best = ending[i]!;
  }
  return best;
}
