/**
 * Reference: classic binary search on an inclusive range.
 *
 * Invariant: if `target` is in the array, its index lies in [lo, hi]. Each step compares the
 * middle element and discards the half that cannot hold the target (the array is strictly
 * ascending), so the range shrinks by at least half plus one; when it is empty, the target is absent.
 *
 * Complexity: O(log n) comparisons, O(1) extra memory.
 */
export function binarySearch(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const value = sorted[mid]!;
    if (value === target) return mid;
    if (value < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
