// Mutant: sorts a copy in an Int32Array (typed arrays sort numerically, so no comparator is
// needed), then walks two pointers. Amounts of 2^31 or more wrap to negative numbers:
// `[2147483648, 0]` with target 2147483648 gives `[]` instead of `[[0, 2147483648]]`.
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const sorted = Int32Array.from(amounts).sort();
  const pairs: [number, number][] = [];
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const a = sorted[lo]!;
    const b = sorted[hi]!;
    if (a + b < target) lo++;
    else if (a + b > target) hi--;
    else {
      pairs.push([a, b]);
      while (lo < hi && sorted[lo] === a) lo++;
      while (lo < hi && sorted[hi] === b) hi--;
    }
  }
  return pairs;
}
