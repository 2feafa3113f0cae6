/**
 * slow: keep the distinct values in a sorted array, found by binary search and inserted with splice.
 * O(n²) time on distinct values: each insert moves the elements after it.
 * exposed by: all values distinct, in random order (the bench's input).
 */
export function templateKata(values: readonly number[]): number {
  const distinct: number[] = [];
  let nan = 0;
  for (const value of values) {
    if (Number.isNaN(value)) { nan = 1; continue; }
    let lo = 0;
    let hi = distinct.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (distinct[lo] !== value) distinct.splice(lo, 0, value);
  }
  return distinct.length + nan;
}
