// Mutant: decides the side with an int-style comparison, `((sorted[mid] - target) | 0) < 0`, which
// truncates the difference to 32 bits: a value less than 1 below the target counts as reaching it,
// and differences of 2^31 or more wrap around. lowerBound([0.5], 1) gives 0 instead of 1, and
// lowerBound([0], 4294967296) gives 0 instead of 1.
export function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (((sorted[mid]! - target) | 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
