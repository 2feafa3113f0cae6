// Mutant: searches [lo, hi] with `b = hi` and never checks the last candidate, so "never true"
// comes back as hi instead of hi + 1.
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = a + Math.floor((b - a) / 2);
    if (predicate(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}
