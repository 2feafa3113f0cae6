/**
 * slow: keeps the best k values seen so far in an array sorted largest first, placing each newcomer that beats the smallest kept value with a binary search and `splice`.
 * time: O(n log k + m·k) where m is the number of newcomers that get in; random order lets in about k·(1 + ln(n/k)) of them, so the bench (k = n/4) pays O(k²) = O(n²) element moves, and an ascending input pays O(n·k).
 * exposed by: ascending input (every value beats all kept ones and is spliced in at index 0, shifting all k kept values).
 *
 * The sorted buffer is the "insertion sort, but only for the top k" idea. Finding the slot is a
 * binary search; making room is a splice, which moves every kept value after the slot. The moves
 * are a memmove, so the quadratic term has a tiny constant and hides at small n.
 */
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const size = Math.min(k, nums.length);
  const best: number[] = []; // descending, at most `size` values
  if (size === 0) return best;
  for (const value of nums) {
    if (best.length === size && value <= best[size - 1]!) continue; // cannot make the cut
    // First index whose value is smaller than `value`: the new value goes there.
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (best[mid]! >= value) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, value); // O(k): shifts the smaller kept values right
    if (best.length > size) best.pop();
  }
  return best;
}
