/**
 * Brute force: try every x from lo upward and stop at the first true. Correct, but O(n) calls for
 * n = hi - lo when the switch is late or missing, which also breaks the contract's O(log n) bound
 * on predicate calls.
 */
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  for (let x = lo; x <= hi; x++) {
    if (predicate(x)) return x;
  }
  return hi + 1;
}
