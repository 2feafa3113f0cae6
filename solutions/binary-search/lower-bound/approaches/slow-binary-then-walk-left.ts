/**
 * slow: an ordinary "find any equal value" binary search, then a walk to the left across the run of equal values to reach the first one.
 * time: O(log n + r) per lookup, r the length of the run of values equal to the target: O(log n) on the bench (its values step by 0, 1 or 2, so runs are a few values long), O(n) per lookup when the run is long.
 * exposed by: long runs of duplicates, e.g. all values equal (sorted = n copies of 5, target 5), or a run of n/2 equal values that the targets hit.
 *
 * The usual way to adapt a plain binary search to duplicates: find one copy, then step left
 * while the previous value is the same. It reads naturally and is correct, and on data with few
 * duplicates it is as fast as lower bound. On a long run the walk is a linear scan.
 */
export function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const value = sorted[mid]!;
    if (value === target) {
      let first = mid;
      while (first > 0 && sorted[first - 1] === target) first--; // the linear part
      return first;
    }
    if (value < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo; // target absent: lo is the first index with a larger value
}
