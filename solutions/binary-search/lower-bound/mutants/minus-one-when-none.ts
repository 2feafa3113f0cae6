// Mutant: returns -1 ("not found") when every value is smaller than the target, instead of the length.
export function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo === sorted.length ? -1 : lo;
}
