/**
 * optimal: lower bound by shrinking a length instead of two bounds: keep a base index and a length, look at the middle of the window and move the base past it when its value is below the target.
 * time: O(log n) per lookup (⌈log2(n + 1)⌉ comparisons): O(log n) for the bench's batch of 64 lookups.
 *
 * The "base + half" form used by C++ standard libraries: the window is [base, base + len), and
 * each step halves len whatever the comparison says, so the loop runs a fixed number of times for
 * a given n. There is no lo/hi pair to get off by one, and duplicates cost nothing extra: the
 * comparison is strictly "<", so the window keeps sliding left onto the first copy.
 */
export function lowerBound(sorted: readonly number[], target: number): number {
  let base = 0;
  let len = sorted.length;
  while (len > 0) {
    const half = len >> 1;
    if (sorted[base + half]! < target) {
      base += half + 1;
      len -= half + 1;
    } else {
      len = half;
    }
  }
  return base;
}
