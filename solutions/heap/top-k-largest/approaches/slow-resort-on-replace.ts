/**
 * slow: keeps the best k values in an array sorted smallest first; a newcomer larger than the smallest overwrites it and the whole array is re-sorted with `Array.prototype.sort`.
 * time: O(n + m·k) where m is the number of replacements: random order makes about k·ln(n/k) of them, so the bench (k = n/4) costs O(k²) = O(n²); ascending input makes n - k of them, O(n·k).
 * exposed by: ascending input (every value replaces the smallest kept one and triggers a sort of all k); random input already shows it, more mildly.
 *
 * "Sorting inside the loop": the array stays sorted, so only one value is out of place after the
 * overwrite, and a smarter structure would repair that in O(log k). `sort` does not know that: even
 * TimSort, which handles an almost sorted array in one linear pass, reads and compares all k values
 * through the comparator callback on every replacement.
 */
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const size = Math.min(k, nums.length);
  if (size === 0) return [];
  const ascending = (x: number, y: number): number => x - y;
  const best = nums.slice(0, size).sort(ascending); // best[0] is the one to beat
  for (let i = size; i < nums.length; i++) {
    const value = nums[i]!;
    if (value > best[0]!) {
      best[0] = value;
      best.sort(ascending); // O(k) at best, every time
    }
  }
  return best.reverse();
}
