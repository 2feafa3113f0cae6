/**
 * Reference: binary search for the boundary on a half-open range of candidate answers.
 *
 * Candidates are [a, b] with b = hi + 1 standing for "never true". Invariant: every x < a is
 * false and, if b <= hi, predicate(b) is true; so the answer lies in [a, b]. `mid` is always in
 * [a, b - 1], hence never hi + 1, and both branches shrink the range, which halves each step.
 * The midpoint is `a + Math.floor((b - a) / 2)`: plain arithmetic, exact for safe integers
 * (bit operators would truncate to 32 bits).
 *
 * Complexity: at most ceil(log2(hi - lo + 2)) predicate calls, O(1) extra memory.
 */
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = a + Math.floor((b - a) / 2);
    if (predicate(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}
