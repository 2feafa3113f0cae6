// Mutant: inclusive `hi = length - 1` but the loop runs `while (lo < hi)`, so the last remaining
// candidate is never compared: a one-element array never matches.
export function binarySearch(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === target) return mid;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
