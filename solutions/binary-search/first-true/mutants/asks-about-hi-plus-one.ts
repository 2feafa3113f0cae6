// Mutant: searches the inclusive range [lo, hi + 1] and so may call predicate(hi + 1), outside the
// range where the predicate is defined.
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  let a = lo;
  let b = hi + 1;
  while (a <= b) {
    const mid = a + Math.floor((b - a) / 2);
    if (predicate(mid)) b = mid - 1;
    else a = mid + 1;
  }
  return a;
}
