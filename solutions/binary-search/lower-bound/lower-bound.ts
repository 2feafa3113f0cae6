/**
 * Reference: binary search for a boundary on a half-open range of candidate answers.
 *
 * Invariant: the answer lies in [lo, hi]; every index before lo holds a value < target and every
 * index from hi on holds a value >= target (with `sorted.length` standing for "after
 * everything"). `mid` is always < hi, so both updates shrink the range; when lo === hi, that
 * index is the first one that is >= target.
 *
 * Complexity: O(log n) comparisons, O(1) extra memory; duplicates cost nothing extra.
 */
export function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
