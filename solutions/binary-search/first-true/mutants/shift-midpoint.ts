// Mutant: computes the midpoint with `(a + b) >> 1`. Bit operators truncate to 32-bit integers, so
// on ranges beyond 2^31 the midpoint lands outside the range.
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (predicate(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}
