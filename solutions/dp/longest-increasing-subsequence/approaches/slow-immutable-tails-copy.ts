/**
 * slow: patience sorting with a binary search, but every step rebuilds the tails list as a fresh array (spread + slice) instead of updating it.
 * Time O(n·LIS), n = nums.length: the O(log n) search is drowned by an O(LIS) copy per value;
 * about n^1.5 on random permutations, n² on sorted input.
 * exposed by: ascending (or mostly ascending) input, where the tails list grows to n.
 *
 * The "never mutate" habit applied inside a hot loop.
 */
export function lisLength(nums: readonly number[]): number {
  let tails: readonly number[] = [];
  for (const x of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails = [...tails.slice(0, lo), x, ...tails.slice(lo + 1)];
  }
  return tails.length;
}
