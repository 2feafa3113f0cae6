// Mutant: the midpoint `(a + b) / 2` is never floored, so the predicate is asked about fractions.
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  let a = lo;
  let b = hi + 1;
  while (b - a >= 1) {
    const mid = (a + b) / 2;
    if (predicate(mid)) b = mid;
    else a = mid + 1;
  }
  return Math.ceil(a);
}
