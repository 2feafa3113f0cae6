// Mutant: the comparison is flipped (as if the array were descending): when the middle value is
// too small it searches the left half.
export function binarySearch(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === target) return mid;
    if (sorted[mid]! > target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
