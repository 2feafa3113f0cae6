// Mutant: starts with `hi = length - 1`, so the answer "after everything" (length) is impossible.
export function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = Math.max(0, sorted.length - 1);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
