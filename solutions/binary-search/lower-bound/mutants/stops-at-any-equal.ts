// Mutant: classic binary search that returns as soon as it meets a value equal to the target:
// with duplicates it can return a later copy instead of the first.
export function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === target) return mid;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}
