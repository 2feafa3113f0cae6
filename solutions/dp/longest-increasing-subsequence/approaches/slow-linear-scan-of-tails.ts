/**
 * slow: patience sorting (smallest tail per length) that finds where each value goes by scanning the tails from the left.
 * Time O(n·LIS), n = nums.length: each value scans up to LIS tails; about n^1.5 on random
 * permutations (LIS ≈ 2√n), n² on sorted input.
 * exposed by: ascending (or mostly ascending) input, where the tails list grows to n.
 *
 * The invariant is the right one; only the lookup in a sorted list is linear instead of binary.
 */
export function lisLength(nums: readonly number[]): number {
  const tails: number[] = [];
  for (const x of nums) {
    const at = tails.findIndex((t) => t >= x);
    if (at === -1) tails.push(x);
    else tails[at] = x;
  }
  return tails.length;
}
