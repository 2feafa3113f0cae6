// Mutant: an inclusive search that returns the wrong pointer at the end: `b`, the last false
// position, instead of `a`, the first true one.
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  let a = lo;
  let b = hi;
  while (a <= b) {
    const mid = a + Math.floor((b - a) / 2);
    if (predicate(mid)) b = mid - 1;
    else a = mid + 1;
  }
  return b;
}
