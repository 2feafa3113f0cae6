// Mutant: the overflow-safe midpoint of other languages, `a + ((b - a) >> 1)`, with a shift: the
// shift truncates the width to 32 bits, so on ranges wider than 2^31 the midpoint lands before a
// (firstTrue(0, 2 ** 32, x => x >= 5) asks about 0 - 2^31 and wanders outside [lo, hi]).
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = a + ((b - a) >> 1);
    if (predicate(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}
