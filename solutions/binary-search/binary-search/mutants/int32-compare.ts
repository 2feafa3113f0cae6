// Mutant: compares through an int-style three-way comparison, `(sorted[mid] - target) | 0`, which
// truncates the difference to 32 bits: fractions closer than 1 compare equal and differences of
// 2^31 or more wrap around. binarySearch([0.5], 0) gives 0 instead of -1, and
// binarySearch([0, 4294967296], 4294967296) gives 0 instead of 1.
export function binarySearch(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const order = (sorted[mid]! - target) | 0;
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
